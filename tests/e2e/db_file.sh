# db_file.sh: the database file's own troubles get messages that say what is
# wrong and what to do. A zero-byte file is not yet a database: `status`
# says to run `mbo init`, and `mbo init` makes the database in it, keeping
# its mode (an admin may create it first); a zero-byte file beside a -wal
# holding data is refused untouched. A writable database in a read-only
# folder names the folder; a read-only database file names the file. As
# root the read-only cases run as the user nobody (root ignores modes).
. "$(dirname "$0")/lib.bash"

# ---- a zero-byte file ----
: >"$DB"
chmod 640 "$DB"
run status
expect_rc 6
expect_err_line "^mbo: $DB is an empty file, not yet a database: run .mbo init. to create the database in it$"
check '[ ! -s "$DB" ]' "status wrote into the empty file"
run init
expect_rc 0
expect_err_line "^mbo: created $DB$"
check '[ "$(stat -c %a "$DB")" = 640 ]' "init did not keep the empty file's mode 640"
run person add ann --name "Ann Sales"
expect_rc 0
run person list
expect_rc 0
expect_out_has '^ +2 +ann +Ann Sales +sales'
# A database is not empty: init still refuses it.
run init
expect_rc 3
expect_err_line "^mbo: $DB already exists: remove it or choose another --db$"

# A zero-byte file whose write-ahead log holds data is not unused.
E=$TMP/empty.db
: >"$E"
printf 'wal frames' >"$E-wal"
"$MBO" --db "$E" init >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 3
expect_err_line "^mbo: $E already exists: remove it or choose another --db$"
check '[ ! -s "$E" ] && [ "$(cat "$E-wal")" = "wal frames" ]' "init touched a file beside a -wal"

# ---- read-only folder, read-only file ----
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null || skip "setpriv (util-linux) is needed to run as nobody"
	AS=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
	ME=nobody
else
	AS=()
	ME=$(id -un)
fi
D=$TMP/folder
mkdir "$D"
chmod 755 "$TMP"
[ "$(id -u)" = 0 ] && chown nobody "$D"
asme() {
	LAST_CMD="mbo $*"
	"${AS[@]}" "$MBO" --db "$D/team.db" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
}
asme init
expect_rc 0
asme --as "$ME" person add bob --name "Bob Sales"
expect_rc 0
check '[ ! -e "$D/team.db-wal" ] && [ ! -e "$D/team.db-shm" ]' "the journal files outlived the last session"
sum=$(sha256sum "$D/team.db")
chmod 555 "$D"
asme status
expect_rc 6
expect_err_line "^mbo: .*the folder $D is read-only for you, and mbo writes its journal \($D/team.db-wal, $D/team.db-shm\) beside the database; ask for write access to the folder, or move the database to a folder you can write$"
asme --as "$ME" person add cy --name "Cy"
expect_rc 6
expect_err_line "the folder $D is read-only for you"
chmod 755 "$D"
chmod 444 "$D/team.db"
asme --as "$ME" person add cy --name "Cy"
expect_rc 6
expect_err_line "^mbo: .*the database file $D/team.db is read-only for you; ask its owner for write access \(chmod or chgrp\), or work on a copy$"
check '[ "$(sha256sum "$D/team.db")" = "$sum" ]' "a refused write changed the database"
# Reading still works from a read-only file in a writable folder.
asme person list
expect_rc 0
expect_out_has '^ +2 +bob +Bob Sales +sales'

done_testing
