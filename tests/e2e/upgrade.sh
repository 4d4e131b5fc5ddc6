# upgrade.sh: today's mbo opens the databases that the mbo of each earlier
# schema version made (tests/fixtures/schema-vN.sql, made by those very
# binaries with tests/fixtures/make-fixtures.sh) and brings them to the
# current version with every row kept: after read commands and one check-in
# the file is intact (integrity_check, foreign_key_check), every row of every
# old table is still there with every column unchanged, the key sums and the
# Chinese titles read back, and a report figure worked here by hand from the
# fixture's own rows comes out. A database of a newer version, and a text
# file, are refused with one line and exit 6, not one byte changed and no
# journal left beside them.
. "$(dirname "$0")/lib.bash"
command -v sqlite3 >/dev/null || skip "the sqlite3 shell is needed to load the fixtures"
FIX=$MBO_SRC/tests/fixtures

# The current version is the last "-- @version N" block of the schema.
CUR=$(sed -n 's/^-- @version \([0-9][0-9]*\)$/\1/p' "$MBO_SRC/schema.sql" | tail -n1)
check '[ "$CUR" -ge 4 ]' "no schema version read from schema.sql"

# load V: the fixture of version V in a fresh file $DB, in WAL mode as every
# mbo made its files (a .dump does not keep the mode), and a pristine copy
# $OLD to compare with.
load() {
	DB=$TMP/v$1.db
	OLD=$TMP/v$1-old.db
	rm -f "$DB" "$OLD"
	sqlite3 "$DB" <"$FIX/schema-v$1.sql" || fail "schema-v$1.sql does not load"
	sqlite3 "$DB" "PRAGMA journal_mode = WAL" >/dev/null
	cp "$DB" "$OLD"
}

# The schema of a database that today's mbo creates: an upgraded one must
# have the same tables, indexes and triggers, to the letter.
FRESH=$TMP/fresh.db
"$MBO" --db "$FRESH" init >/dev/null 2>&1 || fail "mbo init failed"
schema_of() {
	sqlite3 "$1" "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
}

old() {
	sqlite3 "$OLD" "$1"
}

# Rows of the old file's table that are not, every column equal, in the
# upgraded one: must be none.
lost_rows() {
	sqlite3 "$DB" "ATTACH '$OLD' AS old; SELECT count(*) FROM (SELECT * FROM old.\"$1\" EXCEPT SELECT * FROM main.\"$1\")"
}

