/*
 * test_keys.c: the keymap of the terminal UI (src/tui/keys.c, which this
 * file includes, as it needs no curses): a typed key through the bindings
 * of the config file (key.ACTION), the names the key bar shows, and the
 * key columns of the help written as bound.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "../src/tui/keys.c"

/* The defaults (the keys of the help, config.c's table): every key is
 * itself; the key bar's names are the keys. */
static void test_defaults(void **state)
{
	(void)state;
	keys_bind(NULL);
	assert_int_equal(keys_map('a'), 'a');
	assert_int_equal(keys_map('?'), '?');
	assert_int_equal(keys_map(' '), ' ');
	assert_int_equal(keys_map('x'), 'x');     /* no action's key */
	assert_int_equal(keys_map('\r'), '\r');
	assert_string_equal(keys_name('a'), "a");
	assert_string_equal(keys_name('A'), "A");
	assert_string_equal(keys_name(' '), "Space");
	assert_null(keys_name('\r'));              /* Enter is no action */
	assert_null(keys_name('x'));
	assert_string_equal(keys_key('x'), "");
}

/* key.checkin = i: i acts as a, a does nothing, the others are as they
 * were; the key bar calls the check-in i. */
static void test_rebound(void **state)
{
	struct mbo_config cfg;

	(void)state;
	mbo_config_defaults(&cfg);
	cfg.keys[MBO_KEY_CHECKIN] = 'i';
	keys_bind(&cfg);
	assert_int_equal(keys_map('i'), 'a');
	assert_int_equal(keys_map('a'), -1);
	assert_int_equal(keys_map('r'), 'r');
	assert_int_equal(keys_map('x'), 'x');
	assert_string_equal(keys_name('a'), "i");
	assert_string_equal(keys_key('a'), "i");
	assert_string_equal(keys_name('r'), "r");
	keys_bind(NULL);
}

/* Two actions swapped (checkin r, revise a), and space given to the
 * check-in while tick moves to x: each key acts as the other's default. */
static void test_swapped(void **state)
{
	struct mbo_config cfg;

	(void)state;
	mbo_config_defaults(&cfg);
	cfg.keys[MBO_KEY_CHECKIN] = 'r';
	cfg.keys[MBO_KEY_REVISE] = 'a';
	keys_bind(&cfg);
	assert_int_equal(keys_map('r'), 'a');
	assert_int_equal(keys_map('a'), 'r');
	assert_string_equal(keys_name('a'), "r");
	assert_string_equal(keys_name('r'), "a");

	mbo_config_defaults(&cfg);
	cfg.keys[MBO_KEY_CHECKIN] = ' ';
	cfg.keys[MBO_KEY_TICK] = 'x';
	keys_bind(&cfg);
	assert_int_equal(keys_map(' '), 'a');
	assert_int_equal(keys_map('x'), ' ');
	assert_int_equal(keys_map('a'), -1);
	assert_string_equal(keys_name('a'), "Space");
	assert_string_equal(keys_name(' '), "x");
	keys_bind(NULL);
}

/* The help's key columns: each single-character token that is an
 * action's default key is replaced, names and other keys stay. */
static void test_label(void **state)
{
	struct mbo_config cfg;
	char buf[64];

	(void)state;
	mbo_config_defaults(&cfg);
	cfg.keys[MBO_KEY_PREV] = '<';
	cfg.keys[MBO_KEY_NEXT] = '>';
	cfg.keys[MBO_KEY_PERIOD] = 'P';
	cfg.keys[MBO_KEY_EVAL] = 'v';
	cfg.keys[MBO_KEY_METRIC] = 'x';
	cfg.keys[MBO_KEY_FILTER] = 'f';
	cfg.keys[MBO_KEY_HELP] = 'h';
	keys_bind(&cfg);
	keys_label("[, ], p", buf, sizeof buf);
	assert_string_equal(buf, "<, >, P");
	keys_label("Enter, e", buf, sizeof buf);
	assert_string_equal(buf, "Enter, v");
	keys_label("m, M", buf, sizeof buf);      /* M (previous metric) is no action */
	assert_string_equal(buf, "x, M");
	keys_label("/", buf, sizeof buf);         /* the separator as a key */
	assert_string_equal(buf, "f");
	keys_label("?, F1", buf, sizeof buf);
	assert_string_equal(buf, "h, F1");
	keys_label("Home/End, g/G", buf, sizeof buf);
	assert_string_equal(buf, "Home/End, g/G");
	keys_label("Up/Down, j/k", buf, sizeof buf);
	assert_string_equal(buf, "Up/Down, j/k");
	keys_label("", buf, sizeof buf);
	assert_string_equal(buf, "");
	/* 4 bytes: 3 characters and the terminating NUL. */
	keys_label("[, ], p", buf, 4);
	assert_string_equal(buf, "<, ");
	keys_bind(NULL);
	keys_label("[, ], p", buf, sizeof buf);
	assert_string_equal(buf, "[, ], p");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_rebound),
		cmocka_unit_test(test_swapped),
		cmocka_unit_test(test_label),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
