/*
 * test_config.c: a person's preferences file (mbo/config.h): each setting
 * read, each kind of bad line refused with its line number and every
 * setting left at its default, the file's path from XDG_CONFIG_HOME or
 * HOME, and a missing file being no error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "mbo/config.h"
#include "mbo/db.h"

static int parse(const char *text, struct mbo_config *cfg, char *err)
{
	return mbo_config_parse(text, strlen(text), "cfg", cfg, err, MBO_CONFIG_ERR_CAP);
}

static void test_defaults(void **state)
{
	struct mbo_config cfg;
	char err[MBO_CONFIG_ERR_CAP];

	(void)state;
	/* Empty, blank and comment-only files are every default. */
	assert_int_equal(parse("", &cfg, err), MBO_OK);
	assert_string_equal(cfg.language, "");
	assert_int_equal(cfg.theme, MBO_THEME_AUTO);
	assert_int_equal(cfg.start, MBO_START_DASHBOARD);
	assert_int_equal(cfg.keys[MBO_KEY_CHECKIN], 'a');
	assert_int_equal(cfg.keys[MBO_KEY_HELP], '?');
	assert_int_equal(parse("\n  \n# language = en\n\t# theme = mono\n", &cfg, err), MBO_OK);
	assert_string_equal(cfg.language, "");
	assert_int_equal(cfg.theme, MBO_THEME_AUTO);
	/* Every action has a name and a default key, and no two share one. */
	for (int i = 0; i < MBO_KEY_ACTIONS; i++) {
		assert_non_null(mbo_config_action_name(i));
		for (int j = i + 1; j < MBO_KEY_ACTIONS; j++)
			assert_int_not_equal(mbo_config_action_default(i), mbo_config_action_default(j));
	}
	assert_null(mbo_config_action_name(MBO_KEY_ACTIONS));
	assert_null(mbo_config_action_name(-1));
	assert_string_equal(mbo_config_start_name(MBO_START_TEAM), "team");
}

static void test_settings(void **state)
{
	struct mbo_config cfg;
	char err[MBO_CONFIG_ERR_CAP];

	(void)state;
	/* Spaces around the = and at the ends, CRLF line ends, a BOM. */
	assert_int_equal(parse("\xef\xbb\xbflanguage=zh_CN\r\n  theme = mono  \r\nstart\t=\tteam\n"
	                       "key.checkin = c\nkey.close = x\nkey.tick = space\n",
	                       &cfg, err), MBO_OK);
	assert_string_equal(cfg.language, "zh_CN");
	assert_int_equal(cfg.theme, MBO_THEME_MONO);
	assert_int_equal(cfg.start, MBO_START_TEAM);
	assert_int_equal(cfg.keys[MBO_KEY_CHECKIN], 'c');
	assert_int_equal(cfg.keys[MBO_KEY_CLOSE], 'x');
	assert_int_equal(cfg.keys[MBO_KEY_TICK], ' ');
	assert_int_equal(cfg.keys[MBO_KEY_QUIT], 'q');
	/* The aliases: zh is zh_CN, en_US is en, colour is color; the last
	 * line of a setting wins. */
	assert_int_equal(parse("language = zh\ntheme = colour\nstart = report\nstart = alerts\n",
	                       &cfg, err), MBO_OK);
	assert_string_equal(cfg.language, "zh_CN");
	assert_int_equal(cfg.theme, MBO_THEME_COLOR);
	assert_int_equal(cfg.start, MBO_START_ALERTS);
	assert_int_equal(parse("language = en_US\ntheme = auto\n", &cfg, err), MBO_OK);
	assert_string_equal(cfg.language, "en");
	assert_int_equal(cfg.theme, MBO_THEME_AUTO);
	/* Two keys swapped is no conflict: checkin on c, close on a. */
	assert_int_equal(parse("key.checkin = c\nkey.close = a\n", &cfg, err), MBO_OK);
	assert_int_equal(cfg.keys[MBO_KEY_CHECKIN], 'c');
	assert_int_equal(cfg.keys[MBO_KEY_CLOSE], 'a');
	assert_int_equal(parse("key.checkin = i\n", &cfg, err), MBO_OK);
	assert_int_equal(cfg.keys[MBO_KEY_CHECKIN], 'i');
	/* No newline at the end of the last line. */
	assert_int_equal(parse("theme = mono", &cfg, err), MBO_OK);
	assert_int_equal(cfg.theme, MBO_THEME_MONO);
}

