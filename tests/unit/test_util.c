/* test_util.c - the libc-only helpers: buffer, JSON writer, string map, arena. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util/buf.h"
#include "util/strmap.h"

static void test_json_writer_nesting_and_escapes(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    jw w;
    jw_init(&w, &b, false);
    jw_obj(&w);
    jw_key(&w, "a");
    jw_arr(&w);
    jw_int(&w, 1);
    jw_str(&w, "q\"\\\n\x01");
    jw_null(&w);
    jw_end_arr(&w);
    jw_key(&w, "b");
    jw_double(&w, 37.2200, 5);
    jw_key(&w, "bad");
    jw_strn(&w,
            "x\xff"
            "y",
            3);
    jw_end_obj(&w);
    size_t len;
    char *s = buf_take(&b, &len);
    assert_string_equal(s, "{\"a\":[1,\"q\\\"\\\\\\n\\u0001\",null],\"b\":37.22,"
                           "\"bad\":\"x\xEF\xBF\xBDy\"}");
    assert_int_equal(len, strlen(s));
    free(s);
}

/* Numbers as printf writes them (the writer formats them by hand), escapes
 * of every kind inside long plain runs, keys that need escaping. */
static void test_json_numbers_and_runs(void **state)
{
    (void)state;
    static const double vals[] = {0.125, 2.5,  -2.5, 1.005, 34.52615,   -69.17222,
                                  0.0,   -0.0, 1e-9, -1e-9, 123456.785, 9007199254740993.0,
                                  1e300, 0.045};
    char want[512], *end;
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++)
        for (int d = 0; d <= 9; d++) {
            buf b = BUF_INIT;
            jw w;
            jw_init(&w, &b, false);
            jw_double(&w, vals[i], d);
            int n = snprintf(want, sizeof want, "%.*f", d, vals[i]);
            if (strchr(want, '.')) {
                while (n > 1 && want[n - 1] == '0') want[--n] = '\0';
                if (want[n - 1] == '.') want[--n] = '\0';
            }
            assert_string_equal(b.data, want);
            buf_free(&b);
        }
    buf b = BUF_INIT;
    jw w;
    jw_init(&w, &b, false);
    jw_arr(&w);
    jw_int(&w, -9223372036854775807LL - 1);
    jw_int(&w, 0);
    jw_int(&w, 4200);
    jw_end_arr(&w);
    assert_string_equal(b.data, "[-9223372036854775808,0,4200]");
    buf_free(&b);
    /* a long plain run with an escape of each kind at odd places */
    char in[300];
    memset(in, 'a', sizeof in);
    in[7] = '"', in[8] = '\\', in[70] = '\n', in[71] = '\x01', in[150] = '\xff';
    memcpy(in + 200, "\xc3\xa9", 2);
    jw_init(&w, &b, false);
    jw_obj(&w);
    jw_key(&w, "k\"ey");
    jw_strn(&w, in, sizeof in);
    jw_end_obj(&w);
    assert_non_null(b.data);
    assert_memory_equal(b.data, "{\"k\\\"ey\":\"aaaaaaa\\\"\\\\a", 20);
    assert_non_null(strstr(b.data, "a\\n\\u0001a"));
    assert_non_null(strstr(b.data, "a\xef\xbf\xbd"
                                   "a"));
    assert_non_null(strstr(b.data, "a\xc3\xa9"
                                   "a"));
    end = b.data + b.len;
    assert_memory_equal(end - 3, "a\"}", 3);
    assert_int_equal(strlen(b.data), b.len);
    buf_free(&b);
}

/* json_pretty lays out the compact writer's text as the pretty writer
 * writes it: nested and empty containers, strings holding the bytes the
 * layout changes at, escapes (a quote, a backslash before a quote). */
static void write_sample(jw *w)
{
    jw_obj(w);
    jw_key(w, "a");
    jw_arr(w);
    jw_int(w, 1);
    jw_str(w, "{[,:]} \"q\" \\");
    jw_empty_arr(w);
    jw_obj(w);
    jw_end_obj(w);
    jw_obj(w);
    jw_key(w, "k:,");
    jw_null(w);
    jw_key(w, "n");
    jw_arr(w);
    jw_double(w, -17.4, 5);
    jw_end_arr(w);
    jw_end_obj(w);
    jw_end_arr(w);
    jw_key(w, "b");
    jw_bool(w, true);
    jw_end_obj(w);
}

