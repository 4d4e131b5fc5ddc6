# funclen.sh: no function in src/ is over 120 lines (scripts/funclen), and
# the check counts right: a function of exactly 120 lines passes, 121 fails
# naming the file, the line, the function and its length; a signature over
# two lines counts from its first.
. "$(dirname "$0")/lib.bash"
FUNCLEN="python3 $MBO_SRC/scripts/funclen"

funclen() {
	LAST_CMD="scripts/funclen $*"
	$FUNCLEN "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
}

# ---- this tree ----
funclen
expect_rc 0
expect_out_has "^funclen: [0-9]+ functions in [0-9]+ files, none over 120 lines$"

# make_fn NAME TOTAL: a function of TOTAL lines, a two-line signature, its
# "{", TOTAL - 4 body lines and its "}": 2 + 1 + (TOTAL - 4) + 1 = TOTAL.
make_fn() {
	local name=$1 total=$2 i
	printf 'static int %s(int a,\n             int b)\n{\n' "$name"
	for ((i = 0; i < total - 4; i++)); do printf '\ta += b;\n'; done
	printf '}\n'
}
mkdir -p "$TMP/src/core"
{ echo '/* planted */'; echo '#include <stdio.h>'; echo; make_fn fits 120; echo; make_fn also_fits 12; } >"$TMP/src/core/a.c"
check '[ "$(make_fn x 120 | wc -l)" = 120 ]' "the planted function is not 120 lines"
funclen "$TMP/src"
expect_rc 0
expect_out_has "^funclen: 2 functions in 1 files, none over 120 lines$"

{ echo '/* planted */'; echo; make_fn too_long 121; } >"$TMP/src/core/b.c"
funclen "$TMP/src"
expect_rc 1
# b.c: line 1 the comment, 2 blank, 3 the signature's first line.
expect_out_has "^funclen: .*src/core/b.c:3: static int too_long is 121 lines, over 120: "
check '! grep -q "fits" "$OUTF"' "a function within the limit is named"
# The limit may be lowered: at 100 the 120-line one is named too.
funclen --max 100 "$TMP/src"
expect_rc 1
expect_out_has "a.c:4: static int fits is 120 lines, over 100"

# ---- usage ----
funclen "$TMP/nothing"
expect_rc 2
funclen --bogus
expect_rc 2

done_testing
