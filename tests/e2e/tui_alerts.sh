# tui_alerts.sh: the Alerts tab of a manager with more alerts than the list
# keeps (issue 6). The director d1 of 100 generated salespeople
# (mbo-bench-gen, as bench_smoke.sh makes them) has about 1,150 alerts; the
# list keeps the 1,000 most serious, in the CLI's order, and its title says
# how many there are, how many are listed and the command that lists them
# all, in the longest wording the width allows (120, 80 and 60 columns).
# The filter searches the kept ones and says so when nothing matches: the
# owner filtered on has alerts, but only beyond the 1,000th. A write by
# another process reloads the list (the total moves by one), and q quits
# with status 0 (in the sanitizer build: nothing leaked over the reloads).
# A manager below the cap sees the plain title.
. "$(dirname "$0")/tui_lib.bash"

gen="$(dirname "$MBO")/mbo-bench-gen"
[ -x "$gen" ] || { fail "no generator at $gen"; done_testing; }
"$gen" --people 100 --seed 1 --db "$DB" >/dev/null || { fail "mbo-bench-gen failed"; done_testing; }

# From the CLI's list: the total, the 1,000th alert (its owner, its kind
# as the list writes it, the start of its message) and an owner whose
# alerts all come after the 1,000th.
"$MBO" --db "$DB" --as d1 alerts --team d1 --format json >"$TMP/alerts.json" || fail "mbo alerts failed"
read -r TOTAL TOTAL1 LAST_OWNER LAST_KIND LATE_OWNER < <(python3 - "$TMP/alerts.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
late = sorted({x["owner"] for x in a[1000:]} - {x["owner"] for x in a[:1000]})
print("{:,}".format(len(a)), "{:,}".format(len(a) + 1), a[999]["owner"], a[999]["kind"].replace("_", "."),
      late[0] if late else "-")
PY
)
LAST_MSG=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[999]["message"][:25])' "$TMP/alerts.json")
check '[ "$LATE_OWNER" != - ]' "the generated data has no owner with alerts only beyond the 1,000th"

tui_start ui 80x24 -- --as d1
tui_wait ui "My goals" 15 || done_testing
tui_keys ui Tab Tab
tui_wait ui "Alerts: $TOTAL — the 1,000 most serious listed; all: mbo alerts --team d1" 30 || done_testing
tui_resize ui 120x30
tui_wait ui "Alerts for you and your team: $TOTAL — the 1,000 most serious listed; all: mbo alerts --team d1"
tui_resize ui 60x20
tui_wait ui "Alerts: $TOTAL — the 1,000 most serious listed"
tui_settle ui
CHECKS=$((CHECKS + 1))
tui_screen ui | sed -n 2p | grep -q "all:" && { fail "the 60-column title is cut in the command"; tui_show ui; }
tui_resize ui 80x24
tui_wait ui "Alerts: $TOTAL — the 1,000 most serious listed; all: mbo alerts --team d1"

# The last row kept is the CLI's 1,000th alert.
tui_keys ui End
tui_wait_re ui "^> +!+ +$LAST_OWNER +$LAST_KIND " 3 "the last row is not the CLI's 1,000th alert"
tui_check_shows ui "$LAST_MSG"

# The filter searches the kept ones, and says so.
tui_keys ui /
tui_type ui "$LATE_OWNER"
tui_keys ui Enter
tui_wait ui "No alert matches the filter among the 1,000 most serious listed."
tui_keys ui Escape
tui_wait_gone ui "No alert matches"

# Another process writes: an overdue task is one alert more.
G=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 's0001' and g.status = 'active' limit 1")
"$MBO" --db "$DB" --as d1 task add "$G" "Call back Hengda" --due 2026-11-20 >/dev/null || fail "task add failed"
tui_wait ui "Alerts: $TOTAL1 — the 1,000 most serious listed" 15
tui_keys ui q
check '[ "$(tui_exit_status ui 15)" = 0 ]' "q did not quit with status 0"

# Below the cap: the plain title.
N=$("$MBO" --db "$DB" --as m01 alerts --team m01 --format json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
tui_start m 80x24 -- --as m01
tui_wait m "My goals" 15 || done_testing
tui_keys m Tab Tab
tui_wait m "Alerts for you and your team: $N" 30 || done_testing
tui_settle m
CHECKS=$((CHECKS + 1))
tui_screen m | grep -q "most serious" && { fail "the title of a list below the cap speaks of a cap"; tui_show m; }
# The selected alert stays selected when others' writes reorder the list:
# a new warning for s0001 comes before the last one, which stays chosen.
tui_keys m End
tui_settle m
SEL=$(tui_screen m | grep '^>')
G=$(sql "select g.id from goal g join person p on p.id = g.owner_id where p.login = 's0001' and g.status = 'active' limit 1")
"$MBO" --db "$DB" --as m01 task add "$G" "Send the Hengda quote" --due 2026-11-19 >/dev/null || fail "task add failed"
tui_wait m "Alerts for you and your team: $((N + 1))" 15
tui_settle m
CHECKS=$((CHECKS + 1))
[ "$(tui_screen m | grep '^>')" = "$SEL" ] || { fail "the selection moved to another alert after a reload"; tui_show m; }
tui_keys m q
check '[ "$(tui_exit_status m 15)" = 0 ]' "q did not quit with status 0 below the cap"
done_testing
