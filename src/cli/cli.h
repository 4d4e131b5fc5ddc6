/*
 * cli.h: what the command line's files share: the invocation (struct cli),
 * the command entry every cmd_*.c file exports (after tmux's cmd-*.c), the
 * parsing helpers of args.c, the output model of out.c and the identity of
 * identity.c. The command line only calls the core's public headers; it never
 * touches SQL and never re-implements a domain rule.
 */
#ifndef MBO_CLI_H
#define MBO_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "mbo/config.h"
#include "mbo/date.h"
#include "mbo/db.h"
#include "mbo/dec.h"
#include "mbo/person.h"

enum cli_format { FMT_TABLE, FMT_CSV, FMT_JSON };

#define CLI_MAX_POS 16
#define CLI_MAX_OPTS 32

struct cli_opt {
	char name[48];       /* without the leading "--" */
	const char *value;   /* NULL for a flag */
};

struct cmd_entry;
struct out_table;

/* One run of the program: global options, the command and its arguments,
 * and, once opened, the database and the acting person. */
struct cli {
	/* Global options. */
	const char *db_opt;       /* --db, or NULL */
	const char *as_login;     /* --as, or NULL */
	int format;               /* enum cli_format */
	bool no_color;
	bool wide;                /* --wide: a table keeps every column, a row on one line */
	bool bom;                 /* --bom: CSV starts with a UTF-8 byte order mark */
	bool help, version;

	/* The command, found in `tables` (set by the caller: cli_tables in
	 * mbo; the parser sits below the tables and does not name them). */
	const struct cmd_entry *const *tables;
	const struct cmd_entry *cmd;
	const char *cmd_name;     /* first command word, when known */
	int npos;
	const char *pos[CLI_MAX_POS];
	int nopts;
	struct cli_opt opts[CLI_MAX_OPTS];

	/* Derived. */
	char db_path[4096];
	bool shared;              /* a shared install: see identity.c */
	bool privileged;          /* running setgid, until identity_drop_privilege */
	bool color;               /* table output to a terminal, colour allowed */
	int term_width;           /* columns of stdout's terminal, 0 when none */
	mbo_day today;
	/* The user's config file (mbo/config.h); config_err holds why it was
	 * not taken ("" when it was, or there is none): the CLI then exits 2,
	 * the UI starts with the defaults and says why. */
	struct mbo_config config;
	char config_err[MBO_CONFIG_ERR_CAP];

	/* Open database and actor. */
	mbo *m;
	int64_t actor;
	mbo_person me;
};

/* Entry flags. */
enum {
	CMD_NODB = 1,     /* the handler opens (or creates) the database itself,
	                     and drops the group privilege of a shared install
	                     (identity_drop_privilege) before it returns */
	CMD_NOACTOR = 2,  /* needs the database but no acting person */
	CMD_READ = 4,     /* only reads: runs in one read transaction, a
	                     consistent snapshot that also saves a lock per
	                     query (docs/performance.md) */
};

/*
 * One command: `name` and, for families, `sub` ("goal" "add"). `args` is
 * the synopsis after the command words, `help` a few lines printed by
 * --help, `opts` the accepted options separated by spaces, "name=" for one
 * that takes a value and "name" for a flag. npos_min/npos_max bound the
 * positional arguments. The handler returns the exit code.
 */
struct cmd_entry {
	const char *name;
	const char *sub;
	const char *args;
	const char *help;
	const char *opts;
	int npos_min, npos_max;
	int flags;
	int (*exec)(struct cli *c);
};

/* The tables of each family (NULL-name terminated). */
extern const struct cmd_entry cmd_person_entries[];
extern const struct cmd_entry cmd_goal_entries[];
extern const struct cmd_entry cmd_task_entries[];
extern const struct cmd_entry cmd_eval_entries[];
extern const struct cmd_entry cmd_report_entries[];
extern const struct cmd_entry cmd_import_entries[];
extern const struct cmd_entry cmd_checkin_entries[];
extern const struct cmd_entry cmd_status_entries[];
extern const struct cmd_entry cmd_calendar_entries[];
extern const struct cmd_entry cmd_init_entries[];
extern const struct cmd_entry cmd_undo_entries[];
extern const struct cmd_entry cmd_db_entries[];
extern const struct cmd_entry cmd_settings_entries[];
extern const struct cmd_entry cmd_ui_entries[];

/* cmd_complete.c: `mbo __complete CWORD WORD...`, the candidates for the
 * shell completions; argv[0] is CWORD. Always returns 0. */
int cli_complete(struct cli *c, int argc, char **argv);

/* tables.c: the list of tables, for lookup and for the help text. */
extern const struct cmd_entry *const cli_tables[];

