# tui_checkin.sh: a salesperson records the day's progress with keys in
# the terminal UI (select a goal, a, a value, Enter) and the goal's actual
# and pace change on screen and in the database; a bad value ("12x") keeps
# the form open with the error beside the field and the typed text kept.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
LI=$(sql "select id from person where login = 'li.wei'")
GOAL=$(sql "select id from goal where owner_id = $LI and status = 'active' and title = 'Q4 拜访客户 230 次'")
check '[ -n "$GOAL" ]' "the demo has no goal 'Q4 拜访客户 230 次' of li.wei"

# The row of the goal on the dashboard, from the CLI's numbers: "77%  126%".
expected_row() {
	"$MBO" --db "$DB" --as li.wei status --format json | python3 -c '
import json, sys
from decimal import Decimal, ROUND_HALF_UP
d = [g for g in json.load(sys.stdin, parse_float=Decimal) if g["id"] == int(sys.argv[1])][0]
pct = lambda r: str((r * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)) + "%"
print("%4s %5s" % (pct(d["actual"] / d["target"]), pct(d["pace"])))
' "$GOAL"
}
row_of_goal() {
	tui_screen ui | grep -F "Q4 拜访客户 230 次"
}

# 1. Select the goal, a, type a value, Enter.
tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 4 active" || done_testing
before_row=$(expected_row)
before_n=$(sql "select count(*) from checkin where goal_id = $GOAL")
tui_wait_re ui "Q4 拜访客户 230 次 .*$before_row" 2 "before: the row does not show '$before_row'"

tui_keys ui j
tui_wait_sel ui "Sign 6 new customer"
tui_keys ui j
tui_wait_sel ui "Q4 拜访客户 230 次"
tui_keys ui a
tui_wait ui "Check-in: Q4 拜访客户 230 次"
tui_check_shows ui "Date  2026-11-27" "the date does not default to today"
tui_type ui 20
tui_keys ui Enter
tui_wait ui "Check-in saved: 20 on 2026-11-27 for goal $GOAL."
check '[ "$(sql "select count(*) from checkin where goal_id = $GOAL")" = $((before_n + 1)) ]' \
	"no new check-in in the database"
check '[ "$(sql "select day || \" \" || value || \" \" || entered_by from checkin where goal_id = $GOAL order by id desc limit 1")" = "2026-11-27 200000 $LI" ]' \
	"the check-in in the database is not 20 on 2026-11-27 by li.wei"
after_row=$(expected_row)
check '[ "$after_row" != "$before_row" ]' "the CLI's completion and pace did not change"
tui_wait_re ui "^> +[0-9]+ Q4 拜访客户 230 次 .*$after_row" 5 \
	"the selected row does not show the new completion and pace '$after_row'"
CHECKS=$((CHECKS + 1))
row_of_goal | grep -qF -- "$before_row" && fail "the row still shows the old '$before_row'"

# The goal's page shows the new actual, pace and the check-in.
actual=$(sql "select sum(value) / 10000 from checkin where goal_id = $GOAL")
tui_keys ui Enter
tui_wait ui "Actual $actual of 230 visits"
tui_check_shows ui "Pace ${after_row##* }"
tui_check_shows ui "the last on 2026-11-27"

# 7. A bad value: the error beside the field, the text kept, nothing saved.
snap
tui_keys ui a
tui_wait ui "Check-in: Q4 拜访客户 230 次"
tui_type ui 12x
tui_keys ui Enter
tui_wait ui "is not a number"
tui_wait_re ui '>Value +12x +is not a number' 2 "the error is not beside the Value field with 12x kept"
unchanged
# Fixing the text saves it.
tui_keys ui BSpace
tui_wait ui ">Value 12 "
tui_keys ui Enter
tui_wait ui "Check-in saved: 12 on 2026-11-27 for goal $GOAL."
tui_wait_gone ui "is not a number"
check '[ "$(sql "select value from checkin where goal_id = $GOAL order by id desc limit 1")" = 120000 ]' \
	"the corrected check-in is not 12"

# A date in the future is refused beside the Date field.
snap
tui_keys ui a
tui_wait ui "Check-in: Q4 拜访客户 230 次"
tui_type ui 5
tui_keys ui Tab C-u
tui_type ui 2026-12-01
tui_keys ui Enter
tui_wait ui "future"
tui_wait_re ui '>Date +2026-12-01 +.*future' 2 "the error is not beside the Date field"
unchanged
tui_keys ui Escape
tui_wait_gone ui "Check-in: Q4"

# Tab to the prefilled date and type: the typing replaces it.
tui_keys ui a
tui_wait ui "Check-in: Q4 拜访客户 230 次"
tui_type ui 2
tui_keys ui Tab
tui_type ui yesterday
tui_wait_re ui '>Date +yesterday ' 2 "typing into the reached Date field did not replace 2026-11-27"
tui_keys ui Enter
tui_wait ui "Check-in saved: 2 on 2026-11-26"
check '[ "$(sql "select day from checkin where goal_id = $GOAL order by id desc limit 1")" = 2026-11-26 ]' \
	"the check-in is not dated yesterday"

tui_keys ui q
tui_wait ui "My goals: 4 active"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"

# A proposal takes no check-in: a on it says why, as the core would on
# saving, and opens no form (the UI asks the core, mbo_checkin_may).
PROP=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 'wang.fang' and g.status = 'proposed'")
tui_start wf 100x30 -- --as wang.fang
tui_wait wf "My goals:" || done_testing
tui_keys wf /
tui_type wf "提高客户满意度"
tui_keys wf Enter
tui_wait_re wf "^> .*提高客户满意度" 2 "the proposal is not selected"
tui_keys wf a
tui_wait wf "goal $PROP is proposed: check-ins go to active goals; ask your manager to approve it"
CHECKS=$((CHECKS + 1))
tui_screen wf | grep -q "Check-in:" && fail "a check-in form opened on a proposal"
done_testing
