# backup.sh: `mbo backup` cannot be turned against the data. First, with a
# personal database: a device (as root) and the live database by any name
# are refused with nothing written, and backups taken while another process
# writes check-ins all pass `PRAGMA integrity_check` and never stop the
# writer. Then, on a shared install with real OS users (root only, else
# skipped): a salesperson who pre-creates the old predictable names
# (DEST.tmp-PID, 0666) in a sticky folder gets nothing when the admin backs
# up there, a planted symbolic link is refused, and a salesperson's own
# backup is refused.
. "$(dirname "$0")/lib.bash"
for tool in sqlite3 stat; do
	command -v "$tool" >/dev/null || skip "$tool is missing"
done
setup_team

# ---- what is not a backup file ----
snap
# A device as root: the node of /dev/null made here (mknod), so that a
# regression replaces this copy and not the machine's /dev/null.
if [ "$(id -u)" = 0 ] && mknod -m 666 "$TMP/null" c 1 3 2>/dev/null; then
	run backup "$TMP/null"
	expect_rc 3
	expect_err_line "backup file: $TMP/null is not a regular file \\(a device"
	check '[ -c "$TMP/null" ]' "the device was replaced by a file"
	rm -f "$TMP/null"
fi
ino=$(stat -c %i "$DB")
for dest in "$DB" "$TMP/./mbo.db" "$DB-wal" "$DB-shm"; do
	run backup "$dest"
	expect_rc 3
	expect_err_line "backup file: .* is the live database"
done
ln "$DB" "$TMP/hard.db"
ln -s "$DB" "$TMP/sym.db"
for dest in "$TMP/hard.db" "$TMP/sym.db"; do
	run backup "$dest"
	expect_rc 3
	expect_err_line "backup file: .* is the live database"
done
mkfifo "$TMP/fifo"
run backup "$TMP/fifo"
expect_rc 3
expect_err_line 'backup file: .*fifo is not a regular file'
check '[ -p "$TMP/fifo" ]' "the fifo was replaced"
check '[ "$(stat -c %i "$DB")" = "$ino" ]' "the live database was swapped out"
unchanged
# A session goes on saving after the refusals.
run person add dee --name "Dee Later" --manager mgr
expect_rc 0
rm -f "$TMP/hard.db" "$TMP/sym.db" "$TMP/fifo"

# ---- backups while another process writes ----
run --as mgr goal add "Revenue from new accounts this month" --metric revenue --unit CNY \
	--target 1000 --start 2026-11-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0
GOAL=$OUT
N=150
: >"$TMP/writer-failures"
(
	for i in $(seq 1 $N); do
		"$MBO" --db "$DB" --as ann checkin "$GOAL" 0.1 >/dev/null 2>"$TMP/w.err" ||
			echo "exit $?: $(cat "$TMP/w.err")" >>"$TMP/writer-failures"
	done
	: >"$TMP/writer-done"
) &
writer=$!
k=0
prev=0
while [ ! -e "$TMP/writer-done" ] || [ "$k" -lt 3 ]; do
	k=$((k + 1))
	run backup "$TMP/b$k.db"
	expect_rc 0
	check '[ "$(sqlite3 "$TMP/b$k.db" "pragma integrity_check")" = ok ]' "backup $k: integrity_check failed"
	check '[ "$(sqlite3 "$TMP/b$k.db" "pragma journal_mode")" = delete ]' "backup $k is not standalone"
	n=$(sqlite3 "$TMP/b$k.db" "select count(*) from checkin where goal_id = $GOAL")
	check '[ "$n" -ge "$prev" ] && [ "$n" -le $N ]' "backup $k holds $n check-ins after $prev"
	prev=$n
	rm -f "$TMP/b$k.db"
done
wait "$writer"
check '[ ! -s "$TMP/writer-failures" ]' "the writer failed: $(head -c 300 "$TMP/writer-failures")"
check '[ "$(sql "select count(*) from checkin where goal_id = $GOAL")" = $N ]' "check-ins are missing"
check '[ -z "$(ls "$TMP" | grep "\.tmp-")" ]' "a temporary file stayed: $(ls "$TMP")"
echo "backups while writing: $k"

# ---- real OS users on a shared install ----
if [ "$(id -u)" != 0 ]; then
	[ "$FAILURES" = 0 ] || done_testing
	skip "the shared-install part needs root to create users and a group (CI runs it as root)"
fi
for tool in useradd userdel groupadd groupdel runuser; do
	command -v "$tool" >/dev/null || skip "$tool is missing"
done
os_users backup adm rep2
ADM=mbotest_${SUF}_adm
REP2=mbotest_${SUF}_rep2
PREFIX=$T/prefix
DATA=$T/data
DB=$DATA/mbo.db
SMBO=$PREFIX/bin/mbo
as() {
	local u=$1
	shift
	LAST_CMD="($u) mbo $*"
	runuser -u "$u" -- "$SMBO" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}