/* goal_out.c: the task listing of one goal (goal_id != 0) or of the actor's
 * open tasks (0, with a goal column in every format); for one goal the goal
 * key is in CSV and JSON when `goal_key` (task list), else left out (goal
 * show). *rc gets the core's code. The caller frees the table. */
struct out_table *cli_task_table(struct cli *c, int64_t goal_id, bool goal_key, int *rc);

/* goal_out.c: a goal's progress, with the same keys wherever it is shown
 * (`status`, `goal show`, `report rollup`): actual, expected, pace,
 * completion, forecast, needed_per_workday, workdays_left, pace_status,
 * last_checkin. The columns, then one row's cells (completion as
 * mbo_progress_completion gives it). */
struct mbo_progress;
void cli_progress_columns(struct out_table *t);
void cli_progress_cells(struct out_table *t, const struct mbo_progress *p, mbo_dec completion);

/* ---- args.c ---- */

/*
 * Parses argv into c: global options anywhere, the command words, the
 * command's options (--opt value, --opt=value) and positional arguments.
 * Returns 0, or MBO_EUSAGE after printing a one-line error.
 */
int cli_parse(struct cli *c, int argc, char **argv);
/* Fills c->db_path from --db, $MBO_DB or the XDG data directory; in a
 * shared install keeps the shared path and says once on stderr that --db,
 * MBO_DB and --as are ignored (and forgets --as). Returns 0 or MBO_EUSAGE
 * after printing an error. */
int cli_db_path(struct cli *c);
/* Prints the usage of c->cmd (or of the family / the whole program). */
void cli_usage(const struct cli *c, const char *family, FILE *f);
/* Prints the full list of commands. */
void cli_usage_all(const struct cli *c, FILE *f);

/* Whether a spec of options ("a= b", as cmd_entry.opts) lists `name`;
 * *takes_value tells whether it takes a value. */
bool cli_spec_takes(const char *spec, const char *name, bool *takes_value);
/* The global options as such a spec. */
const char *cli_global_options(void);

/* The value of option `name`, NULL when absent (or a flag). */
const char *cli_opt(const struct cli *c, const char *name);
/* True when option `name` was given (flag or value). */
bool cli_flag(const struct cli *c, const char *name);

