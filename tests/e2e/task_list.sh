# task_list.sh: `mbo task list` gives every key docs/mbo.1 promises (id,
# goal, title, due, assignee, done, done_on) in JSON and CSV, for the tasks
# of one goal and for your open tasks across goals; the table of one goal's
# tasks leaves the goal column out (it is the goal asked for).
. "$(dirname "$0")/lib.bash"
setup_team

run --as mgr goal add "Visit forty customers in November" --metric visits --unit visits --target 40 \
	--start 2026-11-02 --due 2026-11-30 --owner ann --kpi visits
expect_out "1"
run --as mgr goal add "Revenue of 100,000 CNY by year end" --metric revenue --unit CNY --target 100000 \
	--start 2026-11-02 --due 2026-12-31 --owner ann --kpi revenue
expect_out "2"
# Task 1 and 3 under goal 1, task 2 under goal 2; task 3 done on 11-26.
run --as ann task add 1 "Call ACME" --due 2026-11-20
expect_out "1"
run --as ann task add 2 "Send the offer to Globex" --due 2026-12-10
expect_out "2"
run --as ann task add 1 "Visit Initech"
expect_out "3"
run --as ann task done 3 --date 2026-11-26
expect_rc 0

KEYS='["id", "goal", "title", "due", "assignee", "done", "done_on"]'
run --as ann task list 1 --format json
expect_rc 0
json_check "all(list(t) == $KEYS for t in d)"
json_check '[(t["id"], t["goal"], t["done"], t["done_on"]) for t in d] == [(1, 1, False, None), (3, 1, True, "2026-11-26")]'
run --as ann task list --format json
expect_rc 0
# Open tasks only: 1 (goal 1) and 2 (goal 2); 3 is done.
json_check "all(list(t) == $KEYS for t in d)"
json_check '[(t["id"], t["goal"], t["assignee"]) for t in d] == [(1, 1, "ann"), (2, 2, "ann")]'

run --as ann task list 2 --format csv
expect_rc 0
check '[ "$(tr -d "\r" <"$OUTF" | head -n1)" = "id,goal,title,due,assignee,done,done_on" ]' "task CSV header"
check '[ "$(tr -d "\r" <"$OUTF" | sed -n 2p | cut -d, -f1,2,4,5)" = "2,2,2026-12-10,ann" ]' "task 2's CSV row"
check '[ "$(wc -l <"$OUTF")" = 2 ]' "goal 2 has one task"

# The table of one goal's tasks: no GOAL column; of your open tasks: one.
run --as ann task list 1
expect_rc 0
expect_out_has '^ *ID +TITLE +DUE'
run --as ann task list
expect_rc 0
expect_out_has '^ *ID +GOAL +TITLE +DUE'
expect_out_has '^ *2 +2 +Send the offer to Globex +2026-12-10'

done_testing
