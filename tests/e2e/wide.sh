# wide.sh: tables align by display width, so a Chinese title (two columns
# a character) lines up with an English one; long titles are cut with an
# ellipsis on a terminal only, never in a pipe, CSV or JSON.
. "$(dirname "$0")/lib.bash"
setup_team

run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 100000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
run --as mgr goal add "第四季度新客户销售额" --metric revenue --unit 元 --target 50000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
run --as mgr goal add "拜访客户 40 次 visits" --metric visits --unit 次 --target 40 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi visits
expect_rc 0

run --as ann goal list
expect_rc 0
expect_out_has '第四季度新客户销售额'
# Find "revenue"/"visits"/"METRIC" after the title; each row's metric starts
# at the same display column.
CHECKS=$((CHECKS + 1))
python3 - "$OUTF" <<'EOF' || fail "the METRIC column does not line up"
import sys, unicodedata, re
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert len(lines) == 4, lines
starts = []
for l in lines:
    m = re.search(r"  (METRIC|revenue|visits) ", l)
    starts.append(width(l[:m.start(1)]))
assert len(set(starts)) == 1, starts
# The title column starts at the same place too, and STATUS at the end.
starts = [width(l[:l.rfind(" ") + 1]) for l in lines]
assert len(set(starts)) == 1, starts
EOF

run --as ann status
expect_rc 0
CHECKS=$((CHECKS + 1))
python3 - "$OUTF" <<'EOF' || fail "the status table does not line up"
import sys, unicodedata, re
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert len(lines) == 4, lines
# every line has the same display width up to the last column (STATUS,
# whose words may hold a space: "off track"; columns are 2 spaces apart)
starts = [width(l[:l.rfind("  ") + 2]) for l in lines]
assert len(set(starts)) == 1, starts
EOF

# A long title: whole in a pipe, cut to 40 columns with an ellipsis on a
# terminal (util-linux script gives us one), whole in CSV and JSON.
LONG="A very long goal title that goes on and on about revenue from key accounts"
run --as mgr goal add "$LONG" --metric revenue --unit CNY --target 10 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
run --as ann goal list
expect_out_has "$LONG"
if command -v script >/dev/null 2>&1; then
	COLUMNS=120 script -qec "\"$MBO\" --db \"$DB\" --as ann goal list --no-color" /dev/null >"$TMP/tty.out" 2>&1
	CHECKS=$((CHECKS + 1))
	grep -q "A very long goal title that goes on and…" "$TMP/tty.out" || fail "the long title is not cut on a terminal: $(cat "$TMP/tty.out")"
	CHECKS=$((CHECKS + 1))
	! grep -q "$LONG" "$TMP/tty.out" || fail "the long title is whole on a terminal"
	# Colour on a terminal, none with --no-color or NO_COLOR.
	COLUMNS=120 script -qec "\"$MBO\" --db \"$DB\" --as ann status" /dev/null >"$TMP/tty.out" 2>&1
	CHECKS=$((CHECKS + 1))
	grep -q $'\e\\[3[123]m' "$TMP/tty.out" || fail "no colour on a terminal"
	COLUMNS=120 NO_COLOR=1 script -qec "\"$MBO\" --db \"$DB\" --as ann status" /dev/null >"$TMP/tty.out" 2>&1
	CHECKS=$((CHECKS + 1))
	! grep -q $'\e' "$TMP/tty.out" || fail "colour despite NO_COLOR"
fi
run --as ann goal list --format csv
expect_out_has "$LONG"
run --as ann goal list --format json
json_check 'any(g["title"] == "'"$LONG"'" for g in d)'
json_check 'any(g["title"] == "第四季度新客户销售额" and g["unit"] == "元" for g in d)'

done_testing