static void test_json_pretty_layout(void **state)
{
    (void)state;
    buf compact = BUF_INIT, pretty = BUF_INIT, laid = BUF_INIT;
    jw w;
    jw_init(&w, &compact, false);
    write_sample(&w);
    jw_init(&w, &pretty, true);
    write_sample(&w);
    json_pretty(&laid, compact.data, compact.len);
    assert_non_null(laid.data);
    assert_string_equal(laid.data, pretty.data);
    buf_free(&compact);
    buf_free(&pretty);
    buf_free(&laid);
}

/* The raw writers write what jw_int, jw_double and jw_str write; a long
 * plain string is copied at every alignment of its start. */
static void test_json_raw_writers(void **state)
{
    (void)state;
    char o[JSON_NUMBER_MAX + 1];
    size_t n = json_int_at(o, -42);
    assert_memory_equal(o, "-42", 3);
    assert_int_equal(n, 3);
    n = json_double_at(o, 48.92578, 5);
    assert_memory_equal(o, "48.92578", 8);
    assert_int_equal(n, 8);
    char src[160], want[200];
    for (size_t at = 0; at < 16; at++) {
        for (size_t len = 0; len < 100; len += 7) {
            memset(src, 0, sizeof src);
            memset(src + at, 'x', len);
            if (len) src[at + len / 2] = len % 2 ? 'y' : '~';
            buf b = BUF_INIT;
            jw w;
            jw_init(&w, &b, false);
            jw_str(&w, src + at);
            snprintf(want, sizeof want, "\"%s\"", src + at);
            assert_string_equal(b.data, want);
            char out[200];
            char *e = json_plain_str_at(out, out + sizeof out - 1, src + at);
            if (e) {
                assert_int_equal((size_t)(e - out), len + 2);
                assert_memory_equal(out, want, len + 2);
            }
            buf_free(&b);
        }
    }
}

static void test_strmap_put_get_grow(void **state)
{
    (void)state;
    strmap m = STRMAP_INIT;
    char key[32];
    for (uint32_t i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "key-%u", i);
        assert_true(strmap_put(&m, key, (size_t)n, i * 3));
    }
    assert_true(strmap_put(&m, "key-7", 5, 42)); /* replace */
    assert_int_equal(m.count, 5000);
    uint32_t v = 0;
    assert_true(strmap_get(&m, "key-4999", 8, &v));
    assert_int_equal(v, 4999 * 3);
    assert_true(strmap_get(&m, "key-7", 5, &v));
    assert_int_equal(v, 42);
    assert_false(strmap_get(&m, "key-5000", 8, &v));
    strmap_free(&m);
}

static void test_arena_vectors_and_strings(void **state)
{
    (void)state;
    ds_arena *a = ds_arena_new();
    assert_non_null(a);
    DS_VEC(int) v = {0};
    for (int i = 0; i < 10000; i++) {
        int *slot = ds_vec_push(a, &v);
        assert_non_null(slot);
        assert_int_equal(*slot, 0); /* zeroed */
        *slot = i;
    }
    assert_int_equal(v.n, 10000);
    assert_int_equal(v.v[9999], 9999);
    char *big = ds_arena_alloc(a, 1 << 20);
    assert_non_null(big);
    assert_int_equal(((uintptr_t)big) % 16, 0);
    assert_string_equal(ds_arena_printf(a, "%s-%d", "x", 7), "x-7");
    assert_string_equal(ds_arena_strndup(a, "abcdef", 3), "abc");
    ds_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_writer_nesting_and_escapes),
        cmocka_unit_test(test_json_numbers_and_runs),
        cmocka_unit_test(test_json_pretty_layout),
        cmocka_unit_test(test_json_raw_writers),
        cmocka_unit_test(test_strmap_put_get_grow),
        cmocka_unit_test(test_arena_vectors_and_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
