# catalogue.sh: every translatable string of the sources is in each
# catalogue (po/LANG.po), translated and not fuzzy, and each translation
# takes the same format arguments as its English (msgfmt --check). The
# template is made afresh from the sources (scripts/po --pot), so a string
# added to the code without its translation fails here.
. "$(dirname "$0")/lib.bash"
for t in xgettext msgmerge msgattrib msgfmt; do
	command -v $t >/dev/null || skip "$t (gettext) is needed"
done
POT=$TMP/mbo.pot
sh "$MBO_SRC/scripts/po" --pot "$POT" || fail "xgettext could not read the sources"
n=$(grep -c '^msgid "..*"' "$POT")
CHECKS=$((CHECKS + 1))
[ "$n" -ge 10 ] || fail "the template holds only $n strings"
for po in "$MBO_SRC"/po/*.po; do
	lang=$(basename "$po" .po)
	merged=$TMP/$lang.po
	msgmerge --quiet --no-fuzzy-matching -o "$merged" "$po" "$POT" || fail "$lang: msgmerge failed"
	for what in untranslated only-fuzzy; do
		CHECKS=$((CHECKS + 1))
		left=$(msgattrib --$what --no-obsolete "$merged" | grep -c '^msgid "..*"')
		[ "$left" -eq 0 ] || {
			fail "$lang: $left strings $what (run scripts/po, then translate them):"
			msgattrib --$what --no-obsolete "$merged" | grep '^msgid' | head -20 >&2
		}
	done
	CHECKS=$((CHECKS + 1))
	msgfmt --check --check-format -o /dev/null "$merged" 2>"$ERRF" ||
		fail "$lang: msgfmt --check: $(head -5 "$ERRF")"
done

# msgfmt --check does fail on a translation whose arguments differ.
bad=$TMP/bad.po
cat >"$bad" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#, c-format
msgid "goal %lld needs %s"
msgstr "目标 %s 需要 %lld"
PO
CHECKS=$((CHECKS + 1))
msgfmt --check -o /dev/null "$bad" 2>/dev/null && fail "msgfmt accepted swapped format arguments"
done_testing
