/* test-open.c — files Mentor must refuse, and leave exactly as they were */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mentor-store-private.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

/* A real data file with a little in it, closed. */
static void
make_real_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  g_autoptr(MentorPerson) ana = NULL;
  g_autoptr(MentorPerson) bo = NULL;
  g_autoptr(MentorMentorship) m = NULL;

  g_assert_no_error (error);
  /* Enough rows to span several pages. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u with a long name to fill pages", i);
      g_autoptr(MentorPerson) p = mentor_person_new ();

      mentor_person_set_name (p, name);
      mentor_person_set_title (p, "A title that takes some room in the page as well");
      g_assert_true (mentor_store_save_person (store, p, &error));
    }
  ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  bo = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  m = mentor_test_add_mentorship (store, mentor_person_get_id (ana), mentor_person_get_id (bo));
}

/* Opens path, expects the error code and words, and checks that neither the
 * file nor its folder changed in any way. */
static void
assert_refused_untouched (const char *path,
                          int         code,
                          const char *words)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *sum_before = mentor_test_checksum (path);
  g_auto(GStrv) listing_before = mentor_test_list_dir (dir);
  g_autofree char *sum_after = NULL;
  g_auto(GStrv) listing_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  gint64 mtime_before = mentor_test_mtime (path);
  GStatBuf st_before, st_after;

  g_assert_nonnull (sum_before);
  g_assert_cmpint (g_stat (path, &st_before), ==, 0);

  /* Let a second pass, so that any write would show in the mtime. */
  g_usleep (20 * 1000);

  store = mentor_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MENTOR_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_nonnull (strstr (error->message, "It was left as it is."));
  g_assert_nonnull (strstr (error->message, "mentor.db"));

  sum_after = mentor_test_checksum (path);
  listing_after = mentor_test_list_dir (dir);
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);

  g_assert_cmpstr (sum_before, ==, sum_after);
  g_assert_cmpint (mtime_before, ==, mentor_test_mtime (path));
  g_assert_cmpint (st_before.st_size, ==, st_after.st_size);
  g_assert_cmpint (st_before.st_mode, ==, st_after.st_mode);
  /* No -wal, -shm, -journal or backups folder appeared beside it. */
  g_assert_true (g_strv_equal ((const char * const *) listing_before,
                               (const char * const *) listing_after));
}

static void
test_newer_file (Fixture       *fixture,
                 gconstpointer  data)
{
  sqlite3 *db = NULL;

  /* What a future Mentor might write: WAL mode, schema 7. */
  make_real_file (fixture->path);
  db = mentor_test_raw_open (fixture->path);
  g_assert_cmpint (mentor_test_exec (db, "CREATE TABLE future_thing (x); PRAGMA user_version = 7;", NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_cmpint (MENTOR_STORE_SCHEMA_VERSION, ==, 4);
  assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_NEWER,
                            "was written by a newer version of Mentor (schema 7; "
                            "this version reads up to 4)");
}

static void
test_corrupt_random_bytes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) bytes, sizeof bytes, NULL));

  assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT,
                            "is damaged or is not a Mentor data file: it is not an SQLite database");
}

static void
test_corrupt_text_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_assert_true (g_file_set_contents (fixture->path, "name,email\nAna,ana@example.com\n", -1, NULL));

  assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT, "is damaged");
}

static void
test_corrupt_header_then_garbage (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GString *bytes = g_string_new_len ("SQLite format 3", 16);

  for (guint i = 0; i < 4000; i++)
    g_string_append_c (bytes, (char) g_rand_int_range (rand, 0, 256));
  g_assert_true (g_file_set_contents (fixture->path, bytes->str, bytes->len, NULL));
  g_string_free (bytes, TRUE);

  assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT, "is damaged");
}

static void
test_corrupt_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  static const gsize sizes[] = { 100, 1000, 4096, 8192, 20000 };
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_real_file (fixture->path);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 20000);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_test_message ("truncated to %" G_GSIZE_FORMAT " bytes", sizes[i]);
      g_assert_true (g_file_set_contents (fixture->path, contents, sizes[i], NULL));
      assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT, "is damaged");
    }
}

static void
test_corrupt_page_overwritten (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  gsize length = 0;
  guint n_pages;

  make_real_file (fixture->path);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  n_pages = length / 4096;
  g_assert_cmpuint (n_pages, >=, 4);

  for (guint page = 1; page < n_pages; page += 2)
    {
      g_autofree char *damaged = g_memdup2 (contents, length);

      g_test_message ("page %u of %u overwritten", page + 1, n_pages);
      for (guint i = 0; i < 4096; i++)
        damaged[page * 4096 + i] = (char) g_rand_int_range (rand, 0, 256);
      g_assert_true (g_file_set_contents (fixture->path, damaged, length, NULL));
      assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT, "is damaged");
    }
}

static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  sqlite3 *db = NULL;

  /* Someone else's SQLite file must not get Mentor's tables added. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "CREATE TABLE bookmarks (url TEXT); "
                                         "INSERT INTO bookmarks VALUES ('https://example.com');",
                                     NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (fixture->path, MENTOR_STORE_ERROR_CORRUPT, "belongs to another program");
}

static void
test_empty_file_is_new (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  g_chmod (fixture->path, 0644);

  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (mentor_store_is_empty (store));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 0);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) mentorships = NULL;

  make_real_file (fixture->path);
  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = mentor_store_list_people (store, TRUE);
  mentorships = mentor_store_list_mentorships (store);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 62);
  g_assert_cmpuint (g_list_model_get_n_items (mentorships), ==, 1);
  g_assert_false (mentor_store_is_empty (store));
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
test_after_crash (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *crashed_dir = g_build_filename (fixture->dir, "crashed", NULL);
  g_autofree char *crashed = g_build_filename (crashed_dir, "mentor.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (fixture->path, &error);
  g_autoptr(MentorStore) reopened = NULL;
  g_autoptr(GListModel) mentorships = NULL;

  g_assert_no_error (error);
  g_assert_true (mentor_demo_fill (store, NULL, &error));
  g_assert_no_error (error);

  /* The files as a crash would leave them: the data still in the WAL. */
  g_assert_cmpint (g_mkdir (crashed_dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (fixture->path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (crashed, suffixes[i], NULL);

      copy_file (from, to);
    }

  reopened = mentor_store_open (crashed, &error);
  g_assert_no_error (error);
  mentorships = mentor_store_list_mentorships (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (mentorships), ==, 10);
}

static void
test_not_a_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  store = mentor_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, "is not a file"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup, func, mentor_test_fixture_teardown)

  ADD ("/open/refused/newer", test_newer_file);
  ADD ("/open/refused/random-bytes", test_corrupt_random_bytes);
  ADD ("/open/refused/text-file", test_corrupt_text_file);
  ADD ("/open/refused/header-then-garbage", test_corrupt_header_then_garbage);
  ADD ("/open/refused/truncated", test_corrupt_truncated);
  ADD ("/open/refused/page-overwritten", test_corrupt_page_overwritten);
  ADD ("/open/refused/foreign-database", test_foreign_database);
  ADD ("/open/refused/not-a-file", test_not_a_file);
  ADD ("/open/empty-file-is-new", test_empty_file_is_new);
  ADD ("/open/reopen-keeps-data", test_reopen_keeps_data);
  ADD ("/open/after-crash", test_after_crash);

  return g_test_run ();
}
