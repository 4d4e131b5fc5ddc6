# tui_report.sh: the Reports tab. A manager sees the period report of the
# team (per person: goals, completion, quantitative, qualitative, final
# score, grade, bonus) with the selected person's goals below, as the CLI's
# `mbo report` computes them; [ and ] and p change the period; l shows the
# leaderboard (the selected person selected there too, and back), m and a
# click choose the metric; Enter opens the person's evaluation for that
# period (where p and [ change the period again); a check-in by another
# process re-ranks the leaderboard within two seconds.
# A salesperson (here on a vt100) sees their own line, and in place of the
# leaderboard the core's refusal.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
"$MBO" --db "$DB" settings set eval.bonus 0.6:0.5,1.0:1.0,1.2:1.5 >/dev/null &&
	"$MBO" --db "$DB" settings set eval.bonus_base 10000 >/dev/null || fail "bonus settings"

# The row the period report must show for LOGIN, from the CLI's JSON:
# "li.wei  4  71%  71.48%  —  71.48 B  6,435.00 CNY" as a regex.
expected_row() {
	"$MBO" --db "$DB" --as chen.jing report --period "$2" --format json | python3 -c '
import json, sys, re
from decimal import Decimal, ROUND_HALF_UP
p = [p for p in json.load(sys.stdin, parse_float=Decimal) if p["login"] == sys.argv[1]][0]
w = sum(g["weight"] for g in p["goals"])
done = sum(g["weight"] * g["completion"] for g in p["goals"]) / w if w else None
pct2 = lambda v: "—" if v is None else "%.2f%%" % v
row = [p["login"], str(len(p["goals"])),
       "—" if done is None else str((done * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)) + "%",
       pct2(p["quantitative"]), pct2(p["qualitative"]),
       "—" if p["final"] is None else "%.2f" % p["final"], p["grade"] or "—",
       "{:,.2f} {}".format(p["bonus"], p["bonus_currency"])]
print(" +".join(re.escape(c) for c in row))
' "$1"
}

tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing

# Tab order: My goals, Team, Alerts, Reports; Shift-Tab goes straight there.
tui_keys ui Tab Tab Tab
tui_wait ui "[Reports]" || done_testing
tui_wait ui "Period report 2026-Q4 (2026-10-01 → 2026-12-31): team of 陈静, 8 people"
tui_check_shows ui "Enter Eval [ Prev ] Next p Period l Leaders / Filter Tab Screens ? Help q Quit"
tui_keys ui Tab
tui_wait ui "My goals: 1 active"
tui_keys ui BTab
tui_wait ui "Period report 2026-Q4"

# Each person's line is the CLI's; the pane shows the selected one's goals,
# each with its id.
for who in chen.jing li.wei liu.yang sun.li; do
	re=$(expected_row "$who" 2026-Q4)
	tui_wait_re ui "$re" 2 "the period report's line of $who does not match /$re/"
done
tui_check_shows ui "Goals of 陈静 counted in 2026-Q4, each capped at 120%:"
tui_check_shows ui "  ID Goal                   Weight         Target         Actual  Done  Counted"
tui_check_shows ui "  $(sql "select id from goal where title = 'Q4 团队销售额 2,890,000 元'") Q4 团队销售额 2,890,0…      5      2,890,000    1,662,972.3   58%      58%"
tui_keys ui j
tui_wait ui "Goals of 李伟 counted in 2026-Q4"
tui_wait_re ui '^> 李伟 +li\.wei '
tui_check_shows ui "  $(sql "select id from goal where title = 'Sign 6 new customers in Q4'") Sign 6 new customers …      2              6              5   83%      83%"
tui_check_shows ui "Bonus: reach 100% for 10,000.00 CNY, 3,565.00 more"
# liu.yang's churn goal is over the cap: counted at 120%.
tui_keys ui j
tui_wait ui "  $(sql "select id from goal where title like 'Keep churned customers to%'") Keep churned customer…      1              3              1  300% cap 120%"

# Periods: ] [ step; p types one (a bad one keeps the form open).
tui_keys ui ']'
tui_wait ui "Period report 2027-Q1 (2027-01-01 → 2027-03-31)"
tui_keys ui '[' '['
tui_wait ui "Period report 2026-Q3" || done_testing
re=$(expected_row li.wei 2026-Q3)
tui_wait_re ui "$re" 2 "the 2026-Q3 line of li.wei does not match /$re/"
tui_wait_re ui '^> 刘洋 +liu\.yang ' 2 "the selection did not stay on liu.yang across periods"
tui_keys ui p
tui_wait ui "Report period"
tui_keys ui C-u
tui_type ui "2026-13"
tui_keys ui Enter
tui_wait ui "has no such month"
tui_keys ui C-u
tui_type ui "2026-11"
tui_keys ui Enter
tui_wait ui "Period report 2026-11 (2026-11-01 → 2026-11-30)"
tui_keys ui p
tui_wait ui "Report period"
tui_keys ui C-u
tui_type ui "2026-Q4"
tui_keys ui Enter
tui_wait ui "Period report 2026-Q4"

# The leaderboard, in the CLI's order.
tui_keys ui l
tui_wait ui "Leaderboard 2026-Q4 on revenue: team of 陈静, 7 ranked" || done_testing
tui_check_shows ui "Metric (m): [revenue]  new_customers"
tui_check_shows ui "Enter Eval [ Prev ] Next m Metric l Report / Filter Tab Screens ? Help q Quit"
order=$("$MBO" --db "$DB" --as chen.jing report leaderboard --metric revenue --period 2026-Q4 --format csv |
	tail -n +2 | cut -d, -f1,2 | tr '\n' ' ')
