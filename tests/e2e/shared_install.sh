# shared_install.sh: many real OS users on one server. Creates a group and
# users (mbotest_*), installs mbo with scripts/install-shared into a
# temporary prefix and data directory, and runs mbo as each user with
# runuser: the core's rules hold for everyone, nobody reaches the database
# except through mbo, --db, MBO_DB, --as and MBO_TODAY are ignored, the
# group privilege is gone before mbo writes a user's file; --uninstall
# keeps the data (a reinstall finds it) and --purge deletes it; and the
# users, the group and the files are removed afterwards. Needs root (CI runs as
# root); as anyone else it says so and skips.
. "$(dirname "$0")/lib.bash"

if [ "$(id -u)" != 0 ]; then
	echo "SKIP: shared_install.sh needs root to create users and a group (CI runs it as root)"
	exit 0
fi
for tool in useradd userdel groupadd groupdel runuser sqlite3 stat; do
	command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing" >&2; exit 1; }
done

os_users shared adm mgr s1 s2
ADM=mbotest_${SUF}_adm
MGR=mbotest_${SUF}_mgr
S1=mbotest_${SUF}_s1
S2=mbotest_${SUF}_s2

PREFIX=$T/prefix
DATA=$T/data
DB=$DATA/mbo.db
SMBO=$PREFIX/bin/mbo

# as USER ARGS...: the installed mbo as USER; sets RC, OUT, ERR.
as() {
	local u=$1
	shift
	LAST_CMD="($u) mbo $*"
	runuser -u "$u" -- "$SMBO" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}
# as_env USER VAR=VALUE... -- ARGS...: the same with variables set.
as_env() {
	local u=$1
	shift
	local vars=()
	while [ "$1" != -- ]; do
		vars+=("$1")
		shift
	done
	shift
	LAST_CMD="($u) ${vars[*]} mbo $*"
	runuser -u "$u" -- env "${vars[@]}" "$SMBO" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}
mode() {
	stat -c '%a %U %G' "$1"
}

# ---- the install ----
LAST_CMD="install-shared"
sh "$MBO_SRC/scripts/install-shared" --prefix "$PREFIX" --data-dir "$DATA" --group "$G" \
	--admin "$ADM" --binary "$MBO" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
[ "$RC" = 0 ] || done_testing
check '[ "$(mode "$SMBO")" = "2755 root $G" ]' "binary: $(mode "$SMBO")"
check '[ "$(mode "$DATA")" = "2770 root $G" ]' "data dir: $(mode "$DATA")"
check '[ "$(mode "$DB")" = "660 root $G" ]' "database: $(mode "$DB")"
check '[ "$(mode "$PREFIX/etc/mbo.conf")" = "644 root root" ]' "config: $(mode "$PREFIX/etc/mbo.conf")"
check 'grep -qx "data_dir = $DATA" "$PREFIX/etc/mbo.conf"' "config does not name the data dir"
check '! getent group "$G" | grep -q "$S1"' "a user is in the group"

# The admin is the login given; nobody else is in the database yet.
as "$ADM" person list --format csv
expect_rc 0
check 'grep -q "^1,$ADM,Test adm,admin," "$OUTF"' "admin is not $ADM"

# Root cannot make a second database, a user cannot make one at all.
as "$S1" init
expect_rc 5
expect_err_line 'only root creates the database'
"$SMBO" init --admin "$ADM" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 3

# ---- the admin adds people ----
as "$S1" goal list
expect_rc 5
expect_err_line "you \\($S1\\) are not a person in this database"
as "$ADM" person add "$MGR" --name "Mei Manager" --role manager
expect_rc 0
as "$ADM" person add "$S1" --name "Sam One" --manager "$MGR"
expect_rc 0
# From the list of OS users: without --name, the system's full name.
as "$ADM" person add "$S2" --manager "$MGR"
expect_rc 0
check '[ "$(sqlite3 "$DB" "select name from person where login = '"'$S2'"'")" = "Test s2" ]' \
	"person add without --name did not take the system's name"
snap
as "$S1" person add eve --name "Eve"
expect_rc 5
unchanged

# ---- the manager sets goals for the team (dates relative: MBO_TODAY does
# not reach a shared install) ----
as "$MGR" goal add "Revenue from new accounts this quarter" --metric revenue --unit CNY \
	--target 1000 --start -20d --due +40d --owner "$S1" --kpi revenue
