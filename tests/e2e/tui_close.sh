# tui_close.sh: a manager closes a goal of the team from its detail with c:
# the form comes up with the status progress gives (achieved: the check-ins
# reached the target), refuses an empty reason beside the Reason field and
# writes nothing, then closes the goal with a reason into the database. A
# salesperson with a manager is not offered c on their own active goal, as
# the core would refuse it.
. "$(dirname "$0")/tui_lib.bash"

"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
TITLE="Sign 10 customers"
GOAL=$("$MBO" --db "$DB" --as chen.jing goal add "$TITLE" --metric new_customers --unit customers \
	--target 10 --start 2026-11-01 --due 2026-12-31 --owner li.wei \
	--description "New customers carry next year's revenue" 2>/dev/null | head -1)
check '[ -n "$GOAL" ]' "the goal was not added"
"$MBO" --db "$DB" --as li.wei checkin "$GOAL" 12 --date 2026-11-20 >/dev/null ||
	fail "the check-in was not added"
OTHER=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 'li.wei' and g.title = 'Q4 销售额 360,000 元'")

# The salesperson first: no c on her own active goal.
tui_start ui 80x24 -- --as li.wei
tui_wait ui "My goals: 5 active" || done_testing
tui_wait_sel ui "Q4 销售额 360,000 元"
tui_keys ui Enter
tui_wait ui "Burn-up" || done_testing
tui_wait ui "r Revise"
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -q "c Close" && { fail "the key bar offers c Close to a salesperson on her own goal"; tui_show ui; }
snap
tui_keys ui c
sleep 0.3
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -q "Close: " && { fail "c opened the close form for a salesperson"; tui_show ui; }
unchanged
tui_keys ui q
tui_wait ui "My goals"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"

# The manager: team, li.wei, the new goal, its detail.
tui_start ui 80x24 -- --as chen.jing
tui_wait ui "My goals: 1 active" || done_testing
tui_keys ui Tab
tui_wait ui "Team of 陈静"
tui_keys ui Down
tui_wait ui "> ├─ 李伟"
tui_keys ui Enter
tui_wait ui "Goals of 李伟 (li.wei)" || done_testing
for _ in 1 2 3 4 5 6; do
	tui_screen ui | sed -E 's/^> +[0-9]+ /> /' | grep -qF "> $TITLE" && break
	tui_keys ui Down
	sleep 0.1
done
tui_wait_sel ui "$TITLE" || done_testing
tui_keys ui Enter
tui_wait ui "Burn-up" || done_testing
tui_wait ui "c Close" 2 "the key bar does not offer c Close to the manager"

tui_keys ui c
tui_wait ui "Close: $TITLE" || done_testing
tui_wait ui ">Status" 2 "the status field does not have the cursor"
tui_check_shows ui "◂ achieved ▸" "the status is not prefilled with achieved"
tui_check_shows ui "Progress: 12 of 10 customers, achieved" "the form does not say what progress says"

# An empty reason: refused beside the field, the form kept, nothing written.
snap
tui_keys ui Enter
tui_wait ui "give a reason"
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -A1 -F ">Reason" | grep -q "give a reason" ||
	{ fail "no error at the Reason field"; tui_show ui; }
tui_check_shows ui "Close: $TITLE" "the form closed on an error"
tui_check_shows ui "◂ achieved ▸" "the chosen status was not kept"
unchanged

tui_type ui "签了 12 家新客户"
tui_keys ui Enter
tui_wait ui "Goal $GOAL closed as achieved."
tui_wait_gone ui "Close: $TITLE"
tui_wait ui "#$GOAL achieved" 2 "the goal's page does not show it achieved"
tui_wait ui "achieved: 签了 12 家新客户" 2 "the goal's page does not show the reason"
CHECKS=$((CHECKS + 1))
tui_screen ui | grep -q "c Close" && { fail "c Close is still offered on a closed goal"; tui_show ui; }
check '[ "$(sql "select status || \"|\" || status_reason from goal where id = $GOAL")" = "achieved|签了 12 家新客户" ]' \
	"the database does not have the goal achieved with the reason"

# Another goal, short of its target: missed is prefilled; Esc writes nothing.
tui_keys ui Escape
tui_wait ui "Goals of 李伟 (li.wei)"
tui_keys ui Home
tui_wait_sel ui "Q4 销售额 360,000 元"
tui_keys ui Enter
tui_wait ui "Burn-up"
snap
tui_keys ui c
tui_wait ui "Close: Q4 销售额 360,000 元"
tui_check_shows ui "◂ missed ▸" "the status of a goal short of its target is not prefilled with missed"
tui_keys ui Escape
tui_wait_gone ui "Close: "
unchanged
check '[ "$(sql "select status from goal where id = $OTHER")" = active ]' "Esc closed the goal"

tui_keys ui q
tui_wait ui "Goals of 李伟"
tui_keys ui q
tui_wait ui "Team of 陈静"
tui_keys ui q
check '[ "$(tui_exit_status ui)" = 0 ]' "q did not quit with status 0"
done_testing
