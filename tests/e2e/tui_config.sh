# tui_config.sh: the terminal UI follows the user's config file
# ($XDG_CONFIG_HOME/mbo/config): `start` picks the first screen (a
# salesperson has no team screen: the dashboard, with a notice);
# key.ACTION rebinds a key in the key bar, the help and the keys typed (the
# old key does nothing); a refused file starts the UI with the defaults and
# its reason on the message line while the CLI stops with exit 2; theme =
# mono draws without colour.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
CONF=$XDG_CONFIG_HOME/mbo/config
mkdir -p "$XDG_CONFIG_HOME/mbo"

# The message line may take two rows (a long message wraps onto the last
# body row): rows 22 and 23 of 24, joined by a blank.
message_line() {
	tui_screen "$1" | sed -n '22,23p' | tr '\n' ' ' | sed 's/^ *//; s/ *$//; s/  */ /g'
}

# No colour in the screen of $1 (as tui_terminal.sh checks NO_COLOR).
colour_codes() {
	tui_raw "$1" | grep -Ec $'\e\\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;[25]|48;[25])[;m]'
}

# 1. start = alerts opens the alerts screen, its tab marked.
printf '# my screen\nstart = alerts\n' >"$CONF"
tui_start al 80x24 -- --as li.wei
tui_wait al "Alerts for your goals:" || done_testing
tui_check_shows al "[Alerts]" "the Alerts tab is not the current one"
tui_keys al q
check '[ "$(tui_exit_status al)" = 0 ]' "q did not quit the alerts screen with status 0"

# ... start = team for a manager opens the team screen.
printf 'start = team\n' >"$CONF"
tui_start mg 80x24 -- --as chen.jing
tui_wait mg "Team of 陈静: 7 people below you"
tui_check_shows mg "[Team]"
tui_keys mg q

# 2. start = team for a salesperson (li.wei has nobody below): the
# dashboard, and the message line says why until the first key.
tui_start sp 80x24 -- --as li.wei
tui_wait sp "My goals: 4 active" || done_testing
tui_check_shows sp "[My goals]"
tui_check_shows sp "start = team in your config: you have no team, so the UI opens on My goals"
tui_keys sp j
tui_wait_gone sp "you have no team"
tui_keys sp q

# ... and in Chinese.
if have_zh; then
	tui_start zh 80x24 LANG=zh_CN.UTF-8 -- --as li.wei
	tui_wait zh "配置文件中 start = team：你没有团队，因此界面从“我的目标”打开"
	tui_check_shows zh "[我的目标]"
	tui_keys zh q
fi

# 3. key.checkin = i: the key bar says "i Check-in", i opens the check-in
# form, a does nothing, the help lists i; key.tick = x: the help's text
# names x where it named Space.
printf 'key.checkin = i\nkey.tick = x\n' >"$CONF"
tui_start ki 80x24 -- --as li.wei
tui_wait ki "My goals: 4 active" || done_testing
tui_wait_sel ki "Q4 销售额 360,000 元"
tui_check_shows ki "Enter Open i Check-in n New" "the key bar does not show i for Check-in"
CHECKS=$((CHECKS + 1))
tui_screen ki | grep -qF "a Check-in" && fail "the key bar still shows a for Check-in"
# a, then j: keys are read in order, so once j has moved the selection a
# has been handled, and it opened no form (j would have gone to the form).
tui_keys ki a
tui_keys ki j
tui_wait_sel ki "Sign 6 new customer" 5 "j after a did not move the selection: a opened something"
CHECKS=$((CHECKS + 1))
tui_screen ki | grep -qF "Check-in:" && { fail "a still opens the check-in form"; tui_show ki; }
tui_keys ki i
tui_wait ki "Check-in: Sign 6 new customers" 5 "i did not open the check-in form"
tui_keys ki Escape
tui_wait ki "Cancelled; nothing was saved."
# A click on the key bar's entry still checks in.
tui_click ki "i Check-in"
tui_wait ki "Check-in: Sign 6 new customers" 5 "a click on 'i Check-in' did not open the form"
tui_keys ki Escape
tui_wait_gone ki "Check-in: Sign"
tui_keys ki '?'
tui_wait ki "Keys of mbo"
tui_wait_re ki '^   i +add a check-in: value, date \(today\), note' 2 "the help does not list i for a check-in"
CHECKS=$((CHECKS + 1))
tui_screen ki | grep -Eq '^   a +add a check-in' && fail "the help still lists a for a check-in"
tui_check_shows ki "its tasks: x ticks or reopens one, n adds one" "the help does not name x for ticking a task"
tui_keys ki Escape
tui_wait ki "My goals: 4 active"
tui_keys ki q
check '[ "$(tui_exit_status ki)" = 0 ]' "q did not quit with status 0 with key.checkin = i"

# Two actions swapped: key.quit = x, key.undo = q. q opens the undo form,
# x quits.
printf 'key.quit = x\nkey.undo = q\n' >"$CONF"
tui_start sw 80x24 -- --as li.wei
tui_wait sw "My goals: 4 active" || done_testing
tui_check_shows sw "? Help x Quit"
tui_keys sw q
tui_wait sw "Undo your last change" 5 "q (bound to undo) did not open the undo form"
tui_keys sw Escape
tui_wait sw "Cancelled; nothing was saved."
tui_keys sw x
check '[ "$(tui_exit_status sw)" = 0 ]' "x (bound to quit) did not quit with status 0"

# 4. A refused file (theme = blue on its line 2): the CLI stops with exit 2
# naming the file, the line and the fix; the UI starts with the defaults
# (the dashboard, although the file says alerts first) and shows the same
# reason on its message line.
printf 'start = alerts\ntheme = blue\n' >"$CONF"
want="$CONF:2: theme: 'blue' is not a theme; write color, mono or auto"
run status
expect_rc 2
expect_err_line
check '[ "$ERR" = "mbo: $want" ]' "the CLI's error is not 'mbo: $want'"
tui_start bad 80x24 -- --as li.wei
tui_wait bad "My goals: 4 active" || done_testing
tui_check_shows bad "[My goals]" "a refused config did not start on the dashboard"
CHECKS=$((CHECKS + 1))
[ "$(message_line bad)" = "$want" ] ||
	{ fail "the message line is not the config's error: '$(message_line bad)'"; tui_show bad; }
tui_keys bad j
tui_wait_gone bad "is not a theme"
tui_keys bad q
check '[ "$(tui_exit_status bad)" = 0 ]' "the UI with a refused config did not quit with status 0"

# 5. theme = mono: no colour at all, where the default theme has colour on
# the same screen.
rm -f "$CONF"
tui_start col 80x24 -- --as li.wei
tui_wait_sel col "Q4 销售额 360,000 元" || done_testing
tui_settle col
check '[ "$(colour_codes col)" -gt 0 ]' "the default theme shows no colour: the mono check would prove nothing"
tui_keys col q
printf 'theme = mono\n' >"$CONF"
tui_start mono 80x24 -- --as li.wei
tui_wait_sel mono "Q4 销售额 360,000 元" || done_testing
tui_settle mono
check '[ "$(colour_codes mono)" = 0 ]' "theme = mono still shows colour"
tui_raw mono | grep -q $'\e\\[7m' || fail "theme = mono: the selected row is not in reverse video"
tui_keys mono Tab
tui_wait mono "Alerts for your goals:"
tui_settle mono
check '[ "$(colour_codes mono)" = 0 ]' "theme = mono still shows colour on the alerts screen"
tui_keys mono q

done_testing