/* "mbo: goal add: MESSAGE; see mbo goal add --help", exit code 2. */
int cli_usage_error(const struct cli *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "mbo: MESSAGE" on stderr; returns rc. */
int cli_fail(int rc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "mbo: " + the core's last message and returns rc. */
int cli_core_error(struct cli *c, int rc);
/* What a row callback (mbo_goal_each, mbo_alerts_each, ...) returns when
 * its table has failed (memory, the temporary file) or printing a record
 * failed, so that the core stops at once. cli_each_error turns it into
 * exit code 1, printing the table's failure (t, when one failed), and any
 * other code into cli_core_error. */
#define CLI_OUT_FAILED (-1)
int cli_each_error(struct cli *c, int rc, struct out_table *t);
/* The option is required: MBO_EUSAGE with a message when it is missing. */
int cli_need(const struct cli *c, const char *name, const char **value);

/* Value parsers. `what` names the field in the message ("--due", "value").
 * Each returns 0, or the exit code after printing "mbo: WHAT: 'S' why". */
int cli_parse_day(struct cli *c, const char *what, const char *s, mbo_day *out);
int cli_parse_dec(struct cli *c, const char *what, const char *s, mbo_dec *out);
int cli_parse_period(struct cli *c, const char *what, const char *s, mbo_day *first, mbo_day *last);
/* A positive integer id; `noun` is "goal" or "task", `list` the command that
 * lists them ("mbo goal list"). */
int cli_parse_id(struct cli *c, const char *noun, const char *list, const char *s, int64_t *out);
int cli_parse_int(struct cli *c, const char *what, const char *s, int lo, int hi, int *out);
/* An enum word via one of the core's *_parse functions; `choices` lists the
 * words for the message. */
int cli_parse_enum(struct cli *c, const char *what, const char *s, int (*parse)(const char *),
                   const char *choices, int *out);
/* A person by login; prints the core's message (exit 4) when unknown. */
int cli_parse_person(struct cli *c, const char *what, const char *login, int64_t *id);

/* --owner LOGIN / --team LOGIN into person ids (0 when absent); both at
 * once is a usage error. */
int cli_scope(struct cli *c, int64_t *owner, int64_t *team);

/* ---- identity.c ---- */

/* The OS login of the real user (getpwuid(getuid())) into buf and, when
 * `name` is not NULL, the full name from the passwd GECOS field (the login
 * when there is none) into name. Returns 0, or -1 when the user id has no
 * passwd entry. */
int identity_os_login(char *buf, size_t cap, char *name, size_t name_cap);
/* The full name (GECOS) of OS user `login` into name; -1 when there is no
 * such user. */
int identity_user_name(const char *login, char *name, size_t name_cap);
/* Resolves the acting person (c->actor, c->me) from the OS login or --as.
 * Returns 0 or an exit code after printing the error. */
int identity_resolve(struct cli *c);

/*
 * The shared install. identity_shared_setup runs first in main, before
 * anything reads the environment: it decides whether this is a shared
 * install (mbo running setgid, or a trusted PREFIX/etc/mbo.conf beside the
 * binary), sets c->shared, c->privileged and the umask, and, for a shared
 * install, the database path (c->db_path) and a clean environment. Returns
 * 0 or an exit code after printing the error.
 */
int identity_shared_setup(struct cli *c);
/* Drops the group privilege of a setgid mbo for good (real, effective and
 * saved group id all become the real one); nothing when not privileged.
 * Returns 0; when the system refuses, prints why and exits (1), since going
 * on with the privilege would be unsafe. */
int identity_drop_privilege(struct cli *c);
/* Opens the database (c->db_path) into c->m with the group privilege, then
 * drops it, then resolves the acting person unless `need_actor` is false.
 * After it returns no group privilege is left, whatever the outcome. On
 * failure c->m is NULL and the error was printed. */
int cli_open(struct cli *c, bool need_actor);

/* ---- out.c ---- */

enum out_type { OUT_TEXT, OUT_NUMBER, OUT_DATE, OUT_BOOL };

/* Column flags. */
enum {
	OUT_CAP = 1,      /* a title: capped at about 40 columns on a terminal and
	                     cut with "…" (other text wraps in its column) */
	OUT_NOTABLE = 2,  /* only in CSV and JSON: the table stays narrow */
	OUT_OPTIONAL = 4, /* left out of a table too wide for the terminal, and
	                     named in a note under it (not with --wide) */
};

struct out_table;

/* A new, empty table (rows of cells under named columns). Owned by the
 * caller: out_free. NULL when out of memory. */
struct out_table *out_new(void);
void out_free(struct out_table *t);
/* True once the table has failed (out of memory, the temporary file): what
 * is added after is lost, and printing it reports the failure. */
bool out_failed(const struct out_table *t);
/* Adds a column: `key` names it in CSV and JSON, the table header is the key
 * in capitals. */
void out_col(struct out_table *t, const char *key, int type, int flags);
/* A column whose table header is `head` instead of the key in capitals. */
void out_col_head(struct out_table *t, const char *key, const char *head, int type, int flags);
/* Starts a new row; the cell functions fill it left to right. */
void out_row(struct out_table *t);
void out_text(struct out_table *t, const char *s);      /* NULL: null */
void out_int(struct out_table *t, int64_t v);
void out_id(struct out_table *t, int64_t v);            /* 0: null */
void out_dec(struct out_table *t, mbo_dec v);           /* exact, at least 2 places */
void out_est(struct out_table *t, mbo_dec v);           /* computed: a table rounds to 2 */
void out_ratio(struct out_table *t, mbo_dec v);         /* table: percent */
void out_date(struct out_table *t, mbo_day d);          /* NONE: null */
void out_bool(struct out_table *t, bool v);
void out_null(struct out_table *t);
/* A status: `key` in CSV and JSON, `word` (static: kept by pointer) in a
 * table, coloured by its tone (enum mbo_tone) on a colour terminal. */
void out_word(struct out_table *t, const char *key, const char *word, int tone);
/* The statuses of mbo/fmt.h as such words. */
void out_pace(struct out_table *t, int pace_status);
void out_level(struct out_table *t, int smart_level);
void out_severity(struct out_table *t, int severity);

/*
 * For `show`: a record is a table of one row whose columns are its fields,
 * with nested sections. out_section adds a list (JSON array of objects)
 * under `key`; out_object a single nested object. The section is owned by
 * the record from then on.
 */
void out_section(struct out_table *record, const char *key, const char *title,
                 struct out_table *list);
void out_object(struct out_table *record, const char *key, const char *title,
                struct out_table *obj);

/* Renders a list (JSON: array of objects) or a record (JSON: one object) in
 * c->format on stdout. Returns 0, or 1 after saying why on stderr: out of
 * memory, or the temporary file of a long table (out.c) failed. */
int out_print_list(struct cli *c, struct out_table *t);
int out_print_record(struct cli *c, struct out_table *t);

/* Prints the id of something new: "N" alone, or {"id": N} in JSON. */
void out_new_id(struct cli *c, int64_t id);

/* Writes s as a JSON string (with quotes) to f. */
void out_json_string(FILE *f, const char *s);

/* Wraps s in the escape sequence of a tone (enum mbo_tone) when c->color. */
void out_colored(const struct cli *c, FILE *f, int tone, const char *s);

#endif