expect_rc 0
G1=$OUT
as "$MGR" goal add "Revenue from renewals this quarter" --metric revenue --unit CNY \
	--target 1000 --start -20d --due +40d --owner "$S2" --kpi revenue
expect_rc 0
G2=$OUT
check '[ "$(sql "select status from goal where id = $G1")" = active ]' "goal 1 is not active"

# ---- a salesperson checks in on their own goal ----
as "$S1" checkin "$G1" 5 --note "first deal"
expect_rc 0
check '[ "$(sql "select count(*) from checkin c join person p on p.id = c.entered_by where goal_id = $G1 and p.login = '"'$S1'"'")" = 1 ]' \
	"the check-in is not there, entered by $S1"

# ---- on a colleague's goal: refused, exit 5, nothing changed ----
snap
as "$S1" checkin "$G2" 5
expect_rc 5
expect_err_line "$S1"
as "$S1" goal revise "$G1" --target 10 --reason "make it easy"
expect_rc 5
as "$S1" task add "$G2" "Call the renewal accounts"
expect_rc 5
as "$S1" goal list --owner "$S2"
expect_rc 5
unchanged

# Open visibility: a salesperson sees their own goals and their manager's.
as "$S1" goal list --format json
expect_rc 0
json_check 'len(d) == 1 and d[0]["owner"] == "'"$S1"'"'
as "$S1" goal list --owner "$MGR"
expect_rc 0

# ---- the manager lists and revises the team's goals ----
as "$MGR" goal list --team "$MGR" --format json
expect_rc 0
json_check 'sorted(g["owner"] for g in d) == sorted(["'"$S1"'", "'"$S2"'"])'
as "$MGR" status --team "$MGR"
expect_rc 0
as "$MGR" goal revise "$G2" --target 1200 --reason "a bigger renewal is coming"
expect_rc 0
check '[ "$(sql "select target from goal where id = $G2")" = 12000000 ]' "the revision is not saved"
as "$MGR" goal history "$G2" --format json
expect_rc 0
json_check 'any(h["who"] == "'"$MGR"'" and h["field"] == "target" for h in d)'

# ---- nobody reaches the database except through mbo ----
LAST_CMD="($S1) sqlite3 $DB"
runuser -u "$S1" -- sqlite3 "$DB" "select count(*) from person" >"$OUTF" 2>"$ERRF"
RC=$?
check '[ "$RC" != 0 ]' "sqlite3 opened the shared database as $S1"
check '[ ! -s "$OUTF" ]' "sqlite3 printed data as $S1"
expect_err_has 'unable to open'
LAST_CMD="($S1) cat $DB"
runuser -u "$S1" -- cat "$DB" >"$OUTF" 2>"$ERRF"
RC=$?
check '[ "$RC" != 0 ]' "$S1 read the database file"
expect_err_has 'Permission denied'
for f in "$DB-wal" "$DB-shm"; do
	[ -e "$f" ] || continue
	check '[ "$(stat -c "%a %G" "$f")" = "660 $G" ]' "$f: $(stat -c '%a %U %G' "$f")"
done

# ---- --db, MBO_DB, --as, $USER and MBO_TODAY are ignored ----
# A database of S1's own, made with an ordinary (not setgid) mbo, where S1 is
# the admin.
install -d -m 0755 "$T/pbin"
install -m 0755 "$MBO" "$T/pbin/mbo"
OWN=$T/home-$S1/own.db
runuser -u "$S1" -- "$T/pbin/mbo" --db "$OWN" init 2>/dev/null
check '[ "$(sqlite3 "$OWN" "select role from person where login = '"'$S1'"'")" = admin ]' \
	"$S1 is not the admin of their own database"
snap
as "$S1" --db "$OWN" person add eve --name "Eve"
expect_rc 5
expect_err_has '^mbo: --db is ignored in a shared install$'
as_env "$S1" MBO_DB="$OWN" -- person add eve --name "Eve"
expect_rc 5
expect_err_has '^mbo: MBO_DB is ignored in a shared install$'
as "$S1" --as "$ADM" person add eve --name "Eve"
expect_rc 5
expect_err_has '^mbo: --as is ignored in a shared install$'
check '[ "$(grep -c "ignored" "$ERRF")" = 1 ]' "the note is not said once"
as_env "$S1" USER="$MGR" LOGNAME="$MGR" -- goal revise "$G1" --target 10 --reason "as my manager"
expect_rc 5
expect_err_line "\\($S1\\)"
as "$S1" person list --as "$MGR" --format csv
expect_rc 0
as "$S1" goal revise "$G1" --target 10 --reason "as my manager" --as "$MGR"
expect_rc 5
unchanged
check '[ "$(sqlite3 "$OWN" "select count(*) from person")" = 1 ]' "$S1's own database changed"
# MBO_TODAY far ahead: were it read, the check-in would fall after the due
# date and be refused; it is dated the real today.
as_env "$S1" MBO_TODAY=2099-01-01 -- checkin "$G1" 1
expect_rc 0
check '[ "$(sql "select day from checkin order by id desc limit 1")" = "$(date +%F)" ]' \
	"MBO_TODAY reached a shared install"

