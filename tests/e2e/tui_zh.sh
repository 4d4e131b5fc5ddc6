# tui_zh.sh: the terminal UI in Chinese. With LANG=zh_CN.UTF-8 (also where
# that locale is not installed) the tabs, the key bar, the column headers,
# the status words and the help are Chinese, at 80x24, and the columns
# still line up by display width (a Chinese character is two columns:
# python3's unicodedata.east_asian_width measures them). Without it, the
# same screens are English.
. "$(dirname "$0")/tui_lib.bash"
need_zh

run init
run person add mgr --name 陈静 --role manager
run person add li --name 李伟 --manager mgr
run person add wang --name 王芳 --manager mgr
# Three goals of li, set by the manager (active at once), each from Monday
# 2026-11-02 to Monday 2026-11-30: 21 workdays; by Friday 11-27 (today) 20
# have passed and one (11-30) is left, so 20/21 of each target is expected.
goal() {
	run --as mgr goal add "$1" --metric "$2" --unit "$3" --target "$4" \
		--start 2026-11-02 --due 2026-11-30 --owner "$5"
	[ "$RC" = 0 ] || { fail "goal add $1: $ERR"; done_testing; }
	G=$(head -n1 "$OUTF")
}
# A: 21 customers, none yet: pace 0 / 20 = 0 < 0.80: off track, 落后.
goal "第四季度新签客户" new_customers 家 21 li
GA=$G
# B: 21,000 CNY, 18,000 in: expected 20,000, pace 0.90 (0.80 to 0.95):
# at risk, 有风险; done 18,000 / 21,000 = 86%.
goal "Q4 回款 21,000 元" revenue CNY 21000 li
GB=$G
run --as li checkin "$GB" 18000 --date 2026-11-20
# C: 21 visits, 20 in: pace 20 / 20 = 1.00 >= 0.95: on track, 进度正常.
goal "拜访客户 21 次" visits 次 21 li
GC=$G
run --as li checkin "$GC" 20 --date 2026-11-20
# wang's one goal: 21 visits, 21 in: achieved.
goal "拜访客户 21 次（王芳）" visits 次 21 wang
run --as wang checkin "$G" 21 --date 2026-11-20

# The display columns where each line's first match of REGEX starts, for
# the lines matching ROWS, must be one column; at least N lines.
aligned() {
	local file=$1 rows=$2 re=$3 n=$4 what=$5
	CHECKS=$((CHECKS + 1))
	python3 - "$file" "$rows" "$re" "$n" <<'PY' || { fail "$what does not line up"; cat "$file" >&2; }
import re, sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if re.search(sys.argv[2], l)]
cols = set()
for l in lines:
    m = re.search(sys.argv[3], l)
    assert m, ("no match", l)
    cols.add(width(l[:m.start()]))
assert len(lines) >= int(sys.argv[4]), ("rows", len(lines))
assert len(cols) == 1, cols
PY
}

tui_start zh 80x24 LANG=zh_CN.UTF-8 -- --as li
tui_wait zh "我的目标：进行中 3 个，待审批 0 个" 5 "the dashboard is not in Chinese" || done_testing
tui_settle zh
tui_screen zh >"$TMP/dash.txt"
# The tabs (li has no team: my goals, alerts, reports), the key bar.
tui_check_shows zh " mbo [我的目标]  风险预警   报表 "
tui_check_shows zh "Enter 打开 a 填报 n 新建 t 任务 r 修正 / 筛选 Tab 切换 ? 帮助 q 退出"
# The column heads: id, goal, progress, done, pace, status, need per
# workday, workdays (剩余工作日 where there is room).
tui_wait_re zh '^  编号 目标 +完成情况 完成  进度 状态 +每日需完成 +工作日$' 2 "the column heads are not Chinese"
# Each goal's row: its id, its status word, its figures (see above), the
# one workday left in the last column.
tui_wait_re zh "^[> ] +$GA 第四季度新签客户 +\\[ +\\] +0% +0% 落后 +21 家 +1\$" 2 "goal A's row"
tui_wait_re zh "^[> ] +$GB Q4 回款 21,000 元 +\\[.*\\] +86% +90% 有风险 +3,000 CNY +1\$" 2 "goal B's row"
tui_wait_re zh "^[> ] +$GC 拜访客户 21 次 +\\[.*\\] +95% +100% 进度正常 +1 次 +1\$" 2 "goal C's row"
# By display width: the bar, the status (under its head), the workdays.
ROWS='^[> ] +[0-9]+ '
aligned "$TMP/dash.txt" "$ROWS" '\[' 3 "the progress bars"
aligned "$TMP/dash.txt" "$ROWS|^  编号" '(进度正常|有风险|落后|状态)' 4 "the status column"
aligned "$TMP/dash.txt" "$ROWS|^  编号" '(?<=  )(每日需完成|[0-9,]+ (家|CNY|次)) ' 4 "the need-per-workday column"
aligned "$TMP/dash.txt" "$ROWS" '[0-9]+$' 3 "the workdays column"
CHECKS=$((CHECKS + 1))
[ "$(display_width <"$TMP/dash.txt")" -le 80 ] || fail "a line of the Chinese dashboard is wider than 80"