upgrade_one() {
	local v=$1 t n tables
	load "$v"
	check '[ "$(old "PRAGMA user_version")" = "$v" ]' "schema-v$v.sql is not at user_version $v"
	tables=$(old "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")

	# Read commands first: the first open migrates.
	run --as ann status
	expect_rc 0
	expect_out_has '华东区第四季度销售额'
	check '[ "$(sql "PRAGMA user_version")" = "$CUR" ]' "v$v: user_version is $(sql "PRAGMA user_version"), not $CUR after the first open"
	run --as mgr goal list --team mgr
	expect_rc 0
	expect_out_has '^ +6 +bob +Bob visits November 2026 .* rejected$'
	run --as ann goal show 2
	expect_rc 0
	run --as mgr goal history 3
	expect_rc 0
	expect_out_has '新客户 added to Bob.s region'
	run --as mgr alerts --team mgr
	expect_rc 0
	run --as mgr task list 2
	expect_rc 0
	expect_out_has '拜访上海客户'
	run person list
	expect_rc 0
	expect_out_has 'ann +Ann Sales 李娜 +sales'
	run calendar list --period 2026-Q4
	expect_rc 0
	expect_out_has '2026-10-10 .*调休 make-up day'
	run check
	expect_rc 0

	# The report, worked by hand from the fixture's check-ins.
	# v1: goal 2 = 12,345.67 + 8,000.50 + 10,654.33 + 3,000.25 = 34,000.75,
	#     of 60,000 = 56.667% -> 56.67%; goal 3 = 9,999.99 + 7,500 = 17,499.99
	#     of 45,000 (revised from 40,000) = 38.889% -> 38.89%; goal 4 is a
	#     level: latest 87.25 from baseline 80 to 90 = 7.25 / 10 = 72.50%;
	#     ann's quantitative score is the mean of her completions as stored,
	#     to 0.0001: (0.5667 + 0.7250) / 2 = 0.64585 -> 64.59%.
	# v2, v3: the CRM import adds 500.05 to goal 2 and 1,234.56 to goal 3:
	#     34,500.80 / 60,000 = 57.501% -> 57.50%; 18,734.55 / 45,000 =
	#     41.632% -> 41.63%; ann = (0.5750 + 0.7250) / 2 = 65.00%.
	run --as mgr report --team mgr --period 2026-Q4
	expect_rc 0
	expect_out_has '^  ann +4 +客户满意度达到九十分 .* 87\.25 +72\.50%'
	if [ "$v" = 1 ]; then
		expect_out_has '^  ann +2 .*60,000\.00 +34,000\.75 +56\.67%'
		expect_out_has '^  bob +3 +Bob revenue Q4 2026 .*45,000\.00 +17,499\.99 +38\.89%'
		expect_out_has '^  ann +Ann Sales 李娜 +2 +64\.59%'
	else
		expect_out_has '^  ann +2 .*60,000\.00 +34,500\.80 +57\.50%'
		expect_out_has '^  bob +3 +Bob revenue Q4 2026 .*45,000\.00 +18,734\.55 +41\.63%'
		expect_out_has '^  ann +Ann Sales 李娜 +2 +65\.00%'
		run --as mgr eval show ann --period 2026-Q4
		expect_rc 0
		expect_out_has 'Acme 采购部'
	fi

	# One write: a check-in of 1,000.25 on goal 2.
	run --as ann checkin 2 1000.25 --date 2026-11-27 --note "升级后 after the upgrade"
	expect_rc 0
	# Its id comes after every one given before (schema version 5): the
	# fixtures hold check-ins up to 12 (v1) or 14 (v2, v3), and in each the
	# check-in 13 was given and undone, which the undo journal still names.
	# v1: max(12, 13) + 1 = 14; v2, v3: max(14, 13) + 1 = 15 (their CRM
	# import, made before version 5, gave 13 a second time).
	if [ "$v" = 1 ]; then next=14; else next=15; fi
	check '[ "$(head -n1 "$OUTF")" = "$next" ]' "v$v: the check-in after the upgrade got id $(head -n1 "$OUTF"), not $next"
	run --as ann goal show 2
	expect_rc 0
	if [ "$v" = 1 ]; then
		expect_out_has '^  actual: +35,001\.00$'   # 34,000.75 + 1,000.25
	else
		expect_out_has '^  actual: +35,501\.05$'   # 34,500.80 + 1,000.25
	fi

	# The file is sound and every old row is there, every column unchanged.
	check '[ "$(sql "PRAGMA integrity_check")" = ok ]' "v$v: integrity_check is not ok"
	check '[ -z "$(sql "PRAGMA foreign_key_check")" ]' "v$v: foreign_key_check is not empty: $(sql "PRAGMA foreign_key_check" | head -3)"
	for t in $tables; do
		n=$(lost_rows "$t")
		check '[ "$n" = 0 ]' "v$v: $n rows of table $t were lost or changed"
	done
	# Counts: what the one check-in adds (a check-in row, its change), and
	# for v1 the 16 evaluation settings of version 2; nothing else moves.
	for t in $tables; do
		n=$(old "SELECT count(*) FROM \"$t\"")
		case $t in
		checkin|change) n=$((n + 1)) ;;
		setting) [ "$v" = 1 ] && n=$((n + 16)) ;;
		undo_step) continue ;;  # as many as the check-in's rows
		esac
		check '[ "$(sql "SELECT count(*) FROM \"$t\"")" = "$n" ]' "v$v: table $t has $(sql "SELECT count(*) FROM \"$t\"") rows, expected $n"
	done
	check '[ "$(sql "SELECT sum(value) FROM checkin")" = "$(( $(old "SELECT sum(value) FROM checkin") + 10002500 ))" ]' \
		"v$v: the check-ins do not sum to the old sum + 1,000.25"
	check '[ "$(sql "SELECT group_concat(title, \"|\") FROM (SELECT title FROM goal ORDER BY id)")" = "$(old "SELECT group_concat(title, \"|\") FROM (SELECT title FROM goal ORDER BY id)")" ]' \
		"v$v: goal titles changed"
	check '[ "$(sql "SELECT title FROM goal WHERE id = 4")" = 客户满意度达到九十分 ]' "v$v: the Chinese title of goal 4 is not kept"
	check '[ "$(sql "SELECT note FROM checkin WHERE id = 1")" = 签约两家新客户 ]' "v$v: the Chinese note of check-in 1 is not kept"
	check '[ "$(sql "SELECT value FROM setting WHERE key = \"pace.on_track\"")" = 0.90 ]' "v$v: the setting pace.on_track=0.90 was not kept"
	check '[ "$(sql "SELECT count(*) FROM change WHERE undone_at IS NOT NULL")" = 1 ]' "v$v: the undone change is not kept"
	check '[ "$(schema_of "$DB")" = "$(schema_of "$FRESH")" ]' \
		"v$v: the upgraded schema differs from a new database's: $(diff <(schema_of "$DB") <(schema_of "$FRESH") | head -4)"
	check '[ "$(sql "SELECT group_concat(key) FROM (SELECT key FROM setting ORDER BY key)")" = "$(sqlite3 "$FRESH" "SELECT group_concat(key) FROM (SELECT key FROM setting ORDER BY key)")" ]' \
		"v$v: the upgraded database lacks settings a new one has"
	check '[ "$(sql "PRAGMA journal_mode")" = wal ]' "v$v: the upgraded database left WAL mode"
	check '[ ! -e "$DB-wal" ] && [ ! -e "$DB-shm" ] && [ ! -e "$DB-journal" ]' "v$v: journal files outlived the last session"

	# Ids freed by an undo after the upgrade are not given again: the
	# check-in above, undone, leaves the next one at $next + 1; the goals
	# go up to 9, so mgr's new goal is 10, and after its undo the next 11.
	run --as ann undo
	expect_rc 0
	run --as ann checkin 2 5 --date 2026-11-27
	expect_rc 0
	check '[ "$(head -n1 "$OUTF")" = "$((next + 1))" ]' "v$v: the check-in after an undo got id $(head -n1 "$OUTF"), not $((next + 1))"
	for id in 10 11; do
		run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
			--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
		expect_rc 0
		expect_out "$id"
		run --as mgr undo
		expect_rc 0
	done
	run check
	expect_rc 0
	expect_out ok
}

