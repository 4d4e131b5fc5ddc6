# config.sh: the user's own config file, $XDG_CONFIG_HOME/mbo/config
# (~/.config/mbo/config without it): its language replaces the
# environment's, a bad line stops a command with exit 2 naming the file,
# the line and the fix, and changes nothing; help still shows; no file is
# no error.
. "$(dirname "$0")/lib.bash"
need_zh
CONF=$XDG_CONFIG_HOME/mbo/config
mkdir -p "$XDG_CONFIG_HOME/mbo"

run init --admin "$ADMIN"
expect_rc 0
# 2026-11-02 .. 2026-11-30: 21 workdays, 20 of them passed by Friday
# 11-27; nothing checked in: pace 0 < 0.80, off track (落后).
run goal add "Sign 5 new customers" --metric customers --unit customers --target 5 \
	--start 2026-11-02 --due 2026-11-30
expect_rc 0

# No config file: the environment's language (C.UTF-8: English).
run status
expect_rc 0
expect_out_has "  off track$"

# language = zh_CN: Chinese although the environment says C.UTF-8.
printf '# mine\nlanguage = zh_CN\n' >"$CONF"
run status
expect_rc 0
expect_out_has "  落后$"
# ... and English from the file over a Chinese environment.
printf 'language = en\n' >"$CONF"
zh status
expect_rc 0
expect_out_has "  off track$"

# Without XDG_CONFIG_HOME, HOME/.config/mbo/config.
mkdir -p "$TMP/home/.config/mbo"
printf 'language = zh_CN\n' >"$TMP/home/.config/mbo/config"
LAST_CMD="HOME=$TMP/home mbo status"
env -u XDG_CONFIG_HOME HOME="$TMP/home" "$MBO" --db "$DB" status >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
expect_out_has "  落后$"

# A bad line: exit 2, one line naming the file, the line and the fix;
# nothing written although the command would write.
printf 'language = zh_CN\n\ntheme = blue\n' >"$CONF"
snap
run checkin 1 2
expect_rc 2
expect_err_line "^mbo: $CONF:3: theme: 'blue' is not a theme; write color, mono or auto$"
expect_out ""
unchanged
# The good line before the bad one is not taken either: the message is in
# the environment's language, English here.
run status
expect_rc 2
expect_err_line ":3: theme: 'blue' is not a theme"
# Under a Chinese environment the message is Chinese.
zh status
expect_rc 2
expect_err_line "^mbo: $CONF:3: theme：.*blue"
# Help and the version still show, with the config's error beside them.
run --help
expect_rc 0
expect_out_has "checkin"
expect_err_has ":3: theme: 'blue' is not a theme"
run --version
expect_rc 0
expect_out_has "^mbo [0-9]"

# Hostile lines are refused without echoing their bytes: an escape
# sequence, a NUL byte, invalid UTF-8.
printf 'theme = mono\033]0;owned\007\n' >"$CONF"
run status
expect_rc 2
expect_err_line ":1: holds a control character"
CHECKS=$((CHECKS + 1))
! grep -q "$(printf '\033')" "$ERRF" || fail "the error echoes an escape character"
printf 'theme = mono\nstart = te\000am\n' >"$CONF"
run status
expect_rc 2
expect_err_line ":2: holds a NUL byte"
printf 'language = \377\n' >"$CONF"
run status
expect_rc 2
expect_err_line ":1: holds a control character or bytes that are not UTF-8"
# A key bound over another action's: the later line is named.
printf 'key.close = z\nkey.checkin = z\n' >"$CONF"
run status
expect_rc 2
expect_err_line ":2: key.checkin: 'z' is already the key of close"
# A directory where the file should be.
rm -f "$CONF"
mkdir "$CONF"
run status
expect_rc 2
expect_err_line "$CONF: is not a text file"
rmdir "$CONF"

# Fixed, the same command works again.
printf 'theme = mono\nstart = team\nkey.checkin = i\n' >"$CONF"
run status
expect_rc 0
expect_out_has "  off track$"
# Another user's XDG_CONFIG_HOME, kept across su, in a directory this user
# may not enter: no config, no error. A file they can see but not read:
# an error naming it. (As root every file opens: run as nobody.)
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
	printf 'theme = mono\n' >"$CONF"     # in $TMP, mode 0700: closed to nobody
	LAST_CMD="(nobody) mbo --version"
	setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
		env XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "$MBO" --version >"$OUTF" 2>"$ERRF"
	RC=$?
	expect_rc 0
	expect_err_empty
	OPEN=$(mktemp -d /tmp/mbo-config-open.XXXXXX)
	chmod 755 "$OPEN"
	mkdir -m 755 "$OPEN/mbo"
	printf 'theme = mono\n' >"$OPEN/mbo/config"
	chmod 600 "$OPEN/mbo/config"
	LAST_CMD="(nobody) mbo status, a config it may not read"
	setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
		env XDG_CONFIG_HOME="$OPEN" "$MBO" --db "$OPEN/none.db" status >"$OUTF" 2>"$ERRF"
	RC=$?
	expect_rc 2
	expect_err_line "^mbo: $OPEN/mbo/config: cannot be read \(Permission denied\); fix its permissions or remove it$"
	rm -rf "$OPEN"
else
	echo "config.sh: not root (or no setpriv/nobody): the other user's config is not tried" >&2
fi
done_testing
