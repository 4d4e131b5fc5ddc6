# totals.sh: totals cannot overflow. One goal holds at most 10^12 units
# (the largest value is also 10^12): the issue's file of 923 check-ins of
# 1e12 on one goal is refused with nothing written, and a team whose members
# write the largest values still gets every manager's view, with figures
# worked here by hand.
. "$(dirname "$0")/lib.bash"
setup_team

MAX=1000000000000
run --as mgr goal add "Team revenue" --metric revenue --unit CNY --target $MAX \
	--start 2026-11-02 --due 2026-12-31 --owner mgr --kpi revenue
expect_out "1"
run --as mgr goal add "Ann revenue" --metric revenue --unit CNY --target $MAX \
	--start 2026-11-02 --due 2026-12-31 --owner ann --parent 1
expect_out "2"
run --as mgr goal add "Bob revenue" --metric revenue --unit CNY --target $MAX \
	--start 2026-11-02 --due 2026-12-31 --owner bob --parent 1
expect_out "3"

# ---- the issue's file: 923 x 1e12 on one goal ----
{
	echo "goal,date,value"
	for i in $(seq 923); do echo "2,2026-11-02,1e12"; done
} >"$TMP/exp.csv"
snap
run --as ann import checkins "$TMP/exp.csv" --allow-duplicates
expect_rc 3
check 'head -n1 "$ERRF" | grep -q "^mbo: line 2: value .1e12. is not a number"' "1e12 is not refused as a number"
# The first 10 bad lines listed, the other 923 - 10 = 913 counted.
check '[ "$(tail -n1 "$ERRF")" = "mbo: and 913 more lines with errors; nothing imported" ]' "the count of the other 913"
unchanged
# Written out: the first row fits (0 + 10^12 = 10^12, the most), each of the
# other 922 would make 2 * 10^12.
{
	echo "goal,date,value"
	for i in $(seq 923); do echo "2,2026-11-02,$MAX"; done
} >"$TMP/big.csv"
run --as ann import checkins "$TMP/big.csv" --allow-duplicates
expect_rc 3
check 'head -n1 "$ERRF" | grep -q "^mbo: line 3: value: 1,000,000,000,000 would bring goal 2.s total to 2,000,000,000,000, above the most one goal may hold (1,000,000,000,000); check the value"' "the first bad line is not line 3"
# 10 bad lines, then one line for the other 922 - 10 = 912.
check '[ "$(wc -l <"$ERRF")" = 11 ]' "not 10 bad lines and the count"
check '[ "$(head -n10 "$ERRF" | sed -n "s/^mbo: line \([0-9]*\): value: 1,000,000,000,000 would bring.*/\1/p" | tr "\n" " ")" = "$(seq -s " " 3 12) " ]' "lines 3 to 12 are not each listed"
check '[ "$(tail -n1 "$ERRF")" = "mbo: and 912 more lines with errors; nothing imported" ]' "the count of the other 912"
unchanged

# ---- the edge, one check-in at a time ----
run --as ann checkin 2 $MAX
expect_rc 0
run --as bob checkin 3 999999999999.9999
expect_rc 0
run --as bob checkin 3 0.0001
expect_rc 0
snap
run --as bob checkin 3 0.0001
expect_rc 3
expect_err_line "^mbo: value: 0.0001 would bring goal 3's total to 1,000,000,000,000.0001, above the most one goal may hold \(1,000,000,000,000\); check the value"
run --as ann checkin 2 $MAX
expect_rc 3
expect_err_line "total to 2,000,000,000,000,"
run --as ann checkin 2 1000000000000.0001
expect_rc 3
expect_err_line "^mbo: value: '1000000000000.0001' is too large"
unchanged

# ---- the manager's views ----
# Each member: actual 10^12 of 10^12, 100%. The team goal rolls both up:
# 2 * 10^12 of 10^12, 200%. Workdays: 2026-11-02..11-27 are 20 (four
# weeks), 11-02..12-31 are 44 (21 in November, 23 in December), so the
# expected by today is 10^12 * 20 / 44 = 454,545,454,545.4545..., shown
# 454,545,454,545.45, and a member's pace 44 / 20 = 220%, the team's 440%.
run --as mgr status --team mgr
expect_rc 0
expect_err_empty
expect_out_has '^ +2 +ann +Ann revenue +CNY +1,000,000,000,000\.00 +1,000,000,000,000\.00 +454,545,454,545\.45 +220% '
expect_out_has '^ +3 +bob +Bob revenue +CNY +1,000,000,000,000\.00 +1,000,000,000,000\.00 +454,545,454,545\.45 +220% '
expect_out_has '^ +1 +mgr +Team revenue +CNY +1,000,000,000,000\.00 +2,000,000,000,000\.00 +454,545,454,545\.45 +440% '
run --as mgr status --team mgr --format json
expect_rc 0
json_check '{g["id"]: g["actual"] for g in d} == {1: Decimal("2000000000000.00"), 2: Decimal("1000000000000.00"), 3: Decimal("1000000000000.00")}'
run --as mgr alerts --team mgr
expect_rc 0
expect_out "No alerts as of 2026-11-27."
run --as mgr report rollup --team mgr
expect_rc 0
expect_out_has '^ +mgr +Mei Manager +1 .* 200% +2026-11-27 +0$'
expect_out_has '^ +ann +Ann Sales +1 .* 100% +2026-11-27 +0$'
expect_out_has '^ +mgr +1 +Team revenue +1,000,000,000,000\.00 +2,000,000,000,000\.00 .* 200% '
run --as mgr report --team mgr --period 2026-11 --format json
expect_rc 0
# Completion 200% is counted at the cap, 120%; the members' 100% as is.
json_check '{p["login"]: [(g["actual"], g["completion"], g["counted"]) for g in p["goals"]] for p in d} == {"mgr": [(Decimal("2000000000000.00"), Decimal("2.00"), Decimal("1.20"))], "ann": [(Decimal("1000000000000.00"), Decimal("1.00"), Decimal("1.00"))], "bob": [(Decimal("1000000000000.00"), Decimal("1.00"), Decimal("1.00"))]}'
run --as mgr report --team mgr --period 2026-11
expect_rc 0
expect_out_has '^ +mgr +1 +Team revenue +1\.00 +1,000,000,000,000\.00 +2,000,000,000,000\.00 +200\.00% '
expect_out_has '^ +bob +3 +Bob revenue +1\.00 +1,000,000,000,000\.00 +1,000,000,000,000\.00 +100\.00% '
# The leaderboard adds each person's goals: 10^12 each.
run --as mgr report leaderboard --metric revenue --period 2026-Q4 --team mgr
expect_rc 0
expect_out_has '^ +1 +ann +Ann Sales +1 +1,000,000,000,000\.00 +1,000,000,000,000\.00 +CNY +100%$'
expect_out_has '^ +1 +bob +Bob Sales +1 +1,000,000,000,000\.00 +1,000,000,000,000\.00 +CNY +100%$'
run --as mgr check
expect_rc 0

done_testing
