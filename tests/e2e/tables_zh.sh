# tables_zh.sh: in Chinese (LANG=zh_CN.UTF-8) the status and alerts tables
# of an 80-column terminal keep every line within 80 display columns (a
# Chinese character is two), wrap and cut only between characters, never
# split a number, line their columns up by display width, and name the
# columns left out in Chinese.
. "$(dirname "$0")/lib.bash"
need_zh
command -v script >/dev/null 2>&1 || skip "script (util-linux) is needed for a terminal"
run init --admin "$ADMIN"
expect_rc 0
# 2026-11-02 .. 2026-12-31 has 44 workdays (21 in November, 23 in
# December); by Friday 11-27 (today) 20 have passed and 24 are left.
# Goal 1: 100,000 CNY, 20,000 checked in: expected 100,000 * 20 / 44 =
# 45,454.55; needs (100,000 - 20,000) / 24 = 3,333.33 per workday.
# Goal 2: 120 visits, none yet: expected 120 * 20 / 44 = 54.55; needs
# 120 / 24 = 5.00 per workday.
run goal add "华东区重点客户第四季度新签合同销售额目标（含续约客户的追加订单）" \
	--metric revenue --unit 元 --target 100000 --start 2026-11-02 --due 2026-12-31
expect_rc 0
run checkin 1 20000 --date 2026-11-27
expect_rc 0
run goal add "拜访客户次数提升到每个月一百二十次以上并且每次都留下拜访记录" \
	--metric visits --unit 次 --target 120 --start 2026-11-02 --due 2026-12-31
expect_rc 0

zh_tty() {   # zh_tty ARGS...: mbo in Chinese on an 80-column terminal, into $TTYF
	LAST_CMD="LANG=zh_CN.UTF-8 COLUMNS=80 mbo $*"
	LC_ALL= LANG=zh_CN.UTF-8 COLUMNS=80 script -qec "\"$MBO\" --db \"$DB\" --no-color $*" /dev/null >"$TTYF" 2>&1
	sed -i 's/\r$//' "$TTYF"
}
TTYF=$TMP/tty.out
cat >"$TMP/width.py" <<'PY'
import unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
def col(line, word):
    """Display column where word starts in line."""
    return width(line[:line.index(word)])
def lines_of(path):
    # strict UTF-8: a wide character cut in two would not decode
    return [l for l in open(path, encoding="utf-8", errors="strict").read().split("\n") if l]
PY

zh_tty status
expect_out_has '.'   # (stdout of the last run; the table is in $TTYF)
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" "$TMP" <<'PY' || fail "the Chinese status table at 80 columns: $(cat "$TTYF")"
import sys, re
sys.path.insert(0, sys.argv[2])
from width import width, col, lines_of
lines = lines_of(sys.argv[1])
assert all(width(l) <= 80 for l in lines), [(width(l), l) for l in lines if width(l) > 80]
head = lines[0]
for h in ("编号", "标题", "目标值", "实际", "进度", "状态"):
    assert h in head, (h, head)
rows = [l for l in lines[1:3]]
assert rows[0].lstrip().startswith("1 ") and rows[1].lstrip().startswith("2 "), rows
# The long titles are cut with an ellipsis, between characters.
assert all("…" in r for r in rows), rows
# Columns line up by display width: the status word (落后: 20,000 of
# 45,454.55 is 44%; 0 of 54.55 is 0%) starts under 状态, the targets end
# under the end of 目标值.
s = col(head, "状态")
for r in rows:
    assert col(r, "落后") == s, (s, r)
end = col(head, "目标值") + width("目标值")
assert col(rows[0], "100,000.00") + width("100,000.00") == end, rows[0]
assert col(rows[1], "120.00") + width("120.00") == end, rows[1]
assert "20,000.00" in rows[0] and "44%" in rows[0] and "0%" in rows[1], rows
# The note names, in Chinese, every column that is not shown.
heads = ["编号", "负责人", "标题", "单位", "目标值", "实际", "应达", "进度", "完成度", "预测",
         "每工作日需完成", "剩余工作日", "状态"]
