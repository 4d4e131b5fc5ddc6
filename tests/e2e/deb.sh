# deb.sh: the Debian package holds what an install needs and depends on
# what the binary links. Builds it with scripts/deb in a Release tree of its
# own beside this build ($BUILD/deb, kept: a later run rebuilds only what
# changed), then reads it with dpkg-deb: the binary and the man page under
# /usr (and the completions and catalogues once the tree has them), the
# control fields, and a Depends line naming the package of each library the
# binary needs and nothing else. A build configured for /usr/local makes no
# .deb at all. Skips without dpkg-deb or the tools CPack needs to work out
# the dependencies (scripts/deps --package installs them).
. "$(dirname "$0")/lib.bash"

for tool in dpkg-deb dpkg-query dpkg-shlibdeps file readelf ldd cpack; do
	command -v "$tool" >/dev/null || skip "$tool is missing (dpkg, dpkg-dev, file, binutils; scripts/deps --package)"
done
BUILD=$(dirname "$MBO")
TREE=$BUILD/deb
VERSION=$("$MBO" --version | awk '{ print $2 }')
ARCH=$(dpkg --print-architecture)

LAST_CMD="scripts/deb --no-deps $TREE"
sh "$MBO_SRC/scripts/deb" --no-deps "$TREE" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
DEB=$(tail -n1 "$OUTF")
check '[ -f "$DEB" ]' "scripts/deb did not print the path of a .deb: '$DEB'"
[ -f "$DEB" ] || done_testing
check '[ "$(basename "$DEB")" = "mbo_${VERSION}_${ARCH}.deb" ]' "the .deb is $(basename "$DEB")"
# The binary looks for its catalogues where the package puts them.
check 'grep -q "MBO_LOCALEDIR=\\\\\"/usr/share/locale\\\\\"" "$TREE/CMakeFiles/mbo.dir/flags.make"' \
	"the packaged binary is not built with MBO_LOCALEDIR=/usr/share/locale"

# ---- the files ----
LAST_CMD="dpkg-deb -c $DEB"
dpkg-deb -c "$DEB" >"$TMP/contents" 2>"$ERRF"
RC=$?
expect_rc 0
awk '{ print $1, $2, $NF }' "$TMP/contents" >"$TMP/files"
has_file() {
	local want=$1
	check 'grep -qxF -e "$want" "$TMP/files"' "the .deb has no '$want': $(grep -v '/$' "$TMP/files" | tr '\n' ';')"
}
has_file "-rwxr-xr-x root/root ./usr/bin/mbo"
has_file "-rw-r--r-- root/root ./usr/share/man/man1/mbo.1"
has_file "-rw-r--r-- root/root ./usr/share/doc/mbo/copyright"
if [ -f "$MBO_SRC/completions/mbo.bash" ]; then
	has_file "-rw-r--r-- root/root ./usr/share/bash-completion/completions/mbo"
fi
if [ -f "$MBO_SRC/completions/_mbo" ]; then
	has_file "-rw-r--r-- root/root ./usr/share/zsh/vendor-completions/_mbo"
fi
for po in "$MBO_SRC"/po/*.po; do
	[ -f "$po" ] || continue
	has_file "-rw-r--r-- root/root ./usr/share/locale/$(basename "$po" .po)/LC_MESSAGES/mbo.mo"
done
check '! grep -q "/usr/local" "$TMP/files"' "the .deb installs under /usr/local"
check '! grep -Eq "bench|test_|cmocka" "$TMP/files"' "the .deb holds a test or benchmark program"

# ---- the control fields ----
field() {
	dpkg-deb -f "$DEB" "$1"
}
LAST_CMD="dpkg-deb -I $DEB"
dpkg-deb -I "$DEB" >"$OUTF" 2>"$ERRF"
RC=$?
expect_rc 0
check '[ "$(field Package)" = mbo ]' "Package: $(field Package)"
check '[ "$(field Version)" = "$VERSION" ]' "Version: $(field Version), mbo --version says $VERSION"
check '[ "$(field Architecture)" = "$ARCH" ]' "Architecture: $(field Architecture)"
check '[ "$(field Section)" = utils ]' "Section: $(field Section)"
check 'field Maintainer | grep -Eq "^[^<]+ <[^@ ]+@[^> ]+>$"' "Maintainer: $(field Maintainer)"
check 'field Description | head -n1 | grep -q "management by objectives"' \
	"Description: $(field Description | head -n1)"
check '[ "$(field Description | awk "length > 80" | wc -l)" = 0 ]' "the Description has lines over 80 columns"

# ---- Depends: exactly the packages of the libraries the binary needs ----
DEPENDS=$(field Depends)
field Depends | tr ',' '\n' | sed -e 's/^ *//' -e 's/ .*//' | sort -u >"$TMP/depends"
for p in libc6 libsqlite3-0 libncursesw6 libtinfo6; do
	check 'grep -qx "$p" "$TMP/depends"' "Depends does not name $p: $DEPENDS"
done
check '! grep -q "(>= *)" <<<"$DEPENDS"' "Depends has an empty version: $DEPENDS"
mkdir "$TMP/root"
dpkg-deb -x "$DEB" "$TMP/root"
BIN=$TMP/root/usr/bin/mbo
LAST_CMD="the packaged mbo --version"
"$BIN" --version >"$OUTF" 2>"$ERRF"
RC=$?
OUT=$(cat "$OUTF")
expect_rc 0
expect_out "mbo $VERSION"
# The package that holds each NEEDED library, by the path the loader finds
# (dpkg may list it under /lib or under /usr/lib: Debian merged the two).
owner() {
	local p=$1 q pkg
	for q in "$p" "/usr$p" "${p#/usr}" "$(readlink -f "$p")"; do
		pkg=$(dpkg-query -S "$q" 2>/dev/null | head -n1 | sed 's/[:,].*//')
		[ -n "$pkg" ] && echo "$pkg" && return 0
	done
	return 1
}
: >"$TMP/needed"
for lib in $(readelf -d "$BIN" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
	path=$(ldd "$BIN" | awk -v l="$lib" '$1 == l { print $3 }')
	pkg=$(owner "$path")
	check '[ -n "$pkg" ]' "no package holds $lib ($path)"
	echo "$pkg" >>"$TMP/needed"
done
sort -u -o "$TMP/needed" "$TMP/needed"
check '[ "$(wc -l <"$TMP/needed")" -ge 4 ]' "the binary needs only: $(tr '\n' ' ' <"$TMP/needed")"
check 'cmp -s "$TMP/needed" "$TMP/depends"' \
	"Depends ($(tr '\n' ' ' <"$TMP/depends")) is not the libraries' packages ($(tr '\n' ' ' <"$TMP/needed"))"

# ---- a .deb under /usr/local is refused ----
if grep -qx 'CMAKE_INSTALL_PREFIX:PATH=/usr/local' "$BUILD/CMakeCache.txt" 2>/dev/null; then
	LAST_CMD="cpack -G DEB in $BUILD (prefix /usr/local)"
	(cd "$TMP" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$TMP/local") >"$OUTF" 2>"$ERRF"
	RC=$?
	check '[ "$RC" != 0 ]' "cpack made a .deb under /usr/local"
	check 'grep -q "configure with -DCMAKE_INSTALL_PREFIX=/usr" "$OUTF" "$ERRF"' "cpack did not say how to fix it"
	check '! ls "$TMP"/local/*.deb >/dev/null 2>&1' "a .deb was left in $TMP/local"
fi

done_testing
