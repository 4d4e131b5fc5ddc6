# hostile.sh: every command of mbo, every field that takes a value, fed
# hostile values from one table: impossible dates, numbers that are not
# numbers, empty and 120 kB strings, invalid UTF-8, invisible and bidi
# characters, escape sequences, SQL metacharacters, unknown ids, logins with
# spaces, unknown options. A refusal must have the exit code of the spec (2
# usage, 3 bad input, 4 not found), nothing on stdout, exactly one line on
# stderr starting "mbo: " that names the field, at most 400 bytes (a hostile
# value is echoed as a bounded excerpt), valid UTF-8 with no raw control,
# invisible or bidi character; and the database must be unchanged.
#
# The database is unchanged when its file was not written since the case
# began (its mtime is set far in the past before each case, so any write
# makes it newer) and no -wal is left; when either happened, the content hash
# (sqlite3 .dump | sha256sum) must equal the one taken at the start. So every
# case is checked, and the hash is only computed when the file was touched.
#
# Every field row first runs once with a good value (a control: exit 0),
# which shows that the rest of its command line is valid and the refusal
# comes from the hostile field.
. "$(dirname "$0")/lib.bash"
START=$SECONDS

setup_team
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
[ "$OUT" = 1 ] || { fail "goal 1"; done_testing; }
run --as ann goal add "Visit forty new customers" --metric visits --unit visits --target 40 \
	--start 2026-11-01 --due 2026-12-31 --kpi visits
[ "$OUT" = 2 ] || { fail "goal 2 (proposed)"; done_testing; }
run --as mgr goal add "Team revenue in the fourth quarter" --metric revenue --unit CNY --target 2000 \
	--start 2026-10-01 --due 2026-12-31 --owner mgr --kpi revenue
[ "$OUT" = 3 ] || { fail "goal 3 (team)"; done_testing; }
run --as ann task add 1 "Call ACME about the renewal"
run --as ann checkin 1 120 --date 2026-11-20
run --as ann task add 1 "Send the offer to Globex"
run --as ann task done 2
run calendar holiday 2026-12-25 "Christmas"
[ "$RC" = 0 ] || { fail "setup"; done_testing; }

sqlite3 "$DB" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
rm -f "$DB-wal" "$DB-shm"
cp "$DB" "$TMP/pristine.db"
touch -d 2000-01-01 "$TMP/pristine.db"
HASH0=$(sqlite3 "$DB" .dump | sha256sum)
TABLES0=$(sqlite3 "$DB" "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'")
touch -d 2000-01-02 "$TMP/stamp"
touch -d 2000-01-01 "$DB"

# ---- the values ----
# name category value. A name with a * is the category's representative:
# a field gets every value of its kind's own categories (KOWN: a date field
# every date) and the representatives of the others, which reach the same
# parser (a date field refuses 1e400 and NaN alike), so the test stays fast
# under ASan.
VN=() VC=() VV=() VREP=()
val() { VN+=("${1%\*}"); VC+=("$2"); VV+=("$3"); [[ $1 == *\* ]] && VREP+=(1) || VREP+=(0); }
val d_feb30*     dates     2026-02-30
val d_month13   dates     2026-13-01
val d_zero      dates     0000-00-00
val d_week54    dates     2026-W54
val d_q5        dates     2026-Q5
val d_far*       dates     +999999d
val n_1e400*     numbers   1e400
val n_nan       numbers   NaN
val n_inf       numbers   inf
val n_negzero*   numbers   -0
val n_comma     numbers   1,000
val n_hex       numbers   0x10
val n_20digits*  numbers   12345678901234567890
val n_1e12p1    numbers   1000000000001
val s_empty*     strings   ""
val s_120k*      strings   "$(head -c 120000 /dev/zero | tr '\0' x)"
val u_cont*      utf8      $'\x80'
val u_overlong  utf8      $'\xc0\xaf'
val u_surrogate* utf8      $'\xed\xa0\x80'
val u_truncated utf8      $'\xe2\x82'
val z_zwsp*      invisible $'\u200b'
val z_bom       invisible $'\ufeff'
val b_rlo*       invisible $'\u202e'
val b_lri       invisible $'\u2066'
val e_csi*       escapes   $'\e[31m'
val e_osc       escapes   $'\e]0;owned\a'
val e_c1        escapes   $'\u009b2J'
val q_drop*      sql       "'; DROP TABLE goal;--"
val q_percent   sql       %
val q_under     sql       _
val i_zero      ids       0
val i_minus1*    ids       -1
val i_big       ids       99999999
val i_frac*      ids       1.5
val l_space*     logins    "ann smith"

