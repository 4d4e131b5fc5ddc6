# plan.sh: tasks, stages (goal split), cascade, the calendar, alerts and
# target suggestions through the command line.
. "$(dirname "$0")/lib.bash"
setup_team

run --as mgr goal add "Team revenue Q4 for the whole team" --metric revenue --unit CNY \
	--target 3000000 --start 2026-10-01 --due 2026-12-31 --kpi revenue
expect_rc 0
expect_out "1"

# Stages: milestones whose cumulative targets end at the goal's target.
run --as mgr goal split 1 --by month --format json
expect_rc 0
json_check '[m["date"] for m in d] == ["2026-10-31", "2026-11-30", "2026-12-31"]'
json_check 'd[-1]["target"] == Decimal("3000000") and all(a["target"] <= b["target"] for a, b in zip(d, d[1:]))'
run --as mgr goal split 1 --by fortnight
expect_rc 3
expect_err_line "^mbo: --by: 'fortnight' is not one of week, month, quarter"
run --as mgr goal show 1 --format json
json_check 'len(d["milestones"]) == 3'

# Cascade by shares: the children's targets add up to the parent's.
snap
run --as mgr goal cascade 1 --to ann=40%,bob=50%
expect_rc 3
expect_err_line ''
unchanged
run --as mgr goal cascade 1 --to ann=40%,bob
expect_rc 2
expect_err_line 'give each person a share'
run --as mgr goal cascade 1
expect_rc 2
run --as mgr goal cascade 1 --to ann=40%,bob=60%
expect_rc 0
check '[ "$(wc -l <"$OUTF")" = 2 ]' "cascade did not print two ids"
check '[ "$(sql "select sum(target) from goal where parent_id = 1")" = 30000000000 ]' "children do not add up"
check '[ "$(sql "select p.login || \"=\" || (g.target / 10000) from goal g join person p on p.id = g.owner_id where parent_id = 1 order by p.login" | tr "\n" ,)" = "ann=1200000,bob=1800000," ]' "shares not as given"
run --as mgr goal show 1 --format json
json_check 'd["children"] == 2 and d["children_total"] == Decimal("3000000") and d["drift"] == 0'
run --as mgr goal list --parent 1 --format json
json_check 'sorted(g["owner"] for g in d) == ["ann", "bob"] and all(g["parent"] == 1 for g in d)'

# Tasks: the id alone, listed, ticked.
run --as ann task add 2 "Call ACME about the renewal" --due 2026-11-20
expect_rc 0
expect_out "1"
run --as ann task add 2 "Send the offer to Globex" --due 2026-12-10 --format json
expect_rc 0
json_check 'd == {"id": 2}'
run --as ann task add 2 "Visit Initech" --assignee cy
expect_rc 3
expect_err_line 'assignee'
run --as ann task add 2 "Bad day" --due 2026-02-30
expect_rc 3
expect_err_line "^mbo: --due: '2026-02-30' is not a day of that month"
run --as ann task list --format json
expect_rc 0
json_check '[t["id"] for t in d] == [1, 2] and all(set(t) >= {"id","goal","title","due","assignee","done"} for t in d)'
run --as ann task list 2 --format csv
expect_rc 0
check 'head -n1 "$OUTF" | grep -q "^id,goal,title,due,assignee,done"' "task CSV header"

# An overdue task is an alert with the fix in it.
run --as ann alerts --format json
expect_rc 0
json_check 'any(a["kind"] == "task_overdue" and a["task"] == 1 for a in d)'
json_check 'all(set(a) >= {"kind","severity","owner","goal","task","message"} for a in d)'
run --as mgr alerts --team mgr
expect_rc 0
expect_out_has '^KIND +SEVERITY +OWNER +GOAL +TASK +MESSAGE'
run --as ann task done 1
expect_rc 0
run --as ann task list 2 --format json
json_check '[(t["done"], t["done_on"]) for t in d if t["id"] == 1] == [(True, "2026-11-27")]'
run --as ann alerts --format json
json_check 'not any(a["kind"] == "task_overdue" for a in d)'
run --as bob task done 2
expect_rc 5
run --as ann task reopen 1
expect_rc 0
check '[ "$(sql "select count(*) from task where done_day is null")" = 2 ]' "task reopen did not reopen"

# The org tree: cy moves under mgr, then back to the top.
run person move cy --manager mgr
expect_rc 0
run person list --format json
json_check 'next(p for p in d if p["login"] == "cy")["manager"] == "mgr"'
run person move cy --root
expect_rc 0
check '[ -z "$(sql "select manager_id from person where login = \"cy\"")" ]' "cy still has a manager"
run person move cy
expect_rc 2
run --as mgr person move cy --manager mgr
expect_rc 5

# The calendar (admin): a holiday and an extra Saturday workday.
run calendar holiday 2026-12-25 "Christmas"
expect_rc 0
run calendar workday 2026-12-26 "make-up day"
expect_rc 0
run calendar list --period 2026-12 --format json
json_check 'd == [{"date": "2026-12-25", "kind": "holiday", "name": "Christmas"}, {"date": "2026-12-26", "kind": "workday", "name": "make-up day"}]'
run calendar clear 2026-12-26
expect_rc 0
run calendar list --format csv
check '[ "$(wc -l <"$OUTF")" = 2 ]' "calendar clear did not remove the day"
run --as mgr calendar holiday 2026-12-24
expect_rc 5

# Settings (admin) and the database checks.
run settings list --format json
expect_rc 0
json_check 'any(s["key"] == "pace.on_track" for s in d)'
run settings set pace.on_track 0.9
expect_rc 0
run settings set pace.on_track lots
expect_rc 3
run check
expect_rc 0
expect_out "ok"
run backup "$TMP/copy.db"
expect_rc 0
check '[ "$(sqlite3 "$TMP/copy.db" "select count(*) from goal")" = 3 ]' "the backup is not a copy"
run_nodb --db "$TMP/copy.db" check
expect_rc 0

# Target suggestion.
run --as mgr goal suggest --metric revenue --owner ann --start 2027-01-01 --due 2027-03-31 --format json
expect_rc 0
json_check 'set(d) >= {"own_samples","team_samples","suggested"}'
run --as mgr goal suggest --metric revenue --due 2026-02-30
expect_rc 3

done_testing
