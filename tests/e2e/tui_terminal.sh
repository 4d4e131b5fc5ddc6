# tui_terminal.sh: the terminal UI on plain terminals and its ways in and
# out. `mbo` alone and `mbo ui` open it; TERM=vt100 and NO_COLOR draw
# without colour, with the status as words and ASCII bars and chart on
# vt100; ? lists the keys; q (and Ctrl-C) quit with status 0 and give the
# shell its terminal back in cooked mode; an unknown TERM falls back to
# xterm-256color with a notice, TERM=dumb names the commands to use
# instead; without a terminal `mbo ui` says so and `mbo` prints the
# status as text.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }

# No colour in the screen of $1: no SGR colour codes at all (tmux writes
# 39 and 49, the defaults, between cells).
no_colour() {
	CHECKS=$((CHECKS + 1))
	if tui_raw "$1" | grep -Eq $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;[25]|48;[25])[;m]'; then
		fail "colour on the screen of $1 ($2)"
		tui_raw "$1" | grep -Eo $'\e\\[[0-9;]*m' | sort | uniq -c >&2
	fi
}

status_words() {
	tui_wait_re "$1" '^> +[0-9]+ Q4 销售额 360,000 元 .*[0-9]+% +on track ' 2 "the selected row has no status word ($2)"
	tui_settle "$1"
}

# TERM=vt100: ASCII bars and chart, no colour, no alternate screen.
tui_start vt 80x24 TERM=vt100 -- --as li.wei
tui_wait vt "My goals: 4 active" || done_testing
status_words vt vt100
tui_wait_re vt '^> +[0-9]+ Q4 销售额 360,000 元 +\[#+\.*\]' 2 "no ASCII bar on vt100"
tui_raw vt | grep -q $'\e\\[7m' || fail "the selected row is not in reverse video on vt100"
no_colour vt vt100
tui_keys vt Enter
tui_wait vt "Burn-up: actual (#) against the plan (.)"
tui_check_shows vt "2026-10-01 -> 2026-12-31" "no ASCII arrow on vt100"
tui_settle vt
CHECKS=$((CHECKS + 1))
tui_screen vt | grep -q '[█▏▎▍▌▋▊▉·→↓]' && { fail "block or arrow characters on vt100"; tui_show vt; }
no_colour vt "vt100 goal page"
tui_keys vt q
tui_wait vt "My goals: 4 active"
tui_keys vt q
check '[ "$(tui_exit_status vt)" = 0 ]' "q did not quit with status 0 on vt100"
tui_check_terminal_back vt
tui_wait_gone vt "My goals" 2

# NO_COLOR on a colour terminal: the same words, attributes but no colour.
tui_start nc 80x24 NO_COLOR=1 -- --as li.wei
tui_wait nc "My goals: 4 active" || done_testing
status_words nc NO_COLOR
# 247,123 of 360,000 CNY is 0.6865 of the 6 cells' 48 eighths: 33, so
# 4 full cells and ▏.
tui_check_shows nc "[████▏ ]" "no block bar with NO_COLOR on a UTF-8 terminal"
no_colour nc NO_COLOR
tui_keys nc Tab
tui_wait nc "Alerts for you"
tui_settle nc
no_colour nc "NO_COLOR alerts"
tui_keys nc q
check '[ "$(tui_exit_status nc)" = 0 ]' "q did not quit with status 0 with NO_COLOR"

# Colour by default (so that the checks above mean something).
tui_start ui 80x24 -- --as li.wei ui
tui_wait ui "My goals: 4 active" || done_testing
tui_settle ui
CHECKS=$((CHECKS + 1))
tui_raw ui | grep -Eq $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7])m' || fail "no colour on xterm-256color"
status_words ui "mbo ui"

# ? lists the keys; it scrolls; Esc closes it.
tui_keys ui '?'
tui_wait ui "Keys of mbo"
for text in "Up/Down, j/k" "PgUp/PgDn" "Home/End" "open the selected goal" "Tab, Shift-Tab" \
	"filter the list by text" "new goal" "F10, Ctrl-C" "add a check-in: value, date (today), note" \
	"Space ticks or reopens one" "PgDn More"; do
	tui_check_shows ui "$text" "the help does not list '$text'"
done
tui_keys ui NPage
tui_wait ui "Reports (the last tab"
for text in "approve or reject a proposal" "R    " "the previous or next period" \
	"switch between the period report and the leaderboard" "m, M"; do
	tui_check_shows ui "$text" "the help does not list '$text'"
done
tui_keys ui NPage
tui_wait ui "In a form"
tui_check_shows ui "Enter            save: on an error the form stays open"
tui_keys ui End
tui_wait ui "What the columns say"
tui_check_shows ui "workdays left until the due date"
tui_keys ui Escape
tui_wait_gone ui "Keys of mbo"
tui_wait ui "My goals: 4 active"

# q quits: status 0, the terminal back in cooked mode.
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
tui_check_terminal_back ui

# Ctrl-C quits too, from a screen below the first, with status 0.
tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing
tui_keys ui Tab
tui_wait ui "Team of 陈静"
tui_keys ui C-c
check '[ "$(tui_exit_status ui)" = 0 ]' "Ctrl-C did not quit with status 0"
tui_check_terminal_back ui

# A terminal type this system has no description of (kitty's, on a server
# without its terminfo): the UI starts as xterm-256color and says so once,
# on the message line, until the first key.
# xterm-kitty is such a type unless ncurses-term is installed (it ships
# one): then a type no system has stands in for it.
KITTY=xterm-kitty
infocmp "$KITTY" >/dev/null 2>&1 && KITTY=mbo-test-no-such-term
tui_start kitty 80x24 TERM=$KITTY -- --as li.wei
tui_wait kitty "My goals: 4 active" 5 "an unknown TERM did not fall back to xterm-256color" || done_testing
tui_wait kitty "does not know the terminal type TERM=$KITTY: drawn as"
tui_check_shows kitty "xterm-256color. Install its terminfo"
status_words kitty "$KITTY"
tui_keys kitty j
tui_wait_gone kitty "TERM=$KITTY" 2
tui_keys kitty q
check '[ "$(tui_exit_status kitty)" = 0 ]' "q did not quit with status 0 after the fallback"
tui_check_terminal_back kitty

# TERM=dumb cannot move the cursor: one line naming the commands to use
# instead, a non-zero exit (2, a usage error), no blank screen.
tui_start dumb 80x24 TERM=dumb -- --as li.wei
check '[ "$(tui_exit_status dumb)" = 2 ]' "TERM=dumb did not exit with status 2"
# (The joined capture, with what scrolled off: the line is longer than 80.)
CHECKS=$((CHECKS + 1))
tm capture-pane -p -J -S -24 -t "=dumb:" >"$TMP/dumb.txt"
grep -q "^mbo: the terminal UI needs a terminal that can move the cursor (TERM=dumb cannot); use the commands instead: mbo status, mbo checkin GOAL VALUE, mbo alerts$" "$TMP/dumb.txt" ||
	fail "TERM=dumb did not name the commands to use: $(cat "$TMP/dumb.txt")"
CHECKS=$((CHECKS + 1))
grep -q "My goals" "$TMP/dumb.txt" && fail "TERM=dumb drew the UI"
tui_check_terminal_back dumb

# Without a terminal.
run --as li.wei ui
expect_rc 2
expect_err_line 'terminal'
run --as li.wei </dev/null
expect_rc 0
expect_out_has 'Q4 销售额 360,000 元'
done_testing
