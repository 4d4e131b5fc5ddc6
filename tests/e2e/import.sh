# import.sh: `mbo import checkins FILE.csv`. A CRM export with a byte order
# mark, CRLF line ends, quoted fields holding commas, doubled quotes and line
# breaks, empty lines and extra columns imports, and the values show in
# status and goal show. A 100-line file with a bad date on line 57 imports
# nothing (exit 3, line 57 named, every bad line listed once, then their
# count); a file of 1,000 duplicates lists the first 10 and counts the other
# 990, in English and Chinese; --dry-run writes nothing; one `mbo undo`
# takes a whole import back.
. "$(dirname "$0")/lib.bash"
setup_team

run --as mgr goal add "Visit forty customers in November" --metric visits --unit visits --target 40 \
	--start 2026-11-02 --due 2026-11-30 --owner ann --kpi visits
expect_out "1"
run --as mgr goal add "Revenue of 100,000 CNY by year end" --metric revenue --unit CNY --target 100000 \
	--start 2026-11-02 --due 2026-12-31 --owner ann --kpi revenue
expect_out "2"
run --as mgr goal add "Bob visits thirty customers" --metric visits --unit visits --target 30 \
	--start 2026-11-02 --due 2026-11-30 --owner bob --kpi visits
expect_out "3"

# ---- a CRM export: BOM, CRLF, quotes, commas and newlines, extra columns ----
printf '\357\273\277Date,Goal,Login,Value,Note,CRM Id\r\n' >"$TMP/crm.csv"
printf '2026-11-03,1,ann,3,"Acme, Huaxin and ""Big Co""",A-1\r\n' >>"$TMP/crm.csv"
printf '\r\n' >>"$TMP/crm.csv"
printf '2026-11-04,2,ann,12500.50,"Signed the order\r\nafter two visits",A-2\r\n' >>"$TMP/crm.csv"
printf ',,,,,\r\n' >>"$TMP/crm.csv"
printf '2026-11-05,1,,2,,A-3\r\n' >>"$TMP/crm.csv"

snap
run --as ann import checkins "$TMP/crm.csv" --dry-run
expect_rc 0
expect_err_empty
check '[ "$(head -n1 "$OUTF")" = 3 ]' "the dry run does not print the count first"
expect_out_has '^would import 3 check-ins on 2 goals; nothing was written'
expect_out_has '^ +2 +1 +2026-11-03 +3\.00 +Acme, Huaxin and "Big Co"$'
expect_out_has '^ +4 +2 +2026-11-04 +12,500\.50 +Signed the order after two visits$'
run --as ann import checkins "$TMP/crm.csv" --dry-run --format json
expect_rc 0
json_check 'd["count"] == 3 and d["goals"] == 2 and d["dry_run"] is True and d["change"] is None'
json_check '[r["line"] for r in d["checkins"]] == [2, 4, 7]'
json_check 'd["checkins"][1]["note"] == "Signed the order after two visits" and d["checkins"][1]["value"] == Decimal("12500.5")'
unchanged

run --as ann import checkins "$TMP/crm.csv"
expect_rc 0
expect_err_empty
check '[ "$(head -n1 "$OUTF")" = 3 ]' "the count is not alone on the first line"
expect_out_has '^imported 3 check-ins on 2 goals as one change; mbo undo takes them all back$'
run --as ann status --format json
expect_rc 0
json_check '{g["id"]: g["actual"] for g in d} == {1: 5, 2: Decimal("12500.5")}'
run --as ann goal show 1 --format json
json_check '[(c["date"], c["value"], c["note"]) for c in d["checkins"]] == [("2026-11-05", 2, ""), ("2026-11-03", 3, "Acme, Huaxin and \"Big Co\"")]'
json_check 'all(c["by"] == "ann" for c in d["checkins"])'
run --as ann goal show 2 --format json
json_check 'd["checkins"][0]["note"] == "Signed the order after two visits" and d["checkins"][0]["date"] == "2026-11-04"'

# One undo takes the whole import back.
run --as ann undo
expect_rc 0
expect_out_has 'import 3 check-ins'
check '[ "$(sql "select count(*) from checkin")" = 0 ]' "undo left check-ins of the import"
run --as ann status --format json
json_check 'all(g["actual"] == 0 for g in d)'

