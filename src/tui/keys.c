/*
 * keys.c: the keymap of the terminal UI (see keys.h), one table of the
 * actions' keys as bound, filled from the config file at start.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "keys.h"
#include "mbo/config.h"

static int g_keys[MBO_KEY_ACTIONS];
static char g_names[MBO_KEY_ACTIONS][8];
static bool g_bound;

void keys_bind(const struct mbo_config *cfg)
{
	int i;

	for (i = 0; i < MBO_KEY_ACTIONS; i++) {
		int k = cfg ? cfg->keys[i] : mbo_config_action_default(i);

		if (k <= ' ' || k >= 0x7f)
			k = k == ' ' ? ' ' : mbo_config_action_default(i);
		g_keys[i] = k;
		if (k == ' ')
			snprintf(g_names[i], sizeof g_names[i], "Space");
		else
			snprintf(g_names[i], sizeof g_names[i], "%c", k);
	}
	g_bound = true;
}

/* The action whose default key is code, or -1. */
static int action_of_default(int code)
{
	int i;

	for (i = 0; i < MBO_KEY_ACTIONS; i++)
		if (mbo_config_action_default(i) == code)
			return i;
	return -1;
}

int keys_map(int key)
{
	int i;

	if (!g_bound)
		keys_bind(NULL);
	for (i = 0; i < MBO_KEY_ACTIONS; i++)
		if (g_keys[i] == key)
			return mbo_config_action_default(i);
	return action_of_default(key) >= 0 ? -1 : key;
}

const char *keys_name(int code)
{
	int i = action_of_default(code);

	if (!g_bound)
		keys_bind(NULL);
	return i >= 0 ? g_names[i] : NULL;
}

const char *keys_key(int code)
{
	const char *n = keys_name(code);

	return n ? n : "";
}

/* Appends n bytes of s to buf of cap bytes, holding *len. */
static void put(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
	if (*len + 1 >= cap)
		return;
	if (n > cap - 1 - *len)
		n = cap - 1 - *len;
	memcpy(buf + *len, s, n);
	*len += n;
	buf[*len] = '\0';
}

void keys_label(const char *shown, char *buf, size_t cap)
{
	size_t len = 0;
	const char *p = shown;

	if (cap == 0)
		return;
	buf[0] = '\0';
	/* A key alone ("/", "?") is one token even when it is a separator. */
	if (strlen(shown) == 1) {
		const char *n = keys_name((unsigned char)shown[0]);
		put(buf, cap, &len, n ? n : shown, strlen(n ? n : shown));
		return;
	}
	while (*p) {
		size_t tok = strcspn(p, ",/");
		const char *n = tok == 1 ? keys_name((unsigned char)p[0]) : NULL;

		if (tok == 0)
			tok = 1;   /* a separator: copied */
		put(buf, cap, &len, n ? n : p, n ? strlen(n) : tok);
		p += tok;
		/* ", " keeps its blank; the next token starts after it. */
		while (*p == ' ') {
			put(buf, cap, &len, p, 1);
			p++;
		}
	}
}
