# tui_approve.sh: a manager reviews the team in the terminal UI, drills
# down to a salesperson with a proposal waiting (the demo's wang.fang) and
# approves it with A: the goal becomes active in the database. A rejection
# without a reason is refused beside the Reason field, the form kept.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
GOAL=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 'wang.fang' and g.status = 'proposed'")
check '[ -n "$GOAL" ]' "the demo has no proposal of wang.fang"
TITLE=$(sql "select title from goal where id = $GOAL")

tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing
tui_keys ui Tab
tui_wait ui "[Team]"
tui_wait ui "Team of 陈静: 7 people below you"
# wang.fang's row says one proposal waits.
tui_wait_re ui '王芳 +wang\.fang +[0-9]+ +1 ' 2 "the team row of wang.fang does not show 1 proposal"

# Down to wang.fang, as a person would.
for _ in 1 2 3 4 5 6 7; do
	tui_screen ui | grep -q '^> .*wang\.fang' && break
	tui_keys ui Down
	sleep 0.1
done
tui_wait ui "wang.fang        3        1" 1
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -q '^> .*wang\.fang' || { fail "cannot select wang.fang"; tui_show ui; }
tui_keys ui Enter
tui_wait ui "Goals of 王芳 (wang.fang): 3 active, 1 proposed"
tui_check_shows ui "waiting for approval"
tui_keys ui End
tui_wait_sel ui "$TITLE"
tui_keys ui A
tui_wait ui "Approve or reject: $TITLE"
tui_check_shows ui "wang.fang proposes" "the form does not say what is proposed"
tui_check_shows ui "SMART check" "the form has no SMART findings beside it"

# Reject without a reason: refused beside Reason; nothing changes.
snap
tui_keys ui Space
tui_wait ui "◂ reject ▸"
tui_keys ui Enter
tui_wait ui "give a reason"
# Beside the field, or under it when the form is narrow.
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -A1 -F ">Reason" | grep -q "give a reason" ||
	{ fail "no error at the Reason field"; tui_show ui; }
tui_check_shows ui "Approve or reject: $TITLE" "the form closed on an error"
unchanged

# Back to the decision, approve, Enter.
tui_keys ui BTab
tui_wait ui ">Decision"
tui_keys ui Space
tui_wait ui "◂ approve ▸"
tui_keys ui Enter
tui_wait ui "Goal $GOAL approved; it is active now."
tui_wait ui "Goals of 王芳 (wang.fang): 4 active, 0 proposed"
check '[ "$(sql "select status from goal where id = $GOAL")" = active ]' "the goal is not active in the database"
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -F "$TITLE" | grep -q "waiting for approval" &&
	fail "the approved goal still waits for approval on screen"

# Back on the team screen the proposal is gone from the roll-up.
tui_keys ui Escape
tui_wait ui "Team of 陈静"
tui_wait_re ui '王芳 +wang\.fang +4 +— ' 2 "the team row of wang.fang does not show 4 goals and no proposal"

tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
