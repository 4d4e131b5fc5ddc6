# completion.sh: `mbo __complete CWORD WORD...` prints the candidates for
# the word being completed (commands, subcommands, options, and values read
# from the tables and the database: logins, goal and task ids with titles,
# enum words, dates, periods), never fails (no database: only the static
# ones, exit 0, nothing on stderr); the bash function of
# completions/mbo.bash fills COMPREPLY from it; the zsh function of
# completions/_mbo (when zsh is installed) registers with compinit, offers
# the same candidates with descriptions and completes a real line typed
# into an interactive zsh.
. "$(dirname "$0")/lib.bash"
setup_team
# Goals: ann's and bob's set by mgr (active), cy's set by the admin.
run --as mgr goal add "Visit 40 customers in December" --owner ann --metric visits --unit visits \
	--target 40 --start 2026-12-01 --due 2026-12-31
expect_out 1
run --as mgr goal add "Sign 3 new customers in December" --owner bob --metric new_customers \
	--unit customers --target 3 --start 2026-12-01 --due 2026-12-31
expect_out 2
run goal add "Revenue 50000 in Q4" --owner cy --metric revenue --unit CNY --target 50000 \
	--start 2026-10-01 --due 2026-12-31
expect_out 3
run --as ann task add 1 "Call the ten largest accounts" --due 2026-12-04
expect_out 1

# comp CWORD WORD...: the candidates (first column) as one line, sorted;
# DESC gets the raw lines.
comp() {
	LAST_CMD="mbo __complete $*"
	"$MBO" __complete "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	DESC=$(cat "$OUTF")
	OUT=$(cut -f1 "$OUTF" | LC_ALL=C sort | tr '\n' ' ')
	OUT=${OUT% }
}
# expect_comp WANT CWORD WORD...: exit 0, nothing on stderr, exactly WANT.
expect_comp() {
	local want=$1
	shift
	comp "$@"
	expect_rc 0
	expect_err_empty
	CHECKS=$((CHECKS + 1))
	[ "$OUT" = "$want" ] || fail "candidates '$OUT', expected '$want'"
}

# Commands, subcommands, options: from the tables.
expect_comp "goal" 1 go
expect_comp "add approve" 2 goal a
expect_comp "check checkin" 1 che
expect_comp "leaderboard rollup" 2 report ""
expect_comp "--format" 2 status --f
expect_comp "--date --db" 2 status --d
# goal split's own options and the global ones.
expect_comp "--as --bom --by --db --format --help --no-color --version --weighted --wide" 3 goal split --
expect_comp "--weighted --wide" 3 goal split --w
expect_comp "--weighted" 3 goal split --we
# "mbo help goal a" completes like "mbo goal a".
expect_comp "add approve" 3 help goal a
comp 1 ""
check 'grep -q "^checkin	Records progress on a goal$" <<<"$DESC"' "checkin has no description: $DESC"
for w in status goal task person report help; do
	check '[[ " $OUT " == *" $w "* ]]' "mbo <TAB> does not offer $w: $OUT"
done
check '! [[ " $OUT " == *" __complete "* ]]' "the hidden command is offered"

# Enum values, after a space or an =, and placeholders of the synopsis.
expect_comp "csv json table" 3 status --format ""
expect_comp "--format=csv" 2 status --format=c
expect_comp "month quarter week" 5 goal split 1 --by ""
expect_comp "level sum" 5 goal add T --kind ""
expect_comp "admin manager sales" 5 person add dan --role ""
expect_comp "customer peer self subordinate superior" 5 eval rate ann --relation ""
expect_comp "achieved active cancelled missed proposed rejected" 4 goal list --status ""
# Today is 2026-11-27 (lib.bash): that day, the 4th quarter, November.
expect_comp "2026-11-27 today yesterday" 3 calendar holiday ""
expect_comp "2026 2026-11 2026-Q4" 4 goal list --period ""
# A file: the shell's own file names.
expect_comp "@files" 2 backup ""
expect_comp "@files" 3 import checkins ""
expect_comp "@files" 2 --db ""
# Free text and new logins: nothing.
expect_comp "" 3 goal add ""
expect_comp "" 3 person add ""
expect_comp "" 3 checkin 1 ""

