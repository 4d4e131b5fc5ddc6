/*
 * eval_out.h: the evaluation as a record of out.c, shared by `mbo eval show`
 * (cmd_eval.c) and the period report `mbo report` (cmd_report.c), so that
 * both say the same thing with the same keys.
 */
#ifndef MBO_CLI_EVAL_OUT_H
#define MBO_CLI_EVAL_OUT_H

#include <stdbool.h>

#include "cli.h"
#include "mbo/eval.h"

/*
 * The evaluation e as a record: its scalar fields (the CSV row) and the
 * sections goals, relations, missing and feedback. With `table` the cells
 * are made for reading (percentages with a sign, one line per part); else
 * for scripts (numbers, null for none). Owned by the caller: out_free.
 */
struct out_table *cli_eval_record(const mbo_evaluation *e, bool table);

/*
 * The scalar part for scripts as a list: cli_eval_columns adds the columns
 * (login, name, period, from, to, completion_cap, quantitative,
 * qualitative_score, qualitative, blend, final, grade, bonus, ...), and
 * cli_eval_cells adds one row for e under them.
 */
void cli_eval_columns(struct out_table *t);
void cli_eval_cells(struct out_table *t, const mbo_evaluation *e);

#endif
