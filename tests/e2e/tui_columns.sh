# tui_columns.sh: the goal lists of the UI at 80x24 show each goal's id (the
# id every CLI command takes) in a column of its own, and the scroll marks
# (↑ ↓) have the last column of the screen to themselves: with more goals
# than rows, the digits of the last column (workdays left) stay whole on
# the rows that carry a mark. The header says "Workdays" as the CLI's
# WORKDAYS LEFT does, in full where there is room. The evaluation's goals
# and the alerts show their ids as well.
. "$(dirname "$0")/tui_lib.bash"

setup_team
# 25 goals for ann, set by her manager (so active at once). Each runs from
# 2026-11-02 to 2026-12-31; today is Friday 2026-11-27, so the workdays
# left, in (11-27, 12-31], are Monday 11-30 and the 23 workdays of
# December (1-4, 7-11, 14-18, 21-25, 28-31): 1 + 4 + 5 + 5 + 5 + 4 = 24.
for i in $(seq 1 25); do
	run --as mgr goal add "Visit client $i" --metric visits --unit visits --target 100 \
		--start 2026-11-02 --due 2026-12-31 --owner ann
	[ "$RC" = 0 ] || { fail "goal add $i failed: $ERR"; done_testing; }
done

# Each goal row: "> ID TITLE ... 24", the id the database has for that
# title, the row no wider than the screen, the digits ending in the 79th
# column, and on the row with a mark the mark alone in the 80th.
rows_check() {
	local what=$1
	tui_settle ui
	tui_screen ui >"$TMP/screen.txt"
	sql "select id || ' ' || title from goal order by id" >"$TMP/ids.txt"
	CHECKS=$((CHECKS + 1))
	python3 - "$TMP/screen.txt" "$TMP/ids.txt" "$2" "$3" <<'PY' || { fail "the goal rows ($what)"; tui_show ui; }
import re, sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
ids = dict(l.split(" ", 1)[::-1] for l in open(sys.argv[2]).read().split("\n") if l)
mark_row, mark = int(sys.argv[3]), sys.argv[4]
rows = [l for l in lines if re.match(r"^[> ] +\d+ Visit client", l)]
# 24 lines: tabs, title, column heads, 19 goal rows, message, keys.
assert len(rows) == 19, ("rows", len(rows))
for l in rows:
    m = re.match(r"^[> ] +(\d+) (Visit client \d+) ", l)
    assert m and ids[m.group(2)] == m.group(1), ("id", l)
    assert width(l) <= 80, ("width", l)
    body = l[:79].rstrip()
    assert body.endswith(" 24"), ("workdays left", l)
for i, l in enumerate(rows):
    if i == mark_row:
        assert len(l) == 80 and l[79] == mark and l[77:79] == "24", ("mark", l)
    else:
        assert len(l) <= 79, ("a mark where none belongs", l)
PY
}

tui_start ui 80x24 -- --as ann
tui_wait ui "My goals: 25 active" || done_testing
tui_check_shows ui "Workdays"
# The head of the columns: ID first, right-aligned over the ids.
tui_wait_re ui '^  ID Goal ' 2 "no ID column head"
# At the top: rows hidden below, ↓ on the last row shown (the 19th).
rows_check top 18 "↓"
tui_keys ui End
tui_wait_sel ui "Visit client 25"
# At the end: rows hidden above, ↑ on the first row shown.
rows_check end 0 "↑"

# The evaluation's table of goals starts with the id too.
tui_keys ui e
tui_wait ui "Evaluation of Ann Sales (ann)" || done_testing
tui_wait_re ui '^ +ID Goal +Weight ' 2 "no ID head on the evaluation"
ID1=$(sql "select id from goal where title = 'Visit client 1'")
tui_wait_re ui "^ +$ID1 Visit client 1 +1 +0 +0% +0%\$" 2 "the evaluation's row does not start with the id"
tui_keys ui Escape
tui_wait ui "My goals: 25 active"

# The alerts name the goal's id too: on each row, the id of the goal the
# message quotes.
tui_keys ui Tab
tui_wait ui "Alerts for your goals" || done_testing
tui_wait_re ui '^  !  Owner +Alert +ID What is wrong' 2 "no ID head on the alerts"
tui_settle ui
tui_screen ui >"$TMP/alerts.txt"
CHECKS=$((CHECKS + 1))
python3 - "$TMP/alerts.txt" "$TMP/ids.txt" <<'PY' || { fail "an alert's id is not its goal's"; tui_show ui; }
import re, sys
ids = dict(l.split(" ", 1)[::-1] for l in open(sys.argv[2]).read().split("\n") if l)
rows = [re.match(r"^[> ] !+ +ann +[a-z ]+? +(\d+) (Visit client \d+) ", l)
        for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if " ann " in l]
assert len(rows) >= 10 and all(rows), rows
for m in rows:
    assert ids[m.group(2)] == m.group(1), m.group(0)
PY
tui_keys ui BTab
tui_wait ui "My goals: 25 active"

# Wider, the header has room for the CLI's whole words.
tui_resize ui 120x24
tui_wait ui "Workdays left"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
