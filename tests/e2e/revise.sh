# revise.sh: revising needs a reason; every change shows in the history;
# undo reverts a user's own last change as a whole.
. "$(dirname "$0")/lib.bash"
setup_team

run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 100000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
expect_out "1"

# Without a reason: a usage error, nothing changed.
snap
run --as mgr goal revise 1 --target 120000
expect_rc 2
expect_err_line '^mbo: goal revise: --reason is required; see mbo goal revise --help$'
unchanged
# A reason but nothing to change.
run --as mgr goal revise 1 --reason "why not"
expect_rc 2
expect_err_line 'give what to change'
unchanged
# Bad values: exit 3, naming the option.
run --as mgr goal revise 1 --target 12abc --reason "typo"
expect_rc 3
expect_err_line "^mbo: --target: '12abc' "
run --as mgr goal revise 1 --due 2026-02-30 --reason "typo"
expect_rc 3
expect_err_line "^mbo: --due: '2026-02-30' is not a day of that month"
run --as mgr goal revise 1 --due 2026-09-01 --reason "earlier"
expect_rc 3
expect_err_line "due"
run --as mgr goal revise 1 --target 1 --reason ""
check '[ "$RC" = 2 ] || [ "$RC" = 3 ]' "an empty reason was accepted"
unchanged
# A salesperson cannot revise her goal.
run --as ann goal revise 1 --target 1 --reason "too hard"
expect_rc 5
expect_err_line ''
unchanged

# The manager revises target and due date with a reason.
run --as mgr goal revise 1 --target 120000.25 --due 2027-01-15 --reason "new key account signed"
expect_rc 0
expect_out ""
check '[ "$(sql "select target || \" \" || due_day from goal where id = 1")" = "1200002500 2027-01-15" ]' "revision not stored"

run --as ann goal history 1 --format json
expect_rc 0
json_check 'all(set(h) >= {"at","who","field","old","new","reason"} for h in d)'
json_check '{h["field"] for h in d if h["reason"] == "new key account signed"} == {"target", "due"}'
json_check 'all(h["who"] == "mgr" for h in d if h["reason"] == "new key account signed")'
run --as ann goal history 1
expect_rc 0
expect_out_has '^AT +WHO +FIELD +OLD +NEW +REASON'
expect_out_has 'mgr +target +.*new key account signed'
run --as ann goal show 1 --format json
json_check 'd["target"] == Decimal("120000.25") and d["due"] == "2027-01-15"'
json_check 'any(h["field"] == "target" for h in d["history"])'

# ann has no change of her own to undo yet... (she made none)
run --as ann undo
check '[ "$RC" != 0 ]' "ann undid someone else's change"
expect_err_line ''
check '[ "$(sql "select target from goal where id = 1")" = 1200002500 ]' "ann's undo changed mgr's revision"

# mgr undoes the revision: both fields return at once.
run --as mgr undo
expect_rc 0
expect_out_has '^undone: '
check '[ "$(sql "select target || \" \" || due_day from goal where id = 1")" = "1000000000 2026-12-31" ]' "undo did not revert the revision"
run --as ann goal show 1 --format json
json_check 'd["target"] == Decimal("100000") and d["due"] == "2026-12-31"'
# The history keeps the revision and shows its reversal.
run --as ann goal history 1 --format json
json_check 'len([h for h in d if h["field"] == "target"]) == 2'

done_testing
