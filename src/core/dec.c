/*
 * dec.c: exact decimal arithmetic on ten-thousandths.
 */
#include <stdio.h>
#include <string.h>

#include "mbo/i18n.h"
#include "mbo/dec.h"

int mbo_dec_parse(const char *s, mbo_dec *out, const char **why)
{
	const char *p = s;
	int neg = 0, places = 0, digits = 0;
	__int128 v = 0;

	if (s == NULL || *s == '\0') {
		*why = _("is empty; give a number such as 12 or 12.50");
		return -1;
	}
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		v = v * 10 + (*p - '0');
		if (v > (__int128)MBO_DEC_MAX) {
			*why = _("is too large; the largest value is 1000000000000");
			return -1;
		}
	}
	if (*p == '.') {
		p++;
		for (; *p >= '0' && *p <= '9'; p++, places++, digits++) {
			if (places >= MBO_DEC_PLACES) {
				*why = _("has more than 4 decimal places");
				return -1;
			}
			v = v * 10 + (*p - '0');
		}
	}
	if (*p != '\0' || digits == 0) {
		*why = _("is not a number; write digits with an optional '.' such as 1200 or 3.5");
		return -1;
	}
	for (; places < MBO_DEC_PLACES; places++)
		v *= 10;
	if (v > (__int128)MBO_DEC_MAX) {
		*why = _("is too large; the largest value is 1000000000000");
		return -1;
	}
	*out = (mbo_dec)(neg ? -v : v);
	return 0;
}

int mbo_dec_places(mbo_dec v)
{
	uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	int places = MBO_DEC_PLACES;

	while (places > 0 && a % 10 == 0) {
		a /= 10;
		places--;
	}
	return places;
}

char *mbo_dec_format(mbo_dec v, int min_places, bool grouped, char *buf)
{
	unsigned long long a = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	unsigned long long whole = a / MBO_DEC_SCALE, frac = a % MBO_DEC_SCALE;
	char digits[32], *o = buf;
	int places = mbo_dec_places(v), len, i;

	if (places < min_places)
		places = min_places;
	if (places > MBO_DEC_PLACES)
		places = MBO_DEC_PLACES;
	if (v < 0)
		*o++ = '-';
	len = snprintf(digits, sizeof digits, "%llu", whole);
	for (i = 0; i < len; i++) {
		*o++ = digits[i];
		if (grouped && i < len - 1 && (len - 1 - i) % 3 == 0)
			*o++ = ',';
	}
	if (places > 0) {
		char f[8];
		snprintf(f, sizeof f, "%04llu", frac);
		*o++ = '.';
		memcpy(o, f, (size_t)places);
		o += places;
	}
	*o = '\0';
	return buf;
}

static const int64_t pow10_table[] = { 1, 10, 100, 1000, 10000 };

mbo_dec mbo_dec_round(mbo_dec v, int places)
{
	int64_t unit, r;

	if (places >= MBO_DEC_PLACES)
		return v;
	if (places < 0)
		places = 0;
	unit = pow10_table[MBO_DEC_PLACES - places];
	r = v % unit;
	v -= r;
	if (r * 2 >= unit)
		v += unit;
	else if (r * 2 <= -unit)
		v -= unit;
	return v;
}

__int128 mbo_div_round(__int128 num, __int128 den)
{
	__int128 q, r;

	if (den < 0) {
		num = -num;
		den = -den;
	}
	q = num / den;
	r = num % den;
	if (r * 2 >= den)
		q++;
	else if (r * 2 <= -den)
		q--;
	return q;
}

mbo_dec mbo_dec_sat(__int128 v)
{
	if (v > MBO_DEC_SAT)
		return MBO_DEC_SAT;
	if (v < -MBO_DEC_SAT)
		return -MBO_DEC_SAT;
	return (mbo_dec)v;
}

static int fits(__int128 v, mbo_dec *out)
{
	if (v > INT64_MAX / 2 || v < -(INT64_MAX / 2))
		return -1;
	*out = (mbo_dec)v;
	return 0;
}

int mbo_dec_mul(mbo_dec a, mbo_dec b, mbo_dec *out)
{
	return fits(mbo_div_round((__int128)a * b, MBO_DEC_SCALE), out);
}

int mbo_dec_div(mbo_dec a, mbo_dec b, mbo_dec *out)
{
	if (b == 0)
		return -1;
	return fits(mbo_div_round((__int128)a * MBO_DEC_SCALE, b), out);
}

int mbo_dec_muldiv(mbo_dec a, int64_t num, int64_t den, mbo_dec *out)
{
	if (den == 0)
		return -1;
	return fits(mbo_div_round((__int128)a * num, den), out);
}
