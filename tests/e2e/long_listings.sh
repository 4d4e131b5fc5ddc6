# long_listings.sh: listings of a whole organisation (issue 6). Rows past
# 512 go to a temporary file in $TMPDIR (src/cli/out.c) and the core's
# warnings past 512 too (src/core/alert.c); the output is the same however
# many rows there are, and a temporary directory that cannot be used stops
# the listing at once with one line naming it and the fix, and nothing on
# stdout. The organisation comes from mbo-bench-gen (60 salespeople).
. "$(dirname "$0")/lib.bash"

gen="$(dirname "$MBO")/mbo-bench-gen"
[ -x "$gen" ] || { fail "no mbo-bench-gen beside $MBO"; done_testing; }
"$gen" --people 60 --seed 3 --db "$DB" >/dev/null || { fail "mbo-bench-gen failed"; done_testing; }

# Long enough to spill: more than 512 goals and alerts.
run --as d1 goal list --team d1 --format csv
expect_rc 0
goals=$(printf '%s\n' "$OUT" | wc -l)
check '[ "$goals" -gt 600 ]' "only $goals lines of goals: too few to spill"
check '[ "$goals" = "$(( $(sql "SELECT count(*) FROM goal") + 1 ))" ]' \
	"goal list --team d1 gave $goals lines for $(sql "SELECT count(*) FROM goal") goals"
run --as d1 alerts --team d1 --format csv
expect_rc 0
alerts=$(printf '%s\n' "$OUT" | wc -l)
check '[ "$alerts" -gt 600 ]' "only $alerts lines of alerts: too few to spill"
# Serious first, then by owner login: the order survives the spill.
printf '%s\n' "$OUT" | tail -n +2 | awk -F, '{print ($2 == "serious" ? 0 : 1) "," $3}' > "$TMP/order"
check 'sort -c -t, -k1,1n -k2,2 "$TMP/order"' "alerts not in order (serious first, then by owner)"

# A table and JSON of the same rows.
run --as d1 alerts --team d1
expect_rc 0
check '[ "$(printf "%s\n" "$OUT" | wc -l)" = "$alerts" ]' "the table's lines differ from the CSV's"
run --as d1 alerts --team d1 --format json
expect_rc 0
json_check "isinstance(d, list) and len(d) == $((alerts - 1)) and d[0]['severity'] == 'serious'"

# A temporary directory that cannot be used: one line, nothing on stdout.
for cmd in "goal list --team d1" "alerts --team d1" "alerts --team d1 --format json"; do
	LAST_CMD="TMPDIR=/nonexistent mbo $cmd"
	TMPDIR=/nonexistent "$MBO" --db "$DB" --as d1 $cmd >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
	ERR=$(cat "$ERRF")
	expect_rc 1
	expect_err_line 'temporary file .* in /nonexistent: .*TMPDIR'
	check '[ -z "$OUT" ]' "TMPDIR=/nonexistent mbo $cmd printed on stdout"
done

done_testing