note = "".join(lines[3:])
m = re.match(r"^(\d+) 列未显示：(.*)（加 --wide 显示所有列）$", note)
assert m, note
left = m.group(2).split("、")
assert int(m.group(1)) == len(left), note
shown = [h for h in heads if re.search(r"(^|  )" + h + r"(  |$)", head)]
assert sorted(shown + left) == sorted(heads), (shown, left)
PY

# --wide: every column, so the figures computed above are all there.
zh_tty --wide status
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" "$TMP" <<'PY' || fail "the Chinese status table with --wide: $(cat "$TTYF")"
import sys
sys.path.insert(0, sys.argv[2])
from width import width, col, lines_of
lines = lines_of(sys.argv[1])
assert len(lines) == 3, lines
head = lines[0]
for h in ("剩余工作日", "每工作日需完成", "应达"):
    assert h in head, (h, head)
assert "45,454.55" in lines[1] and "3,333.33" in lines[1], lines[1]
assert "54.55" in lines[2] and "5.00" in lines[2], lines[2]
# 24 workdays left, right-aligned under the end of 剩余工作日
end = col(head, "剩余工作日") + width("剩余工作日")
for l in lines[1:]:
    i = l.index(" 24 ") + 1
    assert width(l[:i]) + 2 == end, (end, l)
PY

zh_tty --wide alerts
cp "$TTYF" "$TMP/alerts_wide.out"
zh_tty alerts
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" "$TMP" "$TMP/alerts_wide.out" <<'PY' || fail "the Chinese alerts table at 80 columns: $(cat "$TTYF")"
import sys, re
sys.path.insert(0, sys.argv[2])
from width import width, col, lines_of
lines = lines_of(sys.argv[1])
wide = lines_of(sys.argv[3])
assert all(width(l) <= 80 for l in lines), [(width(l), l) for l in lines if width(l) > 80]
head = lines[0]
for h in ("类型", "级别", "负责人", "目标编号", "说明"):
    assert h in head, (h, head)
m = col(head, "说明")
goal_end = col(head, "目标编号") + width("目标编号")
# Under the table: the column left out (the command, 40 columns and more).
assert re.match(r"^1 列未显示：命令（加 --wide 显示所有列）$", lines[-1]), lines[-1]
rows, cur = [], None
for l in lines[1:-1]:
    if l.startswith(" "):
        # a continuation: blank up to the message column, text from there
        i = len(l) - len(l.lstrip(" "))
        assert width(l[:i]) == m, (m, l)
        cur.append(l[i:])
    else:
        # the kind as a word: 落后 (off track) for both goals, 未登记进度
        # (silent) for the one without a check-in
        assert l.split()[0] in ("落后", "未登记进度"), l
        g = re.search(r"\s(\d+)\s", l[:m])
        assert width(l[:g.end(1)]) == goal_end, (goal_end, l)
        # the message starts at the message column
        k = 0
        while width(l[:k]) < m:
            k += 1
        cur = [l[k:]]
        rows.append(cur)
assert len(rows) == 3 and all(len(r) >= 2 for r in rows), rows
# No number is split: the numbers of each wrapped message are those of the
# same message on one line (--wide), and the figures computed above appear
# whole on one line.
num = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]")
wide_msgs = [l for l in wide[1:]]
for r, w in zip(rows, wide_msgs):
    got = [n for piece in r for n in num.findall(piece)]
    k = 0
    while width(w[:k]) < m:
        k += 1
    # (the wide line goes on with the command column)
    assert got and got == num.findall(w[k:])[:len(got)], (got, w)
text = "\n".join(p for r in rows for p in r)
for n in ("45,454.55", "3,333.33", "54.55", "5.00"):
    assert any(n in p for r in rows for p in r), (n, text)
PY
done_testing