# From the database (named on the line): logins of active people; goal ids
# with title and owner, as the actor sees them.
LOGINS=$(printf "%s\n" "$ADMIN" ann bob cy mgr | LC_ALL=C sort | tr "\n" " ")
expect_comp "${LOGINS% }" 5 --db "$DB" status --team ""
expect_comp "--owner=ann" 4 --db "$DB" status --owner=a
expect_comp "${LOGINS% }" 7 --db "$DB" goal cascade 1 --to ""
# The admin sees every goal; mgr his team's (ann's, bob's); ann her own.
expect_comp "1 2 3" 5 --db "$DB" goal show ""
check 'grep -qx "1	Visit 40 customers in December (ann)" <<<"$DESC"' "goal 1's description: $DESC"
expect_comp "1 2" 6 --db "$DB" --as mgr checkin ""
expect_comp "1" 6 --db "$DB" --as=ann goal approve ""
expect_comp "1" 7 --db "$DB" --as ann task done ""
check 'grep -qx "1	Call the ten largest accounts" <<<"$DESC"' "task 1's description: $DESC"
expect_comp "new_customers revenue visits" 6 --db "$DB" goal suggest --metric ""
comp 5 --db "$DB" settings set pace.
check '[[ " $OUT " == *" pace.on_track "* ]]' "settings set pace.<TAB> does not offer pace.on_track: $OUT"
# MBO_DB counts as --db does.
MBO_DB=$DB comp 3 goal show ""
check '[ "$OUT" = "1 2 3" ]' "with MBO_DB: '$OUT'"

# No database, an unknown actor, nonsense: the static part, exit 0, silent.
expect_comp "" 5 --db "$TMP/none.db" goal show ""
check '[ ! -e "$TMP/none.db" ]' "completing created a database"
expect_comp "csv json table" 4 --db "$TMP/none.db" --format ""
expect_comp "" 7 --db "$DB" --as nobody goal show ""
expect_comp "" 2 frobnicate ""
comp
expect_rc 0
check '[[ " $OUT " == *" goal "* ]]' "__complete alone does not list the commands"
comp x 1 2 3
expect_rc 0

