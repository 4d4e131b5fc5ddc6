# undo.sh: each command that writes is one change; a user undoes their own
# last change as a whole, newest first, and never someone else's.
. "$(dirname "$0")/lib.bash"
setup_team

# Nothing of cy's to undo.
snap
run --as cy undo
check '[ "$RC" = 3 ] || [ "$RC" = 4 ]' "undo with nothing to undo did not fail with 3 or 4"
expect_err_line ''
unchanged

# A check-in, undone.
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
run --as ann checkin 1 250.5 --note "ACME order"
expect_rc 0
check '[ "$(sql "select count(*) from checkin")" = 1 ]' "check-in not stored"
run --as ann undo
expect_rc 0
expect_out_has '^undone: '
check '[ "$(sql "select count(*) from checkin")" = 0 ]' "the check-in was not undone"

# A task added and ticked: two changes, undone one at a time.
run --as ann task add 1 "Call ACME"
expect_rc 0
run --as ann task done 1
expect_rc 0
run --as ann undo
expect_rc 0
check '[ "$(sql "select count(*) from task where done_day is null")" = 1 ]' "task done not undone"
run --as ann undo
expect_rc 0
check '[ "$(sql "select count(*) from task")" = 0 ]' "task add not undone"

# mgr's last change is the goal he added: undo removes it entirely.
run --as mgr undo
expect_rc 0
expect_out_has '^undone: '
check '[ "$(sql "select count(*) from goal")" = 0 ]' "undo right after goal add did not remove the goal"

# Ids are never given twice: a CRM file or a script that kept an id must
# not find another record under it after an undo. Above, undo took back
# goal 1, check-in 1 and task 1, each the newest of its table: the next
# of each is 2. A new person is 6, after cy (the admin 1, mgr 2, ann 3, bob
# 4, cy 5), and after its undo the next is 7.
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
expect_out 2
run --as ann checkin 2 100 --format json
expect_rc 0
expect_out '{"id": 2}'
run --as ann task add 2 "Call ACME" --format json
expect_rc 0
expect_out '{"id": 2}'
run person add dan --name "Dan Sales" --manager mgr
expect_rc 0
expect_out 6
run undo
expect_rc 0
run person add dan --name "Dan Sales" --manager mgr
expect_rc 0
expect_out 7
# ann's two changes undone, newest first; the next check-in and task are 3,
# and goal 2 keeps its id through all of it.
run --as ann undo
expect_rc 0
run --as ann undo
expect_rc 0
run --as ann checkin 2 100 --format json
expect_rc 0
expect_out '{"id": 3}'
run --as ann task add 2 "Call ACME" --format json
expect_rc 0
expect_out '{"id": 3}'
run --as ann goal show 2
expect_rc 0
expect_out_has 'Revenue Q4 from new accounts'
run check
expect_rc 0
expect_out ok

done_testing
