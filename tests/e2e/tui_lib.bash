# tui_lib.bash: helpers for the end-to-end tests of the terminal UI
# (tests/e2e/tui_*.sh) and for docs/make-screens.sh. Sourced, not a test
# itself. It sources lib.bash (a temporary directory, $DB, check, fail,
# sql, done_testing) and drives the real binary in tmux as a person would:
# keys in with send-keys, the screen out with capture-pane.
#
# Each script gets its own tmux server (socket mbo-test-<pid>), killed on
# exit, so the tests can run in parallel. Nothing here needs a terminal:
# tmux new-session -d works without one (CI runs as root, TERM unset, no
# controlling terminal). Inside the panes TERM=xterm-256color and a UTF-8
# locale are set explicitly.
#
#   tui_start NAME COLSxLINES [VAR=VALUE...] [--] ARGS...
#                        starts "$MBO --db $DB ARGS..." in a new session NAME
#                        of that size, with the variables added to the
#                        environment (TERM=vt100 replaces the default;
#                        LANG=zh_CN.UTF-8 replaces the default C.UTF-8 and
#                        empties LC_ALL, so that the language is LANG's)
#   tui_wait NAME TEXT [SECONDS] [MESSAGE]
#                        waits (polling every 0.1 s, 5 s by default) until
#                        the screen shows TEXT; on a timeout fails (with
#                        MESSAGE) and the screen, and returns 1
#   tui_wait_re NAME REGEX [SECONDS] [MESSAGE]
#                        the same for a line matching the extended regex
#                        (on the plain capture: line-drawing shows as q, x)
#   tui_wait_sel NAME TEXT [SECONDS] [MESSAGE]
#                        waits until the selected row ("> ...") starts with
#                        TEXT after the goal id column ("> 23 TEXT"; a row
#                        without ids: "> TEXT")
#   tui_wait_gone NAME TEXT [SECONDS]   until it no longer shows TEXT
#   tui_settle NAME       waits (at most 3 s) until the screen stops changing,
#                        before a check of the screen as a whole
#   tui_keys NAME KEY...  tmux key names: Enter, Escape, Tab, BTab, Down, j
#   tui_type NAME TEXT    types TEXT literally
#   tui_click NAME TEXT [2]
#                        clicks (twice: a double click) the first place the
#                        screen shows TEXT, as xterm reports a click (SGR
#                        mouse mode, which the pane's TERM=xterm-256color
#                        names); returns 1 when TEXT is not on the screen
#   tui_wheel NAME TEXT up|down   turns the wheel over TEXT
#   tui_screen NAME       prints the screen as text: line-drawing characters
#                        as Unicode (─ │ ┌), trailing blanks trimmed
#   tui_raw NAME          prints the screen with its attributes, exactly as
#                        tmux holds it (capture-pane -e)
#   tui_look NAME         prints what the screen looks like: each row as text,
#                        then its cells' looks (. plain, a letter a look: the
#                        colours and attributes that show; a blank shows only
#                        its background, underline or reverse), so two screens
#                        that print the same look the same to a person
#   tui_resize NAME COLSxLINES
#   tui_exit_status NAME [SECONDS]
#                        waits until the program in NAME has exited and
#                        prints its exit status ("" on a timeout)
#   tui_check_terminal_back NAME   a check that after the exit the terminal
#                        is in cooked mode again (icanon, echo, icrnl)
#   tui_show NAME [WHY]   prints the screen to stderr, framed (for failures)
#   tui_check_shows NAME TEXT [MSG]   a check that the screen shows TEXT
#                        (within 2 s: the redraw may still be arriving)
#   display_width        stdin to the display width of its widest line

. "$(dirname "${BASH_SOURCE[0]}")/lib.bash"

if ! command -v tmux >/dev/null 2>&1; then
	echo "FAIL: tmux is not installed (scripts/deps installs it)" >&2
	exit 1
fi

# The panes' environment comes from this one (through the tmux server):
# no display preference of the person running the tests.
unset MBO_ASCII TMUX

TUI_SOCK=mbo-test-$$
trap 'tmux -L "$TUI_SOCK" kill-server >/dev/null 2>&1; rm -rf "$TMP"' EXIT

tm() {
	tmux -u -L "$TUI_SOCK" -f /dev/null "$@"
}

