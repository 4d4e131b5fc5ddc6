/*
 * keys.h: the keys of the UI's actions as the user bound them (key.ACTION
 * in the config file, mbo/config.h), in one place. The screens' code names
 * each action by its default key ('a' for a check-in); a typed key is
 * translated here before any screen sees it, and every key shown (the key
 * bar, the help) is written as bound. Forms and the filter line take keys
 * as typed.
 */
#ifndef MBO_TUI_KEYS_H
#define MBO_TUI_KEYS_H

#include <stddef.h>

struct mbo_config;

/* Takes the bindings of cfg (copied); NULL: every action's default key. */
void keys_bind(const struct mbo_config *cfg);

/*
 * The code the screens handle for a typed key: a key bound to an action
 * gives that action's default key; an action's default key that was bound
 * away (and is no other action's key now) gives -1, nothing; any other
 * key comes back as it is.
 */
int keys_map(int key);

/* How the key of the action whose default key is `code` is written as
 * bound ("i", "Space"); NULL when code is no action's default key. The
 * string is static. */
const char *keys_name(int code);

/* keys_name's name, or "" when code is no action's default key: for a
 * message that names the key ("Press %s to add one"). */
const char *keys_key(int code);

/*
 * A key column as the help writes it ("a", "[, ], p", "Enter, e") into buf
 * (cap bytes, always terminated) with each action's default key replaced
 * by its bound key; other names ("Enter", "PgDn", "M") stay.
 */
void keys_label(const char *shown, char *buf, size_t cap);

#endif