# ---- the group privilege is dropped before a user's file is written ----
as "$ADM" backup "$DATA/copy.db"
check '[ "$RC" != 0 ]' "the admin wrote into the data directory through mbo"
check '[ ! -e "$DATA/copy.db" ]' "a backup landed in the data directory"
as "$ADM" backup "$T/home-$ADM/copy.db"
expect_rc 0
check '[ "$(mode "$T/home-$ADM/copy.db")" = "600 $ADM $ADM" ]' \
	"backup: $(mode "$T/home-$ADM/copy.db"), expected 600 owned by $ADM without the group"
as "$S1" backup "$T/home-$S1/copy.db"
expect_rc 5
# Reading goes the same way: the database file as an import is unreadable,
# a CSV file of one's own is read.
as "$S1" import checkins "$DB" --dry-run
check '[ "$RC" != 0 ]' "$S1 imported the database file"
expect_err_has 'Permission denied'
printf 'goal,date,value\n%s,%s,2\n' "$G1" "$(date +%F)" >"$T/home-$S1/in.csv"
chown "$S1" "$T/home-$S1/in.csv"
chmod 600 "$T/home-$S1/in.csv"
as "$S1" import checkins "$T/home-$S1/in.csv"
expect_rc 0
check '[ "$(sql "select count(*) from checkin where value = 20000")" = 1 ]' "the import is not there"

# ---- the config must be root's alone ----
chmod 664 "$PREFIX/etc/mbo.conf"
as "$S1" status
expect_rc 6
expect_err_line 'mbo.conf is not a regular file that only root can write'
chmod 644 "$PREFIX/etc/mbo.conf"
chmod 777 "$PREFIX"
as "$S1" status
expect_rc 6
expect_err_line "$PREFIX is not owned by root or is writable by others"
chmod 755 "$PREFIX"
as "$S1" status
expect_rc 0

# ---- many users at once, all after dropping the group ----
N=60
pids=()
for u in "$S1" "$S2" "$MGR"; do
	for g in "$G1" "$G2"; do
		case "$u$g" in "$S1$G2"|"$S2$G1") continue ;; esac
		(
			fails=0
			for i in $(seq 1 $N); do
				runuser -u "$u" -- "$SMBO" checkin "$g" 1 >/dev/null 2>>"$TMP/load-$u-$g.err" || fails=$((fails + 1))
			done
			exit $fails
		) &
		pids+=($!)
	done
done
load_fails=0
for p in "${pids[@]}"; do
	wait "$p" || load_fails=$((load_fails + $?))
done
check '[ "$load_fails" = 0 ]' "$load_fails concurrent check-ins failed: $(cat "$TMP"/load-*.err | head -3)"
check '[ "$(sql "select count(*) from checkin where value = 10000")" = $((4 * N + 1)) ]' \
	"$(sql "select count(*) from checkin where value = 10000") check-ins of 1, expected $((4 * N + 1))"

# Installing again upgrades the binary and keeps the data.
people=$(sql "select count(*) from person")
LAST_CMD="install-shared, again"
sh "$MBO_SRC/scripts/install-shared" --prefix "$PREFIX" --data-dir "$DATA" --group "$G" \
	--admin "$ADM" --binary "$MBO" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
expect_err_has 'kept the existing database'
check '[ "$(sql "select count(*) from person")" = "$people" ]' "the reinstall changed the people"
check '[ "$(mode "$SMBO")" = "2755 root $G" ]' "binary after reinstall: $(mode "$SMBO")"
check '[ "$(mode "$DB")" = "660 root $G" ]' "database after reinstall: $(mode "$DB")"
as "$S1" status
expect_rc 0

LAST_CMD="(root) mbo check"
"$SMBO" check >"$OUTF" 2>"$ERRF"
RC=$?
OUT=$(cat "$OUTF")
expect_rc 0
expect_out ok

