/*
 * cmd_task.c: concrete actions under a goal: task add, task done, task
 * reopen and task list.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "mbo/i18n.h"
#include "mbo/task.h"

static int task_add_exec(struct cli *c)
{
	const char *s;
	mbo_day due = MBO_DAY_NONE;
	int64_t goal, assignee = 0, id = 0;
	int rc;

	if ((rc = cli_parse_id(c, "goal", "mbo goal list", c->pos[0], &goal)))
		return rc;
	if ((s = cli_opt(c, "due")) && (rc = cli_parse_day(c, "--due", s, &due)))
		return rc;
	if ((s = cli_opt(c, "assignee")) && (rc = cli_parse_person(c, "--assignee", s, &assignee)))
		return rc;
	rc = mbo_task_add(c->m, c->actor, goal, c->pos[1], due, assignee, &id);
	if (rc)
		return cli_core_error(c, rc);
	out_new_id(c, id);
	return 0;
}

static int task_done_exec(struct cli *c)
{
	const char *s;
	mbo_day day = c->today;
	int64_t id;
	int rc;

	if ((rc = cli_parse_id(c, "task", "mbo task list", c->pos[0], &id)))
		return rc;
	if ((s = cli_opt(c, "date")) && (rc = cli_parse_day(c, "--date", s, &day)))
		return rc;
	rc = mbo_task_done(c->m, c->actor, id, day);
	return rc ? cli_core_error(c, rc) : 0;
}

static int task_reopen_exec(struct cli *c)
{
	int64_t id;
	int rc;

	if ((rc = cli_parse_id(c, "task", "mbo task list", c->pos[0], &id)))
		return rc;
	rc = mbo_task_reopen(c->m, c->actor, id);
	return rc ? cli_core_error(c, rc) : 0;
}

static int task_list_exec(struct cli *c)
{
	struct out_table *t;
	int64_t goal = 0;
	int rc;

	if (c->npos > 0 && (rc = cli_parse_id(c, "goal", "mbo goal list", c->pos[0], &goal)))
		return rc;
	t = cli_task_table(c, goal, true, &rc);
	if (rc) {
		out_free(t);
		return cli_core_error(c, rc);
	}
	rc = out_print_list(c, t);
	out_free(t);
	return rc;
}

const struct cmd_entry cmd_task_entries[] = {
	{ "task", "add", "GOAL TITLE [--due DATE] [--assignee LOGIN]",
	  N_("Adds a task under a goal and prints its id. The assignee is the goal's\n"
	     "owner unless given (someone in the owner's team).\n"),
	  "due= assignee=", 2, 2, 0, task_add_exec },
	{ "task", "done", "ID [--date DATE]",
	  N_("Marks a task done (today unless --date).\n"),
	  "date=", 1, 1, 0, task_done_exec },
	{ "task", "reopen", "ID",
	  N_("Marks a done task open again.\n"),
	  "", 1, 1, 0, task_reopen_exec },
	{ "task", "list", "[GOAL]",
	  N_("Lists the tasks of a goal, or your open tasks.\n"),
	  "", 0, 1, CMD_READ, task_list_exec },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL },
};
