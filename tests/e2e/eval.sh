# eval.sh: the evaluation through the command line. The worked example of
# docs/design.md ("Evaluation") typed in as users would: Li Wei's three
# goals that count (and three that do not), check-ins, feedback from four
# relations (subordinate missing), the bonus scale; `eval show` gives
# 96.75 / 78.22 / 89.34, grade A and the bonus in every format. Then who may
# rate and read (exit 5, nothing written), bad ratings (exit 3 naming the
# field, nothing written), a replaced rating and undo, and the reports.
. "$(dirname "$0")/lib.bash"

run init
expect_rc 0
run person add director --name "Director Dong" --role manager
run person add chen.jing --name "Chen Jing" --role manager --manager director
run person add li.wei --name "Li Wei" --manager chen.jing
run person add zhao.min --name "Zhao Min" --manager chen.jing
run person add wang.fang --name "Wang Fang" --manager chen.jing
run person add sun.li --name "Sun Li" --manager chen.jing
run person add zed --name "Zed Stranger"
expect_rc 0

# ---- Li Wei's goals: three count, three do not ----
run --as chen.jing goal add "Revenue from key accounts in Q4" --metric revenue --unit CNY \
	--target 100000 --weight 2 --start 2026-10-01 --due 2026-11-20 --owner li.wei --kpi revenue
expect_out "1"
run --as chen.jing goal add "Win twenty new customers in Q4" --metric new_customers --unit customers \
	--target 20 --start 2026-10-01 --due 2026-11-25 --owner li.wei --kpi new_customers
expect_out "2"
run --as chen.jing goal add "Keep churned customers to four" --metric churned --unit customers \
	--target 4 --baseline 6 --direction down --start 2026-10-01 --due 2026-12-31 --owner li.wei --kpi churn
expect_out "3"
run --as chen.jing goal add "Visit fifty customers this quarter" --metric visits --unit visits \
	--target 50 --start 2026-10-01 --due 2026-12-31 --owner li.wei --kpi visits
expect_out "4"
run --as chen.jing goal close 4 --status cancelled --reason "Replaced by calls"
expect_rc 0
run --as li.wei goal add "Make fifty calls to dormant accounts" --metric calls --unit calls \
	--target 50 --start 2026-10-01 --due 2026-12-31 --kpi calls
expect_out "5"
run --as chen.jing goal add "Revenue from key accounts in Q3" --metric revenue --unit CNY \
	--target 90000 --start 2026-07-01 --due 2026-09-30 --owner li.wei --kpi revenue
expect_out "6"
run --as chen.jing goal close 6 --status missed --reason "Q3 is over"
expect_rc 0

for c in "1 40000 2026-10-15" "1 30000 2026-11-02" "1 23500 2026-11-20" "2 12 2026-10-20" \
	"2 18 2026-11-18" "3 2 2026-10-30" "3 3 2026-11-26"; do
	set -- $c
	run --as li.wei checkin "$1" "$2" --date "$3"
	expect_rc 0
done
run --as chen.jing goal close 1 --status missed --reason "93.5% at the due date"
expect_rc 0

# ---- feedback from four relations ----
run --as chen.jing eval request li.wei --period 2026-Q4 --from zhao.min,wang.fang
expect_rc 0
check '[ "$(wc -l <"$OUTF")" = 2 ]' "two request ids, one a line"
run --as zhao.min eval requests --format json
expect_rc 0
json_check 'len(d) == 1 and d[0]["subject"] == "li.wei" and d[0]["requested_by"] == "chen.jing" and d[0]["done"] is False'

run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --quality 4 --growth 4 --teamwork 5 \
	--comment "A good quarter; I want to grow in negotiation"
expect_rc 0
expect_out "1"
run --as chen.jing eval rate li.wei --period 2026-Q4 --relation superior --quality 4 --growth 3 \
	--teamwork 4 --comment "Reliable; needs more coaching on pricing"
expect_out "2"
run --as zhao.min eval rate li.wei --period 2026-Q4 --relation peer --quality 5 --growth 4 --teamwork 4 \
	--comment "Always shares leads" --format json
expect_rc 0
json_check 'd == {"id": 3, "replaced": False}'
run --as wang.fang eval rate li.wei --period 2026-Q4 --relation peer --quality 3 --growth 4 --teamwork 5
expect_out "4"
run --as li.wei eval rate li.wei --period 2026-Q4 --relation customer --rater-name "Acme Trading" \
	--quality 5 --growth 4 --teamwork 4 --comment "Quick answers"
expect_out "5"
run --as chen.jing eval rate li.wei --period 2026-Q4 --relation customer --rater-name "Huaxin Ltd" \
	--quality 4 --growth 3 --teamwork 3 --comment "Slow quotes in October"