/* A bad file: the code, the message's start, and every setting at its
 * default although good lines came before the bad one. */
static void assert_bad(const char *text, size_t len, const char *want)
{
	struct mbo_config cfg;
	char err[MBO_CONFIG_ERR_CAP];

	assert_int_equal(mbo_config_parse(text, len, "cfg", &cfg, err, sizeof err), MBO_EUSAGE);
	if (strncmp(err, want, strlen(want)) != 0)
		fail_msg("error \"%s\" does not start with \"%s\"", err, want);
	assert_null(strchr(err, '\n'));
	assert_string_equal(cfg.language, "");
	assert_int_equal(cfg.theme, MBO_THEME_AUTO);
	assert_int_equal(cfg.start, MBO_START_DASHBOARD);
	assert_int_equal(cfg.keys[MBO_KEY_CHECKIN], 'a');
}

#define BAD(text, want) assert_bad(text, sizeof(text) - 1, want)

static void test_bad_lines(void **state)
{
	(void)state;
	BAD("language = zh_CN\ntheme = mono\nlanguage = fr\n",
	    "cfg:3: language: 'fr' is not a language of mbo; write zh_CN or en");
	BAD("theme = blue\n", "cfg:1: theme: 'blue' is not a theme; write color, mono or auto");
	BAD("\n\nstart = goals\n", "cfg:3: start: 'goals' is not a screen;");
	BAD("colour = mono\n", "cfg:1: 'colour' is not a setting of mbo; use language, theme, start");
	BAD("theme mono\n", "cfg:1: 'theme mono' is not a setting; write NAME = VALUE");
	BAD("theme =\n", "cfg:1: theme: has no value;");
	BAD("key.fly = f\n", "cfg:1: key.fly: there is no such action;");
	BAD("key.checkin = ctrl-c\n", "cfg:1: key.checkin: 'ctrl-c' is not one key;");
	BAD("key.checkin = \xc3\xa9\n", "cfg:1: key.checkin: '\xc3\xa9' is not one key;");
	/* The list keys are not to be taken: j (below: i is free), k, g, G, M. */
	BAD("key.checkin = j\n", "cfg:1: key.checkin: 'j' moves in lists (j, k, g, G, M);");
	BAD("key.tick = M\n", "cfg:1: key.tick: 'M' moves in lists");
	BAD("key.tick = G\n", "cfg:1: key.tick: 'G' moves in lists");
	/* Binding checkin to c takes close's key: the binding's line is named. */
	BAD("theme = mono\nkey.checkin = c\n",
	    "cfg:2: key.checkin: 'c' is already the key of close; choose another key, "
	    "or give close another key too");
	/* Both bound to one key: the later line is the mistake. */
	BAD("key.close = z\n\nkey.checkin = z\n", "cfg:3: key.checkin: 'z' is already the key of close");
	BAD("key.checkin = z\nkey.close = z\n", "cfg:2: key.close: 'z' is already the key of checkin");
	/* Hostile bytes: an escape sequence, invalid UTF-8, a NUL byte, a line
	 * longer than 1024 bytes; the message never echoes the raw bytes. */
	BAD("theme = mono\n\x1b[2Jtheme = color\n", "cfg:2: holds a control character");
	BAD("language = \xff\xfe\n", "cfg:1: holds a control character or bytes that are not UTF-8");
	BAD("theme = mono\nlang\0uage = en\n", "cfg:2: holds a NUL byte");
	BAD("theme = mono\x1b]0;owned\x07\n", "cfg:1: holds a control character");
}

