/* test-backup.c — automatic backups, their rotation, and restoring one */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

/* A data file with people and a mentorship, closed. */
static void
make_file (const char *path,
           const char *first_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  g_autoptr(MentorPerson) a = NULL;
  g_autoptr(MentorPerson) b = NULL;
  g_autoptr(MentorMentorship) m = NULL;

  g_assert_no_error (error);
  a = mentor_test_add_person (store, first_name, "");
  b = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  m = mentor_test_add_mentorship (store, mentor_person_get_id (a), mentor_person_get_id (b));
}

static guint
n_people (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  g_autoptr(GListModel) people = NULL;

  g_assert_no_error (error);
  people = mentor_store_list_people (store, TRUE);
  return g_list_model_get_n_items (people);
}

static void
test_backup_now (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autofree char *dir = mentor_store_backup_dir_for (fixture->path);
  g_autofree char *latest = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected_dir = g_build_filename (fixture->dir, "backups", NULL);
  GStatBuf st;

  g_assert_cmpstr (dir, ==, expected_dir);
  make_file (fixture->path, "Ana Souza");
  /* Opening a file with data makes the day's backup. */
  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  latest = mentor_store_latest_backup_for (fixture->path);
  g_assert_nonnull (latest);
  name = g_path_get_basename (latest);
  g_assert_true (g_str_has_prefix (name, "mentor-"));
  g_assert_cmpuint (strlen (name), ==, strlen ("mentor-YYYYMMDD-HHMMSS.db"));

  g_assert_true (mentor_store_backup_now (store, "manual", &error));
  g_assert_no_error (error);
  g_clear_pointer (&latest, g_free);
  g_clear_pointer (&name, g_free);
  latest = mentor_store_latest_backup_for (fixture->path);
  name = g_path_get_basename (latest);
  g_assert_true (g_str_has_suffix (name, "-manual.db"));

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (latest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A backup is a whole data file of its own. */
  g_clear_object (&store);
  g_assert_cmpuint (n_people (latest), ==, 2);
}

static void
write_fake_backup (const char *dir,
                   const char *name,
                   const char *contents,
                   gsize       length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_daily_rotation (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const old[] = {
    "mentor-20250101-080000.db", "mentor-20250201-080000.db",
    "mentor-20250301-080000-before-migration.db", "mentor-20250401-080000.db",
    "mentor-20250501-080000.db", "mentor-20250601-080000.db",
    "mentor-20250701-080000.db", "mentor-20250801-080000.db",
    "mentor-20250901-080000.db",
  };
  g_autofree char *dir = mentor_store_backup_dir_for (fixture->path);
  g_autofree char *contents = NULL;
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *stray = NULL;
  g_auto(GStrv) listing = NULL;
  g_auto(GStrv) listing_again = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  make_file (fixture->path, "Ana Souza");
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (old); i++)
    write_fake_backup (dir, old[i], contents, length);
  /* Another data file's backups and unrelated files are left alone. */
  write_fake_backup (dir, "other-20240101-080000.db", contents, length);
  write_fake_backup (dir, "notes.txt", "keep me", 7);

  /* Open: the newest backup is months old, so today's is made, and only the
   * newest MENTOR_STORE_BACKUPS_KEPT stay. */
  g_assert_cmpuint (n_people (fixture->path), ==, 2);
  listing = mentor_test_list_dir (dir);
  g_assert_cmpuint (g_strv_length (listing), ==, MENTOR_STORE_BACKUPS_KEPT + 2);
  g_assert_cmpstr (listing[0], ==, "mentor-20250401-080000.db");
  g_assert_cmpstr (listing[5], ==, "mentor-20250901-080000.db");
  g_assert_true (g_str_has_prefix (listing[6], "mentor-20"));
  g_assert_cmpstr (listing[6], >, "mentor-20250901-080000.db");
  g_assert_cmpstr (listing[7], ==, "notes.txt");
  g_assert_cmpstr (listing[8], ==, "other-20240101-080000.db");

  /* Opened again the same day: no second backup. */
  g_assert_cmpuint (n_people (fixture->path), ==, 2);
  listing_again = mentor_test_list_dir (dir);
  g_assert_true (g_strv_equal ((const char * const *) listing, (const char * const *) listing_again));

  /* The other file's backups are its own. */
  stray = mentor_store_latest_backup_for (other_path);
  g_assert_nonnull (strstr (stray, "other-20240101-080000.db"));
}

static void
test_restore_latest (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken_sum = NULL;
  g_autofree char *broken_name = NULL;
  g_auto(GStrv) listing = NULL;
  gsize length = 0;
  GStatBuf st;

  /* No backup yet: restoring says so. */
  g_assert_false (mentor_store_restore_latest_backup (fixture->path, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "There is no backup of"));
  g_clear_error (&error);

  make_file (fixture->path, "Ana Souza");
  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  {
    g_autofree char *latest = mentor_store_latest_backup_for (fixture->path);
    g_assert_nonnull (latest);
  }
  /* Work after the backup, lost when the file breaks. */
  g_object_unref (mentor_test_add_person (store, "Later Person", ""));
  g_clear_object (&store);

  /* The file breaks: a page of it is overwritten. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  memset (contents + 2 * 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  broken_sum = mentor_test_checksum (fixture->path);

  store = mentor_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_true (mentor_store_restore_latest_backup (fixture->path, &error));
  g_assert_no_error (error);

  /* The broken file is kept beside it, byte for byte. */
  listing = mentor_test_list_dir (fixture->dir);
  for (guint i = 0; listing[i] != NULL; i++)
    if (g_str_has_prefix (listing[i], "mentor.db.broken-"))
      broken_name = g_build_filename (fixture->dir, listing[i], NULL);
  g_assert_nonnull (broken_name);
  {
    g_autofree char *kept_sum = mentor_test_checksum (broken_name);
    g_assert_cmpstr (kept_sum, ==, broken_sum);
  }

  /* The restored file is private and opens with the backup's data. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (n_people (fixture->path), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup, func, mentor_test_fixture_teardown)

  ADD ("/backup/now", test_backup_now);
  ADD ("/backup/daily-rotation", test_daily_rotation);
  ADD ("/backup/restore-latest", test_restore_latest);

  return g_test_run ();
}