got=$(tui_screen ui | sed -nE 's/^[> ] +([0-9]+) +[^ ]+ +([a-z.]+) .*/\1,\2/p' | tr '\n' ' ')
check '[ "$got" = "$order" ]' "the leaderboard ranks '$got', the CLI '$order'"
tui_wait_re ui '^>    3 刘洋 +liu\.yang +1 +253,803\.9 +410,000 CNY +62% \[' 2 \
	"the selection did not follow liu.yang to the leaderboard"
# Back, a move in the report, and l again: the selection follows each time.
tui_keys ui l
tui_wait_re ui '^> 刘洋 +liu\.yang ' 2 "the selection did not follow liu.yang back to the report"
tui_keys ui j
tui_wait_re ui '^> 孙丽 +sun\.li '
tui_keys ui l
tui_wait_re ui '^> +7 孙丽 +sun\.li ' 2 "the selection did not follow sun.li to the leaderboard"
tui_keys ui m
tui_wait ui "Leaderboard 2026-Q4 on new_customers"
tui_click ui " visits " || fail "no metric 'visits' to click"
tui_wait ui "Leaderboard 2026-Q4 on visits"
tui_keys ui M
tui_wait ui "Leaderboard 2026-Q4 on new_customers"
tui_keys ui M
tui_wait ui "Leaderboard 2026-Q4 on revenue"

# Live: li.wei's big deal moves him to the top within two seconds.
LI_REV=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 'li.wei' and g.title = 'Q4 销售额 360,000 元'")
"$MBO" --db "$DB" --as li.wei checkin "$LI_REV" 200000 >/dev/null || fail "the check-in failed"
tui_wait_re ui '^[> ] +1 李伟 +li\.wei +1 +447,123 ' 2 "the leaderboard did not re-rank li.wei within 2 s"

# The filter, then Enter: li.wei's evaluation for the period.
tui_keys ui /
tui_type ui li.wei
tui_keys ui Enter
tui_wait ui "ranked                  1 shown"
tui_wait_re ui '^> +1 李伟 +li\.wei '
tui_keys ui Enter
tui_wait ui "Evaluation of 李伟 (li.wei), 2026-Q4" || done_testing
# Its own period keys: p types one, [ steps back.
tui_keys ui p
tui_wait ui "Evaluation period"
tui_keys ui C-u
tui_type ui 2026-Q3
tui_keys ui Enter
tui_wait ui "Evaluation of 李伟 (li.wei), 2026-Q3"
tui_keys ui '['
tui_wait ui "Evaluation of 李伟 (li.wei), 2026-Q2"
# R rates him for that period: as his superior (chen.jing is above him),
# quality one up from the middle (3 + 1 = 4), growth one down (3 - 1 = 2),
# teamwork left at 3, a comment in Chinese.
tui_keys ui R
tui_wait ui "Rate 李伟 for 2026-Q2" || done_testing
tui_keys ui Tab Right Tab Left Tab Tab Tab
tui_type ui "跟进及时"
tui_keys ui Enter
tui_wait ui "Rating saved"
check '[ "$(sql "select f.relation, f.quality, f.growth, f.teamwork, f.comment from feedback f
	join person s on s.id = f.subject_id join person r on r.id = f.rater_id
	where s.login = '"'li.wei'"' and r.login = '"'chen.jing'"' and f.period = '"'2026-Q2'"'")" = "superior|4|2|3|跟进及时" ]' \
	"the rating typed in the UI is not the one stored"
# S writes the manager's summary of the period.
tui_keys ui S
tui_wait ui "Summary of 李伟 for 2026-Q2" || done_testing
tui_keys ui C-u
tui_type ui "二季度稳步推进"
tui_keys ui Enter
tui_wait ui "Summary saved."
check '[ "$(sql "select e.summary from evaluation e join person s on s.id = e.subject_id
	where s.login = '"'li.wei'"' and e.period = '"'2026-Q2'"'")" = "二季度稳步推进" ]' \
	"the summary typed in the UI is not the one stored"
tui_keys ui Escape
tui_wait ui "Leaderboard 2026-Q4 on revenue"
tui_keys ui Escape
tui_wait_gone ui "1 shown"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"

# A salesperson on a vt100: their own line only; the leaderboard refused.
tui_start sp 80x24 TERM=vt100 -- --as li.wei
tui_wait sp "My goals: 4 active" || done_testing
tui_keys sp BTab
tui_wait sp "Period report 2026-Q4 (2026-10-01 -> 2026-12-31): 李伟 (li.wei)" || done_testing
re=$(expected_row li.wei 2026-Q4)
tui_wait_re sp "${re//—/-}" 2 "the salesperson's own line does not match"
CHECKS=$((CHECKS + 1))
tui_screen sp | grep -Eq 'wang\.fang|chen\.jing|→|█' && { fail "the salesperson sees others, or Unicode on a vt100"; tui_show sp; }
tui_keys sp l
tui_wait sp "you (li.wei) may not see the whole team of chen.jing" || done_testing
tui_check_shows sp "Leaderboard 2026-Q4 on "
tui_check_shows sp "Your own line is in the period report: press l."
tui_check_shows sp "l Report [ Prev ] Next Tab Screens ? Help q Quit"
tui_keys sp Enter
tui_wait sp "Nobody selected."
tui_keys sp l Enter
tui_wait sp "Evaluation of 李伟 (li.wei), 2026-Q4"
tui_keys sp q
tui_wait sp "Period report 2026-Q4"
tui_keys sp q
check '[ "$(tui_exit_status sp)" = 0 ]' "q did not quit with status 0 on the vt100"
done_testing