for v in 1 2 3; do
	upgrade_one "$v"
done

# ---- an old database that its reader may not write ----
# The first open upgrades, so a reader without write access is told what to
# change, and the file keeps its bytes and version. As root (who ignores
# modes) the reader is the user nobody, in a folder nobody owns.
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null || skip "setpriv (util-linux) is needed to run as nobody"
	AS=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
else
	AS=()
fi
load 1
R=$TMP/ro
mkdir "$R"
chmod 755 "$TMP"
[ "$(id -u)" = 0 ] && chown nobody "$R"
mv "$DB" "$R/old.db"
chmod 444 "$R/old.db"
sum=$(sha256sum <"$R/old.db")
LAST_CMD="mbo --db $R/old.db --as ann status (read-only file)"
"${AS[@]}" "$MBO" --db "$R/old.db" --as ann status >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 6
expect_err_line "^mbo: upgrading the database to schema version 2: the database file $R/old.db is read-only for you; ask its owner for write access \(chmod or chgrp\), or work on a copy$"
check '[ "$(sha256sum <"$R/old.db")" = "$sum" ]' "a refused upgrade changed the file"
check '[ "$(sqlite3 "$R/old.db" "PRAGMA user_version")" = 1 ]' "a refused upgrade moved the version"

# ---- a newer database is refused, untouched ----
# refused FILE WHAT RE: status and a check-in on FILE both exit 6 with one
# line matching RE; the file's sha256 is the same and nothing lies beside it.
refused() {
	local f=$1 what=$2 re=$3 sum c
	sum=$(sha256sum <"$f")
	for c in "status" "checkin 2 5"; do
		LAST_CMD="mbo --db $f $c"
		# shellcheck disable=SC2086
		"$MBO" --db "$f" --as ann $c >"$OUTF" 2>"$ERRF"
		RC=$?
		expect_rc 6
		expect_err_line "$re"
	done
	check '[ "$(sha256sum <"$f")" = "$sum" ]' "$what: the refused file changed"
	check '[ ! -e "$f-wal" ] && [ ! -e "$f-shm" ] && [ ! -e "$f-journal" ]' "$what: a -wal, -shm or -journal was left behind: $(ls "$f"-* 2>/dev/null)"
}

load 3
N=$TMP/newer.db
sqlite3 "$DB" "PRAGMA user_version = $((CUR + 1))"
mv "$DB" "$N"
refused "$N" "version $((CUR + 1))" "^mbo: $N has schema version $((CUR + 1)), newer than this mbo \($CUR\): upgrade mbo$"
# The same in WAL mode, as mbo itself makes its files.
W=$TMP/newer-wal.db
sqlite3 "$N" ".backup '$W'"
sqlite3 "$W" "PRAGMA journal_mode = WAL" >/dev/null
refused "$W" "version $((CUR + 1)) in WAL mode" "newer than this mbo \($CUR\): upgrade mbo$"

# ---- a text file is refused, untouched ----
T=$TMP/notes.db
printf 'goal,date,value\n2,2026-11-27,5\nnot a database: 这不是数据库\n' >"$T"
refused "$T" "a text file" "^mbo: .*is not an mbo database or is damaged; check --db"

done_testing