expect_out "6"
run settings set eval.bonus 0.8:0.5,1.0:1.0,1.2:1.5
expect_rc 0
run settings set eval.bonus_base 10000
expect_rc 0
run --as chen.jing eval summary li.wei --period 2026-Q4 --text "Strong results.
Focus on pricing."
expect_rc 0
expect_err_empty
run --as zhao.min eval requests --format json
json_check 'd[0]["done"] is True'

# ---- the worked example: every documented figure ----
run --as chen.jing eval show li.wei --period 2026-Q4 --format json
expect_rc 0
json_check 'd["login"] == "li.wei" and d["period"] == "2026-Q4" and d["from"] == "2026-10-01" and d["to"] == "2026-12-31"'
json_check '[g["id"] for g in d["goals"]] == [1, 2, 3]'
json_check 'd["goals"][0]["actual"] == Decimal("93500") and d["goals"][0]["completion"] == Decimal("0.935") and d["goals"][0]["asof"] == "2026-11-20"'
json_check 'd["goals"][1]["completion"] == Decimal("1.5") and d["goals"][1]["counted"] == Decimal("1.2") and d["goals"][1]["capped"] is True'
json_check 'd["goals"][2]["direction"] == "down" and d["goals"][2]["actual"] == 5 and d["goals"][2]["completion"] == Decimal("0.8")'
json_check 'd["quantitative"] == Decimal("96.75") and d["completion_cap"] == Decimal("1.2")'
json_check '{r["relation"]: r["score"] for r in d["relations"]} == {"self": Decimal("4.3"), "superior": Decimal("3.7"), "peer": Decimal("4.15"), "customer": Decimal("3.9"), "subordinate": None}'
json_check '[r["weight_used"] for r in d["relations"]] == [Decimal("0.1111"), Decimal("0.4444"), Decimal("0.2222"), Decimal("0.2222"), 0]'
json_check '[r["ratings"] for r in d["relations"]] == [1, 1, 2, 2, 0]'
json_check 'd["missing"] == [{"relation": "subordinate", "message": "no subordinate feedback: its weight was shared among the others"}]'
json_check 'd["qualitative_score"] == Decimal("3.9111") and d["qualitative"] == Decimal("78.22")'
json_check 'd["blend"] == Decimal("0.6") and d["final"] == Decimal("89.34") and d["grade"] == "A"'
json_check 'd["bonus"] == Decimal("9187.5") and d["bonus_currency"] == "CNY" and d["bonus_next_payout"] == 10000 and d["bonus_more"] == Decimal("812.5")'
json_check 'd["bonus_message"] == "reach 100% for 10,000.00 CNY, 812.50 more"'
json_check 'd["summary"] == "Strong results.\nFocus on pricing." and d["summary_by"] == "chen.jing"'
json_check 'len(d["feedback"]) == 6 and all(f["rater"] for f in d["feedback"]) and d["names_hidden"] is False'
json_check '[f["customer"] for f in d["feedback"] if f["relation"] == "customer"] == ["Acme Trading", "Huaxin Ltd"]'

# The person reads their own, without the peers' names.
run --as li.wei eval show li.wei --period 2026-Q4 --format json
expect_rc 0
json_check 'd["final"] == Decimal("89.34") and d["grade"] == "A" and d["names_hidden"] is True'
json_check '[f["rater"] for f in d["feedback"] if f["relation"] == "peer"] == [None, None]'
json_check '[f["comment"] for f in d["feedback"] if f["relation"] == "peer"] == ["Always shares leads", None]'
check '! grep -q "zhao.min\|wang.fang" "$OUTF"' "the peers' logins reach li.wei"

run --as li.wei eval show li.wei --period 2026-Q4
expect_rc 0
expect_err_empty
expect_out_has '^quantitative: +96\.75% \(3 goals, completion capped at 120%\)$'
expect_out_has '^qualitative: +78\.22% '
expect_out_has '^missing: +no subordinate feedback: its weight was shared among the others$'
expect_out_has '^final: +89\.34 \(60% quantitative, 40% qualitative\)$'
expect_out_has '^grade: +A$'
expect_out_has '^bonus: +9,187\.50 CNY; reach 100% for 10,000\.00 CNY, 812\.50 more$'
expect_out_has '^ +2 +Win twenty new customers in Q4 .* 150\.00% +120\.00%$'
expect_out_has '^ +subordinate +0 .* missing$'
expect_out_has '^ +3 +peer +\(anonymous\) '
expect_out_has '^Summary by chen\.jing'
expect_out_has '^  Focus on pricing\.$'
check '! grep -q "zhao.min\|wang.fang" "$OUTF"' "the peers' logins reach li.wei's table"

