# bad_input.sh: every bad input is refused with the exit code of the spec,
# one line on stderr that starts "mbo: " and names the field, and an
# unchanged database.
. "$(dirname "$0")/lib.bash"
setup_team
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0

# bad RC FIELD_REGEX ARGS...: runs the command, expects exit RC, one line
# on stderr matching the regex, and the database unchanged.
bad() {
	local want=$1 re=$2
	shift 2
	snap
	run "$@"
	expect_rc "$want"
	expect_err_line "$re"
	expect_out ""
	unchanged
}

G=(goal add "Visit forty customers" --metric visits --unit visits --kpi visits)

bad 3 "^mbo: --due: '2026-02-30' is not a day of that month" "${G[@]}" --target 40 --due 2026-02-30
bad 3 "^mbo: --start: '2026-13-01' " "${G[@]}" --target 40 --start 2026-13-01 --due 2026-12-31
bad 3 "^mbo: --due: 'tomorrowish' " "${G[@]}" --target 40 --due tomorrowish
bad 3 "^mbo: --period: '2026-Q5' is not a period" goal list --period 2026-Q5
bad 3 "^mbo: --period: '2026-13' " calendar list --period 2026-13
bad 3 "^mbo: --target: '12abc' is not a number" "${G[@]}" --target 12abc --due 2026-12-31
bad 3 "^mbo: --target: '1e5' " "${G[@]}" --target 1e5 --due 2026-12-31
bad 3 "^mbo: --target: '1,000' " "${G[@]}" --target 1,000 --due 2026-12-31
bad 3 "^mbo: --target: '' " "${G[@]}" --target= --due 2026-12-31
bad 3 "^mbo: target: .*negative" "${G[@]}" --target -5 --due 2026-12-31
bad 3 "^mbo: --target: '1000000000001' is too large" "${G[@]}" --target 1000000000001 --due 2026-12-31
bad 3 "^mbo: --target: '99999999999999999999' " "${G[@]}" --target 99999999999999999999 --due 2026-12-31
bad 3 "^mbo: --weight: 'heavy' " "${G[@]}" --target 40 --due 2026-12-31 --weight heavy
bad 3 "^mbo: weight: " "${G[@]}" --target 40 --due 2026-12-31 --weight 0
bad 3 "^mbo: importance: " "${G[@]}" --target 40 --due 2026-12-31 --importance 7
bad 3 "^mbo: --kind: 'total' is not one of sum, level" "${G[@]}" --target 40 --due 2026-12-31 --kind total
bad 3 "^mbo: title: is empty" goal add "" --metric visits --unit visits --target 40 --due 2026-12-31
bad 3 "^mbo: title: is too long \(300 characters\)" goal add "$(printf 'x%.0s' $(seq 300))" \
	--metric visits --unit visits --target 40 --due 2026-12-31
bad 3 "^mbo: title: .*control characters" goal add $'Visit\x1b[31m forty customers' \
	--metric visits --unit visits --target 40 --due 2026-12-31
bad 3 "^mbo: due: 2026-11-01 is not after the start 2026-12-01" "${G[@]}" --target 40 \
	--start 2026-12-01 --due 2026-11-01
bad 3 "^mbo: due: " "${G[@]}" --target 40 --start 2026-12-01 --due 2026-12-01
bad 4 "^mbo: --owner: no person with login 'nobody'" "${G[@]}" --target 40 --due 2026-12-31 --owner nobody
bad 4 "^mbo: --owner: no person with login 'nobody'" goal list --owner nobody
bad 4 "^mbo: --team: no person with login 'nobody'" status --team nobody
bad 4 "nobody" task add 1 "Call ACME" --assignee nobody
bad 3 "^mbo: parent: no goal with id 99" "${G[@]}" --target 40 --due 2026-12-31 --parent 99
bad 4 "^mbo: no goal with id 99" goal show 99
bad 4 "^mbo: no goal with id 99" goal revise 99 --target 5 --reason "x"
bad 4 "^mbo: no goal with id 99" goal history 99
bad 4 "99" checkin 99 5
bad 4 "99" task done 99
bad 3 "^mbo: goal: 'abc' is not a goal id; see mbo goal list" goal show abc
bad 3 "^mbo: goal: '-3' is not a goal id" goal show -3
bad 3 "^mbo: task: '1.5' is not a task id; see mbo task list" task done 1.5
bad 3 "^mbo: login: 'ann' already exists" person add ann --name "Another Ann"
bad 3 "^mbo: login: " person add "bad login!" --name "Bad Login"
bad 3 "^mbo: name: is empty" person add dan --name ""
# An explicit empty manager is not "no manager": leaving it out is, or --root.
bad 3 "^mbo: --manager: is empty; give the manager's login, or leave --manager out for none$" person add dan --name "Dan" --manager ""
bad 3 "^mbo: --manager: is empty; give the new manager's login, or --root for none$" person move ann --manager ""
bad 3 "^mbo: login: 'bad login!' is not a valid login; use 1 to 32 letters, digits, '.', '_' or '-', not starting with '-' or '.'$" person add "bad login!" --name "Bad Login"
bad 2 "^mbo: person add: --name: 'nosuchuser42' is not a user of this system" person add nosuchuser42
bad 3 "^mbo: --role: 'boss' is not one of" person add dan --name "Dan" --role boss
bad 3 "^mbo: --manager: no person with login 'nobody'" person add dan --name "Dan" --manager nobody
bad 3 "^mbo: --date: '2026-02-29' is not a day of that month" checkin 1 5 --date 2026-02-29
bad 3 "^mbo: date: '2026-02-30' " calendar holiday 2026-02-30

