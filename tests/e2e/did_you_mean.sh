# did_you_mean.sh: a mistyped command, subcommand or option is a usage
# error (exit 2, one line on stderr) that names the closest word when one
# is near (Damerau-Levenshtein: one edit for a word of up to four letters,
# two up to eight, three beyond, or the one word it begins), and none when
# nothing is; -V is --version; every help ends naming the man page.
. "$(dirname "$0")/lib.bash"
run init
expect_rc 0

# chekin -> checkin: one letter left out (distance 1).
run chekin 1 5
expect_rc 2
expect_err_line "^mbo: 'chekin' is not a command; did you mean 'checkin'\? \(mbo --help lists the commands\)$"
# stauts -> status: two letters swapped, one transposition (distance 1).
run stauts
expect_rc 2
expect_err_line "did you mean 'status'\?"
# rep: too far from every command by edits, but only report begins with it.
run rep
expect_rc 2
expect_err_line "did you mean 'report'\?"
# Nothing close: the old message, no suggestion.
run frobnicate
expect_rc 2
expect_err_line "^mbo: 'frobnicate' is not a command; see mbo --help$"

# goal ad -> add (distance 1, a two-letter word).
run goal ad
expect_rc 2
expect_err_line "^mbo: goal: 'ad' is not a subcommand; did you mean 'add'\? \(mbo goal --help lists them\)$"
# person lsit -> list (a transposition).
run person lsit
expect_rc 2
expect_err_line "^mbo: person: 'lsit' is not a subcommand; did you mean 'list'\?"
run goal zzz
expect_rc 2
expect_err_line "^mbo: goal: 'zzz' is not a subcommand; see mbo goal --help$"

# status --formt json -> --format (a global option; distance 1).
run status --formt json
expect_rc 2
expect_err_line "^mbo: status: unknown option --formt; did you mean --format\? \(see mbo status --help\)$"
# goal add --traget: a command's own option (one transposition).
run goal add "Visit forty customers" --traget 40
expect_rc 2
expect_err_line "unknown option --traget; did you mean --target\?"
# --statsu=active: the name before = is what is compared.
run goal list --statsu=active
expect_rc 2
expect_err_line "unknown option --statsu=active; did you mean --status\?"
# One dash short.
run -format json status
expect_rc 2
expect_err_line "^mbo: unknown option -format; did you mean --format\?"
# Nothing close.
run status --colour
expect_rc 2
expect_err_line "^mbo: status: unknown option --colour; see mbo status --help$"
# A suggestion is never printed for a one-letter word.
run status -Z
expect_rc 2
expect_err_line "^mbo: status: unknown option -Z; see mbo status --help$"

# -V is --version.
run --version
V=$OUT
run -V
expect_rc 0
expect_out "$V"
check '[[ "$V" =~ ^mbo\ [0-9]+\.[0-9]+\.[0-9]+$ ]]' "--version printed '$V'"

# Every help ends with the man page.
for args in "--help" "goal --help" "goal add --help" "help checkin" "-h"; do
	run $args
	expect_rc 0
	check '[ "$(tail -n1 "$OUTF")" = "See \`man mbo\` for every command, option and example." ]' \
		"mbo $args does not end naming the man page: $(tail -n1 "$OUTF")"
done
done_testing
