# tables.sh: tables fit an 80-column terminal: a long message wraps inside
# its own column at word boundaries, a number (with its unit) is never
# split, columns left out are named under the table, --wide keeps every
# column on one line, and in a pipe nothing changes.
. "$(dirname "$0")/lib.bash"
command -v script >/dev/null 2>&1 || skip "script (util-linux) is needed for a terminal"
run init --admin "$ADMIN"
expect_rc 0
# 2026-11-02 .. 2026-12-31: November has 21 workdays (Mon 2nd .. Mon 30th),
# December 23 (Tue 1st .. Thu 31st): 44. By Friday 11-27 (today) 20 have
# passed, so 100,000 * 20 / 44 = 45,454.55 CNY are expected; 24 are left
# (11-30 and December's 23). With 20,000 checked in: pace 20,000 / 45,454.55
# = 44% (off track) and (100,000 - 20,000) / 24 = 3,333.33 CNY per workday.
run goal add "Revenue from the new key accounts of the east region" --metric revenue \
	--unit CNY --target 100000 --start 2026-11-02 --due 2026-12-31
expect_rc 0
run checkin 1 20000 --date 2026-11-27
expect_rc 0

tty() {   # tty COLUMNS ARGS...: mbo on a terminal that wide, output in $TTYF
	local cols=$1
	shift
	LAST_CMD="COLUMNS=$cols mbo $*"
	COLUMNS=$cols script -qec "\"$MBO\" --db \"$DB\" --no-color $*" /dev/null >"$TTYF" 2>&1
	sed -i 's/\r$//' "$TTYF"
}
TTYF=$TMP/tty.out

# Every line at most 80 columns; the message wraps in its own column.
tty 80 alerts
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" <<'PY' || fail "the alerts table does not fit 80 columns: $(cat "$TTYF")"
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert all(width(l) <= 80 for l in lines), [width(l) for l in lines]
head = lines[0]
col = head.index("MESSAGE")
rows = lines[1:]
assert rows[0].startswith("off_track"), rows
# The message goes on under its own column: continuation lines are blank
# up to it and start there.
cont = [l for l in rows if l.startswith(" ")]
assert len(cont) >= 2, rows
for l in cont:
    assert l[:col].strip() == "" and l[col] != " ", (col, l)
text = " ".join(l[col:].strip() for l in rows)
# Numbers and their unit whole, on one line each.
for n in ("45,454.55 CNY", "20,000.00 of", "3,333.33 CNY", "24 workdays"):
    assert any(n in l for l in rows), (n, rows)
assert "is behind plan" in text, text
# Nothing longer than the column but a number: the lines break at spaces.
for l in rows:
    assert not l.endswith(","), l
PY

# status at 80 columns: the columns that do not fit are named under it.
tty 80 status
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" <<'PY' || fail "status at 80 columns leaves columns out without a note: $(cat "$TTYF")"
import sys, unicodedata, re
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert all(width(l) <= 80 for l in lines), [width(l) for l in lines]
heads = ["ID", "OWNER", "TITLE", "UNIT", "TARGET", "ACTUAL", "EXPECTED", "PACE",
         "COMPLETION", "FORECAST", "NEEDED/WORKDAY", "WORKDAYS LEFT", "STATUS"]
shown = [h for h in heads if re.search(r"(^|  )" + re.escape(h) + r"(  |$)", lines[0])]
note = " ".join(lines[2:])
m = re.match(r"(\d+) columns? left out: (.*) \(--wide shows every column\)$", note)
assert m, note
left = m.group(2).split(", ")
assert int(m.group(1)) == len(left), note
assert sorted(shown + left) == sorted(heads), (shown, left)
assert "WORKDAYS LEFT" in left and "DAYS LEFT" not in shown
PY

# --wide: every column, one line a row, no note.
tty 80 --wide status
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" <<'PY' || fail "--wide does not show every column on one line: $(cat "$TTYF")"
import sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert len(lines) == 2, lines
for h in ("NEEDED/WORKDAY", "WORKDAYS LEFT", "FORECAST", "EXPECTED", "COMPLETION", "UNIT"):
    assert h in lines[0], (h, lines[0])
# 45,454.55 expected, 3,333.33 needed, 24 workdays left, 44% pace
for v in ("45,454.55", "3,333.33", " 24 ", "44%", "off track"):
    assert v in lines[1], (v, lines[1])
PY
tty 80 --wide alerts
CHECKS=$((CHECKS + 1))
[ "$(grep -c . "$TTYF")" = 2 ] || fail "--wide alerts is not one line a row: $(cat "$TTYF")"

# A title is cut with an ellipsis, before a number rather than inside it.
run goal add "Autumn revenue 1,234,567 CNY of the accounts that joined" --metric revenue \
	--unit CNY --target 1234567 --start 2026-11-02 --due 2026-12-31
expect_rc 0
tty 80 status
CHECKS=$((CHECKS + 1))
python3 - "$TTYF" <<'PY' || fail "a title is cut inside its number: $(cat "$TTYF")"
import sys, re
out = open(sys.argv[1], encoding="utf-8").read()
row = [l for l in out.split("\n") if l.lstrip().startswith("2 ")][0]
assert "…" in row, row
title = row[:row.index("…") + 1]
# The title column is 24 to 40 wide here: the cut leaves "1,234,567 CNY"
# out whole ("Autumn revenue…"), or keeps it whole.
assert title.endswith("revenue…") or "1,234,567 CNY" in title, title
PY

# In a pipe (no COLUMNS): the table as always, one line a row, no note.
run status
expect_rc 0
check '[ "$(grep -c . "$OUTF")" = 3 ]' "status in a pipe is not one line a row"
expect_out_has 'WORKDAYS LEFT'
check '! grep -q "left out" "$OUTF"' "a note in a pipe"
run alerts
expect_out_has 'needs 3,333.33 CNY per workday for the 24 workdays left'
done_testing
