/*
 * screens.h: the constructors of the screens, for tui.c's table only; the
 * screens and forms open each other through app_open (app.h).
 */
#ifndef MBO_TUI_SCREENS_H
#define MBO_TUI_SCREENS_H

#include "app.h"

/* The screens. owner 0: the actor. */
struct screen *screen_dashboard_new(struct app *a, int64_t owner);
struct screen *screen_goal_new(struct app *a, int64_t goal_id);
struct screen *screen_tasks_new(struct app *a, int64_t goal_id);
struct screen *screen_team_new(struct app *a);
struct screen *screen_alerts_new(struct app *a);
struct screen *screen_help_new(struct app *a);
/* The evaluation of `subject` (0: the actor) for `period` (NULL: the
 * current quarter). */
struct screen *screen_eval_new(struct app *a, int64_t subject, const char *period);
/* The reports of a period: the period report and the leaderboard. */
struct screen *screen_report_new(struct app *a);

#endif
