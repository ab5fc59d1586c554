/* mentor-test-faults.c — what the fault tests and the text tests share */
#include "config.h"

#include <string.h>

#include "mentor-test-faults.h"
#include "mentor-test-util.h"

void
mentor_test_assert_sentence (const char *message)
{
  /* "CHECK" is SQL's upper-case keyword: "Check the permissions" is advice,
   * not jargon. */
  static const char *jargon =
    "(?i:sqlite|constraint|gerror|\\bnull\\b|\\bsql\\b|errno|ewouldblock|flock|"
    "readonly database|attempt to write|disk i/o|database is locked|database or disk)"
    "|NOT NULL|CHECK";

  g_assert_nonnull (message);
  g_test_message ("sentence: %s", message);
  g_assert_true (g_utf8_validate (message, -1, NULL));
  g_assert_cmpuint (strlen (message), >=, 20);
  g_assert_true (g_unichar_isupper (g_utf8_get_char (message)) ||
                 g_str_has_prefix (message, "“"));
  g_assert_true (g_str_has_suffix (message, "."));
  g_assert_false (g_regex_match_simple (jargon, message, 0, 0));
}

void
mentor_test_assert_integrity_ok (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

guint
mentor_test_n_people (MentorStore *store)
{
  g_autoptr(GListModel) people = mentor_store_list_people (store, TRUE);

  return g_list_model_get_n_items (people);
}