# The help, in Chinese: the headings, a key's text, its own key bar.
tui_keys zh '?'
tui_wait zh "mbo 的按键" || done_testing
tui_check_shows zh " 所有屏幕"
tui_check_shows zh "   Up/Down, j/k     移动选中行；在文字页面上滚动"
tui_check_shows zh "PgDn 更多 PgUp 上翻 Esc 关闭"
tui_keys zh End
tui_wait zh " 各列的含义"
tui_check_shows zh "   剩余工作日       距截止日期的剩余工作日"
tui_check_shows zh "   状态             进度正常、有风险、落后、已达成或已逾期"
tui_settle zh
CHECKS=$((CHECKS + 1))
[ "$(tui_screen zh | display_width)" -le 80 ] || fail "a line of the Chinese help is wider than 80"
tui_keys zh Escape
tui_wait zh "我的目标：进行中 3 个"
# Wider, the whole header: 剩余工作日.
tui_resize zh 120x24
tui_wait_re zh ' 剩余工作日$' 2 "no 剩余工作日 at 120 columns"
tui_keys zh q
check '[ "$(tui_exit_status zh)" = 0 ]' "q did not quit with status 0"

# The manager's team: Chinese names, logins after them, the worst status
# of each (li: 落后, goal A; wang: achieved, 已达成; mgr: no goal, —).
tui_start team 80x24 LANG=zh_CN.UTF-8 -- --as mgr
tui_wait team "我的目标：进行中 0 个" || done_testing
tui_keys team Tab
tui_wait team "陈静 的团队：下属 2 人" || done_testing
tui_check_shows team "  人员 "
tui_wait_re team '李伟 +li +3 +— 落后 ' 2 "li's worst status is not 落后"
tui_wait_re team '王芳 +wang +1 +— 已达成 ' 2 "wang's worst status is not 已达成"
tui_settle team
tui_screen team >"$TMP/team.txt"
aligned "$TMP/team.txt" '(陈静|李伟|王芳) +(mgr|li|wang) ' '(mgr|li|wang) ' 3 "the login column of the team"
aligned "$TMP/team.txt" '(陈静|李伟|王芳) +(mgr|li|wang) |^  人员' '(?<=— )\S+|最差状态' 4 "the worst-status column"
tui_keys team q

# English when nothing asks for Chinese: the same screen in English.
tui_start en 80x24 -- --as li
tui_wait en "My goals: 3 active, 0 proposed" 5 "without LANG=zh_CN the dashboard is not English" || done_testing
tui_check_shows en " mbo [My goals]  Alerts   Reports "
tui_check_shows en "Enter Open a Check-in n New t Tasks r Revise / Filter Tab Screens ? Help q Quit"
tui_wait_re en '^  ID Goal +Progress +Done  Pace Status +Need/workday +Workdays$' 2 "the English column heads"
tui_wait_re en "^[> ] +$GA 第四季度新签客户 .* off track +21 家 +1\$" 2 "goal A's English row"
tui_keys en q
done_testing
