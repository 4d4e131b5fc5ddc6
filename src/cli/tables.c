/*
 * tables.c: the list of command tables, for lookup (args.c, main.c) and for
 * the help text. Kept apart from main.c so that a program other than mbo
 * (the command-line fuzzer, tests/fuzz/fuzz_args.c) links the parser
 * without main().
 */
#include <stddef.h>

#include "cli.h"

/* Every command, family by family; the order is the order of `mbo --help`. */
const struct cmd_entry *const cli_tables[] = {
	cmd_status_entries,
	cmd_checkin_entries,
	cmd_goal_entries,
	cmd_task_entries,
	cmd_eval_entries,
	cmd_report_entries,
	cmd_import_entries,
	cmd_person_entries,
	cmd_calendar_entries,
	cmd_init_entries,
	cmd_undo_entries,
	cmd_db_entries,
	cmd_settings_entries,
	cmd_ui_entries,
	NULL,
};
