# approval.sh: a salesperson's own goal waits for the manager; the SMART
# check; approve and reject with permissions: a salesperson cannot approve
# (exit 5), a goal with a failing letter cannot be approved (exit 3).
. "$(dirname "$0")/lib.bash"
setup_team

# ann proposes; the SMART warnings go to stderr, the id alone to stdout.
run --as ann goal add "Visit 40 customers in December" --metric visits --unit visits \
	--target 40 --start 2026-12-01 --due 2026-12-31
expect_rc 0
expect_out "1"
expect_err_has '^mbo: warning: R: .+ \(.+\)$'
check '[ "$(sql "select status from goal where id = 1")" = proposed ]' "ann's goal is not proposed"

# The SMART report: keys letter, level, message, hint; exit 0 with no fail.
run --as ann goal check 1 --format json
expect_rc 0
json_check '[f["letter"] for f in d][:5] == ["S","M","A","R","T"]'
json_check 'all(set(f) >= {"letter","level","message","hint"} for f in d)'
json_check 'all(f["level"] in ("pass","warn","fail") for f in d)'
json_check '{"challenge","priority"} <= {f["letter"] for f in d}'
run --as ann goal check 1
expect_rc 0
expect_out_has '^LETTER +LEVEL +MESSAGE +HINT'

# ann may not approve her own goal, nor may bob; nothing changes.
snap
run --as ann goal approve 1
expect_rc 5
expect_err_line ''
run --as bob goal approve 1
expect_rc 5
run --as cy goal approve 1
expect_rc 5
unchanged

# The manager approves.
run --as mgr goal approve 1
expect_rc 0
expect_out ""
check '[ "$(sql "select status from goal where id = 1")" = active ]' "goal 1 not active after approval"
run --as ann goal history 1 --format json
json_check '[h["new"] for h in d if h["field"] == "status"] == ["proposed", "active"]'

# A goal whose target equals its baseline fails M: goal check exits 3 and
# the manager cannot approve it.
run --as bob goal add "Keep 10 active customers" --metric customers --unit customers \
	--kind level --baseline 10 --target 10 --due 2026-12-31
expect_rc 0
expect_out "2"
expect_err_has '^mbo: warning: M: '
run --as bob goal check 2 --format json
expect_rc 3
json_check 'any(f["letter"] == "M" and f["level"] == "fail" for f in d)'
expect_err_line 'fails the SMART check'
run --as bob goal check 2
expect_rc 3
expect_out_has '^M +fail '
snap
run --as mgr goal approve 2
expect_rc 3
expect_err_line 'M'
unchanged

# A goal the manager sets starts active, so a failing letter refuses it:
# one line naming the letter, nothing stored.
run --as mgr goal add "Keep 10 active customers" --metric customers --unit customers \
	--kind level --baseline 10 --target 10 --due 2026-12-31 --owner ann
expect_rc 3
expect_err_line 'SMART M'
expect_out ""
unchanged

# Reject needs a reason (usage error, nothing changed), then works.
run --as mgr goal reject 2
expect_rc 2
expect_err_line 'goal reject: --reason is required; see mbo goal reject --help'
unchanged
run --as ann goal reject 2 --reason "not mine"
expect_rc 5
unchanged
run --as mgr goal reject 2 --reason "the target must be above today's level"
expect_rc 0
check '[ "$(sql "select status || \"|\" || status_reason from goal where id = 2")" = "rejected|the target must be above today'"'"'s level" ]' "goal 2 not rejected with its reason"
run --as bob goal list --format json
json_check 'd[0]["status"] == "rejected"'

# A rejected goal cannot be approved any more.
snap
run --as mgr goal approve 2
check '[ "$RC" != 0 ]' "a rejected goal was approved"
expect_err_line ''
unchanged

# Unknown and malformed ids.
run --as mgr goal approve 99
expect_rc 4
expect_err_line 'no goal with id 99'
run --as mgr goal approve x1
expect_rc 3
expect_err_line "^mbo: goal: 'x1' is not a goal id; see mbo goal list$"
run --as mgr goal approve 0
expect_rc 3

# Closing: the owner's manager closes a goal with a status and reason.
run --as mgr goal close 1 --status bogus --reason "x"
expect_rc 3
expect_err_line "--status: 'bogus' is not one of"
run --as mgr goal close 1 --status cancelled
expect_rc 2
run --as mgr goal close 1 --status cancelled --reason "the campaign was stopped"
expect_rc 0
check '[ "$(sql "select status from goal where id = 1")" = cancelled ]' "goal 1 not cancelled"

done_testing
