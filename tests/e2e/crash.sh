# crash.sh: a year of data survives crashes. `mbo checkin` is killed with
# SIGKILL at 100 random moments of its life (crash_kill.py), and a UI
# session is killed right after the key that saves a check-in, 10 times.
# Afterwards the database passes integrity_check and foreign_key_check,
# every check-in whose command reported success is there with its exact
# value and note, and no check-in is there without its change and undo
# step (written in the same transaction). The database runs in WAL mode
# with synchronous=FULL (docs/reliability.md).
. "$(dirname "$0")/tui_lib.bash"
command -v python3 >/dev/null || skip "python3 is needed"
setup_team
run --as mgr goal add "Crash calls" --metric calls --unit calls --target 1000000 \
	--start 2026-11-02 --due 2026-12-31 --owner ann
expect_rc 0
GOAL=$OUT
check '[ "$(sql "pragma journal_mode")" = wal ]' "the database is not in WAL mode"

# ---- 100 kills of the command ----
SEED=${MBO_CRASH_SEED:-$RANDOM}
python3 "$MBO_SRC/tests/e2e/crash_kill.py" "$MBO" "$DB" "$GOAL" 100 "$SEED" "$TMP/kills" ||
	{ fail "crash_kill.py failed"; done_testing; }
acked=$(awk '$2 == "ack" {print $1}' "$TMP/kills")
n_ack=$(echo "$acked" | grep -c .)
n_killed=$(grep -c ' killed ' "$TMP/kills")
n_other=$(grep -c ' exit ' "$TMP/kills")
check '[ "$n_other" = 0 ]' "a check-in exited with an error instead of being killed or finishing: $(grep ' exit ' "$TMP/kills" | head -3)"
check '[ $((n_ack + n_killed)) = 100 ]' "not 100 attempts: $n_ack acknowledged, $n_killed killed"

check '[ "$(sql "pragma integrity_check")" = ok ]' "integrity_check after the kills: $(sql "pragma integrity_check" | head -3)"
check '[ -z "$(sql "pragma foreign_key_check")" ]' "foreign_key_check after the kills"
# Every acknowledged check-in is there, once, with its value and note.
missing=0
for i in $acked; do
	got=$(sql "select count(*) || ' ' || coalesce(max(value), '') || ' ' || coalesce(max(note), '') from checkin where note = 'crash-$i'")
	# value 1000 + i, stored in ten-thousandths.
	[ "$got" = "1 $(((1000 + i) * 10000)) crash-$i" ] || { missing=$((missing + 1)); echo "acknowledged $i: $got" >&2; }
done
check '[ "$missing" = 0 ]' "$missing acknowledged check-ins are missing or wrong"
# A killed one is there whole or not at all: never twice, never without
# the change that holds it or its undo step.
check '[ "$(sql "select count(*) from (select note from checkin group by note having count(*) > 1)")" = 0 ]' \
	"a check-in is there twice"
check '[ "$(sql "select count(*) from checkin c where not exists (select 1 from undo_step u where u.tbl = '"'checkin'"' and u.row_id = c.id)")" = 0 ]' \
	"a check-in is there without its undo step"
check '[ "$(sql "select count(*) from change ch where not exists (select 1 from undo_step u where u.change_id = ch.id)")" = 0 ]' \
	"a change is there without its steps"
committed_killed=0
for i in $(awk '$2 == "killed" {print $1}' "$TMP/kills"); do
	[ "$(sql "select count(*) from checkin where note = 'crash-$i'")" = 1 ] && committed_killed=$((committed_killed + 1))
done
# The database still takes writes and mbo check finds nothing.
run --as ann checkin "$GOAL" 7 --note after-kills
expect_rc 0
run check
expect_rc 0
echo "kills: seed $SEED, life of a check-in $(awk '/^life/ {printf "%.1f ms", $2 * 1000}' "$TMP/kills");" \
	"$n_ack acknowledged and all there; $n_killed killed," \
	"$committed_killed of them after their commit, $((n_killed - committed_killed)) before"

# ---- a UI session killed in the middle of a save, 10 times ----
ui_saved=0 ui_there=0
for i in $(seq 10); do
	value=$((5000 + i))
	tui_start ui 80x24 -- --as ann
	tui_wait ui "My goals: 1 active" || done_testing
	tui_keys ui a
	tui_wait ui "Check-in: Crash calls" || done_testing
	tui_type ui "$value"
	pane=$(tm display-message -p -t "=ui:" '#{pane_pid}')
	pid=$(pgrep -P "$pane" -x mbo | head -1)
	[ -n "$pid" ] || { fail "no mbo process under the pane"; done_testing; }
	tui_keys ui Enter
	# A random moment in the first 12 ms after the key: before, inside or
	# after the save.
	sleep "0.00$((RANDOM % 10))$((RANDOM % 10))"
	kill -KILL "$pid" 2>/dev/null
	sleep 0.2
	# The last screen stays (remain-on-exit): what the user saw.
	saved_before=0
	tui_screen ui | grep -q "Check-in saved" && saved_before=1
	n=$(sql "select count(*) from checkin where goal_id = $GOAL and value = $((value * 10000))")
	check '[ "$n" = 0 ] || [ "$n" = 1 ]' "UI save $i is there $n times"
	[ "$saved_before" = 1 ] && { ui_saved=$((ui_saved + 1)); check '[ "$n" = 1 ]' "UI save $i showed 'saved' but is not in the database"; }
	[ "$n" = 1 ] && ui_there=$((ui_there + 1))
	tm kill-session -t "=ui" >/dev/null 2>&1
done
check '[ "$(sql "pragma integrity_check")" = ok ]' "integrity_check after the UI kills"
check '[ -z "$(sql "pragma foreign_key_check")" ]' "foreign_key_check after the UI kills"
echo "UI kills: 10; $ui_there saves in the database, $ui_saved of them shown as saved before the kill"

done_testing
