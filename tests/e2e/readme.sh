# readme.sh: the "Use it" block of README.md works as printed. The lines
# between <!-- use-it:begin --> and <!-- use-it:end --> are taken from the
# README itself (indented four spaces; a line ending in \ goes on), and
# each runs in order, with `mbo` being the built binary, on a fresh
# database at the default path: HOME is a new directory, no MBO_DB, no
# XDG_DATA_HOME, so the block names no database and none is substituted.
# Every command must exit 0; a few figures are checked against arithmetic
# done here by hand.
. "$(dirname "$0")/lib.bash"
README=$MBO_SRC/README.md
export HOME=$TMP/home
unset XDG_DATA_HOME
mkdir -p "$HOME"
DB=$HOME/.local/share/mbo/mbo.db

# The block, one command per line (continuations joined).
sed -n '/^<!-- use-it:begin -->$/,/^<!-- use-it:end -->$/p' "$README" >"$TMP/block"
check '[ "$(grep -c "^<!-- use-it:" "$TMP/block")" = 2 ]' "README.md has no use-it:begin/end block"
awk '/^<!--/ { next }
	{ sub(/^    /, ""); line = line $0 }
	/\\$/ { sub(/\\$/, "", line); next }
	{ print line; line = "" }' "$TMP/block" >"$TMP/commands"
n=$(wc -l <"$TMP/commands")
check '[ "$n" -ge 6 ]' "the block holds only $n commands"
check '! grep -vq "^mbo " "$TMP/commands"' "a line of the block does not start with mbo: $(grep -v '^mbo ' "$TMP/commands")"
check '! grep -Eq -- "--db|MBO_DB" "$TMP/commands"' "the block names a database; it must work on the default one"

mbo() { "$MBO" "$@"; }
i=0
while IFS= read -r line; do
	i=$((i + 1))
	LAST_CMD=$line
	eval "$line" >"$OUTF" 2>"$ERRF" </dev/null
	RC=$?
	expect_rc 0
	cp "$OUTF" "$TMP/out.$i"
	cp "$ERRF" "$TMP/err.$i"
done <"$TMP/commands"
check '[ -f "$DB" ]' "the block did not create the default database $DB"

# Which line of the block ran a command (its number), for the checks.
line_of() { grep -n -m1 -E -- "$1" "$TMP/commands" | cut -d: -f1; }
out_of() { cat "$TMP/out.$(line_of "$1")"; }

# The goal is the first of a fresh database: its id alone on stdout.
check '[ "$(out_of " goal add ")" = 1 ]' "goal add printed '$(out_of " goal add ")', expected 1"
# It was li.wei's proposal, approved by chen.jing, and is active.
check '[ "$(sql "SELECT p.login || \" \" || g.status FROM goal g JOIN person p ON p.id = g.owner_id")" = "li.wei active" ]' \
	"the goal is not li.wei's and active: $(sql 'SELECT * FROM goal' 2>&1 | head -3)"
# SMART: every letter passes (the KPI makes it relevant, 6 is a number).
check '! grep -Eq "  (warn|fail)  " <<<"$(out_of " goal check ")"' "goal check warns: $(out_of ' goal check ')"

# 2026-10-01 .. 2026-12-31 has 66 workdays (Monday to Friday); by today,
# 2026-11-27, 42 have passed (22 in October, 20 in November) and 24 are
# left. Expected: 6 * 42 / 66 = 3.818 -> 3.82; one customer signed, so
# pace 1 / 3.818 = 0.262 -> 26%, completion 1 / 6 = 17%, and the 5 still
# needed over 24 workdays are 5 / 24 = 0.208 -> 0.21 per workday.
s=$(out_of " status")
check 'grep -Eq "^ *1 +li\.wei +第四季度签约 6 家新客户 +家 +6\.00 +1\.00 +3\.82 +26% +17% .* 0\.21 +24 +off track$" <<<"$s"' \
	"status does not show 1.00 of 6.00, 3.82 expected, 26%, 17%, 0.21 per workday, 24 left: $s"
check 'grep -q "actual 1.00 of 6.00 家; pace 26% (off track)" <<<"$(out_of " checkin ")"' \
	"checkin does not say where the goal stands: $(out_of ' checkin ')"
a=$(out_of " alerts ")
check 'grep -q "needs 0.21 家 per workday for the 24 workdays left" <<<"$a"' "alerts: $a"
# The last line undid the check-in: nothing is checked in any more.
check 'grep -q "^undone: check in on goal 1" <<<"$(out_of " undo")"' "undo: $(out_of ' undo')"
check '[ "$(sql "SELECT count(*) FROM checkin")" = 0 ]' "the check-in is still there after undo"
done_testing
