# zh.sh: mbo speaks Chinese when the environment asks for it (LANG,
# LC_MESSAGES, LC_ALL, LANGUAGE), also on a server where the zh_CN locale
# is not installed; machine output keeps its English keys; a Chinese
# status word keeps the table aligned by display width.
. "$(dirname "$0")/lib.bash"
need_zh
run init --admin "$ADMIN"
expect_rc 0
# 2026-11-02 .. 2026-11-30 has 21 workdays; by Friday 11-27 (today) 20 have
# passed, so 5 customers are expected to be 5 * 20 / 21 = 4.76 by now.
run goal add "Sign 5 new customers in Q4" --metric customers --unit 家 --target 5 \
	--start 2026-11-02 --due 2026-11-30
expect_rc 0
# Nothing checked in: pace 0 / 4.76 = 0 < 0.80: off track, 落后.
in_env() {
	LAST_CMD="$* mbo status"
	env "$@" "$MBO" --db "$DB" status >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
}
in_env LC_ALL= LANG=zh_CN.UTF-8
expect_rc 0
expect_out_has "  落后$"
in_env LC_ALL= LANG=C.UTF-8 LANGUAGE=zh_CN
expect_out_has "  落后$"
in_env LC_ALL=zh_CN.UTF-8
expect_out_has "  落后$"
in_env LC_ALL= LANG=en_US.UTF-8 LC_MESSAGES=zh_CN.UTF-8
expect_out_has "  落后$"
# English asked, or nothing: English.
in_env LC_ALL=C.UTF-8
expect_out_has "  off track$"
in_env LC_ALL= LANG=
expect_out_has "  off track$"
# A catalogue dir with nothing in it: English, no error.
in_env LC_ALL= LANG=zh_CN.UTF-8 MBO_LOCALEDIR=$TMP/none
expect_out_has "  off track$"

# JSON and CSV keep the key.
LAST_CMD="LANG=zh_CN.UTF-8 mbo status --format json"
LC_ALL= LANG=zh_CN.UTF-8 "$MBO" --db "$DB" status --format json >"$OUTF" 2>"$ERRF"
json_check 'd[0]["pace_status"] == "off_track"'
LC_ALL= LANG=zh_CN.UTF-8 "$MBO" --db "$DB" status --format csv >"$OUTF" 2>"$ERRF"
CHECKS=$((CHECKS + 1))
grep -q ',off_track,' "$OUTF" || fail "CSV does not keep the key off_track: $(cat "$OUTF")"

# The STATUS column starts at the same display column on every line:
# 落后 is two characters but four columns wide.
run goal add "第四季度新客户销售额" --metric revenue --unit 元 --target 50000 \
	--start 2026-11-02 --due 2026-11-30
in_env LC_ALL= LANG=zh_CN.UTF-8
CHECKS=$((CHECKS + 1))
python3 - "$OUTF" <<'PY' || fail "the Chinese status table does not line up"
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
assert len(lines) == 3, lines
starts = [width(l[:l.rfind("  ") + 2]) for l in lines]
assert len(set(starts)) == 1, starts
assert lines[1].endswith("落后") and lines[2].endswith("落后"), lines
PY
done_testing