# LF line ends, JSON output, header only, stdin.
printf 'goal,date,value\n1,2026-11-06,1\n' >"$TMP/lf.csv"
run --as ann import checkins "$TMP/lf.csv" --format json
expect_rc 0
json_check 'd["count"] == 1 and d["goals"] == 1 and d["dry_run"] is False and isinstance(d["change"], int)'
# The same file again: refused, since a CRM export imported twice would
# count twice; --allow-duplicates takes it.
snap
run --as ann import checkins "$TMP/lf.csv"
expect_rc 3
expect_err_has "line 2: goal 1 already has this check-in \(2026-11-06, 1.00\); was the file imported before"
unchanged
run --as ann import checkins "$TMP/lf.csv" --format csv --allow-duplicates
expect_rc 0
check '[ "$(head -n1 "$OUTF" | tr -d "\r")" = "count,goals,dry_run,change" ]' "import CSV header"
printf 'goal,date,value,note\r\n' >"$TMP/empty.csv"
run --as ann import checkins "$TMP/empty.csv"
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 0 ]' "a header-only file does not print 0"
"$MBO" --db "$DB" --as ann import checkins - --allow-duplicates <"$TMP/lf.csv" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 1 ]' "import from stdin"
check '[ "$(sql "select count(*) from checkin")" = 3 ]' "not three check-ins after three imports of one"

# ---- 100 lines, a bad date on line 57: nothing imported, line 57 named ----
{
	printf 'goal,date,value,note\n'
	i=2
	while [ $i -le 100 ]; do
		if [ $i = 57 ]; then
			printf '1,2026-02-30,1,row %d\n' $i
		else
			printf '1,2026-11-%02d,1,"row %d, visited"\n' $(( (i % 20) + 2 )) $i
		fi
		i=$((i + 1))
	done
} >"$TMP/hundred.csv"
check '[ "$(wc -l <"$TMP/hundred.csv")" = 100 ]' "the file is not 100 lines"
snap
run --as ann import checkins "$TMP/hundred.csv"
expect_rc 3
check '[ ! -s "$OUTF" ]' "a failed import printed on stdout"
check 'head -n1 "$ERRF" | grep -q "^mbo: line 57: date .2026-02-30. is not a day of that month$"' "the first stderr line does not name line 57"
check '[ "$(wc -l <"$ERRF")" = 2 ]' "not the bad line and the count"
check 'sed -n 2p "$ERRF" | grep -q "^mbo: 1 line with an error; nothing imported$"' "the count of one bad line"
unchanged
run --as ann import checkins "$TMP/hundred.csv" --dry-run
expect_rc 3
unchanged

# Every bad line is listed, in order, each with its reason.
sed -e '10s/,1,/,x,/' -e '20s/^1,/99,/' -e '30s/^1,/3,/' -e '40s/,1,/,-1,/' "$TMP/hundred.csv" >"$TMP/bad.csv"
run --as ann import checkins "$TMP/bad.csv"
expect_rc 3
check '[ "$(wc -l <"$ERRF")" = 6 ]' "five bad lines need six stderr lines"
check '[ "$(tail -n1 "$ERRF")" = "mbo: 5 lines with errors; nothing imported" ]' "the last line does not count 5 bad lines"
check '[ "$(head -n5 "$ERRF" | sed "s/^mbo: line \([0-9]*\):.*/\1/" | tr "\n" " ")" = "10 20 30 40 57 " ]' "not every bad line is listed in order, once"
check 'grep -q "^mbo: line 10: value .x." "$ERRF"' "line 10's reason"
check 'grep -q "^mbo: line 20: goal 99" "$ERRF"' "line 20's reason"
check 'grep -q "^mbo: line 30: goal 3: you (ann) may not" "$ERRF"' "line 30's reason"
unchanged

# ---- --dry-run of a good 100-line file writes nothing; the import, then undo ----
sed -e '57s/2026-02-30/2026-11-20/' "$TMP/hundred.csv" >"$TMP/good.csv"
run --as ann import checkins "$TMP/good.csv" --dry-run --format json
expect_rc 0
json_check 'd["count"] == 99 and d["dry_run"] is True and len(d["checkins"]) == 99'
unchanged
run --as ann import checkins "$TMP/good.csv"
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 99 ]' "not 99 imported"
check '[ "$(sql "select count(*) from checkin")" = 102 ]' "not 99 more check-ins"
run --as ann undo
expect_rc 0
expect_out_has 'import 99 check-ins'
check '[ "$(sql "select count(*) from checkin")" = 3 ]' "undo left check-ins of the 99"

