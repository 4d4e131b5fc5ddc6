# demo.sh: `mbo init --demo` gives a sample team whose status, alerts and
# SMART checks work from the command line, in every format.
. "$(dirname "$0")/lib.bash"

run init --demo
expect_rc 0
expect_out ""
expect_err_line "^mbo: created $DB\$"
check '[ "$(sql "select count(*) from person where role = \"sales\"")" -ge 5 ]' "fewer than 5 salespeople"

run --as chen.jing status --team chen.jing --format json
expect_rc 0
json_check 'len(d) >= 6 and {g["pace_status"] for g in d} >= {"on_track"}'
json_check 'len({g["pace_status"] for g in d}) >= 2'
run --as chen.jing status --team chen.jing --format csv
expect_rc 0
CHECKS=$((CHECKS + 1))
python3 - "$OUTF" <<'PY' || fail "status CSV does not parse"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) >= 6 and all(r["pace_status"] for r in rows)
PY
run --as chen.jing status --team chen.jing
expect_rc 0
expect_out_has '^ID +OWNER +TITLE'

run --as chen.jing alerts --team chen.jing --format json
expect_rc 0
json_check 'any(a["kind"] == "proposal" for a in d)'

run --as chen.jing goal list --team chen.jing --status proposed --format json
expect_rc 0
json_check 'len(d) >= 1'
PROPOSED=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$OUTF")
run --as chen.jing goal check "$PROPOSED" --format json
check '[ "$RC" = 0 ] || [ "$RC" = 3 ]' "goal check of the proposal failed to run"
json_check 'len(d) >= 7'

# Every demo goal can be shown and checked.
run --as chen.jing goal list --team chen.jing --format json
IDS=$(python3 -c 'import json,sys; print(" ".join(str(g["id"]) for g in json.load(open(sys.argv[1]))))' "$OUTF")
for id in $IDS; do
	"$MBO" --db "$DB" --as chen.jing goal show "$id" --format json >"$OUTF" 2>"$ERRF"
	RC=$?
	LAST_CMD="mbo goal show $id --format json"
	expect_rc 0
	json_check 'd["id"] == '"$id"
done

# Alerts: the message speaks of the domain; the command that acts on it is
# a column of its own (the UI offers keys instead).
run --as chen.jing alerts --team chen.jing --format json
expect_rc 0
json_check 'any(a["kind"] == "silent" and a["owner"] == "zhou.hao" and a["command"] == "mbo checkin %d VALUE" % a["goal"] for a in d)'
json_check 'any(a["kind"] == "proposal" and a["command"] == "mbo goal approve %d" % a["goal"] for a in d)'
json_check 'all("mbo " not in a["message"] for a in d)'
json_check 'all(a["command"] is None for a in d if a["kind"] in ("at_risk", "off_track"))'

# Incentive: with a bonus scale set, one's own status says what the
# quarter's completion pays and what the next band is worth; scripts'
# formats stay a plain array.
run status --as zhao.lei
expect_rc 0
check '! grep -q "^Bonus" "$OUTF"' "a bonus line with no scale set"
run settings set eval.bonus 0.8:0.5,1.0:1.0,1.2:1.5
expect_rc 0
run settings set eval.bonus_base 20000
expect_rc 0
run --as zhao.lei status
expect_rc 0
expect_out_has '^Bonus for 2026-Q4 at [0-9.]+% completion so far: reach 80% for 10,000.00 CNY'
run --as zhao.lei status --format json
expect_rc 0
json_check 'isinstance(d, list) and len(d) == 3'
run --as chen.jing status --team chen.jing
check '! grep -q "^Bonus" "$OUTF"' "a bonus line on a team's status"

# A second demo init refuses.
run init --demo
expect_rc 3

done_testing
