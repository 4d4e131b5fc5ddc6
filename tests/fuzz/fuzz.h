/*
 * fuzz.h: what the libFuzzer harnesses share (tests/fuzz/README.md). Each
 * harness defines LLVMFuzzerTestOneInput and checks invariants with
 * FUZZ_CHECK, which aborts (a crash libFuzzer records) with the broken rule.
 */
#ifndef MBO_FUZZ_H
#define MBO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mbo/db.h"

/* The message goes to the sanitizer's report stream too: scripts/fuzz runs
 * the argument harness with its stderr closed (-close_fd_mask=2), as every
 * refused argument prints a line there, and libFuzzer keeps that stream. */
#define FUZZ_CHECK(cond, ...) do { \
	if (!(cond)) \
		fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
	} while (0)

void fuzz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 4, 5)));

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* data[0..size) as a NUL-terminated heap string (a NUL inside ends it). */
char *fuzz_str(const uint8_t *data, size_t size);

/* A database made once per process in a temporary directory, removed at
 * exit: an admin, a manager `mgr`, a salesperson `rep` under mgr, and three
 * active sum goals of rep (ids in fuzz_goals) over 2026. */
struct fuzz_db {
	mbo *m;
	int64_t admin, mgr, rep;
	int64_t goals[3];
};
struct fuzz_db *fuzz_db(void);
/* The single integer a query returns, or -1. */
int64_t fuzz_int(struct fuzz_db *f, const char *sql);

#endif