tui_start() {
	local name=$1 size=$2 term=xterm-256color lang=C.UTF-8 lc_all=C.UTF-8
	local -a vars=()
	shift 2
	while [ $# -gt 0 ]; do
		case $1 in
		--) shift; break ;;
		TERM=*) term=${1#TERM=}; shift ;;
		LANG=*) lang=${1#LANG=}; lc_all=; shift ;;
		[A-Z_]*=*) vars+=("$1"); shift ;;
		*) break ;;
		esac
	done
	tm kill-session -t "=$name" >/dev/null 2>&1
	rm -f "$TMP/tui-$name.rc" "$TMP/tui-$name.stty"
	# A shell in the pane runs mbo and, when it has exited, records its
	# exit status and the terminal's modes: what the user's shell gets
	# back. (tmux's own pane_dead_status can miss an exit: tmux 3.3a may
	# lose the SIGCHLD while it runs its utmp helper.) The shell ignores
	# Ctrl-C as an interactive one would (it is not in the foreground
	# there); mbo still gets it. remain-on-exit keeps the last screen.
	tm set-option -g remain-on-exit on \; set-option -g status off \; \
		new-session -d -s "$name" -x "${size%x*}" -y "${size#*x}" \
		env TERM="$term" LANG="$lang" LC_ALL="$lc_all" TZ=UTC MBO_TODAY="$MBO_TODAY" \
		${vars[@]+"${vars[@]}"} sh -c 'trap : INT; "$@"; rc=$?; stty -a >"$0.stty" 2>&1; echo $rc >"$0.rc"' \
		"$TMP/tui-$name" "$MBO" --db "$DB" "$@" </dev/null
}

tui_keys() {
	local name=$1
	shift
	tm send-keys -t "=$name:" "$@"
}

tui_type() {
	tm send-keys -t "=$1:" -l -- "$2"
}

# The 1-based column and row of the first TEXT on the screen of NAME.
_tui_where() {
	tui_screen "$1" | python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for y, line in enumerate(sys.stdin.read().split("\n")):
    x = line.find(sys.argv[1])
    if x >= 0:
        print(width(line[:x]) + 1, y + 1)
        sys.exit(0)
sys.exit(1)
' "$2"
}

