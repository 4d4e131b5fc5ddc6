# identity.sh: the actor is the OS login; --as works only for the owner of
# the database file; people outside the database and people without the
# right are refused with exit 5.
. "$(dirname "$0")/lib.bash"
setup_team
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0

# Without --as the OS login acts: the creator is the admin.
run person add dan --name "Dan Sales" --manager mgr
expect_rc 0
expect_out "6"

# --as works for the owner of the file, before or after the command.
run --as ann goal show 1 --format json
expect_rc 0
json_check 'd["owner"] == "ann"'
run goal show 1 --format json --as ann
expect_rc 0

# --as someone unknown.
snap
run --as nobody goal list
expect_rc 5
expect_err_line '^mbo: --as: nobody is not a person in this database'
run --as "" goal list
expect_rc 5
unchanged

# The OS user is not a person of a database created for someone else.
OTHER=$TMP/other.db
"$MBO" --db "$OTHER" --as zz-boss init 2>"$ERRF"
RC=$?
expect_rc 0
"$MBO" --db "$OTHER" person list >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 5
expect_err_line "^mbo: you \\($ADMIN\\) are not a person in this database; ask an admin to run \`mbo person add $ADMIN --name \\.\\.\\.\`\$"
"$MBO" --db "$OTHER" --as zz-boss person list --format csv >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
check 'grep -q "^1,zz-boss,zz-boss,admin," "$OUTF"' "init --as did not make zz-boss the admin"

# Not the owner of the file: --as is refused, exit 5. (Only root can give
# the file to someone else here.)
if [ "$(id -u)" = 0 ]; then
	chown 65534 "$DB"
	snap
	run --as ann goal list
	expect_rc 5
	expect_err_line '^mbo: --as: only the owner of the database file may act as someone else$'
	run goal list --format json
	expect_rc 0
	unchanged
	chown 0 "$DB"
fi

# Permissions are the core's; the command line passes them on with exit 5.
snap
run --as ann person add eve --name "Eve"
expect_rc 5
expect_err_line ''
run --as cy goal show 1
expect_rc 5
expect_err_line ''
run --as cy goal list --owner ann
expect_rc 5
run --as bob checkin 1 5
expect_rc 5
run --as ann calendar holiday 2026-12-24 "Christmas Eve"
expect_rc 5
run --as ann settings set pace.on_track 0.5
expect_rc 5
run --as ann backup "$TMP/backup.db"
expect_rc 5
check '[ ! -e "$TMP/backup.db" ]' "a salesperson made a backup"
run --as ann goal add "Revenue for bob instead of me" --metric revenue --unit CNY --target 10 \
	--due 2026-12-31 --owner bob
expect_rc 5
expect_err_line 'bob'
unchanged

# The manager sees the team; ann sees what her manager sees about her.
run --as mgr goal list --owner ann --format json
expect_rc 0
json_check 'len(d) == 1'
run --as ann goal list --format json
json_check 'len(d) == 1 and d[0]["owner"] == "ann"'

done_testing