# Which categories each kind of field gets, and the exit code it expects
# (a value named in the row's -o overrides it).
declare -A KCATS=(
	[date]="strings utf8 invisible escapes sql dates numbers ids"
	[period]="strings utf8 invisible escapes sql dates numbers"
	[number]="strings utf8 invisible escapes sql dates numbers"
	[id]="strings utf8 invisible escapes sql dates numbers ids"
	[login]="strings utf8 invisible escapes sql ids logins"
	[newlogin]="strings utf8 invisible escapes sql logins"
	[reflogin]="strings utf8 invisible escapes sql ids logins"
	[actor]="strings utf8 invisible escapes sql ids logins"
	[usage]="strings utf8 invisible escapes sql numbers"
	[text]="strings utf8 invisible escapes sql"
	[opttext]="strings utf8 invisible escapes sql"
	[enum]="strings utf8 invisible escapes sql numbers"
	[int]="strings utf8 invisible escapes sql numbers ids"
	[path]="strings utf8 invisible escapes"
	[newpath]="strings utf8 invisible escapes"
)
# The categories of each kind that it gets whole.
declare -A KOWN=(
	[date]="dates" [period]="dates" [number]="numbers" [id]="ids numbers"
	[login]="logins sql ids" [newlogin]="logins sql" [reflogin]="logins sql" [actor]="logins"
	[usage]="strings" [text]="strings utf8 invisible escapes sql"
	[opttext]="strings utf8 invisible escapes sql" [enum]="strings" [int]="numbers"
	[path]="strings utf8 escapes" [newpath]="strings utf8 escapes"
)
# rc_for KIND NAME CAT: the default expected exit code.
rc_for() {
	case $1:$3 in
	id:*) case $2 in i_big|n_1e12p1) echo 4 ;; *) echo 3 ;; esac ;;
	login:*) echo 4 ;;
	actor:*) echo 5 ;;
	path:strings|newpath:strings) echo 3 ;;
	path:*) echo 4 ;;
	newpath:*) echo 0 ;;
	usage:*) echo 2 ;;
	text:sql|opttext:sql) echo 0 ;;
	opttext:strings) [ "$2" = s_empty ] && echo 0 || echo 3 ;;
	*) echo 3 ;;
	esac
}

# Byte patterns (matched in the C locale): a whole string of valid UTF-8,
# and a raw control (other than newline), C1 control, invisible or bidi
# character.
RE_UTF8=$'^([\x01-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf][\x80-\xbf]|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf][\x80-\xbf]|[\xf1-\xf3][\x80-\xbf][\x80-\xbf][\x80-\xbf]|\xf4[\x80-\x8f][\x80-\xbf][\x80-\xbf])*$'
RE_RAW=$'[\x01-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b\x8e\x8f\xa8-\xae]|\xe2\x81[\xa0-\xa4\xa6-\xaf]|\xef\xbb\xbf'

declare -A NCASES NCHECKS
CAT=
ck() {   # ck COND MSG: one check of the current case
	CHECKS=$((CHECKS + 1))
	NCHECKS[$CAT]=$((${NCHECKS[$CAT]:-0} + 1))
	eval "$1" || fail "$2"
}

# The stderr of the last case is valid UTF-8 without raw control bytes.
err_clean() {
	local LC_ALL=C
	[[ $ERR =~ $RE_UTF8 ]] && ! [[ $ERR =~ $RE_RAW ]]
}

# The pristine copy is dated 2000-01-01, and cp -p keeps that date.
restore() {
	cp -p "$TMP/pristine.db" "$DB"
	[ ! -e "$DB-wal" ] || rm -f "$DB-wal" "$DB-shm"
}

# Unchanged: not written since the case began, or the same content hash.
db_unchanged() {
	if [[ $DB -nt $TMP/stamp || -e $DB-wal ]]; then
		local h
		h=$(sqlite3 "$DB" .dump | sha256sum)
		restore
		[ "$h" = "$HASH0" ]
	fi
}

