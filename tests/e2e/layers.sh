# layers.sh: the layer check (scripts/layers) passes on this build and fails
# when a file calls upward, when files of one layer call each other in a
# loop, when a file is in no layer, and when a known debt is gone but still
# listed. The planted calls are real object files: a small C file compiled
# and merged (`ld -r`) into a copy of this build's object of that module.
. "$(dirname "$0")/lib.bash"
command -v nm >/dev/null && command -v ld >/dev/null && command -v cc >/dev/null ||
	skip "nm, ld and cc (binutils, gcc) are needed"
BUILD=$(dirname "$MBO")
LAYERS="python3 $MBO_SRC/scripts/layers"
[ -d "$BUILD/CMakeFiles/mbo_core.dir/src/core" ] || skip "no object files in $BUILD"

layers() {
	LAST_CMD="scripts/layers $*"
	$LAYERS "$@" >"$OUTF" 2>"$ERRF"
	RC=$?
	OUT=$(cat "$OUTF")
}

# ---- this build ----
layers "$BUILD"
expect_rc 0
expect_out_has "^layers: [0-9]+ files in [0-9]+ layers call downward only"

# A copy of the object tree to plant calls in.
copy() {
	rm -rf "$TMP/b"
	mkdir -p "$TMP/b"
	(cd "$BUILD" && find CMakeFiles/mbo_core.dir/src CMakeFiles/mbo.dir/src -name '*.c.o' |
		tar -cf - -T -) | tar -C "$TMP/b" -xf -
}
# plant MODULE_OBJECT C_TEXT: merges an object compiled from C_TEXT into it.
plant() {
	printf '%s\n' "$2" >"$TMP/plant.c"
	cc -c -o "$TMP/plant.o" "$TMP/plant.c" || fail "cannot compile the plant"
	ld -r -o "$TMP/merged.o" "$TMP/b/$1" "$TMP/plant.o" || fail "cannot merge into $1"
	mv "$TMP/merged.o" "$TMP/b/$1"
}
C=CMakeFiles/mbo_core.dir/src/core

# ---- an upward call: a date function calls a goal record ----
copy
plant $C/date.c.o 'int mbo_goal_get(void); int planted_up(void) { return mbo_goal_get(); }'
layers "$TMP/b"
expect_rc 1
expect_out_has "^layers: core/date.c \(core foundation\) calls up into core/goal.c \(core records\): mbo_goal_get$"
expect_out_has "^layers: 1 problem\(s\) in [0-9]+ files$"

# ---- a loop inside one layer: dec calls text, text calls dec ----
copy
plant $C/dec.c.o 'int mbo_text_width(const char *); int planted_a(void) { return mbo_text_width(""); }'
plant $C/text.c.o 'int mbo_dec_parse(void); int planted_b(void) { return mbo_dec_parse(); }'
layers "$TMP/b"
expect_rc 1
expect_out_has "^layers: loop in core foundation: core/dec.c -> core/text.c \(mbo_text_width\); core/text.c -> core/dec.c \(mbo_dec_parse\)$"
# One way only is no loop: the same call from dec alone passes.
copy
plant $C/dec.c.o 'int mbo_text_width(const char *); int planted_a(void) { return mbo_text_width(""); }'
layers "$TMP/b"
expect_rc 0

# ---- a file in no layer ----
copy
printf 'int planted_new(void) { return 1; }\n' >"$TMP/new.c"
cc -c -o "$TMP/b/$C/newmodule.c.o" "$TMP/new.c"
cp -r "$MBO_SRC/src" "$TMP/src"
cp "$TMP/new.c" "$TMP/src/core/newmodule.c"
layers "$TMP/b" --src "$TMP/src"
expect_rc 1
expect_out_has "^layers: core/newmodule.c is in no layer: add it to the \`\`\`layers block of docs/design.md$"

# An object whose source is gone (a file removed since the build) is not
# a module: the same object without its source passes.
layers "$TMP/b"
expect_rc 0

# ---- a known debt that is paid but still listed ----
copy
{ cat "$MBO_SRC/scripts/layers.known"; echo "core/dec.c -> core/goal.c  # planted"; } >"$TMP/known"
layers "$TMP/b" --known "$TMP/known"
expect_rc 1
expect_out_has "^layers: core/dec.c -> core/goal.c is listed in .* but no longer breaks the order: remove its line$"

# ---- a known debt is reported, not failed; without its line it fails ----
copy
plant $C/date.c.o 'int mbo_goal_get(void); int planted_up(void) { return mbo_goal_get(); }'
{ cat "$MBO_SRC/scripts/layers.known"; echo "core/date.c -> core/goal.c  # planted debt"; } >"$TMP/known"
layers "$TMP/b" --known "$TMP/known"
expect_rc 0
expect_out_has "^known: core/date.c \(core foundation\) calls up into core/goal.c \(core records\): mbo_goal_get$"
base=$(grep -cv '^#\|^ *$' "$MBO_SRC/scripts/layers.known")
expect_out_has "^layers: [0-9]+ files in [0-9]+ layers call downward only \($((base + 1)) known debt\(s\)\)$"
layers "$TMP/b"
expect_rc 1

# ---- SQL text only in the foundation and the records ----
copy
plant $C/import.c.o 'void *mbo_stmt(void *m, const char *sql); void *planted_sql(void *m) { return mbo_stmt(m, "SELECT 1"); }'
layers "$TMP/b"
expect_rc 1
expect_out_has "^layers: core/import.c \(core workflows\) runs SQL \(mbo_stmt\): SQL text belongs in core access, core foundation, core people, core records$"
# The same call from a record is fine.
copy
plant $C/task.c.o 'void *mbo_stmt(void *m, const char *sql); void *planted_sql(void *m) { return mbo_stmt(m, "SELECT 1"); }'
layers "$TMP/b"
expect_rc 0

# ---- usage ----
layers
expect_rc 2
layers "$TMP/nothing-here"
expect_rc 2
check 'grep -q "no object files" "$ERRF"' "an empty build folder is not named"

done_testing
