# private_files.sh: what mbo creates for a user is theirs alone (a new
# database, its directory, a backup: no access for group or others, whatever
# the umask), and `init --admin LOGIN` names the admin of a personal
# database.
. "$(dirname "$0")/lib.bash"

perm() {
	stat -c '%a' "$1"
}

umask 022
DB=$TMP/new/dir/mbo.db
run init
expect_rc 0
check '[ "$(perm "$DB")" = 600 ]' "new database: mode $(perm "$DB")"
check '[ "$(perm "$TMP/new/dir")" = 700 ]' "new directory: mode $(perm "$TMP/new/dir")"
run person add mgr --name "Mei Manager" --role manager
expect_rc 0
for f in "$DB-wal" "$DB-shm"; do
	[ -e "$f" ] || continue
	check '[ "$(perm "$f")" = 600 ]' "$f: mode $(perm "$f")"
done
run backup "$TMP/copy.db"
expect_rc 0
check '[ "$(perm "$TMP/copy.db")" = 600 ]' "backup: mode $(perm "$TMP/copy.db")"
check '[ "$(sqlite3 "$TMP/copy.db" "select count(*) from person")" = 2 ]' "the backup is not a copy"

# init --admin: someone else is the admin, and the OS login is not a person.
DB=$TMP/other.db
run init --admin zz-boss
expect_rc 0
check '[ "$(sql "select login || \",\" || role from person")" = "zz-boss,admin" ]' \
	"admin: $(sql "select login || ',' || role from person")"
run person list
expect_rc 5
run --as zz-boss person list --format csv
expect_rc 0
expect_out_has '^1,zz-boss,zz-boss,admin,'
# An OS user as admin takes the full name from the system's user list.
DB=$TMP/root.db
run init --admin root
expect_rc 0
check '[ "$(sql "select name from person where login = '"'root'"'")" = "$(getent passwd root | cut -d: -f5 | cut -d, -f1)" ]' \
	"root's name: $(sql "select name from person")"
DB=$TMP/bad.db
run init --admin "bad login"
expect_rc 3
expect_err_line 'login'
check '[ ! -e "$DB" ]' "a database was left behind"

done_testing