# case RC FIELD_RE ARGS...: one case of category $CAT.
hcase() {
	local want=$1 re=$2
	shift 2
	NCASES[$CAT]=$((${NCASES[$CAT]:-0} + 1))
	LAST_CMD="mbo $(printf '%q ' "$@" | head -c 300)"
	"$MBO" --db "$DB" "$@" </dev/null >"$OUTF" 2>"$ERRF"
	RC=$?
	ERR=
	IFS= read -r -d '' ERR <"$ERRF"
	ck '[ "$RC" = "$want" ]' "exit code $RC, expected $want"
	ck 'err_clean' "stderr is not valid UTF-8 or has a raw control, invisible or bidi character"
	if [ "$want" = 0 ]; then
		# Accepted (an SQL metacharacter in a text, an empty note): stored
		# as text, every table still there.
		if [ "$CAT" = sql ]; then
			ck '[ "$(sqlite3 "$DB" "SELECT group_concat(name) FROM sqlite_master WHERE type = '"'table'"'")" = "$TABLES0" ]' \
				"a table is gone"
		fi
		[[ ! $DB -nt $TMP/stamp && ! -e $DB-wal ]] || restore
		return
	fi
	ck '[ ! -s "$OUTF" ]' "stdout is not empty"
	ck '[[ $ERR == "mbo: "* && $ERR == *$'"'\n'"' && ${ERR%$'"'\n'"'} != *$'"'\n'"'* ]]' \
		"stderr is not one line starting 'mbo: '"
	ck '[[ $ERR =~ $re ]]' "stderr does not name the field /$re/"
	ck '[ "${#ERR}" -le 400 ]' "stderr is ${#ERR} characters long, not a bounded excerpt"
	ck 'db_unchanged' "the database changed"
}