tui_click() {
	local xy x y seq
	xy=$(_tui_where "$1" "$2") || return 1
	x=${xy% *}
	y=${xy#* }
	seq=$'\e'"[<0;$x;${y}M"$'\e'"[<0;$x;${y}m"
	[ "${3:-1}" = 2 ] && seq=$seq$seq
	tm send-keys -t "=$1:" -l -- "$seq"
}

tui_wheel() {
	local xy x y b=65
	xy=$(_tui_where "$1" "$2") || return 1
	x=${xy% *}
	y=${xy#* }
	[ "$3" = up ] && b=64
	tm send-keys -t "=$1:" -l -- $'\e'"[<$b;$x;${y}M"
}

tui_raw() {
	tm capture-pane -p -e -t "=$1:"
}

# capture-pane -e marks the VT100 line-drawing set with SO and SI (the
# plain capture shows its letters: q for ─); map them to Unicode, drop the
# attributes.
tui_screen() {
	tui_raw "$1" | python3 -c '
import re, sys
acs = dict(zip("jklmnqtuvwxa`f~", "┘┐┌└┼─├┤┴┬│▒◆°·"))
text = sys.stdin.buffer.read().decode("utf-8", "replace")
out, so = [], False
for tok in re.findall(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[^\[]|.|\n", text, re.S):
    if tok[0] == "\x1b":
        continue
    if tok == "\x0e":
        so = True
    elif tok == "\x0f":
        so = False
    else:
        out.append(acs.get(tok, tok) if so else tok)
lines = "".join(out).split("\n")
if lines and lines[-1] == "":
    lines.pop()
sys.stdout.write("".join(l.rstrip() + "\n" for l in lines))
'
}

tui_look() {
	tui_raw "$1" | python3 -c '
import re, sys
text = sys.stdin.buffer.read().decode("utf-8", "replace")
fg = bg = None
attrs = set()
looks, rows, row, marks = {}, [], [], []
def sgr(params):
    global fg, bg, attrs
    # Parameters split by ";"; sub-parameters after ":" (4:3, a curly
    # underline) do not change what shows here.
    p = [int(x.split(":")[0] or 0) for x in (params or "0").split(";")]
    i = 0
    while i < len(p):
        c = p[i]
        if c == 0: fg = bg = None; attrs = set()
        elif c in (38, 48):
            n = 3 if p[i + 1:i + 2] == [5] else 5
            v = tuple(p[i + 1:i + n])
            if c == 38: fg = v
            else: bg = v
            i += n - 1
        elif c == 39: fg = None
        elif c == 49: bg = None
        elif 30 <= c <= 37 or 90 <= c <= 97: fg = c
        elif 40 <= c <= 47 or 100 <= c <= 107: bg = c
        elif c == 22: attrs -= {1, 2}
        elif 23 <= c <= 29: attrs.discard(c - 20)
        else: attrs.add(c)
        i += 1
def look(ch):
    if ch != " ":
        key = (fg, bg, frozenset(attrs))
    elif 7 in attrs:
        key = ("reverse", fg, 4 in attrs)
    else:
        key = (bg, 4 in attrs)
    if key in ((None, False), (None, None, frozenset())):
        return "."
    return looks.setdefault(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[len(looks) % 52])
for tok in re.findall(r"\x1b\[([0-9;:]*)m|(\x1b\[[0-?]*[ -/]*[@-~]|[\x0e\x0f])|(\n)|(.)", text, re.S):
    if tok[1]:
        continue
    if tok[2]:
        rows.append(("".join(row), "".join(marks))); row, marks = [], []
    elif tok[3]:
        row.append(tok[3]); marks.append(look(tok[3]))
    else:
        sgr(tok[0])
rows.append(("".join(row), "".join(marks)))
for t, m in rows:
    print(t.rstrip())
    print(m.rstrip("."))
'
}

_tui_shows() {
	tm capture-pane -p -t "=$1:" 2>/dev/null | grep -qF -- "$2"
}

tui_show() {
	{
		echo "---- screen of $1${2:+ ($2)} ----"
		tui_screen "$1"
		echo
		echo "----"
	} >&2
}

tui_wait() {
	local name=$1 text=$2 secs=${3:-5} i=0 n
	n=$((secs * 10))
	CHECKS=$((CHECKS + 1))
	while [ $i -lt $n ]; do
		_tui_shows "$name" "$text" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "${4:-the screen did not show '$text' within $secs s}"
	tui_show "$name"
	return 1
}

_tui_shows_sel() {
	tm capture-pane -p -t "=$1:" 2>/dev/null | sed -E 's/^> +[0-9]+ /> /' |
		awk -v t="> $2" 'index($0, t) == 1 { f = 1 } END { exit !f }'
}

tui_wait_sel() {
	local name=$1 text=$2 secs=${3:-5} i=0 n
	n=$((secs * 10))
	CHECKS=$((CHECKS + 1))
	while [ $i -lt $n ]; do
		_tui_shows_sel "$name" "$text" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "${4:-the selected row did not show '$text' within $secs s}"
	tui_show "$name"
	return 1
}

tui_wait_re() {
	local name=$1 re=$2 secs=${3:-5} i=0 n
	n=$((secs * 10))
	CHECKS=$((CHECKS + 1))
	while [ $i -lt $n ]; do
		tm capture-pane -p -t "=$name:" 2>/dev/null | grep -Eq -- "$re" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "${4:-no line of the screen matched /$re/ within $secs s}"
	tui_show "$name"
	return 1
}

tui_settle() {
	local i=0 a b
	a=$(tm capture-pane -p -e -t "=$1:" 2>/dev/null)
	while [ $i -lt 30 ]; do
		sleep 0.1
		b=$(tm capture-pane -p -e -t "=$1:" 2>/dev/null)
		[ "$a" = "$b" ] && return 0
		a=$b
		i=$((i + 1))
	done
}

tui_wait_gone() {
	local name=$1 text=$2 secs=${3:-5} i=0 n
	n=$((secs * 10))
	CHECKS=$((CHECKS + 1))
	while [ $i -lt $n ]; do
		_tui_shows "$name" "$text" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "the screen still shows '$text' after $secs s"
	tui_show "$name"
	return 1
}

tui_check_shows() {
	tui_wait "$1" "$2" 2 "${3:-the screen does not show '$2'}"
}

tui_resize() {
	tm resize-window -t "=$1:" -x "${2%x*}" -y "${2#*x}"
}

tui_exit_status() {
	local name=$1 secs=${2:-5} i=0 n
	n=$((secs * 10))
	while [ $i -lt $n ]; do
		if [ -s "$TMP/tui-$name.rc" ]; then
			cat "$TMP/tui-$name.rc"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	echo ""
}

# After the program in NAME has exited (tui_exit_status): the terminal is
# back in the modes a shell expects (line editing and echo on).
tui_check_terminal_back() {
	local f=$TMP/tui-$1.stty
	CHECKS=$((CHECKS + 1))
	if ! grep -Eq '(^|[ ;])icanon([ ;]|$)' "$f" || ! grep -Eq '(^|[ ;])echo([ ;]|$)' "$f" ||
		! grep -Eq '(^|[ ;])icrnl([ ;]|$)' "$f"; then
		fail "the terminal was not given back in cooked mode: $(cat "$f" 2>/dev/null)"
	fi
}

display_width() {
	python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max([width(l) for l in sys.stdin.read().split("\n")] or [0]))
'
}
