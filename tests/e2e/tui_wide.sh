# tui_wide.sh: Chinese titles and names are measured by display width (two
# columns a character): on the dashboard the columns after the title start
# at the same display column on rows with Chinese and English titles, at
# 80 and at 120 columns, with a long Chinese title cut by an ellipsis
# without splitting a character; on the team screen the login column lines
# up after Chinese names. Widths are computed with python3's
# unicodedata.east_asian_width.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
LONG="第四季度华东区重点客户续约金额达到八十万元"
run --as chen.jing goal add "$LONG" --metric renewals --unit 元 --target 800000 \
	--start 2026-10-01 --due 2026-12-31 --owner li.wei --kpi renewals
expect_rc 0
G=$(head -n1 "$OUTF")
run --as li.wei checkin "$G" 300000
expect_rc 0

# Prints the display column where each line's first match of REGEX starts,
# one line each: "column<TAB>line"; lines without a match are skipped.
columns_of() {
	python3 -c '
import re, sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for line in sys.stdin.read().split("\n"):
    m = re.search(sys.argv[1], line)
    if m:
        print("%d\t%s" % (width(line[:m.start()]), line))
' "$1"
}

# All rows that match ROWS have REGEX at one display column; at least N rows.
aligned() {
	local screen=$1 rows=$2 re=$3 n=$4 what=$5 cols count
	cols=$(printf '%s\n' "$screen" | grep -E -- "$rows" | columns_of "$re")
	count=$(printf '%s\n' "$cols" | grep -c .)
	CHECKS=$((CHECKS + 1))
	if [ "$count" -lt "$n" ]; then
		fail "$what: $count rows, expected at least $n"
		printf '%s\n' "$screen" >&2
	elif [ "$(printf '%s\n' "$cols" | cut -f1 | sort -u | wc -l)" != 1 ]; then
		fail "$what: not at one column"
		printf '%s\n' "$cols" >&2
	fi
}

dashboard_checks() {
	local s
	tui_settle ui
	s=$(tui_screen ui)
	# The goal rows: selected or not, an active goal has a bar.
	aligned "$s" '^[> ] .*\[' '[0-9]+ ' 5 "the id column ($1)"
	aligned "$s" '^[> ] .*\[' '\[' 5 "the progress bar column ($1)"
	aligned "$s" '^[> ] .*\[' '(on track|at risk|off track|achieved|overdue)' 5 "the status column ($1)"
	aligned "$s" '^[> ] .*\[' '[0-9]+% +[0-9—-]' 5 "the done column ($1)"
	# A Chinese and an English title among them.
	CHECKS=$((CHECKS + 1))
	printf '%s\n' "$s" | grep -Eq '^[> ] +[0-9]+ Sign 6 new customer' &&
		printf '%s\n' "$s" | grep -Eq '^[> ] +[0-9]+ Q4 销售额' || fail "the rows are not the demo's ($1)"
}

tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 5 active" || done_testing
tui_wait ui "第四季度华东区"
dashboard_checks 80x24
# The long title is cut with an ellipsis after a whole character.
tui_wait_re ui '^[> ] +[0-9]+ 第四季度华东区[^ ]*… +\[' 2 "the long title is not cut at a character with an ellipsis"

tui_resize ui 120x40
tui_wait ui "${LONG:0:14}"
dashboard_checks 120x40
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"

# The team screen: names in Chinese, the login after them.
tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing
tui_keys ui Tab
tui_wait ui "Team of 陈静"
tui_settle ui
s=$(tui_screen ui)
aligned "$s" '[a-z]+\.[a-z]+ +[0-9]' '[a-z]+\.[a-z]+ +[0-9]' 8 "the login column of the team"
aligned "$s" '[a-z]+\.[a-z]+ +[0-9]' '(on track|at risk|off track|achieved|overdue|—) +[0-9]{4}-' 8 \
	"the worst-status column of the team"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
