# tui_forms.sh: the other forms that write, driven with keys: a task added
# (t, n, a title and a due date, Enter), ticked and reopened with Space; a
# revision of the target (r, by the manager) refused without a reason, beside the Reason
# field, then saved with one into the goal's history; undo (u).
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
LI=$(sql "select id from person where login = 'li.wei'")
GOAL=$(sql "select id from goal where owner_id = $LI and title = 'Q4 销售额 360,000 元'")
TASK_TITLE="给华信科技发送合同草稿"

tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 4 active" || done_testing
tui_wait_sel ui "Q4 销售额 360,000 元"

# Tasks: add one.
tui_keys ui t
tui_wait ui "Tasks of goal $GOAL: Q4 销售额 360,000 元"
tui_keys ui n
tui_wait ui "New task"
tui_type ui "$TASK_TITLE"
tui_keys ui Tab
tui_type ui +3d
tui_keys ui Enter
tui_wait ui "Task "
tui_wait ui "[ ] $TASK_TITLE"
TASK=$(sql "select id from task where goal_id = $GOAL and title = '$TASK_TITLE'")
check '[ -n "$TASK" ]' "the task is not in the database"
check '[ "$(sql "select due_day || \" \" || assignee_id || \" \" || ifnull(done_day, \"open\") from task where id = ${TASK:-0}")" = "2026-11-30 $LI open" ]' \
	"the task is not due 2026-11-30, open, for li.wei"

# Tick it with Space, then reopen it. Open tasks come first.
tui_keys ui Home
tui_wait ui "> [ ] $TASK_TITLE"
tui_keys ui Space
tui_wait ui "[x] $TASK_TITLE"
check '[ "$(sql "select done_day || \" \" || done_by from task where id = ${TASK:-0}")" = "2026-11-27 $LI" ]' \
	"the ticked task is not done on 2026-11-27 by li.wei"
tui_keys ui Space
tui_wait ui "[ ] $TASK_TITLE"
check '[ -z "$(sql "select done_day from task where id = ${TASK:-0}")" ]' "the task is not open again"
tui_keys ui Escape
tui_wait_gone ui "Tasks of goal"

tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"

# Revise the target, as the manager (a salesperson may not revise an
# active goal of their own): a reason is required.
tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing
tui_keys ui Tab
tui_wait ui "Team of 陈静"
tui_keys ui Down
tui_wait ui "> ├─ 李伟"
tui_keys ui Enter
tui_wait ui "Goals of 李伟 (li.wei)"
tui_wait_sel ui "Q4 销售额 360,000 元"
tui_keys ui r
tui_wait ui "Revise: Q4 销售额 360,000 元"
tui_wait ui ">Target 360000"
tui_keys ui C-u
tui_type ui 400000
tui_wait ui ">Target 400000"
snap
tui_keys ui Enter
tui_wait ui "reason"
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -A1 -F ">Reason" | grep -qi "reason\|empty" ||
	{ fail "no error at the Reason field"; tui_show ui; }
tui_check_shows ui "Target 400000" "the typed target was not kept"
unchanged
tui_type ui "大客户追加订单"
tui_keys ui Enter
tui_wait ui "Goal $GOAL revised"
check '[ "$(sql "select target from goal where id = $GOAL")" = 4000000000 ]' "the target is not 400,000"
check '[ "$(sql "select reason from revision where goal_id = $GOAL order by id desc limit 1")" = "大客户追加订单" ]' \
	"the revision's reason is not in the history"
# The bar at 80 columns has 6 cells of 8 eighths: 247,123 of 400,000 is
# 0.6178, 0.6178 * 48 = 29.7, so 30 eighths: 3 full cells and ▊ (6/8).
tui_wait ui "[███▊  ]"

# Undo takes it back.
tui_keys ui u
tui_wait ui "Undo your last change"
tui_keys ui Enter
tui_wait ui "Undone:"
check '[ "$(sql "select target from goal where id = $GOAL")" = 3600000000 ]' "undo did not restore the target"
# 247,123 of 360,000 is 0.6865, * 48 = 33.0: 4 full cells and ▏ (1/8).
tui_wait ui "[████▏ ]"

tui_keys ui Escape
tui_wait ui "Team of 陈静"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
