# tui_mouse.sh: mouse clicks where the terminal sends them (xterm's SGR
# reports, as tmux passes them on): a click selects a row, a double click
# opens it, a click on a tab or on a key of the bottom bar uses it, the
# wheel scrolls a page, a click on a form's field moves the cursor there.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }

tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 4 active" || done_testing
tui_wait_sel ui "Q4 销售额 360,000 元"

# A click on a row selects it; a double click opens it.
tui_click ui "Q4 拜访客户 230 次"
tui_wait_sel ui "Q4 拜访客户 230 次"
tui_click ui "活跃客户数" 2
tui_wait ui "活跃客户数从 40 家提升到 55 家  "
tui_wait ui "Burn-up"
# The wheel scrolls the page; a click on "Esc Back" goes back.
tui_wheel ui "Burn-up" down
tui_wait_gone ui "Owner 李伟 (li.wei)"
tui_wheel ui "Burn-up" up
tui_wait ui "Owner 李伟 (li.wei)"
tui_click ui "Esc Back"
tui_wait ui "My goals: 4 active"
tui_wait_sel ui "活跃客户数"

# The check-in form from the key bar; a click on the Note field.
tui_click ui "a Check-in"
tui_wait ui "Check-in: 活跃客户数"
tui_click ui "Note"
tui_type ui "by mouse"
tui_wait ui ">Note  by mouse"
tui_click ui "Esc Cancel"
tui_wait_gone ui "Check-in: 活跃客户数"

# A click on a tab switches to it.
tui_click ui "Alerts"
tui_wait ui "[Alerts]"
tui_click ui "My goals"
tui_wait ui "[My goals]"
tui_wait ui "My goals: 4 active"

tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
