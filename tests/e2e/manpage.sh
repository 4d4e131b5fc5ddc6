# manpage.sh: docs/mbo.1 keeps up with the binary. Every command the
# binary's `mbo --help` lists has an entry (a line starting "mbo COMMAND"),
# every option that it or a command's --help names appears, every exit
# code of the help is in EXIT STATUS, every key of the terminal UI's help
# (src/tui/screen_help.c) is listed, and the version matches. It reads the
# roff source, so man need not be installed; when groff is, the page must
# also format without a warning.
. "$(dirname "$0")/lib.bash"

PAGE=$MBO_SRC/docs/mbo.1
[ -f "$PAGE" ] || { fail "no man page at $PAGE"; done_testing; }

# The page as text: font changes and zero-width escapes removed, \- as -,
# \e as a backslash.
sed -e 's/\\f[BIRP]//g' -e 's/\\f([A-Z][A-Z]//g' -e 's/\\&//g' -e 's/\\-/-/g' \
	-e 's/\\e/\\/g' "$PAGE" >"$TMP/page"

run --help
expect_rc 0
cp "$OUTF" "$TMP/help"

# "goal add", "report leaderboard", "status": the command words of each
# usage line ("  mbo WORD [WORD] ..."; the first line, "mbo" alone with
# several spaces, is the UI).
grep -E '^  mbo [a-z]' "$TMP/help" | awk '{
	if ($3 ~ /^[a-z][a-z-]*$/) print $2 " " $3; else print $2 }' >"$TMP/commands"
check '[ "$(wc -l <"$TMP/commands")" -ge 40 ]' "mbo --help lists only $(wc -l <"$TMP/commands") commands"

sed -n '/^\.SH COMMANDS/,/^\.SH [A-Z]/p' "$TMP/page" >"$TMP/commands_section"
while read -r cmd; do
	# An entry: a line of COMMANDS that starts with the command words and
	# then its arguments or nothing ("mbo eval request" is not satisfied by
	# "mbo eval requests", nor "mbo report" by "mbo report rollup").
	check 'grep -Eq "^mbo $cmd( [^a-z]|\$)" "$TMP/commands_section"' \
		"COMMANDS in docs/mbo.1 has no entry for 'mbo $cmd'"
	# The command's own help: its options.
	"$MBO" $cmd --help >"$TMP/cmdhelp" 2>&1 || fail "mbo $cmd --help failed"
	sed -n '/^Usage:/,/^Global options/p' "$TMP/cmdhelp" | grep -oE -- '--[a-z][a-z-]*' >>"$TMP/options"
done <"$TMP/commands"

# Every option of the usage lines and of the global options.
grep -oE -- '--[a-z][a-z-]*' "$TMP/help" >>"$TMP/options"
sort -u "$TMP/options" -o "$TMP/options"
check '[ "$(wc -l <"$TMP/options")" -ge 40 ]' "only $(wc -l <"$TMP/options") options found in the help"
while read -r opt; do
	check 'grep -Eq -- "$opt([^a-z-]|\$)" "$TMP/page"' "docs/mbo.1 does not mention $opt"
done <"$TMP/options"

# The sections the page promises.
for sec in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "DATES AND PERIODS" NUMBERS OUTPUT \
	"EXIT STATUS" ENVIRONMENT FILES "SHARED INSTALL" EXAMPLES "SEE ALSO"; do
	check 'grep -Eq "^\.SH \"?$sec\"?\$" "$TMP/page"' "docs/mbo.1 has no section $sec"
done

# Exit codes: "Exit codes: 0 ok, 2 usage, ..." in the help, each a tag of
# EXIT STATUS.
sed -n '/^\.SH EXIT STATUS/,/^\.SH [A-Z]/p' "$TMP/page" >"$TMP/exit"
codes=$(sed -n '/^Exit codes:/,/^$/p' "$TMP/help" | grep -oE '(^|[ ,:])[0-9] [a-z]' | grep -oE '[0-9]')
check '[ -n "$codes" ]' "no exit codes found in mbo --help"
for code in $codes; do
	check 'grep -Eq "^\.B $code\$" "$TMP/exit"' "EXIT STATUS does not list $code"
done

# The environment the help names, and the one the shared install ignores.
sed -n '/^\.SH ENVIRONMENT/,/^\.SH [A-Z]/p' "$TMP/page" >"$TMP/env"
for var in MBO_DB MBO_TODAY NO_COLOR XDG_DATA_HOME MBO_ASCII; do
	check 'grep -Eq "^\.B $var\$" "$TMP/env"' "ENVIRONMENT does not list $var"
done

# The keys of the terminal UI: every { "KEY", "what" } line of the help
# screen, and every heading ({ NULL, "Heading" }) as a subsection.
sed -n '/^} help\[\] = {/,/^};/p' "$MBO_SRC/src/tui/screen_help.c" >"$TMP/screen"
# (Texts may be marked for translation: N_("...").)
# (A text that names a bound key is a named string: { "t", help_tasks }.)
sed -nE 's/^[[:space:]]*\{ (N_\()?"([^"]+)"\)?, ((N_\()?"|help_[a-z]+ \}).*/\2/p' "$TMP/screen" | sort -u >"$TMP/keys"
check '[ "$(wc -l <"$TMP/keys")" -ge 30 ]' "only $(wc -l <"$TMP/keys") keys read from screen_help.c"
while IFS= read -r key; do
	check 'grep -Fqx ".B \"$key\"" "$TMP/page"' "docs/mbo.1 does not list the key '$key'"
done <"$TMP/keys"
sed -nE 's/^[[:space:]]*\{ NULL, (N_\()?"([^"]+)"\)? \},?$/\2/p' "$TMP/screen" >"$TMP/headings"
while IFS= read -r heading; do
	check 'grep -Fxq ".SS \"$heading\"" "$TMP/page" || grep -Fxq ".SS $heading" "$TMP/page"' \
		"docs/mbo.1 has no subsection '$heading'"
done <"$TMP/headings"
# A heading that names a bound key ({ NULL, help_eval }) is a named string
# with %s for the key: the page has it with the default key in its place.
sed -nE 's/^[[:space:]]*\{ NULL, (help_[a-z]+) \},?$/\1/p' "$TMP/screen" >"$TMP/named"
check '[ -s "$TMP/named" ]' "no heading of screen_help.c is a named string: the check below reads nothing"
while IFS= read -r name; do
	text=$(sed -nE "s/^static const char $name\[\] = N_\(\"(.*)\"\);$/\1/p" "$MBO_SRC/src/tui/screen_help.c")
	check '[ -n "$text" ]' "screen_help.c has no string $name"
	pattern=$(printf '%s' "$text" | sed -e 's/[][().*^$]/\\&/g' -e 's/%s/[^ ]+/g')
	check 'grep -Eq "^\.SS \"?$pattern\"?$" "$TMP/page"' "docs/mbo.1 has no subsection for '$text'"
done <"$TMP/named"

# The version in .TH is the binary's.
run --version
version=${OUT#mbo }
check 'grep -Eq "^\.TH MBO 1 .*\"mbo $version\"" "$TMP/page"' \
	"the .TH line does not say mbo $version (mbo --version)"

# Formats cleanly, when groff is here (not required).
if command -v groff >/dev/null 2>&1; then
	LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$PAGE" >"$TMP/groff" 2>&1
	check '[ ! -s "$TMP/groff" ]' "groff warns about docs/mbo.1: $(head -3 "$TMP/groff")"
fi

done_testing
