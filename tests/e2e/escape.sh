# escape.sh: text one user wrote never reaches another user's terminal raw.
# The core refuses control characters on input; text that got into the
# database anyway (here with the sqlite3 shell) is shown as visible escapes
# in tables and CSV, and escaped in JSON.
. "$(dirname "$0")/lib.bash"
setup_team
run --as mgr goal add "Revenue Q4 from new accounts" --metric revenue --unit CNY --target 1000 \
	--start 2026-10-01 --due 2026-12-31 --owner ann --kpi revenue
expect_rc 0

# Refused on input, nothing stored.
snap
run --as mgr goal add $'Evil \e[31mred\e[0m title' --metric revenue --unit CNY --target 1000 \
	--due 2026-12-31 --owner ann
expect_rc 3
expect_err_line '^mbo: title: '
check '[ "$(grep -c $'"'\x1b'"' "$ERRF")" = 0 ]' "raw ESC in the error message"
unchanged
run --as ann checkin 1 5 --note $'\e]0;owned\a'
expect_rc 3
expect_err_line 'note'
unchanged

# Stored behind mbo's back.
sql "update goal set title = 'Evil ' || char(27) || '[31mred' || char(27) || '[0m title ' || char(8238) || 'txt' where id = 1"
sql "update person set name = 'Ann ' || char(27) || '[2J' where login = 'ann'"
run --as ann checkin 1 5 --note "ordinary note"
expect_rc 0

no_esc() {
	CHECKS=$((CHECKS + 1))
	if od -An -c "$OUTF" | grep -q '033'; then
		fail "raw ESC on stdout of: $LAST_CMD"
	fi
	CHECKS=$((CHECKS + 1))
	if grep -q $'\u202e' "$OUTF"; then
		fail "raw U+202E on stdout of: $LAST_CMD"
	fi
}

run --as ann goal list
expect_rc 0
no_esc
expect_out_has 'Evil \\x1b\[31mred\\x1b\[0m title \\u202etxt'
run --as ann goal list --format csv
expect_rc 0
no_esc
expect_out_has 'Evil \\x1b\[31mred'
run --as ann goal show 1
expect_rc 0
no_esc
run --as ann status
expect_rc 0
no_esc
run --as ann alerts
expect_rc 0
no_esc
run --as ann person list
expect_rc 0
no_esc
expect_out_has 'Ann \\x1b\[2J'
run --as ann checkin 1 1
expect_rc 0
no_esc
run --as mgr goal check 1
no_esc

# JSON keeps the exact text, escaped.
run --as ann goal list --format json
expect_rc 0
no_esc
expect_out_has '"Evil \\u001b\[31mred\\u001b\[0m title '
json_check 'd[0]["title"] == "Evil \x1b[31mred\x1b[0m title \u202etxt"'
run --as ann goal show 1 --format json
no_esc
json_check 'd["title"].startswith("Evil \x1b[31m")'
run --as ann status --format json
no_esc
json_check 'd[0]["title"].startswith("Evil \x1b")'

# A byte that is not UTF-8 still gives valid JSON (U+FFFD) and a clean table.
sql "update goal set title = 'Bad ' || cast(x'ff' as text) || ' byte title' where id = 1"
run --as ann goal list --format json
expect_rc 0
json_check 'd[0]["title"] == "Bad \ufffd byte title"'
run --as ann goal list
expect_out_has 'Bad � byte title'

# Arguments echoed in errors are escaped too.
run goal show $'\e[31m1'
expect_rc 3
check '[ "$(grep -c $'"'\x1b'"' "$ERRF")" = 0 ]' "raw ESC in the echo of a bad id"
expect_err_line '\\x1b'

done_testing
