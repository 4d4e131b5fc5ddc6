# concurrency.sh: many writers and readers at once. 16 processes each add
# 200 check-ins (40 in the sanitizer build: lib.bash repeat) with the mbo
# binary at the same time (eight salespeople on their own goals, and eight
# runs of their manager on the same goals), while
# readers run `mbo status` in a loop. Every check-in must be there, no
# writer may fail, and no reader may see an error ("database is locked"
# least of all). The processes run niced, to spare timing-sensitive tests
# running beside this one.
. "$(dirname "$0")/lib.bash"
setup_team
WRITERS=16
PER=$(repeat 200)
for i in 1 2 3 4 5 6 7 8; do
	run person add "s$i" --name "Seller $i" --manager mgr
	run --as mgr goal add "Revenue from new accounts, seller $i" --metric revenue --unit CNY \
		--target 1000 --start 2026-11-01 --due 2026-12-31 --owner "s$i" --kpi revenue
	expect_rc 0
	eval "GOAL_$i=$OUT"
done

# writer WHO GOAL N: N check-ins of 0.1; each failure is logged with its
# exit code and message.
writer() {
	local who=$1 goal=$2 n=$3 i rc
	for i in $(seq 1 "$n"); do
		nice -n 10 "$MBO" --db "$DB" --as "$who" checkin "$goal" 0.1 --note "run $i by $who" \
			>/dev/null 2>"$TMP/w-$who-$goal.err"
		rc=$?
		if [ "$rc" != 0 ]; then
			echo "exit $rc: $(cat "$TMP/w-$who-$goal.err")" >>"$TMP/writer-failures"
		fi
	done
}
# reader K: `mbo status` (the team, and one's own) until the writers are
# done; logs every run and every failure.
reader() {
	local k=$1 rc
	while [ ! -e "$TMP/writers-done" ]; do
		nice -n 10 "$MBO" --db "$DB" --as mgr status --team mgr >/dev/null 2>"$TMP/r-$k.err"
		rc=$?
		echo "$rc" >>"$TMP/reader-runs"
		if [ "$rc" != 0 ] || [ -s "$TMP/r-$k.err" ]; then
			echo "exit $rc: $(cat "$TMP/r-$k.err")" >>"$TMP/reader-failures"
		fi
		nice -n 10 "$MBO" --db "$DB" --as s1 status --format json >/dev/null 2>"$TMP/r-$k.err"
		rc=$?
		echo "$rc" >>"$TMP/reader-runs"
		if [ "$rc" != 0 ] || [ -s "$TMP/r-$k.err" ]; then
			echo "exit $rc: $(cat "$TMP/r-$k.err")" >>"$TMP/reader-failures"
		fi
		sleep 0.05
	done
}

: >"$TMP/writer-failures"
: >"$TMP/reader-failures"
: >"$TMP/reader-runs"
start=$(date +%s)
readers=()
for k in 1 2; do
	reader "$k" &
	readers+=($!)
done
writers=()
for i in 1 2 3 4 5 6 7 8; do
	eval "g=\$GOAL_$i"
	writer "s$i" "$g" "$PER" &
	writers+=($!)
	writer mgr "$g" "$PER" &
	writers+=($!)
done
for p in "${writers[@]}"; do
	wait "$p"
done
touch "$TMP/writers-done"
for p in "${readers[@]}"; do
	wait "$p"
done
elapsed=$(($(date +%s) - start))
echo "concurrency: $((WRITERS * PER)) check-ins by $WRITERS writers in ${elapsed}s, $(wc -l <"$TMP/reader-runs") reads"

check '[ ! -s "$TMP/writer-failures" ]' \
	"$(wc -l <"$TMP/writer-failures") writes failed: $(sort "$TMP/writer-failures" | uniq -c | head -5)"
check '[ ! -s "$TMP/reader-failures" ]' \
	"$(wc -l <"$TMP/reader-failures") reads failed: $(sort "$TMP/reader-failures" | uniq -c | head -5)"
check '[ "$(wc -l <"$TMP/reader-runs")" -gt 0 ]' "no reader ran"

# Every acknowledged check-in is there: 2 x PER per goal, PER per writer,
# and the sums are exact: each goal gets 2 x PER check-ins of 0.1, that is
# 2 x 200 x 0.1 = 40 (2 x 40 x 0.1 = 8 under the sanitizers).
check '[ "$(sql "select count(*) from checkin")" = $((WRITERS * PER)) ]' \
	"$(sql "select count(*) from checkin") check-ins, expected $((WRITERS * PER))"
for i in 1 2 3 4 5 6 7 8; do
	eval "g=\$GOAL_$i"
	check '[ "$(sql "select count(*) || \" \" || sum(value) from checkin where goal_id = $g")" = "$((2 * PER)) $((2 * PER * 1000))" ]' \
		"goal $g: $(sql "select count(*) || ' ' || sum(value) from checkin where goal_id = $g")"
	check '[ "$(sql "select count(*) from checkin c join person p on p.id = c.entered_by where goal_id = $g and p.login = '"'s$i'"'")" = "$PER" ]' \
		"s$i's check-ins on goal $g"
done
check '[ "$(sql "select count(distinct note) from checkin")" = $((PER * 9)) ]' \
	"notes: $(sql "select count(distinct note) from checkin")"
run --as mgr status --team mgr --format json
expect_rc 0
json_check 'all(g["actual"] == Decimal(2 * '"$PER"') / 10 for g in d if g["owner"] != "mgr")'
run check
expect_rc 0
expect_out ok

# ---- sessions that open an old database at once: one migrates it, the
# others wait for it and go on ----
if grep -q '^-- @version 2' "$MBO_SRC/schema.sql"; then
	OLD=$TMP/old.db
	awk '/^-- @version 2/ { exit } f { print } /^-- @version 1/ { f = 1 }' "$MBO_SRC/schema.sql" >"$TMP/v1.sql"
	sqlite3 "$OLD" "PRAGMA journal_mode = WAL" >/dev/null
	sqlite3 "$OLD" <"$TMP/v1.sql"
	sqlite3 "$OLD" "PRAGMA user_version = 1"
	# The version this binary writes: that of a database it creates.
	"$MBO" --db "$TMP/fresh.db" --as x init 2>/dev/null
	latest=$(sqlite3 "$TMP/fresh.db" "PRAGMA user_version")
	pids=()
	for k in 1 2 3 4 5 6 7 8; do
		"$MBO" --db "$OLD" check >"$TMP/m-$k.out" 2>"$TMP/m-$k.err" &
		pids+=($!)
	done
	mfail=0
	for p in "${pids[@]}"; do
		wait "$p" || mfail=$((mfail + 1))
	done
	check '[ "$mfail" = 0 ]' "$mfail of 8 sessions failed on an old database: $(cat "$TMP"/m-*.err | sort | uniq -c | head -3)"
	check '[ "$(sqlite3 "$OLD" "PRAGMA user_version")" = "$latest" ]' "not migrated to version $latest"
fi

done_testing