static void test_long_line(void **state)
{
	char text[2100];

	(void)state;
	/* 1024 bytes is the longest line: "start = " (8) + 1016 spaces is
	 * accepted as far as length goes (then refused as a screen name only
	 * because "x" is not one); 1025 is refused for its length. */
	memset(text, ' ', sizeof text);
	memcpy(text, "theme = ", 8);
	memcpy(text + 1020, "mono", 4);      /* bytes 0..1023: 1024 in all */
	text[1024] = '\n';
	{
		struct mbo_config cfg;
		char err[MBO_CONFIG_ERR_CAP];
		assert_int_equal(mbo_config_parse(text, 1025, "cfg", &cfg, err, sizeof err), MBO_OK);
		assert_int_equal(cfg.theme, MBO_THEME_MONO);
	}
	memcpy(text + 1020, " mono", 5);     /* bytes 0..1024: 1025 */
	text[1025] = '\n';
	assert_bad(text, 1026, "cfg:1: is longer than 1024 bytes");
}

static void test_path_and_file(void **state)
{
	char path[512], dir[] = "/tmp/mbo-config-XXXXXX", file[600], err[MBO_CONFIG_ERR_CAP];
	struct mbo_config cfg;
	FILE *f;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HOME", "/home/ann", 1);
	assert_int_equal(mbo_config_path(path, sizeof path), MBO_OK);
	assert_string_equal(path, "/x/conf/mbo/config");
	/* A relative XDG_CONFIG_HOME is ignored (the XDG spec), so is an
	 * empty one: HOME's .config. */
	setenv("XDG_CONFIG_HOME", "conf", 1);
	assert_int_equal(mbo_config_path(path, sizeof path), MBO_OK);
	assert_string_equal(path, "/home/ann/.config/mbo/config");
	setenv("XDG_CONFIG_HOME", "", 1);
	assert_int_equal(mbo_config_path(path, sizeof path), MBO_OK);
	assert_string_equal(path, "/home/ann/.config/mbo/config");
	unsetenv("HOME");
	assert_int_equal(mbo_config_path(path, sizeof path), MBO_ENOTFOUND);

	/* No file: every default, no error. */
	assert_non_null(mkdtemp(dir));
	snprintf(file, sizeof file, "%s/config", dir);
	cfg.theme = -1;
	assert_int_equal(mbo_config_load(file, &cfg, err, sizeof err), MBO_OK);
	assert_int_equal(cfg.theme, MBO_THEME_AUTO);
	assert_string_equal(err, "");
	/* A file: read; a bad one names its path and line. */
	f = fopen(file, "w");
	assert_non_null(f);
	fputs("# mine\nstart = alerts\n", f);
	fclose(f);
	assert_int_equal(mbo_config_load(file, &cfg, err, sizeof err), MBO_OK);
	assert_int_equal(cfg.start, MBO_START_ALERTS);
	f = fopen(file, "a");
	fputs("start = nowhere\n", f);
	fclose(f);
	assert_int_equal(mbo_config_load(file, &cfg, err, sizeof err), MBO_EUSAGE);
	assert_int_equal(cfg.start, MBO_START_DASHBOARD);
	{
		char want[700];
		snprintf(want, sizeof want, "%s:3: start: 'nowhere' is not a screen;", file);
		assert_memory_equal(err, want, strlen(want));
	}
	/* A directory where the file should be is refused, not read. */
	unlink(file);
	assert_int_equal(mkdir(file, 0700), 0);
	assert_int_equal(mbo_config_load(file, &cfg, err, sizeof err), MBO_EUSAGE);
	assert_non_null(strstr(err, "is not a text file"));
	rmdir(file);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_path_and_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