# shared MODE ARGS...: install-shared with this test's places; sets RC.
shared() {
	LAST_CMD="install-shared $*"
	sh "$MBO_SRC/scripts/install-shared" --prefix "$PREFIX" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
}
check 'grep -qx "# group = $G (created by install-shared)" "$PREFIX/etc/mbo.conf"' \
	"the config does not record that the install created $G"

# ---- --purge alone is refused, and removes nothing ----
shared --purge
expect_rc 1
expect_err_has '--purge goes with --uninstall'
check '[ -e "$SMBO" ] && [ -e "$DB" ]' "--purge alone removed something"

# ---- --uninstall removes mbo and the group, and keeps the data ----
people=$(sql "select count(*) from person")
checkins=$(sql "select count(*) from checkin")
shared --uninstall
expect_rc 0
check '[ ! -e "$SMBO" ]' "the binary is still there after --uninstall"
check '[ ! -e "$PREFIX/etc/mbo.conf" ]' "the config is still there after --uninstall"
check '! getent group "$G" >/dev/null' "the group $G is still there after --uninstall"
expect_err_has 'kept the data in'
check '[ "$(mode "$DATA")" = "2770 root root" ]' "data dir after --uninstall: $(mode "$DATA")"
check '[ "$(mode "$DB")" = "660 root root" ]' "database after --uninstall: $(mode "$DB")"
check '[ "$(sql "select count(*) from person")" = "$people" ]' "--uninstall changed the people"
check '[ "$(sql "select count(*) from checkin")" = "$checkins" ]' "--uninstall changed the check-ins"
LAST_CMD="($S1) ls $DATA"
runuser -u "$S1" -- ls "$DATA" >"$OUTF" 2>"$ERRF"
RC=$?
check '[ "$RC" != 0 ]' "$S1 can list the kept data directory"
shared --uninstall
expect_rc 1
expect_err_has 'no shared install under'

# ---- installing again finds the data ----
shared --data-dir "$DATA" --group "$G" --admin "$ADM" --binary "$MBO"
expect_rc 0
expect_err_has 'kept the existing database'
check 'getent group "$G" >/dev/null' "the reinstall did not create $G again"
check '[ "$(mode "$SMBO")" = "2755 root $G" ]' "binary after the reinstall: $(mode "$SMBO")"
check '[ "$(mode "$DATA")" = "2770 root $G" ]' "data dir after the reinstall: $(mode "$DATA")"
check '[ "$(mode "$DB")" = "660 root $G" ]' "database after the reinstall: $(mode "$DB")"
as "$S1" checkin "$G1" 2 --note "after the reinstall"
expect_rc 0
check '[ "$(sql "select count(*) from checkin")" = $((checkins + 1)) ]' "the check-in after the reinstall is not there"
check '[ "$(sql "select count(*) from person")" = "$people" ]' "the reinstall changed the people"
as "$S2" goal list --format csv
expect_rc 0

# ---- --uninstall --purge deletes the data too ----
shared --uninstall --purge
expect_rc 0
expect_err_has 'deleted the database'
check '[ ! -e "$DATA" ]' "the data directory is still there after --purge: $(ls -A "$DATA" 2>&1)"
check '[ ! -e "$SMBO" ] && [ ! -e "$PREFIX/etc/mbo.conf" ]' "mbo or its config is still there after --purge"
check '! getent group "$G" >/dev/null' "the group $G is still there after --purge"

# ---- a group that was there before stays ----
G2=${G}k
OS_USERS_CLEANUP='groupdel "$G2" 2>/dev/null'
groupadd --system "$G2"
PREFIX=$T/prefix2
SMBO=$PREFIX/bin/mbo
shared --data-dir "$T/data2" --group "$G2" --admin "$ADM" --binary "$MBO"
expect_rc 0
check 'grep -qx "# group = $G2 (kept by install-shared)" "$PREFIX/etc/mbo.conf"' \
	"the config does not record that $G2 was there before"
as "$ADM" person list
expect_rc 0
# An mbo that is not the shared install's is not removed.
chmod 0755 "$SMBO"
shared --uninstall
expect_rc 0
expect_err_has 'kept the group'
check 'getent group "$G2" >/dev/null' "--uninstall removed the group $G2, which it did not create"
check '[ -e "$SMBO" ]' "--uninstall removed an mbo that is not setgid $G2"
expect_err_has "left $SMBO alone"
check '[ -e "$T/data2/mbo.db" ]' "--uninstall removed the database"

done_testing