# field [-f RE] [-o NAME=RC]... KIND GOOD ARGS...: a field of a command. In
# ARGS the field's argument holds @: the value replaces it, or, when the
# argument has more around the @ ("Visit @customers", "@=1000,bob=1000"),
# goes in its place there (an empty or long string still replaces the whole
# argument). GOOD is a value that works (for text and path kinds the
# argument without the @ is the good value). The field's regex
# defaults to the option before @ ("--due @" names "due").
NROWS=0
field() {
	local re= kind good i j a prev= n c v want
	local -A over=()
	while :; do
		case $1 in
		-f) re=$2; shift 2 ;;
		-o) over[${2%%=*}]=${2#*=}; shift 2 ;;
		*) break ;;
		esac
	done
	kind=$1 good=$2
	shift 2
	for a in "$@"; do
		if [[ $a == *@* && -z $re ]]; then
			re=${prev#--}
		fi
		prev=$a
	done
	NROWS=$((NROWS + 1))
	CAT=control
	if [[ $kind == *text || $kind == *path ]]; then
		hcase 0 . "${@//@/}"
	else
		hcase 0 . "${@//@/$good}"
	fi
	[ "$RC" = 0 ] || return
	for ((i = 0; i < ${#VN[@]}; i++)); do
		n=${VN[$i]} c=${VC[$i]} v=${VV[$i]}
		[[ " ${KCATS[$kind]} " == *" $c "* ]] || continue
		[[ ${VREP[$i]} = 1 || " ${KOWN[$kind]} " == *" $c "* ]] || continue
		want=${over[$n]:-$(rc_for "$kind" "$n" "$c")}
		local args=()
		for a in "$@"; do
			if [[ $a != *@* ]]; then
				args+=("$a")
			elif [[ $a == @ || $c == strings ]]; then
				args+=("$v")
			else
				args+=("${a//@/$v}")
			fi
		done
		CAT=$c
		hcase "$want" "$re" "${args[@]}"
	done
	# An option given without its value, at the end: a usage error.
	for ((j = 1; j <= $#; j++)); do
		a=${!j}
		if [[ $a == --* && ${@:j+1:1} == *@* ]]; then
			local rest=()
			for ((i = 1; i <= $#; i++)); do
				((i == j || i == j + 1)) || rest+=("${!i}")
			done
			CAT=options
			hcase 2 "${a#--}.*needs a value" "${rest[@]}" "$a"
		fi
	done
}

# options ARGS...: a command that works as written, with unknown options.
options() {
	CAT=control
	hcase 0 . "$@"
	CAT=options
	hcase 2 "unknown option --colour" "$@" --colour red
	hcase 2 "unknown option -Z" "$@" -Z
	hcase 2 'unknown option --\\x1b\[31m' "$@" $'--\e[31m'
}

G=(goal add "Visit forty customers in the north" --metric visits --unit visits --target 40
	--due 2026-12-31 --owner ann --kpi visits)
RT=(--as mgr eval rate ann --period 2026-Q4 --relation superior --quality 4 --growth 3 --teamwork 5)

# ---- status, alerts, checkin ----
for cmd in status alerts; do
	field login ann --as mgr $cmd --owner @
	field login mgr --as mgr $cmd --team @
	field date 2026-11-20 --as mgr $cmd --date @
	options --as mgr $cmd
done
field -f goal id 1 --as ann checkin @ 5
field -f value -o n_negzero=0 number 5 --as ann checkin 1 @
field date 2026-11-21 --as ann checkin 1 5 --date @
field opttext "Called ACME" --as ann checkin 1 5 --note "Called @ACME"
options --as ann checkin 1 5

# ---- goal ----
field -f title text "Visit forty customers" --as mgr goal add "Visit forty @customers" "${G[@]:3}"
field text visits --as mgr "${G[@]:0:3}" --metric "visits@" "${G[@]:5}"
field -o q_drop=3 text visits --as mgr "${G[@]:0:5}" --unit "visits@" "${G[@]:7}"
field number 40 --as mgr "${G[@]:0:7}" --target @ "${G[@]:9}"
field date 2026-11-02 --as mgr "${G[@]}" --start @
field date 2026-12-31 --as mgr "${G[@]:0:9}" --due @ "${G[@]:11}"
field -o n_negzero=0 number 5 --as mgr "${G[@]}" --baseline @
field enum sum --as mgr "${G[@]}" --kind @
field enum up --as mgr "${G[@]}" --direction @
field login ann --as mgr "${G[@]:0:11}" --owner @ "${G[@]:13}"
field -o i_big=3 -o n_1e12p1=3 id 3 --as mgr "${G[@]}" --parent @
field opttext visits --as mgr "${G[@]:0:13}" --kpi "visits@"
field int 2 --as mgr "${G[@]}" --importance @
field int 2 --as mgr "${G[@]}" --urgency @
field number 2 --as mgr "${G[@]}" --weight @
field enum negotiated --as mgr "${G[@]}" --method @
field opttext "More visits bring more orders next year" --as mgr "${G[@]}" \
	--description "More visits @bring more orders next year"
options --as mgr "${G[@]}"
field login ann --as mgr goal list --owner @
field login mgr --as mgr goal list --team @
field enum active --as mgr goal list --status @
field period 2026-Q4 --as mgr goal list --period @
field id 3 --as mgr goal list --parent @
options --as mgr goal list
for sub in show check history; do
	field -f goal id 1 --as mgr goal $sub @
	options --as mgr goal $sub 1
done
field -f goal id 2 --as mgr goal approve @
options --as mgr goal approve 2
field -f goal id 2 --as mgr goal reject @ --reason "Too vague for now"
field text "Too vague" --as mgr goal reject 2 --reason "Too @vague for now"
options --as mgr goal reject 2 --reason "Too vague"
R=(--as mgr goal revise 1 --reason "The market grew")
field -f goal id 1 --as mgr goal revise @ --target 2000 --reason "The market grew"
field number 2000 "${R[@]}" --target @
field date 2026-10-02 "${R[@]}" --start @
field date 2026-12-30 "${R[@]}" --due @
field number 2 "${R[@]}" --weight @
field text "The market grew" --as mgr goal revise 1 --target 2000 --reason "The market @grew"
options "${R[@]}" --target 2000
field -f goal id 1 --as mgr goal split @ --by month
field enum month --as mgr goal split 1 --by @
options --as mgr goal split 1 --by month
field -f goal id 3 --as mgr goal cascade @ --even
# The list's own grammar is a usage error (exit 2): an empty list, an item
# longer than a login can be, a comma inside an amount.
field -f 'to|login' -o s_empty=2 -o s_120k=2 login ann --as mgr goal cascade 3 --to "@=1000,bob=1000"
field -f 'to|share' -o s_empty=2 -o s_120k=2 -o n_comma=2 number 1000 --as mgr goal cascade 3 --to "ann=@,bob=1000"
options --as mgr goal cascade 3 --even
field -f goal id 1 --as mgr goal close @ --status missed --reason "The customer left"
field enum missed --as mgr goal close 1 --status @ --reason "The customer left"
field text "The customer left" --as mgr goal close 1 --status missed --reason "The customer @left"
options --as mgr goal close 1 --status missed --reason "The customer left"
S=(--as mgr goal suggest --metric revenue --due 2026-12-31 --owner ann)
field -o q_drop=4 -o q_percent=4 -o q_under=4 text revenue --as mgr goal suggest --metric "revenue@" \
	--due 2026-12-31 --owner ann
field date 2026-12-31 --as mgr goal suggest --metric revenue --due @ --owner ann
field date 2026-11-01 "${S[@]}" --start @
field login ann --as mgr goal suggest --metric revenue --due 2026-12-31 --owner @
field enum sum "${S[@]}" --kind @
options "${S[@]}"

# ---- task ----
field -f goal id 1 --as ann task add @ "Visit Initech next week"
field -f title text "Visit Initech" --as ann task add 1 "Visit @Initech next week"
field date 2026-12-01 --as ann task add 1 "Visit Initech" --due @
field login ann --as ann task add 1 "Visit Initech" --assignee @
options --as ann task add 1 "Visit Initech"
field -f task id 1 --as ann task done @
field date 2026-11-26 --as ann task done 1 --date @
options --as ann task done 1
field -f task id 2 --as ann task reopen @
options --as ann task reopen 2
field -f goal id 1 --as ann task list @
options --as ann task list

# ---- eval ----
field -f login login ann --as mgr eval rate @ "${RT[@]:5}"
field period 2026-Q4 "${RT[@]:0:5}" --period @ "${RT[@]:7}"
field enum superior "${RT[@]:0:7}" --relation @ "${RT[@]:9}"
field int 4 "${RT[@]:0:9}" --quality @ "${RT[@]:11}"
field int 3 "${RT[@]:0:11}" --growth @ "${RT[@]:13}"
field int 5 "${RT[@]:0:13}" --teamwork @
field opttext "Clear and on time" "${RT[@]}" --comment "Clear and @on time"
field -f 'rater.name' text "Wang Customer" "${RT[@]:0:7}" --relation customer "${RT[@]:9}" \
	--rater-name "Wang @Customer"
options "${RT[@]}"
field -f login login ann --as mgr eval request @ --period 2026-Q4 --from bob
field period 2026-Q4 --as mgr eval request ann --period @ --from bob
field -f from -o s_empty=3 -o s_120k=3 login bob --as mgr eval request ann --period 2026-Q4 --from @
options --as mgr eval request ann --period 2026-Q4 --from bob
field period 2026-Q4 --as bob eval requests --period @
options --as bob eval requests
field -f login login ann --as mgr eval summary @ --period 2026-Q4 --text "A good quarter"
field period 2026-Q4 --as mgr eval summary ann --period @ --text "A good quarter"
field -f 'summary|text' text "A good quarter" --as mgr eval summary ann --period 2026-Q4 --text "A good @quarter"
options --as mgr eval summary ann --period 2026-Q4 --text "A good quarter"
field -f login login ann --as mgr eval show @ --period 2026-Q4
field period 2026-Q4 --as mgr eval show ann --period @
options --as mgr eval show ann --period 2026-Q4

# ---- report ----
field login mgr --as mgr report --team @ --period 2026-Q4
field period 2026-Q4 --as mgr report --period @
options --as mgr report --period 2026-Q4
field -o q_drop=4 -o q_percent=4 -o q_under=4 text revenue --as mgr report leaderboard \
	--metric "revenue@" --period 2026-Q4
field period 2026-Q4 --as mgr report leaderboard --metric revenue --period @
field login mgr --as mgr report leaderboard --metric revenue --period 2026-Q4 --team @
options --as mgr report leaderboard --metric revenue --period 2026-Q4
field login mgr --as mgr report rollup --team @
field date 2026-11-20 --as mgr report rollup --date @
options --as mgr report rollup

# ---- import ----
printf 'goal,date,value\n1,2026-11-25,3\n' >"$TMP/ok.csv"
field -f file path "$TMP/ok.csv" --as ann import checkins "$TMP/ok@.csv"
options --as ann import checkins "$TMP/ok.csv" --dry-run

# ---- person ----
field -f login -o q_under=0 newlogin dan person add @ --name "Dan Newman"
field -f name text "Dan Newman" person add dan --name "Dan @Newman"
field enum sales person add dan --name "Dan Newman" --role @
field reflogin mgr person add dan --name "Dan Newman" --manager @
options person add dan --name "Dan Newman"
options person list --all
field -f person login cy person move @ --manager mgr
field reflogin mgr person move cy --manager @
options person move cy --root
field -f person login cy person deactivate @
field text "Left the company" person deactivate cy --reason "Left the @company"
options person deactivate cy
run person deactivate cy
[ "$RC" = 0 ] && cp "$DB" "$TMP/pristine.db" && rm -f "$DB-wal" && HASH0=$(sqlite3 "$DB" .dump | sha256sum)
touch -d 2000-01-01 "$TMP/pristine.db"
touch -d 2000-01-01 "$DB"
field -f person login cy person activate @
options person activate cy

# ---- calendar ----
field period 2026-Q4 calendar list --period @
options calendar list
for sub in holiday workday; do
	field -f date date 2026-12-24 calendar $sub @ "Christmas Eve"
	field -f name opttext "Christmas Eve" calendar $sub 2026-12-24 "Christmas @Eve"
	options calendar $sub 2026-12-24
done
field -f date date 2026-12-25 calendar clear @
options calendar clear 2026-12-25

# ---- settings, backup, undo, check, ui ----
field -f setting -o q_drop=3 -o q_percent=3 -o q_under=3 text pace.on_track settings set "pace.on_track@" 0.9
field -f 'setting|value' -o n_negzero=0 number 0.9 settings set pace.on_track @
options settings set pace.on_track 0.9
options settings list
# A backup may have any name: the odd ones are written (exit 0).
field -f 'backup file' newpath "$TMP/b.db" backup "$TMP/b@.db"
options backup "$TMP/b.db"
options undo
options check
CAT=options
hcase 2 "unknown option --colour" ui --colour red

# ---- global options ----
field usage json --as mgr --format @ status
field actor mgr --as @ status
CAT=options
hcase 2 "^mbo: --db: the path is empty" --db "" status
hcase 2 "is not a command" $'stat\e[31mus'
hcase 2 "is not a subcommand" goal $'ad\u202ed'

# ---- init: a new database, refused with no file left ----
NEW=$TMP/new.db
init_case() {
	local want=$1 re=$2 v=$3
	NCASES[$CAT]=$((${NCASES[$CAT]:-0} + 1))
	LAST_CMD="mbo --db new.db init --admin ..."
	"$MBO" --db "$NEW" init --admin "$v" </dev/null >"$OUTF" 2>"$ERRF"
	RC=$?
	ERR=
	IFS= read -r -d '' ERR <"$ERRF"
	ck '[ "$RC" = "$want" ]' "exit code $RC, expected $want"
	ck 'err_clean' "stderr is not valid UTF-8 or has a raw control character"
	if [ "$want" = 0 ]; then
		rm -f "$NEW" "$NEW-wal" "$NEW-shm"
		return
	fi
	ck '[[ $ERR == "mbo: "* && ${ERR%$'"'\n'"'} != *$'"'\n'"'* ]]' "stderr is not one line starting 'mbo: '"
	ck '[[ $ERR =~ $re ]]' "stderr does not name the field /$re/"
	ck '[ "${#ERR}" -le 400 ]' "stderr is ${#ERR} characters long"
	ck '[ ! -e "$NEW" ]' "a refused init left $NEW"
	rm -f "$NEW" "$NEW-wal" "$NEW-shm"
}
CAT=control
init_case 0 . mei
for ((i = 0; i < ${#VN[@]}; i++)); do
	[[ " ${KCATS[newlogin]} " == *" ${VC[$i]} "* ]] || continue
	CAT=${VC[$i]}
	want=3
	[ "${VN[$i]}" = q_under ] && want=0   # "_" is a login
	init_case $want "admin" "${VV[$i]}"
done

CAT=control
NCASES[$CAT]=$((${NCASES[$CAT]:-0} + 1))
ck '[ "$(sqlite3 "$DB" .dump | sha256sum)" = "$HASH0" ]' "the database's content hash changed"

# ---- summary ----
total_cases=0
for c in "${!NCASES[@]}"; do
	total_cases=$((total_cases + NCASES[$c]))
done
echo "hostile: $NROWS fields, $total_cases cases, $CHECKS checks in $((SECONDS - START)) s"
for c in control dates numbers strings utf8 invisible escapes sql ids logins options; do
	printf '  %-10s %5d cases %6d checks\n' "$c" "${NCASES[$c]:-0}" "${NCHECKS[$c]:-0}"
done
done_testing
