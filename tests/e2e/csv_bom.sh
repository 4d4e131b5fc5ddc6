# csv_bom.sh: --format csv --bom starts with the UTF-8 byte order mark
# (EF BB BF), so that Excel opened by a double click reads Chinese as
# Chinese; lines end in CRLF; plain CSV and JSON have no BOM.
. "$(dirname "$0")/lib.bash"
run init --admin "$ADMIN"
expect_rc 0
run goal add "第四季度新客户销售额" --metric revenue --unit 元 --target 50000 \
	--start 2026-11-02 --due 2026-11-30
expect_rc 0
run goal list --format csv
expect_rc 0
cp "$OUTF" "$TMP/plain.csv"
run goal list --format csv --bom
expect_rc 0
cp "$OUTF" "$TMP/bom.csv"
CHECKS=$((CHECKS + 1))
python3 - "$TMP/plain.csv" "$TMP/bom.csv" "$ADMIN" <<'PY' || fail "the CSV with --bom is not BOM + CSV with CRLF"
import sys
plain = open(sys.argv[1], "rb").read()
bom = open(sys.argv[2], "rb").read()
admin = sys.argv[3].encode()
# Plain CSV: no BOM, the header first.
assert plain.startswith(b"id,owner,title,"), plain[:20]
# --bom: the three bytes, then exactly the plain CSV.
assert bom[:3] == b"\xef\xbb\xbf", bom[:3]
assert bom[3:] == plain, (bom, plain)
# Two lines (header, the goal), each ending in CR LF, no bare LF.
lines = bom[3:].split(b"\r\n")
assert lines[-1] == b"" and len(lines) == 3, lines
assert b"\n" not in b"".join(lines), lines
# The row: id 1, the owner, the title in UTF-8 (第 is E7 AC AC).
row = lines[1]
title = "第四季度新客户销售额".encode("utf-8")
assert row.startswith(b"1," + admin + b"," + title + b",revenue,"), row
assert title[:3] == b"\xe7\xac\xac"
assert b",50000.00," in row, row
PY
# The same for status, and with the option before the command.
run --bom --format csv status
expect_rc 0
CHECKS=$((CHECKS + 1))
head -c 3 "$OUTF" | od -An -tx1 | grep -q 'ef bb bf' || fail "status --bom has no BOM"
expect_out_has 'workdays_left'
# JSON and tables ignore --bom.
run goal list --format json --bom
CHECKS=$((CHECKS + 1))
[ "$(head -c 1 "$OUTF")" = "[" ] || fail "JSON with --bom does not start with ["
run goal list --bom
CHECKS=$((CHECKS + 1))
[ "$(head -c 2 "$OUTF")" = "ID" ] || fail "a table with --bom does not start with its header"
done_testing
