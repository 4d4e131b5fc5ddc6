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

done_testing
