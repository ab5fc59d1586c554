/* mentor-test-util.c — shared helpers of the unit tests */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mentor-test-util.h"

void
mentor_test_fixture_setup (MentorTestFixture *fixture,
                           gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mentor-unit-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "mentor.db", NULL);
  fixture->store = NULL;
}

void
mentor_test_fixture_setup_store (MentorTestFixture *fixture,
                                 gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  mentor_test_fixture_setup (fixture, data);
  fixture->store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

void
mentor_test_fixture_teardown (MentorTestFixture *fixture,
                              gconstpointer      data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  fixture->store = NULL;

  mentor_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

void
mentor_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          mentor_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

sqlite3 *
mentor_test_raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);

  return db;
}

int
mentor_test_exec (sqlite3     *db,
                  const char  *sql,
                  char       **message)
{
  char *error = NULL;
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, &error);
  if (message != NULL)
    *message = g_strdup (error);
  sqlite3_free (error);

  return rc;
}

char *
mentor_test_dump (const char *path)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (out, "user_version=%d\n", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, sql FROM sqlite_master ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (out, "%s %s: %s\n", type, name,
                              (const char *) sqlite3_column_text (stmt, 2));
      if (g_strcmp0 (type, "table") == 0)
        g_ptr_array_add (tables, g_strdup (name));
    }
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                              (const char *) g_ptr_array_index (tables, t));

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "== %s\n", (const char *) g_ptr_array_index (tables, t));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (out, "%s%s=%s", c > 0 ? "|" : "",
                                      sqlite3_column_name (stmt, c),
                                      text != NULL ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

char *
mentor_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

gint64
mentor_test_mtime (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;

  return (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
mentor_test_list_dir (const char *path)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

MentorPerson *
mentor_test_add_person (MentorStore *store,
                        const char  *name,
                        const char  *email)
{
  g_autoptr(GError) error = NULL;
  MentorPerson *person = mentor_person_new ();

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_capacity (person, 2);
  g_assert_true (mentor_store_save_person (store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_person_get_id (person), >, 0);

  return person;
}

MentorMentorship *
mentor_test_add_mentorship (MentorStore *store,
                            gint64       mentor_id,
                            gint64       mentee_id)
{
  g_autoptr(GError) error = NULL;
  MentorMentorship *m = mentor_mentorship_new ();

  mentor_mentorship_set_mentor_id (m, mentor_id);
  mentor_mentorship_set_mentee_id (m, mentee_id);
  mentor_mentorship_set_started_on (m, "2026-01-05");
  mentor_mentorship_set_ends_on (m, "2026-07-05");
  mentor_mentorship_set_cadence_days (m, 14);
  g_assert_true (mentor_store_save_mentorship (store, m, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_mentorship_get_id (m), >, 0);

  return m;
}