run --as director eval show li.wei --period 2026-Q4 --format csv
expect_rc 0
check '[ "$(python3 -c "import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline=\"\")))))" "$OUTF")" = 2 ]' "CSV is a header and one row"
check 'python3 -c "import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=\"\"))); s=r[1][r[0].index(\"summary\")]; sys.exit(0 if \"\n\" in s else 1)" "$OUTF"' "the multi-line summary keeps its line breaks in CSV"
check 'head -n1 "$OUTF" | grep -q "^login,name,period,from,to,.*,final,grade,"' "CSV header"
expect_out_has '^li\.wei,Li Wei,2026-Q4,2026-10-01,2026-12-31,1\.20,96\.75,3\.9111,78\.22,0\.60,89\.34,A,9187\.50,CNY,'

# ---- who may rate and read: refused, nothing written ----
snap
run --as zed eval rate li.wei --period 2026-Q4 --relation superior --quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'superior'
run --as zed eval rate li.wei --period 2026-Q4 --relation peer --quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'peer'
run --as sun.li eval rate li.wei --period 2026-Q4 --relation peer --quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'not been asked'
run --as chen.jing eval rate li.wei --period 2026-Q4 --relation self --quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'self'
run --as zhao.min eval rate li.wei --period 2026-Q4 --relation customer --rater-name "Acme Trading" \
	--quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'customer'
run --as zed eval rate chen.jing --period 2026-Q4 --relation subordinate --quality 3 --growth 3 --teamwork 3
expect_rc 5
expect_err_line 'subordinate'
run --as zhao.min eval show li.wei --period 2026-Q4
expect_rc 5
expect_err_line 'evaluation of li\.wei'
check '[ ! -s "$OUTF" ]' "a refused eval show printed something"
run --as li.wei eval show zhao.min --period 2026-Q4 --format json
expect_rc 5
run --as li.wei eval summary li.wei --period 2026-Q4 --text "I did great"
expect_rc 5
run --as zed eval request li.wei --period 2026-Q4 --from sun.li
expect_rc 5
run --as li.wei report --team chen.jing --period 2026-Q4
expect_rc 5
unchanged

# ---- bad ratings: exit 3 naming the field, nothing written ----
run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --quality 0 --growth 3 --teamwork 3
expect_rc 3
expect_err_line '^mbo: quality: '
run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --quality 3 --growth 6 --teamwork 3
expect_rc 3
expect_err_line '^mbo: growth: '
run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --quality 3 --growth 3 --teamwork x
expect_rc 3
expect_err_line "^mbo: --teamwork: 'x' is not a whole number"
run --as li.wei eval rate li.wei --period 2026-Q4 --relation boss --quality 3 --growth 3 --teamwork 3
expect_rc 3
expect_err_line '^mbo: --relation: '
run --as li.wei eval rate li.wei --period 2026-Q4 --relation customer --quality 3 --growth 3 --teamwork 3
expect_rc 3
expect_err_line 'rater_name'
run --as li.wei eval rate li.wei --period 2027-Q1 --relation self --quality 3 --growth 3 --teamwork 3
expect_rc 3
expect_err_line 'period'
run --as li.wei eval rate li.wei --period Q4 --relation self --quality 3 --growth 3 --teamwork 3
expect_rc 3
expect_err_line '^mbo: --period: '
run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --growth 3 --teamwork 3
expect_rc 2
expect_err_line '--quality is required'
run --as li.wei eval rate nobody --period 2026-Q4 --relation self --quality 3 --growth 3 --teamwork 3
expect_rc 4
run --as chen.jing eval summary li.wei --period 2026-Q4 --text ""
expect_rc 3
expect_err_line 'summary'
unchanged

# ---- a second rating replaces the first; undo restores it ----
run --as li.wei eval rate li.wei --period 2026-Q4 --relation self --quality 3 --growth 3 --teamwork 3
expect_rc 0
check '[ "$(head -n1 "$OUTF")" = 1 ]' "the replaced rating keeps its id"
expect_out_has '^replaced the earlier rating'
run --as li.wei eval show li.wei --period 2026-Q4 --format json
json_check 'd["final"] != Decimal("89.34") and len(d["feedback"]) == 6'
run --as li.wei undo
expect_rc 0
run --as li.wei eval show li.wei --period 2026-Q4 --format json
json_check 'd["final"] == Decimal("89.34") and d["grade"] == "A"'

# A summary read from stdin.
printf 'Strong results.\nFocus on pricing.\n' | "$MBO" --db "$DB" --as director eval summary li.wei \
	--period 2026-Q4 --text - >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