LAST_CMD="install-shared"
sh "$MBO_SRC/scripts/install-shared" --prefix "$PREFIX" --data-dir "$DATA" --group "$G" \
	--admin "$ADM" --binary "$MBO" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
[ "$RC" = 0 ] || done_testing
as "$ADM" person add "$REP2" --name "Rep Two"
expect_rc 0
as "$ADM" person add secret.keeper --name "Secret Keeper"
expect_rc 0

# A folder everyone may write to, sticky like /tmp.
SH=$T/shared
mkdir "$SH"
chmod 1777 "$SH"
# rep2 plants 1500 names after their own shell's pid, as the attack did,
# and the -journal and -wal SQLite would have opened beside them.
runuser -u "$REP2" -- bash -c 'umask 0; for i in $(seq $$ $(($$+1500))); do : > "$1.tmp-$i"; done
	: > "$1-journal"; : > "$1-wal"' sh "$SH/nightly.db"
planted=$(find "$SH" -user "$REP2" -type f | wc -l)
check '[ "$planted" = 1503 ]' "rep2 planted $planted files"
first=$(ls "$SH" | sed -n 's/^nightly\.db\.tmp-//p' | sort -n | head -1)
# The admin's mbo runs with the pid of this shell (exec), printed first.
LAST_CMD="($ADM) mbo backup $SH/nightly.db"
runuser -u "$ADM" -- sh -c 'echo $$; exec "$0" backup "$1"' "$SMBO" "$SH/nightly.db" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
pid=$(head -1 "$OUTF")
check '[ "$pid" -ge "$first" ] && [ "$pid" -le $((first + 1500)) ]' \
	"mbo's pid $pid fell outside the planted names from $first: the old code would not have been caught"
check '[ "$(stat -c "%a %U" "$SH/nightly.db")" = "600 $ADM" ]' "backup: $(stat -c "%a %U" "$SH/nightly.db")"
check '[ "$(sqlite3 "$SH/nightly.db" "select count(*) from person where login = '"'secret.keeper'"'")" = 1 ]' \
	"the backup is not a copy of the database"
# Every file rep2 planted is still empty and rep2's; nothing else is there.
check '[ "$(find "$SH" -user "$REP2" -type f -empty | wc -l)" = 1503 ]' "a planted file was written to"
check '[ "$(find "$SH" ! -user "$REP2" -type f)" = "$SH/nightly.db" ]' \
	"files other than the backup: $(find "$SH" ! -user "$REP2" -type f | head -5)"
LAST_CMD="($REP2) read the backup"
runuser -u "$REP2" -- sh -c 'cat "$1" >/dev/null 2>&1 || exit 9; exit 0' sh "$SH/nightly.db"
RC=$?
check '[ "$RC" = 9 ]' "rep2 can read the admin's backup"
for f in "$SH"/nightly.db.tmp-* "$SH/nightly.db-journal" "$SH/nightly.db-wal"; do
	runuser -u "$REP2" -- grep -q secret.keeper "$f" && fail "$f holds the data"
done
# The backup replaces an older one of the admin's.
as "$ADM" backup "$SH/nightly.db"
expect_rc 0

# A file rep2 planted at the destination itself is theirs: in the sticky
# folder the admin cannot replace it, and writes nothing into it.
runuser -u "$REP2" -- sh -c 'umask 0; : > "$1"' sh "$SH/monthly.db"
as "$ADM" backup "$SH/monthly.db"
expect_rc 3
expect_err_line "backup file: cannot write .*monthly.db: Operation not permitted"
check '[ ! -s "$SH/monthly.db" ] && [ "$(stat -c %U "$SH/monthly.db")" = "$REP2" ]' "rep2's file changed"
check '[ "$(find "$SH" ! -user "$REP2" -type f)" = "$SH/nightly.db" ]' \
	"a temporary file stayed: $(find "$SH" ! -user "$REP2" -type f | head -5)"

# A symbolic link planted where the admin will back up is refused, and
# what it points to is untouched.
echo "admin's notes" >"$T/home-$ADM/notes"
chown "$ADM" "$T/home-$ADM/notes"
runuser -u "$REP2" -- ln -s "$T/home-$ADM/notes" "$SH/weekly.db"
as "$ADM" backup "$SH/weekly.db"
expect_rc 3
expect_err_line "backup file: .*weekly.db is a symbolic link"
check '[ "$(cat "$T/home-$ADM/notes")" = "admin'"'"'s notes" ]' "the link's target changed"

# A salesperson may not copy everyone's data.
as "$REP2" backup "$T/home-$REP2/copy.db"
expect_rc 5
expect_err_line 'only an admin may .*backups'
check '[ ! -e "$T/home-$REP2/copy.db" ]' "a salesperson made a backup"
check '[ -z "$(ls -A "$T/home-$REP2")" ]' "a file stayed in rep2's home: $(ls -A "$T/home-$REP2")"
done_testing