# A cycle in the org tree: mgr cannot move under ann, who reports to mgr.
bad 3 "cycle|own manager|below" person move mgr --manager ann
bad 3 "cycle|own manager|itself|themselves" person move mgr --manager mgr

# Deactivating people (person deactivate / activate): a refusal names what
# is wrong and the fix, with the exit code of its kind, and writes nothing.
bad 3 "^mbo: mgr still has 2 active direct reports \(ann, bob\); move each of them to another manager first" \
	person deactivate mgr
bad 3 "^mbo: ann still owns 1 open goal \(1 active, 0 proposed\); close them first, or have the deactivation close them \(--close-goals\)$" \
	person deactivate ann
bad 3 "^mbo: reason: " person deactivate ann --close-goals --reason $'left\x1b[2J'
bad 3 "^mbo: reason: is empty" person deactivate ann --close-goals --reason ""
bad 3 "^mbo: cy is already active; nothing to do" person activate cy
bad 4 "^mbo: person: no person with login 'nobody'" person deactivate nobody
bad 4 "^mbo: person: no person with login 'nobody'" person activate nobody
bad 5 "^mbo: you \($ADMIN\) cannot deactivate or reactivate yourself; another admin can" \
	person deactivate "$ADMIN"
bad 5 "^mbo: you \(mgr\) may not deactivate or reactivate people; only an admin may" \
	--as mgr person deactivate ann
bad 5 "only an admin may" --as ann person activate cy
bad 2 "^mbo: person deactivate: expects LOGIN; see mbo person deactivate --help" person deactivate
bad 2 "^mbo: person activate: unknown option --close-goals" person activate cy --close-goals
bad 2 "^mbo: person list: unknown option --inactive" person list --inactive
run person deactivate cy
expect_rc 0
bad 3 "^mbo: cy is already inactive; nothing to do" person deactivate cy
bad 3 "^mbo: manager: cy is no longer active; choose an active manager, or reactivate cy first" \
	person add dan --name "Dan" --manager cy
bad 3 "^mbo: manager: cy is no longer active" person move bob --manager cy
bad 3 "^mbo: cy is no longer active, so they cannot be given new goals; an admin can reactivate them" \
	"${G[@]}" --target 40 --due 2026-12-31 --owner cy
bad 3 "^mbo: assignee: cy is no longer active" task add 1 "Call ACME" --assignee cy
bad 5 "^mbo: cy is no longer active in this database; ask an admin" --as cy status
run person activate cy
expect_rc 0

# Usage errors: exit 2.
bad 2 "^mbo: goal add: --metric is required; see mbo goal add --help" goal add "Visit forty customers" \
	--unit visits --target 40 --due 2026-12-31
bad 2 "^mbo: goal add: --target needs a value; see mbo goal add --help" "${G[@]}" --target --due 2026-12-31
bad 2 "^mbo: goal add: unknown option --colour; see mbo goal add --help" "${G[@]}" --target 40 \
	--due 2026-12-31 --colour red
bad 2 "^mbo: goal add: expects TITLE" goal add --metric visits --unit visits --target 40 --due 2026-12-31
bad 2 "^mbo: goal split: --by is required" goal split 1
bad 2 "^mbo: goal list: --weighted takes no value|unknown option" goal list --weighted=yes
bad 2 "^mbo: unknown option --target; see mbo --help" --target 5 goal add x

# A file that is not a database: exit 6 with what to check.
printf 'not a database at all, just text\n%.0s' $(seq 1 200) >"$TMP/junk.db"
LAST_CMD="mbo --db junk.db status"
"$MBO" --db "$TMP/junk.db" status >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 6
expect_err_line "is not an mbo database or is damaged; check --db"

# Leap day 2028-02-29 exists; 2026-02-29 does not (checked above).
run "${G[@]}" --target 40 --start 2028-02-01 --due 2028-02-29
expect_rc 0

done_testing
