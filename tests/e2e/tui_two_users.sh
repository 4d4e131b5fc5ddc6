# tui_two_users.sh: two people in two terminals on one database. The
# manager's team screen is open in one tmux session; in another, a
# salesperson records a check-in with keys; the manager's screen shows it
# (the person's last check-in) within two seconds of the salesperson's
# "saved", with nobody pressing a key there.
#
#   1. A personal database, whose owner may act as anyone: session A runs
#      `mbo --as chen.jing`, session B `mbo --as li.wei`.
#   2. When run as root with useradd (CI): real OS users on a shared install
#      (scripts/install-shared into a temporary prefix, as shared_install.sh
#      does), each session running `runuser -u USER -- mbo`; the users, the
#      group and the files are removed on exit. As anyone else this part
#      says why it is skipped.
. "$(dirname "$0")/tui_lib.bash"

now() {
	echo "${EPOCHREALTIME:-$(date +%s.%N)}"
}

# within2 NAME REGEX T0 WHAT: waits (4 s at most) for a line of NAME's
# screen matching REGEX, then checks that it came within 2 s of T0.
within2() {
	local name=$1 re=$2 t0=$3 what=$4 t1 took
	tui_wait_re "$name" "$re" 4 "$what did not show on the other screen" || return 1
	t1=$(now)
	took=$(python3 -c "print('%.2f' % ($t1 - $t0))")
	echo "  $what shown after ${took} s"
	check "python3 -c 'import sys; sys.exit(0 if $took <= 2.0 else 1)'" \
		"$what took $took s to show on the other screen, more than 2 s"
}

# checkin_by_keys NAME TITLE VALUE: on NAME's first screen, selects the goal
# TITLE, a, VALUE, Enter; prints the time of the "saved" message.
checkin_by_keys() {
	local name=$1 title=$2 value=$3 i
	for i in 1 2 3 4 5 6; do
		# The list may cut the title: its first 20 characters.
		tui_screen "$name" | sed -E 's/^> +[0-9]+ /> /' | grep -qF -- "> ${title:0:20}" && break
		tui_keys "$name" Down
		sleep 0.1
	done
	tui_keys "$name" a
	tui_wait "$name" "Check-in: $title" >&2 || return 1
	tui_type "$name" "$value"
	tui_keys "$name" Enter
	tui_wait "$name" "Check-in saved: $value on" >&2 || return 1
	now
}

# ---- 1. one personal database, two logins with --as ----
"$MBO" --db "$DB" init --demo 2>/dev/null || { fail "init --demo failed"; done_testing; }
tui_start a 80x24 -- --as chen.jing
tui_start b 80x24 -- --as li.wei
tui_wait a "My goals: 1 active" || done_testing
tui_keys a Tab
tui_wait a "Team of 陈静" || done_testing
# li.wei last checked in yesterday (the demo's today is 2026-11-27).
tui_wait_re a ' li\.wei +4 +— +on track +2026-11-26$' 2 "li.wei's row is not as the demo has it" ||
	done_testing
tui_wait b "My goals: 4 active" || done_testing
t0=$(checkin_by_keys b "Q4 拜访客户 230 次" 3) || done_testing
within2 a ' li\.wei +4 +— +on track +2026-11-27$' "$t0" "li.wei's check-in (--as)"
check '[ "$(sql "select count(*) from checkin c join person p on p.id = c.entered_by where p.login = '"'li.wei'"' and c.day = '"'2026-11-27'"'")" = 1 ]' \
	"the check-in is not in the database, entered by li.wei"
tui_keys b q
tui_keys a q
check '[ "$(tui_exit_status a)" = 0 ] && [ "$(tui_exit_status b)" = 0 ]' "q did not quit both with status 0"

# ---- 2. real OS users on a shared install ----
if [ "$(id -u)" != 0 ]; then
	echo "SKIP: the part with real OS users needs root to create users (CI runs as root)"
	done_testing
fi
for tool in useradd userdel groupdel runuser; do
	command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing: no part with real OS users"; done_testing; }
done

OS_USERS_CLEANUP='tmux -L "$TUI_SOCK" kill-server >/dev/null 2>&1'
os_users 2u adm mgr s1
ADM=mbotest_${SUF}_adm
MGR=mbotest_${SUF}_mgr
S1=mbotest_${SUF}_s1

PREFIX=$T/prefix
SMBO=$PREFIX/bin/mbo
LAST_CMD="install-shared"
sh "$MBO_SRC/scripts/install-shared" --prefix "$PREFIX" --data-dir "$T/data" --group "$G" \
	--admin "$ADM" --binary "$MBO" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
[ "$RC" = 0 ] || done_testing
DB=$T/data/mbo.db

as() {
	local u=$1
	shift
	LAST_CMD="($u) mbo $*"
	runuser -u "$u" -- "$SMBO" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
}
as "$ADM" person add "$MGR" --name "Mei Manager" --role manager
expect_rc 0
as "$ADM" person add "$S1" --name "Sam One" --manager "$MGR"
expect_rc 0
# Dates relative to the real today: MBO_TODAY does not reach a shared install.
as "$MGR" goal add "Visits to new accounts this quarter" --metric visits --unit visits \
	--target 100 --start -20d --due +40d --owner "$S1" --kpi visits
expect_rc 0
[ "$RC" = 0 ] || done_testing

# A session whose program is "runuser -u USER -- mbo" (tui_start adds
# "--db DB", which a shared install would only remark on: dropped here).
for u in "$MGR" "$S1"; do
	cat >"$TMP/as-$u" <<EOF
#!/bin/sh
shift 2
exec runuser -u $u -- "$SMBO" "\$@"
EOF
	chmod +x "$TMP/as-$u"
done
MBO=$TMP/as-$MGR tui_start a 80x24
MBO=$TMP/as-$S1 tui_start b 80x24
tui_wait a "My goals: 0 active" 5 "the manager's UI did not start as $MGR" || done_testing
tui_check_shows a "$MGR  " "the manager's UI is not $MGR's"
tui_keys a Tab
tui_wait a "Team of Mei Manager" || done_testing
tui_wait_re a "Sam One .* 1 +— +[a-z ]+ never\$" 2 "$S1's row does not say 'never'" || done_testing
tui_wait b "My goals: 1 active" 5 "the salesperson's UI did not start as $S1" || done_testing
tui_check_shows b "($S1)  " "the salesperson's UI is not $S1's"
t0=$(checkin_by_keys b "Visits to new accounts this quarter" 7) || done_testing
within2 a "Sam One .* 1 +— +[a-z ]+ $(date +%F)\$" "$t0" "$S1's check-in (OS users)"
check '[ "$(sqlite3 "$DB" "select count(*) from checkin c join person p on p.id = c.entered_by where p.login = '"'$S1'"' and c.value = 70000")" = 1 ]' \
	"the check-in is not in the shared database, entered by $S1"
tui_keys b q
tui_keys a q
check '[ "$(tui_exit_status a)" = 0 ] && [ "$(tui_exit_status b)" = 0 ]' \
	"q did not quit both with status 0 (OS users)"
done_testing
