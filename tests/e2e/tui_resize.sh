# tui_resize.sh: resizing the terminal redraws cleanly. After a resize from
# 120x40 to 80x24 (tmux resize-window) every line fits in 80 columns and the
# screen is the same, attributes included, as a fresh start at 80x24 of the
# same screen: on the dashboard, and on the goal page with the check-in form
# open and a value typed. Below the minimum size (40x10) it says so and
# draws nothing else; back at 80x24 the form and its text are still there.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }

# The screen of session $1 comes to look the same as that of $2, colours
# and attributes included (the redraw after a resize takes a moment); fails
# with a diff after 3 s. Blanks are compared by what shows of them
# (tui_look): ncurses may leave a blank bold or in another foreground.
same_screen() {
	local i=0
	while [ $i -lt 30 ]; do
		[ "$(tui_look "$1")" = "$(tui_look "$2")" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "after the resize the screen of $1 differs from a fresh start ($2)"
	diff <(tui_look "$2") <(tui_look "$1") >&2
	return 1
}

# Every line of session $1 fits in $2 columns and there are $3 lines.
fits() {
	local w n
	w=$(tui_screen "$1" | display_width)
	n=$(tm capture-pane -p -t "=$1:" | wc -l)
	check "[ $w -le $2 ]" "a line of $1 is $w columns wide, more than $2"
	check "[ $n = $3 ]" "$1 shows $n lines, not $3"
}

# The dashboard.
tui_start big 120x40 -- --as li.wei
tui_wait big "My goals: 4 active" || done_testing
tui_wait big "活跃客户数从 40 家提升到 55 家"
tui_resize big 80x24
tui_start fresh 80x24 -- --as li.wei
tui_wait fresh "My goals: 4 active"
# At 80 columns the title has 20: 活跃客户数从 (12) + " 40 " (4) + 家 (2)
# and the ellipsis make 19; 提 would make 21.
tui_wait big "活跃客户数从 40 家…"
same_screen big fresh
fits big 80 24

# The goal page with the check-in form open and 15 typed.
form_steps() {
	tui_keys "$1" Enter
	tui_wait "$1" "Burn-up"
	tui_keys "$1" a
	tui_wait "$1" "Check-in: Q4 销售额 360,000 元"
	tui_type "$1" 15
	tui_wait "$1" ">Value 15 "
}
tui_start big 120x40 -- --as li.wei
tui_wait big "My goals: 4 active"
form_steps big
tui_resize big 80x24
tui_start fresh 80x24 -- --as li.wei
tui_wait fresh "My goals: 4 active"
form_steps fresh
same_screen big fresh
fits big 80 24

# Back to 120x40: the same as a fresh start there.
tui_resize big 120x40
tui_start fresh 120x40 -- --as li.wei
tui_wait fresh "My goals: 4 active"
form_steps fresh
same_screen big fresh
fits big 120 40

# Too small: a message and nothing else; keys still work after.
tui_resize big 40x10
tui_wait big "Terminal too small"
fits big 40 10
CHECKS=$((CHECKS + 1))
[ "$(tui_screen big | grep -c .)" = 1 ] || { fail "more than the message at 40x10"; tui_show big; }
tui_resize big 80x24
tui_wait_gone big "Terminal too small"
tui_wait big ">Value 15 "
tui_start fresh 80x24 -- --as li.wei
tui_wait fresh "My goals: 4 active"
form_steps fresh
same_screen big fresh
fits big 80 24

# The form still saves what was typed before the resizes.
tui_keys big Enter
tui_wait big "Check-in saved: 15 on 2026-11-27"
check '[ "$(sql "select count(*) from checkin where value = 150000 and day = \"2026-11-27\"")" = 1 ]' \
	"the check-in of 15 is not in the database"

# Started too small, then grown: the screen draws.
tui_start small 40x10 -- --as li.wei
tui_wait small "Terminal too small: need 60x16"
tui_resize small 80x24
tui_wait small "My goals: 4 active"
tui_keys small q
check '[ "$(tui_exit_status small)" = 0 ]' "q did not quit with status 0"
tui_keys big Escape
tui_wait big "My goals"
tui_keys big q
check '[ "$(tui_exit_status big)" = 0 ]' "q did not quit with status 0"
done_testing