run --as li.wei eval show li.wei --period 2026-Q4 --format json
json_check 'd["summary"] == "Strong results.\nFocus on pricing." and d["summary_by"] == "director"'

# ---- the period report in three formats ----
run --as chen.jing report --period 2026-Q4 --format json
expect_rc 0
json_check 'isinstance(d, list) and [p["login"] for p in d] == ["chen.jing", "li.wei", "sun.li", "wang.fang", "zhao.min"]'
json_check 'd[1]["final"] == Decimal("89.34") and d[1]["grade"] == "A" and len(d[1]["goals"]) == 3'
json_check 'd[0]["final"] is None and d[0]["grade"] is None'
run --as chen.jing report --period 2026-Q4 --format csv
expect_rc 0
check 'head -n1 "$OUTF" | grep -q "^login,name,period,from,to,"' "report CSV has no header"
check '[ "$(python3 -c "import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline=\"\")))))" "$OUTF")" = 6 ]' "report CSV: a header and five people"
expect_out_has '^li\.wei,Li Wei,2026-Q4,.*,89\.34,A,'
check 'python3 -c "import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); sys.exit(0 if r[1][\"final\"] == \"89.34\" else 1)" "$OUTF"' "report CSV does not parse"
run --as chen.jing report --period 2026-Q4
expect_rc 0
expect_out_has '^team: +chen\.jing$'
expect_out_has '^ +li\.wei +Li Wei +3 +96\.75% +78\.22% +6 +89\.34 +A +9,187\.50 CNY$'
expect_out_has '^ +li\.wei +2 +Win twenty new customers in Q4 .*150\.00% +120\.00%$'
run --as director report --team chen.jing --period 2026-Q4 --format json
expect_rc 0
json_check 'len(d) == 5'
run --as li.wei report --period 2026-Q4 --format json
expect_rc 0
json_check '[p["login"] for p in d] == ["li.wei"] and d[0]["names_hidden"] is True'
run --as chen.jing report --period 2026-13
expect_rc 3
expect_err_line '^mbo: --period: '
run --as chen.jing report
expect_rc 2
expect_err_line '--period is required'

# The leaderboard of a metric.
run --as chen.jing goal add "Revenue from the north region in Q4" --metric revenue --unit CNY \
	--target 80000 --start 2026-10-01 --due 2026-12-31 --owner zhao.min --kpi revenue
expect_out "7"
run --as zhao.min checkin 7 120000 --date 2026-11-02
expect_rc 0
run --as chen.jing report leaderboard --metric revenue --period 2026-Q4 --format json
expect_rc 0
json_check '[(p["rank"], p["login"]) for p in d] == [(1, "zhao.min"), (2, "li.wei")]'
json_check 'd[1]["actual"] == Decimal("93500") and d[1]["target"] == Decimal("100000") and d[1]["completion"] == Decimal("0.935")'
run --as chen.jing report leaderboard --metric revenue --period 2026-Q4 --format csv
expect_rc 0
check 'head -n1 "$OUTF" | grep -q "^rank,login,name,goals,actual,target,unit,completion"' "leaderboard CSV header"
run --as chen.jing report leaderboard --metric revenue --period 2026-Q4
expect_rc 0
expect_out_has '^ +1 +zhao\.min +Zhao Min +1 +120,000\.00 +80,000\.00 +CNY +150%$'
run --as chen.jing report leaderboard --period 2026-Q4
expect_rc 2
expect_err_line '--metric is required'
run --as chen.jing report leaderboard --metric revenue --period 2026-Q4 --date today
expect_rc 2

# The team roll-up.
run --as chen.jing report rollup --format json
expect_rc 0
json_check '[p["login"] for p in d] == ["chen.jing", "li.wei", "sun.li", "wang.fang", "zhao.min"]'
json_check 'd[1]["active_goals"] == 2 and [g["id"] for g in d[1]["goals"]] == [2, 3] and d[1]["last_checkin"] == "2026-11-26"'
json_check 'd[4]["goals"][0]["pace_status"] == "achieved"'
run --as chen.jing report rollup --date 2026-11-20 --format csv
expect_rc 0
check 'head -n1 "$OUTF" | grep -q "^login,name,manager,depth,active_goals,"' "rollup CSV header"
check '[ "$(wc -l <"$OUTF")" = 6 ]' "rollup CSV: a header and five people"
run --as chen.jing report rollup
expect_rc 0
expect_out_has '^ +li\.wei +Li Wei +2 '
expect_out_has '^ +zhao\.min +7 +Revenue from the north region in Q4 '
run --as chen.jing report rollup --period 2026-Q4
expect_rc 2
run --as chen.jing report burnup --period 2026-Q4
expect_rc 2
expect_err_line "'burnup' is not a report"

done_testing
