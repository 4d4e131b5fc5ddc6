# tui_newgoal.sh: the new-goal form (n) checks the goal against SMART as the
# user types: a vague title ("Improve sales", "提高销售额") shows the S
# warning beside the form before anything is saved; a goal with a number in
# its title passes S and Enter saves it.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
LI=$(sql "select id from person where login = 'li.wei'")
ngoals=$(sql "select count(*) from goal")

tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 4 active" || done_testing
tui_keys ui n
tui_wait ui "New goal"
tui_wait ui "SMART check"

tui_type ui "Improve sales"
tui_wait ui 'warn S The title "Improve sal'
tui_wait ui 'S: The title "Improve sales"'
tui_check_shows ui "is vague"
# Beside the form: on the rows of its fields, right of them.
tui_wait_re ui 'Description .*warn S The title' 2 "the S warning is not beside the form's fields"
check '[ "$(sql "select count(*) from goal")" = "$ngoals" ]' "a goal was saved before Enter"

tui_keys ui C-u
tui_wait_gone ui "Improve sales"
tui_type ui "提高销售额"
tui_wait ui 'S: The title "提高销售额"'
tui_check_shows ui '"提高" but has'
tui_check_shows ui ">Title       提高销售额" "the Chinese title is not kept in the field"
check '[ "$(sql "select count(*) from goal")" = "$ngoals" ]' "a goal was saved before Enter"

# A concrete title passes S; the other fields; Enter saves.
tui_keys ui C-u
tui_type ui "Sign 5 new customers in Q4"
tui_wait_gone ui 'The title'
tui_keys ui Tab Tab
tui_type ui new_customers
tui_keys ui Tab
tui_type ui customers
tui_keys ui Tab
tui_type ui 5
tui_wait ui ">Target      5 "
tui_wait ui "pass S"
tui_keys ui Enter
tui_wait ui "Goal $((ngoals + 1)) "
tui_wait_gone ui "SMART check"
check '[ "$(sql "select title || \"|\" || metric || \"|\" || unit || \"|\" || target || \"|\" || owner_id from goal where id = $((ngoals + 1))")" = "Sign 5 new customers in Q4|new_customers|customers|50000|$LI" ]' \
	"the new goal in the database is not what was typed"
status=$(sql "select status from goal where id = $((ngoals + 1))")
check '[ "$status" = proposed ] || [ "$status" = active ]' "the new goal is $status"
if [ "$status" = proposed ]; then
	tui_wait ui "Sign 5 new customer"
	tui_check_shows ui "waiting for approval"
fi

tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
