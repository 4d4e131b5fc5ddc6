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

# ---- Every kind of text, every listing, every format, on the raw bytes ----
# The payload: CSI colour, an OSC 52 clipboard write ended by BEL, a bell,
# backspace, carriage return, the C1 CSI (U+009B), a right-to-left
# override and DEL, stored behind mbo's back in names, titles, notes, task
# titles, reasons, units, calendar names and settings.
P="'P[' || char(27) || '[31mred' || char(27) || ']52;c;SGVsbG8=' || char(7) || ' bell' || char(7) || ' bs' || char(8) || ' cr' || char(13) || ' csi' || char(155) || '2J rlo' || char(8238) || ' del' || char(127) || ']'"

# raw_clean FILE: no control byte but newline and tab (and CRLF line ends,
# which CSV uses), no C1 control, no bidi override.
raw_clean() {
	python3 - "$1" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read().replace(b'\r\n', b'\n')
bad = sorted({c for c in b if (c < 0x20 and c not in (0x09, 0x0a)) or c == 0x7f})
s = b.decode('utf-8', 'replace')
bad += sorted({hex(ord(ch)) for ch in s if 0x80 <= ord(ch) <= 0x9f or 0x202a <= ord(ch) <= 0x202e
               or 0x2066 <= ord(ch) <= 0x2069})
if bad:
    print(bad)
sys.exit(1 if bad else 0)
PY
}
inert() {
	CHECKS=$((CHECKS + 1))
	raw_clean "$OUTF" >"$TMP/bad" || fail "raw control bytes $(cat "$TMP/bad") on stdout of: $LAST_CMD"
	CHECKS=$((CHECKS + 1))
	raw_clean "$ERRF" >"$TMP/bad" || fail "raw control bytes $(cat "$TMP/bad") on stderr of: $LAST_CMD"
}

run --as mgr goal add "Visits to key accounts this quarter" --metric visits --unit visits --target 60 \
	--start 2026-10-01 --due 2026-12-31 --owner bob --kpi visits
expect_rc 0
G=$OUT
run --as mgr goal add "Active customers at the end of the quarter" --metric active_customers \
	--unit customers --kind level --baseline 10 --target 20 --start 2026-10-01 --due 2026-12-31 \
	--owner bob --kpi customers
expect_rc 0
L=$OUT
run --as bob checkin "$G" 3 --note "a plain note"
expect_rc 0
run --as mgr task add "$G" "Call the top ten accounts" --due 2026-11-20 --assignee bob
expect_rc 0
T=$OUT
run --as mgr goal revise "$G" --target 70 --reason "a plain reason"
expect_rc 0
run calendar holiday 2026-12-24 "Christmas Eve"
expect_rc 0
sql "update person set name = $P where login = 'bob'"
# Units and metrics are short: a short payload.
S="'u' || char(27) || ']52;c;eA==' || char(7) || char(13) || char(155)"
sql "update goal set title = $P, description = $P, kpi = $P, unit = $S where id = $G"
sql "update goal set metric = 'm' || $S where id = $L"
sql "update checkin set note = $P where goal_id = $G"
sql "update task set title = $P where id = $T"
sql "update revision set reason = $P, new_value = $P where goal_id = $G"
sql "update calendar_day set name = $P"
sql "update setting set value = $P where key = 'eval.bonus_currency'"

for fmt in table csv json; do
	for cmd in "person list" "goal list --team mgr" "goal show $G" "goal history $G" \
		"status --team mgr" "alerts --team mgr" "task list $G" "calendar list --period 2026" \
		"settings list" "goal check $G"; do
		# shellcheck disable=SC2086
		run --as mgr $cmd --format "$fmt"
		check '[ "$RC" = 0 ] || [ "$RC" = 3 ]' "exit $RC from: $LAST_CMD"
		inert
	done
	run --as bob task list --format "$fmt"
	expect_rc 0
	inert
	run --as bob checkin "$G" 1 --format "$fmt"
	expect_rc 0
	inert
done
# The text is all there, only escaped: in a table and CSV as \x1b, \a
# (or \x07), ..., in JSON exactly.
run --as mgr goal show "$G"
expect_out_has 'P\[\\x1b\[31mred\\x1b\]52;c;SGVsbG8='
run --as mgr goal show "$G" --format json
json_check 'd["title"].startswith("P[\x1b[31mred\x1b]52;c;SGVsbG8=\x07 bell\x07 bs\x08 cr\r csi\x9b2J rlo\u202e del\x7f]")'
json_check 'any(c["note"].startswith("P[\x1b") for c in d["checkins"])'
json_check 'any(t["title"].startswith("P[\x1b") for t in d["tasks"])'
json_check 'any(h["reason"].startswith("P[\x1b") for h in d["history"])'
run --as mgr person list --format csv
expect_out_has '^[0-9]+,bob,"?P\[\\x1b'

# Error messages that quote stored text: a level goal's metric, in the
# refusal of a negative level.
run --as bob checkin "$L" -- -1
expect_rc 3
expect_err_line 'cannot be negative'
inert
# ...and what a user typed, echoed back.
run --as mgr goal list --owner $'b\e]52;c;eA==\a\rob'
expect_rc 4
inert
run --as mgr goal revise "$G" --target 80 --reason $'evil\e[2J\b\r'
expect_rc 3
expect_err_line 'reason'
inert

done_testing