# ---- 1,000 duplicates: the first 10 listed, the other 990 counted ----
# Goal 2 (revenue, 11-02 to 12-31): rows 1..1000 on 11-02 to 11-26 with
# distinct values, so the file itself has no duplicate; imported once, the
# second import finds every row (lines 2..1001) already recorded.
{
	printf 'goal,date,value\n'
	i=1
	while [ $i -le 1000 ]; do
		printf '2,2026-11-%02d,%d\n' $(( (i % 25) + 2 )) $i
		i=$((i + 1))
	done
} >"$TMP/thousand.csv"
check '[ "$(wc -l <"$TMP/thousand.csv")" = 1001 ]' "the file is not a header and 1,000 rows"
BEFORE=$(sql "select count(*) from checkin")
run --as ann import checkins "$TMP/thousand.csv"
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 1000 ]' "the first import did not take 1,000 rows"
check '[ "$(sql "select count(*) from checkin")" = $((BEFORE + 1000)) ]' "not 1,000 more check-ins"
snap
run --as ann import checkins "$TMP/thousand.csv"
expect_rc 3
check '[ ! -s "$OUTF" ]' "a failed import printed on stdout"
# 10 bad lines, then one line for the rest: 10 + 1 = 11 lines.
check '[ "$(wc -l <"$ERRF")" = 11 ]' "not 11 stderr lines for 1,000 bad lines"
# Lines 2..11 (rows 1..10), each once, in order.
check '[ "$(head -n10 "$ERRF" | sed "s/^mbo: line \([0-9]*\):.*/\1/" | tr "\n" " ")" = "2 3 4 5 6 7 8 9 10 11 " ]' "not lines 2 to 11, each once"
# Row 1 is 2026-11-03 (1 % 25 + 2 = 3) with value 1.
check 'head -n1 "$ERRF" | grep -q "^mbo: line 2: goal 2 already has this check-in (2026-11-03, 1.00)"' "line 2's reason"
# 1,000 - 10 = 990 more.
check '[ "$(tail -n1 "$ERRF")" = "mbo: and 990 more lines with errors; nothing imported" ]' "the count of the other 990"
unchanged
if have_zh; then
	zh --as ann import checkins "$TMP/thousand.csv"
	expect_rc 3
	check '[ "$(wc -l <"$ERRF")" = 11 ]' "not 11 stderr lines in Chinese"
	check '[ "$(tail -n1 "$ERRF")" = "mbo: 另有 990 行有误，未导入任何数据" ]' "the Chinese count of the other 990"
	check 'head -n1 "$ERRF" | grep -q "^mbo: 第 2 行："' "the Chinese first bad line"
	unchanged
	zh --as ann import checkins "$TMP/bad.csv"
	expect_rc 3
	check '[ "$(tail -n1 "$ERRF")" = "mbo: 共 5 行有误，未导入任何数据" ]' "the Chinese count of 5 bad lines"
fi
# An extra row (row 1001, a new value) alone does not make it go in.
printf '2,2026-11-27,1001\n' >>"$TMP/thousand.csv"
run --as ann import checkins "$TMP/thousand.csv"
expect_rc 3
check '[ "$(tail -n1 "$ERRF")" = "mbo: and 990 more lines with errors; nothing imported" ]' "the good row changed the count"
unchanged

# ---- other refusals ----
snap
run --as ann import checkins "$TMP/no-such-file.csv"
expect_rc 4
expect_err_line 'no-such-file\.csv'
printf 'goal,value\n1,3\n' >"$TMP/nodate.csv"
run --as ann import checkins "$TMP/nodate.csv"
expect_rc 3
expect_err_has "^mbo: line 1: header: no 'date' column"
run --as ann import checkins
expect_rc 2
run --as ann import checkins "$TMP/good.csv" --dry
expect_rc 2
unchanged

done_testing
