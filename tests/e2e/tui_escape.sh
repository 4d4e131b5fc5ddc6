# tui_escape.sh: text one user wrote reaches another user's terminal inert,
# checked on the raw bytes the UI writes. A goal title, a check-in note and
# a person's name hold escape sequences: ESC [ 2J (clear the screen),
# OSC 52 (ESC ] 52 ; c ; base64 BEL: set the clipboard), BEL, backspace,
# carriage return and the C1 CSI (U+009B). The core refuses them on input
# (checked first), so they are stored behind mbo's back with sqlite3, as a
# database written by an older or a foreign program could hold them. The
# manager then opens the team, the person's goals, the goal's page and its
# check-ins, and the Reports tab, while tmux's pipe-pane records every byte
# the program writes: none of the payloads is there raw (the UI's own
# drawing is full of ESC sequences, so the search is for the payloads next
# to their markers, and for OSC 52 and U+009B, which the UI never sends),
# and the screen shows them as visible escapes ("\x1b[2J" as text).
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
GOAL=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 'li.wei' and g.title = 'Q4 销售额 360,000 元'")

# The core refuses control characters from the command line.
snap
run --as chen.jing goal add $'T1\e[2JT2' --metric revenue --unit CNY --target 5 --due 2026-12-31 --owner li.wei
expect_rc 3
expect_err_line '^mbo: title: '
run --as li.wei checkin "$GOAL" 1 --note $'N1\e]52;c;aGk=\aN2'
expect_rc 3
unchanged

# Made through the CLI with plain text, then rewritten with the payloads.
run --as li.wei checkin "$GOAL" 1 --note "plain note"
expect_rc 0
NOTE_ID=$(sql "select max(id) from checkin where goal_id = $GOAL")
sql "update goal set title = 'T1' || char(27) || '[2JT2' || char(27) || ']52;c;aGk=' || char(7) ||
	'T3' || char(8) || char(13) || 'T4' || char(155) || 'T5' where id = $GOAL"
sql "update checkin set note = 'N1' || char(27) || ']52;c;aGk=' || char(7) || 'N2' || char(27) || '[2J'
	where id = $NOTE_ID"
sql "update person set name = 'Li' || char(27) || '[2JWei' || char(27) || ']52;c;aGk=' || char(7)
	where login = 'li.wei'"
check '[ "$(sql "select hex(title) from goal where id = $GOAL" | grep -c 1B5B324A)" = 1 ]' \
	"the payload is not in the database"

# The UI, with every byte it writes recorded from the first one: the pane
# waits for the recorder before it starts mbo.
RAW=$TMP/raw
cat >"$TMP/gated-mbo" <<EOF
#!/bin/sh
while [ ! -e "$TMP/go" ]; do sleep 0.05; done
exec "$MBO" "\$@"
EOF
chmod +x "$TMP/gated-mbo"
MBO=$TMP/gated-mbo tui_start ui 80x24 -- --as chen.jing
: >"$RAW"
tm pipe-pane -o -t "=ui:" "cat >>'$RAW'" || fail "tmux pipe-pane failed"
touch "$TMP/go"
tui_wait ui "My goals: 1 active" || done_testing

# The team: the name in the tree.
tui_keys ui Tab
tui_wait ui "Team of 陈静" || done_testing
tui_wait_re ui '^  .*Li\\x1b\[2JWei.* li\.wei ' 2 "the team does not show the name escaped"
for _ in 1 2 3 4 5 6 7; do
	tui_screen ui | grep -q '^> .*li\.wei' && break
	tui_keys ui Down
	sleep 0.1
done
# The person's goals: the name in full in the heading, the title in the list.
tui_keys ui Enter
tui_wait ui 'Goals of Li\x1b[2JWei\x1b]52;c;aGk=\x07 (li.wei)' || done_testing
tui_wait ui 'T1\x1b[2JT2'
for _ in 1 2 3 4; do
	tui_screen ui | grep -Eq '^> +[0-9]+ T1' && break
	tui_keys ui Down
	sleep 0.1
done
# The goal's page: the title in full, then the check-in's note.
tui_keys ui Enter
tui_wait ui ' T1\x1b[2JT2\x1b]52;c;aGk=\x07T3\x08\x0dT4\x9bT5' || done_testing
tui_check_shows ui 'Owner Li\x1b[2JWei\x1b]52;c;aGk=\x07 (li.wei)'
tui_keys ui NPage
tui_wait ui "Recent check-ins"
tui_wait ui 'N1\x1b]52;c;aGk=\x07N2\x1b[2J'
# The Reports tab: the name in the period report and on the leaderboard.
tui_keys ui Escape
tui_wait ui "Goals of Li"
tui_keys ui Escape
tui_wait ui "Team of 陈静"
tui_keys ui Tab Tab
tui_wait ui "Period report 2026-Q4" || done_testing
tui_wait_re ui '^  Li\\x1b\[2JWe.* li\.wei '
tui_keys ui l
tui_wait ui "Leaderboard 2026-Q4 on revenue"
tui_wait_re ui '^ .* Li\\x1b\[.* li\.wei '
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
tm pipe-pane -t "=ui:" 2>/dev/null

# The raw bytes: something was recorded, the escaped text among it, and
# none of the payloads.
CHECKS=$((CHECKS + 1))
if ! python3 - "$RAW" <<'EOF'; then
import sys
raw = open(sys.argv[1], "rb").read()
bad = []
if len(raw) < 2000 or b"\\x1b" not in raw:
    bad.append("the recording holds %d bytes, without the escaped text" % len(raw))
# Never sent by the UI itself: OSC 52 and the C1 CSI as UTF-8.
for needle, what in ((b"\x1b]52;", "OSC 52"), (b"\xc2\x9b", "C1 CSI (U+009B)")):
    if needle in raw:
        bad.append("%s raw in the output" % what)
# The payloads next to their markers.
for needle in (b"T1\x1b", b"T2\x1b", b"aGk=\x07", b"\x07T3", b"T3\x08", b"\x08\r", b"\rT4",
               b"T4\xc2", b"\x9bT5", b"N1\x1b", b"\x07N2", b"N2\x1b", b"Li\x1b", b"Wei\x1b"):
    if needle in raw:
        bad.append("the payload %r raw in the output" % needle)
if bad:
    print("\n".join(bad), file=sys.stderr)
    sys.exit(1)
EOF
	fail "the UI sent text from the database raw to the terminal (recorded in $RAW)"
fi

# And the CLI's goal list for the manager: not one ESC.
run --as chen.jing goal list --team chen.jing
expect_rc 0
expect_out_has 'T1\\x1b\[2JT2\\x1b\]52;c;aGk=\\x07T3\\x08\\x0dT4\\x9bT5'
check '! grep -q $'"'\e'"' "$OUTF"' "raw ESC in mbo goal list"
done_testing
