# lib.bash: helpers shared by the end-to-end tests (tests/e2e/*.sh). Sourced,
# not a test itself. Each test gets a temporary directory with its own
# database, today fixed at 2026-11-27, and these helpers:
#
#   run ARGS...        runs "$MBO --db $DB ARGS..."; sets RC, OUT, ERR (and the
#                      raw files $OUTF, $ERRF)
#   expect_rc N        the last run exited with N
#   expect_out TEXT    stdout is exactly TEXT (trailing newlines aside)
#   expect_out_has RE  stdout matches the extended regex RE
#   expect_err_has RE  stderr matches RE
#   expect_err_line RE stderr is one line, starting "mbo: ", matching RE
#   expect_err_empty   nothing on stderr
#   snap / unchanged   `sqlite3 .dump` of the database before / compared after
#   sql QUERY          prints the result of QUERY on the database
#   check COND MSG     fails with MSG unless the shell test COND holds
#   done_testing       exits 1 when anything failed
#   skip WHY           ends a test that cannot run here with ctest's skip
#                      code (77), saying why; never a pass
#
# The environment: MBO (the binary) and MBO_SRC (the source tree), set by
# CMake, and MBO_SANITIZED (1 in the AddressSanitizer build).
#
#   repeat N           N in the normal build, N / 5 in the sanitizer build: a
#                      test that runs one command hundreds of times to load
#                      the database sizes its loop with it. Under ASan each
#                      run of mbo costs ten times as much and checks for
#                      leaks at exit; memory errors show in the first runs,
#                      and the full count is proved in the normal build.

set -u
: "${MBO:?set MBO to the path of the mbo binary}"
export MBO_TODAY=2026-11-27
export TZ=UTC
export LC_ALL=C.UTF-8
unset MBO_DB NO_COLOR LANGUAGE LC_MESSAGES LANG

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mbo-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# The user's own config (mbo/config.h) stays out of every test: a test of
# the config writes $XDG_CONFIG_HOME/mbo/config itself.
export XDG_CONFIG_HOME=$TMP/config
DB=$TMP/mbo.db
OUTF=$TMP/stdout
ERRF=$TMP/stderr
ADMIN=$(id -un)
FAILURES=0
CHECKS=0

repeat() {
	if [ "${MBO_SANITIZED:-0}" = 1 ]; then
		echo $(($1 / 5))
	else
		echo "$1"
	fi
}

_where() {
	local i=1
	while [ "${BASH_SOURCE[$i]:-}" = "${BASH_SOURCE[0]}" ]; do
		i=$((i + 1))
	done
	echo "$(basename "${BASH_SOURCE[$i]:-?}"):${BASH_LINENO[$((i - 1))]:-?}"
}

fail() {
	FAILURES=$((FAILURES + 1))
	echo "FAIL $(_where): $*" >&2
	echo "  command: ${LAST_CMD:-}" >&2
	echo "  exit: ${RC:-} stdout: $(head -c 600 "$OUTF" 2>/dev/null)" >&2
	echo "  stderr: $(head -c 600 "$ERRF" 2>/dev/null)" >&2
}

run() {
	LAST_CMD="mbo $*"
	"$MBO" --db "$DB" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}

# zh ARGS / en ARGS: as run, in Chinese (LANG=zh_CN.UTF-8 with LC_ALL
# empty, as a Chinese user's login sets it) or in English (LC_ALL=C.UTF-8).
zh() {
	LAST_CMD="LANG=zh_CN.UTF-8 mbo $*"
	LC_ALL= LANG=zh_CN.UTF-8 "$MBO" --db "$DB" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}
en() {
	LAST_CMD="LC_ALL=C.UTF-8 mbo $*"
	LC_ALL=C.UTF-8 "$MBO" --db "$DB" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}

# True when the zh_CN catalogue is built beside $MBO; need_zh skips the
# test without it.
have_zh() {
	[ -f "$(dirname "$MBO")/locale/zh_CN/LC_MESSAGES/mbo.mo" ]
}
need_zh() {
	have_zh || skip "the zh_CN catalogue is not built (msgfmt, from gettext, is needed)"
}

# Like run, without --db (for tests of the path resolution).
run_nodb() {
	LAST_CMD="mbo $*"
	"$MBO" "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
}

check() {
	CHECKS=$((CHECKS + 1))
	if ! eval "$1"; then
		fail "${2:-$1}"
	fi
}

expect_rc() {
	CHECKS=$((CHECKS + 1))
	[ "$RC" = "$1" ] || fail "exit code $RC, expected $1"
}

expect_out() {
	CHECKS=$((CHECKS + 1))
	[ "$OUT" = "$1" ] || fail "stdout is not '$1'"
}

