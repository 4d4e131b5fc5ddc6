# person_active.sh: someone leaves the team. An admin deactivates them
# (person deactivate), which is refused while they still have direct
# reports or open goals; --close-goals closes the goals with the status
# true of each. The person can no longer use mbo, is hidden from
# person list (not from --all) and from the roll-up, cannot be given
# goals, check-ins or tasks, and their history stays readable. mbo undo
# takes it all back; person activate brings them back to new goals.
. "$(dirname "$0")/lib.bash"
setup_team

# ann: a goal under way (short of its target), a goal met already, and a
# proposal of her own waiting for mgr.
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
REV=$OUT
run --as ann checkin "$REV" 300 --date 2026-11-02
expect_rc 0
run --as mgr goal add "Visit twenty customers this quarter" --metric visits --unit visits --target 20 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi visits
expect_rc 0
VIS=$OUT
run --as ann checkin "$VIS" 22 --date 2026-11-20
expect_rc 0
run --as ann goal add "Book eight product demos in December" --metric demos --unit demos --target 8 \
	--start 2026-12-01 --due 2026-12-31 --kpi demos
expect_rc 0
DEMO=$OUT
check '[ "$(sql "select status from goal where id = $DEMO")" = proposed ]' "ann's goal is not a proposal"

# Everyone is active: person list shows them, with the active column.
run person list --format json
expect_rc 0
json_check 'len(d) == 5 and all(p["active"] is True for p in d)'

# Who may: an admin, never oneself, never a manager.
snap
run --as mgr person deactivate ann
expect_rc 5
expect_err_line "only an admin may"
run person deactivate "$ADMIN"
expect_rc 5
expect_err_line "cannot deactivate or reactivate yourself; another admin can"
unchanged

# mgr still leads ann and bob: refused, naming them and the fix.
run person deactivate mgr --close-goals
expect_rc 3
expect_err_line "^mbo: mgr still has 2 active direct reports \(ann, bob\); move each of them to another manager first, then deactivate mgr$"
expect_out ""
unchanged

# ann owns open goals: refused unless they are closed with it.
run person deactivate ann
expect_rc 3
expect_err_line "^mbo: ann still owns 3 open goals \(2 active, 1 proposed\); close them first, or have the deactivation close them \(--close-goals\)$"
unchanged

run person deactivate ann --close-goals --reason "Left for a competitor"
expect_rc 0
expect_out ""
expect_err_line "^mbo: closed ann's open goals: 1 achieved, 1 missed, 1 cancelled; see mbo goal list --owner ann$"
check '[ "$(sql "select active from person where login = '\''ann'\''")" = 0 ]' "ann is still active"
check '[ "$(sql "select status from goal where id = $REV")" = missed ]' "the revenue goal is not missed"
check '[ "$(sql "select status from goal where id = $VIS")" = achieved ]' "the met goal is not achieved"
check '[ "$(sql "select status from goal where id = $DEMO")" = cancelled ]' "the proposal is not cancelled"
check '[ "$(sql "select count(*) from checkin")" = 2 ]' "check-ins were lost"

# Hidden from the list of people, not from --all.
run person list
expect_rc 0
check '! grep -q " ann " "$OUTF"' "person list still shows ann"
run person list --all --format json
expect_rc 0
json_check '[p["active"] for p in d if p["login"] == "ann"] == [False]'
run person list --all --format csv
expect_out_has '^3,ann,Ann Sales,sales,mgr,false'

# She cannot use mbo any more: one line, exit 5, whatever the command.
run --as ann status
expect_rc 5
expect_err_line "^mbo: ann is no longer active in this database; ask an admin$"
expect_out ""
run --as ann
expect_rc 5
expect_err_line "no longer active"
run --as ann ui
expect_rc 5
expect_err_line "^mbo: ann is no longer active in this database; ask an admin$"
run --as ann checkin "$REV" 10
expect_rc 5
expect_err_line "no longer active"

# Her manager reads her history...
run --as mgr goal list --owner ann --format json
expect_rc 0
json_check 'sorted(g["status"] for g in d) == ["achieved", "cancelled", "missed"]'
run --as mgr goal history "$REV" --format json
expect_rc 0
json_check 'd[-1]["reason"] == "ann was deactivated: Left for a competitor" and d[-1]["new"] == "missed"'
# ...but cannot give her anything new.
snap
run --as mgr goal add "Revenue Q1 from new accounts" --metric revenue --unit CNY --target 900 \
	--start 2027-01-04 --due 2027-03-31 --owner ann --kpi revenue
expect_rc 3
expect_err_line "^mbo: ann is no longer active, so they cannot be given new goals; an admin can reactivate them$"
run --as mgr checkin "$REV" 10
expect_rc 3
expect_err_line "no longer active, so they cannot get new check-ins"
unchanged

# The roll-up of mgr's team leaves her out; bob is still there.
run --as mgr report rollup --format json
expect_rc 0
json_check '[p["login"] for p in d] == ["mgr", "bob"]'

# One undo takes the whole deactivation back: ann and her three goals.
run undo
expect_rc 0
expect_out "undone: deactivate ann"
check '[ "$(sql "select active from person where login = '\''ann'\''")" = 1 ]' "undo did not reactivate ann"
STATUSES=$(sql "select group_concat(status, ' ') from (select status from goal order by id)")
check '[ "$STATUSES" = "active active proposed" ]' "undo did not reopen ann's goals: $STATUSES"
run --as ann status
expect_rc 0

# A team lead leaves: move the reports first, then deactivate.
run person move ann --manager cy
expect_rc 0
run person move bob --manager cy
expect_rc 0
run person deactivate mgr
expect_rc 0
expect_err_empty
run person list --format json
json_check '[p["login"] for p in d] == ["cy", "ann", "bob", "'"$ADMIN"'"]'
# Nobody goes back under an inactive manager.
snap
run person move bob --manager mgr
expect_rc 3
expect_err_line "^mbo: manager: mgr is no longer active; choose an active manager, or reactivate mgr first$"
unchanged

# Back again: person activate, and mgr can work.
run person activate mgr
expect_rc 0
expect_out ""
run --as mgr status
expect_rc 0
run person activate mgr
expect_rc 3
expect_err_line "^mbo: mgr is already active; nothing to do$"

done_testing
