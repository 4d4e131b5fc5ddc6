# checkin.sh: check-ins are exact decimals: a thousand check-ins of 0.1 add
# up to exactly 100.00 (two hundred, 20.00, in the sanitizer build: lib.bash
# repeat); the id alone on the first line, then a summary.
. "$(dirname "$0")/lib.bash"
setup_team
N=$(repeat 1000)
# N check-ins of 0.1 are N / 10, exactly: 1000 x 0.1 = 100.00, 200 x 0.1 =
# 20.00. The database keeps ten-thousandths: 0.1 is 1000, N of them N x 1000.
ACTUAL=$((N / 10)).00

run --as mgr goal add "Calls: one thousand short calls" --metric calls --unit calls --target 200 \
	--start 2026-11-02 --due 2026-12-31 --owner ann --kpi calls
expect_rc 0
expect_out "1"

run --as ann checkin 1 0.1 --note "first"
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 1 ]' "the check-in id is not alone on the first line"
check '[ "$(wc -l <"$OUTF")" = 2 ]' "no summary line after the id"
expect_out_has '^goal 1 \(Calls: one thousand short calls\): actual 0\.10 of 200\.00 calls'
run --as ann checkin 1 0.1 --format json
expect_rc 0
json_check 'd == {"id": 2}'
run --as ann checkin 1 0.1 --format csv
expect_rc 0
expect_out "3"

i=3
while [ $i -lt "$N" ]; do
	"$MBO" --db "$DB" --as ann checkin 1 0.1 >/dev/null 2>"$ERRF" || { fail "check-in $i failed: $(cat "$ERRF")"; break; }
	i=$((i + 1))
done
check '[ "$(sql "select count(*) || \" \" || sum(value) from checkin")" = "$N $((N * 1000))" ]' "not $N check-ins of 0.1"

run --as ann status --format json
expect_rc 0
check 'grep -q "\"actual\": $ACTUAL," "$OUTF"' "status JSON does not say actual $ACTUAL"
json_check 'd[0]["actual"] == Decimal("'"$ACTUAL"'") and d[0]["target"] == Decimal("200")'
# The keys of a goal's progress, the same as in goal show and report rollup.
json_check 'list(d[0]) == ["id","owner","title","metric","unit","target","actual","expected","pace","completion","forecast","needed_per_workday","workdays_left","pace_status","last_checkin"]'
json_check 'd[0]["pace_status"] in ("on_track","at_risk","off_track","achieved","overdue")'
# Completion: actual 100 of target 200 = 100 / 200 = 0.50 (20 / 200 = 0.10).
json_check 'd[0]["completion"] == Decimal("'"$ACTUAL"'") / Decimal("200")'
json_check 'isinstance(d[0]["workdays_left"], int) and (d[0]["pace"] is None or isinstance(d[0]["pace"], Decimal))'
run --as ann status
expect_rc 0
expect_out_has '^ +1 +ann +Calls: one thousand short calls +calls +200\.00 +'"${ACTUAL/./\\.}"' '
expect_out_has '[0-9]+% '
run --as ann status --format csv
expect_out_has ',200\.00,'"${ACTUAL/./\\.}"',''

# Bad check-ins change nothing.
snap
run --as ann checkin 1 abc
expect_rc 3
expect_err_line "^mbo: value: 'abc' is not a number"
run --as ann checkin 1 -5
expect_rc 3
expect_err_line 'value'
run --as ann checkin 1 1 --date 2026-02-30
expect_rc 3
expect_err_line "^mbo: --date: '2026-02-30' is not a day of that month"
run --as ann checkin 1 1 --date 2026-12-01
expect_rc 3
expect_err_line 'future'
run --as ann checkin 1 1 --date 2026-10-01
expect_rc 3
expect_err_line 'before the goal starts'
run --as ann checkin 1 0.00001
expect_rc 3
expect_err_line 'value'
run --as ann checkin 42 1
expect_rc 4
run --as bob checkin 1 1
expect_rc 5
expect_err_line ''
run --as ann checkin 1
expect_rc 2
unchanged

# The manager sees it in the team's status; --date moves the day.
run --as mgr status --team mgr --date 2026-11-20 --format json
expect_rc 0
json_check 'len(d) == 1 and d[0]["owner"] == "ann"'
run --as mgr status --format json
json_check 'd == []'
run --as mgr status --owner ann --team mgr
expect_rc 2

done_testing