expect_out_has() {
	CHECKS=$((CHECKS + 1))
	grep -Eq -- "$1" "$OUTF" || fail "stdout does not match /$1/"
}

expect_err_has() {
	CHECKS=$((CHECKS + 1))
	grep -Eq -- "$1" "$ERRF" || fail "stderr does not match /$1/"
}

expect_err_empty() {
	CHECKS=$((CHECKS + 1))
	[ ! -s "$ERRF" ] || fail "stderr is not empty"
}

expect_err_line() {
	CHECKS=$((CHECKS + 1))
	local lines
	lines=$(wc -l <"$ERRF")
	if [ "$lines" != 1 ]; then
		fail "stderr has $lines lines, expected one"
	elif ! head -n1 "$ERRF" | grep -q '^mbo: '; then
		fail "stderr does not start with 'mbo: '"
	elif [ -n "${1:-}" ] && ! grep -Eq -- "$1" "$ERRF"; then
		fail "stderr does not match /$1/"
	fi
}

snap() {
	sqlite3 "$DB" .dump >"$TMP/snap.sql"
}

unchanged() {
	CHECKS=$((CHECKS + 1))
	sqlite3 "$DB" .dump >"$TMP/now.sql"
	cmp -s "$TMP/snap.sql" "$TMP/now.sql" || fail "the database changed: $(diff "$TMP/snap.sql" "$TMP/now.sql" | head -5)"
}

sql() {
	sqlite3 "$DB" "$1"
}

# A JSON check: python3 reads stdout of the last run as JSON into `d` and
# evaluates the expression, which must be true.
json_check() {
	CHECKS=$((CHECKS + 1))
	python3 -c '
import json, sys
from decimal import Decimal
d = json.load(open(sys.argv[1]), parse_float=Decimal)
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$OUTF" "$1" || fail "JSON check failed: $1"
}

done_testing() {
	if [ "$FAILURES" -gt 0 ]; then
		echo "$FAILURES of $CHECKS checks failed" >&2
		exit 1
	fi
	echo "all $CHECKS checks passed"
	exit 0
}

# A test that cannot run here (not root, a tool missing) says why and exits
# 77, which CMake declares as the skip code: ctest shows it as skipped.
skip() {
	echo "SKIP: $*" >&2
	exit 77
}

# A fresh database with the running user as admin, a manager `mgr` and two
# salespeople `ann` and `bob` under mgr, and a salesperson `cy` elsewhere.
setup_team() {
	run init
	[ "$RC" = 0 ] || { fail "init failed"; done_testing; }
	run person add mgr --name "Mei Manager" --role manager
	run person add ann --name "Ann Sales" --manager mgr
	run person add bob --name "Bob Sales" --manager mgr
	run person add cy --name "Cy Elsewhere"
}

# os_users TAG ROLE...: real OS users for the tests of a shared install
# (root only): mbotest_SUF_ROLE for each ROLE with their own groups, a
# group name G=mbotest_SUF for the install, a directory T that the users can
# reach (mktemp's 0700 would stop them) holding their homes. All of it is
# removed on exit, after running $OS_USERS_CLEANUP when set. Sets SUF, G, T
# and USERS (in ROLE order). Fails the test when the users cannot run
# programs at all (a root directory of mode 0700, as in some chroots).
os_users() {
	local tag=$1 r u
	shift
	SUF=$(tr -dc 'a-z0-9' </dev/urandom | head -c 5)
	G=mbotest_$SUF
	USERS=
	for r in "$@"; do
		USERS="$USERS mbotest_${SUF}_$r"
	done
	USERS=${USERS# }
	T=$(mktemp -d "/tmp/mbo-$tag.XXXXXX")
	chmod 755 "$T"
	trap os_users_cleanup EXIT
	for u in $USERS; do
		useradd -M -U -d "$T/home-$u" -s /bin/sh -c "Test ${u##*_},,," "$u" || { fail "useradd $u"; done_testing; }
		install -d -o "$u" -g "$u" -m 0700 "$T/home-$u"
	done
	u=${USERS%% *}
	if ! runuser -u "$u" -- /bin/true 2>"$ERRF"; then
		fail "user $u cannot run /bin/true ($(head -c 200 "$ERRF"); / is mode $(stat -c %a /)): the test needs real users who can run programs"
		done_testing
	fi
}

os_users_cleanup() {
	local u
	if [ -n "${OS_USERS_CLEANUP:-}" ]; then
		eval "$OS_USERS_CLEANUP"
	fi
	for u in $USERS; do
		userdel "$u" 2>/dev/null
		groupdel "$u" 2>/dev/null
	done
	groupdel "$G" 2>/dev/null
	rm -rf "$T" "$TMP"
}

