# basic.sh: init, people, a goal added (its id alone on stdout) and listed
# in table, CSV (RFC 4180, with a comma and a quote in a title) and JSON.
. "$(dirname "$0")/lib.bash"

# init creates the database, says so on stderr, prints nothing on stdout.
run init
expect_rc 0
expect_out ""
expect_err_line "^mbo: created $DB\$"
check '[ -f "$DB" ]' "init did not create the file"
check '[ "$(sql "select login || \":\" || role from person")" = "$ADMIN:admin" ]' "the creator is not the admin"

# A second init refuses and leaves the file alone.
snap
run init
expect_rc 3
expect_err_line "already exists"
unchanged

# init creates missing directories.
run_nodb --db "$TMP/deep/er/mbo.db" init
expect_rc 0
check '[ -f "$TMP/deep/er/mbo.db" ]' "init did not create the directories"
# $MBO_DB is used without --db; --db wins over it.
MBO_DB=$TMP/deep/er/mbo.db "$MBO" person list --format csv >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
check 'grep -q "^1,$ADMIN," "$OUTF"' "MBO_DB was not used"

# Without --db or $MBO_DB: $XDG_DATA_HOME/mbo/mbo.db, else
# ~/.local/share/mbo/mbo.db; init creates the directories.
HOME=$TMP/home XDG_DATA_HOME= "$MBO" init 2>"$ERRF"
RC=$?
expect_rc 0
check '[ -f "$TMP/home/.local/share/mbo/mbo.db" ]' "init did not use ~/.local/share/mbo/mbo.db"
check '[ "$(stat -c %a "$TMP/home/.local/share/mbo")" = 700 ]' "the new data directory is not private"
HOME=$TMP/home XDG_DATA_HOME=$TMP/xdg "$MBO" init 2>"$ERRF"
RC=$?
expect_rc 0
check '[ -f "$TMP/xdg/mbo/mbo.db" ]' "init did not use \$XDG_DATA_HOME/mbo/mbo.db"
HOME=$TMP/home XDG_DATA_HOME=$TMP/xdg "$MBO" goal list --format csv >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
HOME=$TMP/nohome XDG_DATA_HOME= "$MBO" goal list >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 6
expect_err_line 'mbo init'

# People: the new id alone on stdout.
run person add mgr --name "Mei Manager" --role manager
expect_rc 0
expect_out "2"
expect_err_empty
run person add ann --name "Ann Sales" --manager mgr
expect_out "3"
run person list --format json
expect_rc 0
json_check '[p["login"] for p in d] == ["'"$ADMIN"'", "mgr", "ann"] or sorted(p["login"] for p in d) == sorted(["'"$ADMIN"'", "mgr", "ann"])'
json_check 'next(p for p in d if p["login"] == "ann")["manager"] == "mgr"'
json_check 'next(p for p in d if p["login"] == "mgr")["manager"] is None'

# A goal for ann set by her manager starts active; stdout is the id alone.
run --as mgr goal add 'Revenue, "key" accounts Q4' --metric revenue --unit CNY \
	--target 1200000.50 --start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
expect_out "1"
check '[ "$(sql "select status from goal where id = 1")" = active ]' "goal 1 is not active"
check '[ "$(sql "select target from goal where id = 1")" = 12000005000 ]' "target not stored exactly"

# --opt=value works as well as --opt value; options may come before the
# arguments and global options after the command.
run goal add --metric=visits --unit=visits --target=40 --due=2026-12-31 --owner=ann \
	"Visit forty customers in December" --as mgr --format json --description "keeps the pipeline full"
expect_rc 0
expect_out '{"id": 2}'

# Table.
run --as mgr goal list
expect_rc 0
expect_out_has '^ID +OWNER +TITLE'
expect_out_has 'Revenue, "key" accounts Q4 +revenue +1,200,000\.50 +2026-10-01 +2026-12-31 +active'

# CSV: header of keys, RFC 4180 quoting, CRLF line endings.
run --as mgr goal list --format csv
expect_rc 0
check 'head -n1 "$OUTF" | grep -q "^id,owner,title,metric,unit,kind,direction,baseline,target,start,due,status,parent"$'"'\r'"'' "CSV header"
check '[ "$(grep -c $'"'\r\$'"' "$OUTF")" = 3 ]' "CSV lines do not end with CRLF"
check 'grep -qF "1,ann,\"Revenue, \"\"key\"\" accounts Q4\",revenue,CNY,sum,up,0.00,1200000.50,2026-10-01,2026-12-31,active," "$OUTF"' "CSV quoting"
CHECKS=$((CHECKS + 1))
python3 - "$OUTF" <<'EOF' || fail "CSV does not parse back"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert len(rows) == 2, rows
assert rows[0]["title"] == 'Revenue, "key" accounts Q4', rows[0]
assert rows[0]["target"] == "1200000.50"
assert rows[0]["parent"] == ""
EOF

# JSON: an array of objects with every key, numbers as numbers.
run --as mgr goal list --format json
expect_rc 0
json_check 'isinstance(d, list) and len(d) == 2'
json_check 'set(d[0]) >= {"id","owner","title","metric","unit","kind","direction","baseline","target","start","due","status","parent"}'
json_check 'd[0]["title"] == "Revenue, \"key\" accounts Q4" and d[0]["target"] == Decimal("1200000.50")'
json_check 'd[0]["parent"] is None and d[0]["start"] == "2026-10-01" and d[0]["id"] == 1'

# An empty listing is still valid JSON and CSV.
run goal list --format json
expect_rc 0
json_check 'd == []'
run goal list --format csv
expect_rc 0
check '[ "$(wc -l <"$OUTF")" = 1 ]' "empty CSV is not just a header"

# goal show: one object with nested arrays.
run --as ann goal show 1 --format json
expect_rc 0
json_check 'd["id"] == 1 and d["owner"] == "ann" and d["kpi"] == "revenue"'
json_check 'isinstance(d["milestones"], list) and isinstance(d["tasks"], list) and isinstance(d["history"], list)'
json_check 'd["progress"]["pace_status"] in ("on_track","at_risk","off_track","achieved","overdue")'
run --as ann goal show 1
expect_rc 0
expect_out_has '^title: +Revenue, "key" accounts Q4$'
expect_out_has '^History$'

# --version, --help, help of one command, no command = status.
run --version
expect_rc 0
expect_out_has '^mbo [0-9]+\.[0-9]+\.[0-9]+$'
run --help
expect_rc 0
expect_out_has 'mbo goal add TITLE'
run goal add --help
expect_rc 0
expect_out_has '^  mbo goal add TITLE --metric M'
run help goal add
expect_rc 0
expect_out_has '^  mbo goal add TITLE --metric M'
run goal --help
expect_rc 0
expect_out_has 'mbo goal revise'
run --as ann
expect_rc 0
NOCMD=$OUT
run --as ann status
expect_out "$NOCMD"
expect_out_has 'Revenue, "key" accounts Q4'

# Usage errors: exit 2 with a one-line message.
run frobnicate
expect_rc 2
expect_err_line "'frobnicate' is not a command"
run goal
expect_rc 2
expect_err_line "goal: which one"
run goal show
expect_rc 2
expect_err_line "goal show: expects ID; see mbo goal show --help"
run goal show 1 2
expect_rc 2
expect_err_line "unexpected argument '2'"
run --format xml goal list
expect_rc 2
expect_err_line "--format: 'xml' is not a format"
run goal list --db
expect_rc 2
expect_err_line "--db needs a value"

done_testing