# The bash function, as bash calls it. COMP_WORDS[0] is the binary; the
# database is MBO_DB.
bash_comp() {
	local cword=$1
	shift
	LAST_CMD="bash completion of $* (word $cword)"
	RC=0
	OUT=$(MBO_DB=$DB bash --norc --noprofile -c '
		. "$1/completions/mbo.bash" || exit 9
		complete -p mbo | grep -q -- "-F _mbo" || exit 8
		COMP_CWORD=$2
		shift 2
		COMP_WORDS=("$@")
		_mbo
		printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | tr "\n" " "' \
		bash "$MBO_SRC" "$cword" "$MBO" "$@" 2>"$ERRF") || RC=$?
	OUT=${OUT% }
}
expect_bash() {
	local want=$1
	shift
	bash_comp "$@"
	expect_rc 0
	CHECKS=$((CHECKS + 1))
	[ "$OUT" = "$want" ] || fail "COMPREPLY '$OUT', expected '$want'"
}
expect_bash "goal" 1 go
expect_bash "add approve" 2 goal a
expect_bash "1 2 3" 3 goal show ""
expect_bash "ann" 3 status --team a
# COMP_WORDBREAKS splits "--format=js" into --format, =, js; the reply
# replaces only js.
expect_bash "json" 4 status --format = js
expect_bash "csv json table" 3 status --format =
expect_bash "csv json table" 3 status --format ""
# File names for a file.
mkdir -p "$TMP/files" && touch "$TMP/files/report.csv" "$TMP/files/other.txt"
(cd "$TMP/files" && bash_comp 3 import checkins rep && [ "$OUT" = report.csv ]) ||
	fail "bash does not complete a file name for import checkins"
CHECKS=$((CHECKS + 1))

# zsh, when installed.
if ! command -v zsh >/dev/null 2>&1; then
	echo "completion.sh: zsh is not installed; its part is skipped (scripts/deps installs it)" >&2
	done_testing
fi
# The function, with compadd and _files stubbed to print what they get.
zsh_comp() {
	LAST_CMD="zsh completion of $*"
	RC=0
	OUT=$(MBO_DB=$DB zsh -f -c '
		fpath=("$1/completions" $fpath)
		autoload -Uz compinit && compinit -u -d "$2/zcompdump" || exit 9
		[[ $_comps[mbo] == _mbo ]] || exit 8
		compadd() {
			local -a d v
			d=("${(@P)${@[${@[(i)-d]}+1]}}")
			v=("${(@P)${@[-1]}}")
			print -rl -- "${v[@]}" "-" "${d[@]}"
		}
		_files() { print -r -- "_files"; }
		autoload -Uz _mbo
		CURRENT=$3
		shift 3
		words=("$@")
		_mbo' zsh "$MBO_SRC" "$TMP" "$@" 2>"$ERRF") || RC=$?
}
zsh_comp 3 "$MBO" goal a
expect_rc 0
check '[ "$OUT" = "$(printf "add\napprove\n-\nadd  -- Adds a goal and prints its id\napprove  -- Approves a proposed goal (a manager abo…")" ]' \
	"zsh: goal a<TAB>: $OUT"
zsh_comp 4 "$MBO" goal show ""
check 'grep -qx "1  -- Visit 40 customers in December (ann)" <<<"$OUT"' "zsh: no description for goal 1: $OUT"
check '[ "$(sed -n 1,3p <<<"$OUT" | sort | tr "\n" " ")" = "1 2 3 " ]' "zsh: goal ids: $OUT"
zsh_comp 3 "$MBO" status --format=j
check '[ "$(head -n1 <<<"$OUT")" = "--format=json" ]' "zsh: --format=j<TAB>: $OUT"
zsh_comp 3 "$MBO" backup ""
check '[ "$OUT" = _files ]' "zsh: backup <TAB> is not file names: $OUT"

# A line typed into an interactive zsh: "mbo goal ap<TAB>" becomes "mbo
# goal approve", and "mbo goal show <TAB>" inserts the only goal ann sees.
if zsh -f -c 'zmodload zsh/zpty' 2>/dev/null; then
	mkdir -p "$TMP/bin" && ln -sf "$MBO" "$TMP/bin/mbo"
	cat >"$TMP/zpty.zsh" <<'ZSH'
zmodload zsh/zpty
# upto WORD: reads the terminal until a line holds WORD (20 s at most),
# collecting it in $out.
upto() {
	local line i
	for ((i = 0; i < 200; i++)); do
		if zpty -r -t z line 2>/dev/null; then
			out+=$line
			[[ $line == *$1* ]] && return 0
		else
			sleep 0.1
		fi
	done
	return 1
}
# type LINE: types LINE and a TAB into an interactive zsh, then puts
# "print -r -- LINE:" before what the completion made of it and runs that;
# prints the result. Keys wait in the terminal while the completion runs;
# the quotes keep the echo of what is typed from holding READY or LINE:.
type() {
	local out=
	zpty -b z zsh -f -i
	zpty -w z "PS1='> '; fpath=($SRC/completions \$fpath); autoload -Uz compinit; compinit -u -d $TMP/zcd2; path=($TMP/bin \$path); export MBO_DB=$DB; print RE''ADY"
	upto READY
	out=
	zpty -w -n z "$1"$'\t\C-aprint -r -- LI""NE: \n'
	upto LINE:
	zpty -d z
	print -r -- "${${out##*LINE:}%%$'\r'*}"
}
type 'mbo goal ap'
type 'mbo --as ann goal show '
ZSH
	got=$(SRC=$MBO_SRC TMP=$TMP DB=$DB timeout 30 zsh -f "$TMP/zpty.zsh" 2>&1 | tr -d '\r')
	CHECKS=$((CHECKS + 1))
	grep -q "^ mbo goal approve$" <<<"$got" || fail "zsh did not complete 'mbo goal ap': $(cat -v <<<"$got" | tail -c 300)"
	CHECKS=$((CHECKS + 1))
	grep -q "^ mbo --as ann goal show 1$" <<<"$got" || fail "zsh did not complete ann's goal id: $(cat -v <<<"$got" | tail -c 300)"
else
	echo "completion.sh: zsh has no zsh/zpty module; the interactive check is skipped" >&2
fi
done_testing
