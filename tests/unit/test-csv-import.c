/* test-csv-import.c — people and mentorships from CSV: the file as spreadsheets
 * write it, every check of a row, updates by email, managers, and nothing
 * written when an import is refused */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

static MentorCsvImport *
read_text (Fixture       *fixture,
           MentorCsvKind  kind,
           const char    *text,
           gssize         length,
           GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return mentor_csv_import_read_bytes (fixture->store, kind, bytes, error);
}

static MentorCsvImport *
read_people (Fixture    *fixture,
             const char *text)
{
  g_autoptr(GError) error = NULL;
  MentorCsvImport *plan = read_text (fixture, MENTOR_CSV_PEOPLE, text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static MentorCsvRow *
row_at (MentorCsvImport *plan,
        guint            index)
{
  GListModel *rows = mentor_csv_import_get_rows (plan);
  g_autoptr(MentorCsvRow) row = g_list_model_get_item (rows, index);

  g_assert_nonnull (row);
  return row; /* the plan keeps it */
}

static MentorPerson *
find_person (MentorStore *store,
             const char  *email)
{
  g_autoptr(GListModel) people = mentor_store_list_people (store, TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MentorPerson) p = g_list_model_get_item (people, i);

      if (g_ascii_strcasecmp (mentor_person_get_email (p), email) == 0)
        return g_steal_pointer (&p);
    }

  return NULL;
}

static guint
count_people (MentorStore *store)
{
  g_autoptr(GListModel) people = mentor_store_list_people (store, TRUE);

  return g_list_model_get_n_items (people);
}

static void
apply_ok (MentorCsvImport *plan,
          gboolean         skip,
          const char      *expected_summary)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_assert_true (mentor_csv_import_apply (plan, skip, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary, ==, expected_summary);
}

static void
assert_problem (MentorCsvImport *plan,
                guint            index,
                const char      *problem)
{
  MentorCsvRow *row = row_at (plan, index);
  const char * const *problems = mentor_csv_row_get_problems (row);

  g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_BAD);
  if (!g_strv_contains (problems, problem))
    {
      g_autofree char *all = g_strjoinv ("\n  ", (char **) problems);

      g_error ("Row %u has not the problem\n  %s\nbut\n  %s",
               mentor_csv_row_get_number (row), problem, all);
    }
}

/* ---- the file ------------------------------------------------------------- */

static void
test_quotes_bom_crlf (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) ben = NULL;
  g_autoptr(MentorPerson) carla = NULL;

  /* A BOM, CRLF line ends, a quoted comma, a doubled quote, a quoted line
   * break, headers in another order with other case and spaces, and a blank
   * line that a spreadsheet still numbers. */
  plan = read_people (fixture,
                      "\xef\xbb\xbf Email ,NAME,Title,Organization,Seeks\r\n"
                      "ben@example.com,\"Okafor, Ben\",\"The \"\"Fixer\"\"\",Northwind,Leadership\r\n"
                      "\r\n"
                      "carla@example.com,Carla Díaz,\"Lead\r\nEngineer\",,\r\n");

  g_assert_cmpuint (g_list_model_get_n_items (mentor_csv_import_get_rows (plan)), ==, 2);
  g_assert_cmpuint (mentor_csv_row_get_number (row_at (plan, 0)), ==, 2);
  g_assert_cmpuint (mentor_csv_row_get_number (row_at (plan, 1)), ==, 4);
  g_assert_cmpstr (mentor_csv_row_get_label (row_at (plan, 0)), ==, "Okafor, Ben <ben@example.com>");
  g_assert_cmpstr (mentor_csv_row_get_field (row_at (plan, 0), "title"), ==, "The \"Fixer\"");
  g_assert_null (mentor_csv_row_get_field (row_at (plan, 0), "timezone"));
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD), ==, 2);
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (plan, 0)), ==, "New person.");
  g_assert_null (mentor_csv_import_get_notes (plan)[0]);

  apply_ok (plan, FALSE, "Imported people: 2 added, 0 updated, 0 skipped.");

  ben = find_person (fixture->store, "ben@example.com");
  g_assert_nonnull (ben);
  g_assert_cmpstr (mentor_person_get_name (ben), ==, "Okafor, Ben");
  g_assert_cmpstr (mentor_person_get_title (ben), ==, "The \"Fixer\"");
  g_assert_cmpstr (mentor_person_get_organization (ben), ==, "Northwind");
  g_assert_cmpstr (mentor_person_get_seeks (ben)[0], ==, "Leadership");
  g_assert_cmpint (mentor_csv_row_get_record_id (row_at (plan, 0)), ==, mentor_person_get_id (ben));

  carla = find_person (fixture->store, "carla@example.com");
  g_assert_nonnull (carla);
  g_assert_cmpstr (mentor_person_get_name (carla), ==, "Carla Díaz");
  g_assert_cmpstr (mentor_person_get_title (carla), ==, "Lead\r\nEngineer");
}

static void
test_lf_semicolons_notes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) ana = NULL;
  const char * const *notes;

  /* A spreadsheet in a language with decimal commas writes ";" between
   * cells; skills then come quoted. Unknown columns are noted, not refused. */
  plan = read_people (fixture,
                      "name;email;phone;offers;Start Date\n"
                      "Ana Lima;ana@example.com;555;\"Leadership; public speaking;;leadership \";x\n");
  notes = mentor_csv_import_get_notes (plan);
  g_assert_cmpstr (notes[0], ==,
                   "The columns “phone” and “Start Date” are not used and were ignored.");
  g_assert_null (notes[1]);

  apply_ok (plan, FALSE, "Imported people: 1 added, 0 updated, 0 skipped.");
  ana = find_person (fixture->store, "ana@example.com");
  /* Trimmed, empty ones dropped, repeats (ignoring case) dropped. */
  g_assert_cmpuint (g_strv_length ((char **) mentor_person_get_offers (ana)), ==, 2);
  g_assert_cmpstr (mentor_person_get_offers (ana)[0], ==, "Leadership");
  g_assert_cmpstr (mentor_person_get_offers (ana)[1], ==, "public speaking");
}

static void
test_missing_columns (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "person,title\nAna,CEO\n", -1, &error);
  g_assert_null (plan);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS);
  g_assert_cmpstr (error->message, ==,
                   "The file has no “name” and “email” columns. Its first row must name "
                   "the columns, with at least “name” and “email”.");
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "name,title\nAna,CEO\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS);
  g_assert_true (g_str_has_prefix (error->message, "The file has no “email” column."));
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "name,email,E-mail\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS);
  /* "E-mail" is another name of the email column. */
  g_assert_cmpstr (error->message, ==, "The column “email” is named twice in the first row.");
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "\n\r\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_MENTORSHIPS, "mentor_email,status\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS);
  g_assert_true (g_str_has_prefix (error->message, "The file has no “mentee_email” column."));
}

static void
test_encoding (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  /* "name,email\n" in UTF-16LE with its byte-order mark */
  const char utf16[] = "\xff\xfen\0a\0m\0e\0,\0e\0m\0a\0i\0l\0\n\0";
  const char utf16_no_bom[] = "n\0a\0m\0e\0,\0e\0m\0a\0i\0l\0\n\0";
  const char with_nul[] = "name,email\nAna,a\0b\n";

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, utf16, sizeof utf16 - 1, &error);
  g_assert_null (plan);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "The file is in UTF-16. Save it as “CSV UTF-8” in your spreadsheet and try again.");
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, utf16_no_bom, sizeof utf16_no_bom - 1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING);
  g_clear_error (&error);

  /* Latin-1 "é" on the third row */
  plan = read_text (fixture, MENTOR_CSV_PEOPLE,
                    "name,email\nAna,ana@example.com\nJos\xe9,jose@example.com\n", -1, &error);
  g_assert_null (plan);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "Row 3 is not UTF-8 text. Save the file as “CSV UTF-8” in your "
                   "spreadsheet and try again.");
  g_clear_error (&error);

  plan = read_text (fixture, MENTOR_CSV_PEOPLE, with_nul, sizeof with_nul - 1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING);
  g_assert_null (plan);
}

static void
test_limits (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(GString) text = g_string_new ("name,email\nAna,ana@example.com\n");
  g_autofree char *big = NULL;
  g_autoptr(GFile) file = NULL;
  gint64 start;
  int fd;

  /* A megabyte on one line: refused with its row, without a hang. */
  g_string_append (text, "Ben,");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\n");
  start = g_get_monotonic_time ();
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, text->str, text->len, &error);
  g_assert_null (plan);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "Row 3 has a cell longer than 10000 characters.");
  g_clear_error (&error);
  /* Not a benchmark: a bound that only a hang or a quadratic loop crosses. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  /* 10,001 characters in a cell that ends: refused too; 10,000 pass. */
  g_string_assign (text, "name,email,title\nAna,ana@example.com,");
  for (guint i = 0; i < MENTOR_CSV_MAX_FIELD; i++)
    g_string_append (text, "é");
  g_string_append (text, "\n");
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, text->str, text->len, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  g_string_insert (text, strlen ("name,email,title\nAna,ana@example.com,"), "x");
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, text->str, text->len, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG);
  g_clear_error (&error);

  /* A missing closing quote at the end of the file. */
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "name,email\n\"Ana,ana@example.com\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "The file ends inside a quoted cell of row 2: a closing quote (\") is missing.");
  g_clear_error (&error);

  /* A stray quote in a cell that is not quoted, and text after a closing quote. */
  plan = read_text (fixture, MENTOR_CSV_PEOPLE,
                    "name,email,title\nAna,ana@example.com,CEO\nDan \"The Man\",dan@example.com,\n",
                    -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "Row 3 has a quote (\") in the wrong place: a cell with quotes must start "
                   "and end with one, and a quote inside it is written twice (\"\").");
  g_clear_error (&error);
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, "name,email\n\"Ana\" Lima,ana@example.com\n", -1, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_PARSE);
  g_clear_error (&error);

  /* Too many rows */
  g_string_assign (text, "name,email\n");
  for (guint i = 0; i <= MENTOR_CSV_MAX_ROWS; i++)
    g_string_append (text, "a,b\n");
  plan = read_text (fixture, MENTOR_CSV_PEOPLE, text->str, text->len, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file has more than 200000 rows. Split it into smaller files.");
  g_clear_error (&error);

  /* A file over the size limit is refused before it is read (a sparse file). */
  big = g_build_filename (fixture->dir, "big.csv", NULL);
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, MENTOR_CSV_MAX_BYTES + 1), ==, 0);
  close (fd);
  file = g_file_new_for_path (big);
  plan = mentor_csv_import_read_file (fixture->store, MENTOR_CSV_PEOPLE, file, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file is larger than 50 MB. Split it into smaller files.");
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path (fixture->dir);
  plan = mentor_csv_import_read_file (fixture->store, MENTOR_CSV_PEOPLE, file, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ);
  g_clear_error (&error);
  g_clear_object (&file);

  file = g_file_new_for_path ("/nonexistent/people.csv");
  plan = mentor_csv_import_read_file (fixture->store, MENTOR_CSV_PEOPLE, file, &error);
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "“/nonexistent/people.csv” cannot be read: "));
}

/* ---- the checks of a row ---------------------------------------------------- */

static void
test_row_checks (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(MentorCsvImport) plan = NULL;
  g_auto(GStrv) problems = NULL;

  plan = read_people (fixture,
                      "name,email,timezone,capacity\n"
                      "Ana,ana@example.com,Europe/Lisbon,2\n"         /* 2: good */
                      ",nobody@example.com,,\n"                       /* 3 */
                      "Ben,ben-at-example.com,,\n"                    /* 4 */
                      "Carla,,,\n"                                    /* 5 */
                      "Dan,dan@example.com,Mars/Olympus,\n"           /* 6 */
                      "Eve,eve@example.com,Pacific Standard Time,51\n" /* 7 */
                      "Fay,fay@example.com,,-1\n"                     /* 8 */
                      "Gus,gus@example.com,,2.5\n"                    /* 9 */
                      "Hal,HAL@example.com,,0\n"                      /* 10 */
                      "Hal Two,hal@Example.com,,\n"                   /* 11 */
                      "Ivy,ivy@example.com,America/New_York,50\n");   /* 12: good */

  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD), ==, 2);
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_BAD), ==, 9);
  assert_problem (plan, 1, "The name is empty.");
  assert_problem (plan, 2, "“ben-at-example.com” is not an email address.");
  assert_problem (plan, 3, "The email is empty.");
  assert_problem (plan, 4, "“Mars/Olympus” is not a known time zone: use a name such as "
                           "Europe/Berlin or America/New_York.");
  assert_problem (plan, 5, "“Pacific Standard Time” is not a known time zone: use a name such as "
                           "Europe/Berlin or America/New_York.");
  assert_problem (plan, 5, "The capacity “51” is not a whole number from 0 to 50.");
  assert_problem (plan, 6, "The capacity “-1” is not a whole number from 0 to 50.");
  assert_problem (plan, 7, "The capacity “2.5” is not a whole number from 0 to 50.");
  /* Duplicates ignore case, and every row of them is bad. */
  assert_problem (plan, 8, "The email “HAL@example.com” is on rows 10 and 11: each person "
                           "needs their own.");
  assert_problem (plan, 9, "The email “hal@Example.com” is on rows 10 and 11: each person "
                           "needs their own.");
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (plan, 5)), ==,
                   "“Pacific Standard Time” is not a known time zone: use a name such as Europe/Berlin "
                   "or America/New_York.");

  problems = mentor_csv_import_dup_problems (plan, FALSE);
  g_assert_cmpuint (g_strv_length (problems), ==, 10);
  g_assert_cmpstr (problems[0], ==, "Row 3: The name is empty.");
  g_assert_cmpstr (problems[1], ==, "Row 4: “ben-at-example.com” is not an email address.");
}

static void
test_refusal_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Lima", "ana@example.com");
  g_autoptr(GError) error = NULL;
  g_autofree char *dump_before = NULL;
  g_autofree char *dump_after = NULL;
  g_autofree char *sum_before = NULL;
  g_autofree char *sum_after = NULL;
  g_autofree char *summary = NULL;
  guint calls = 0;

  plan = read_people (fixture,
                      "name,email,title\n"
                      "Ana Lima,ana@example.com,CEO\n"
                      "Ben,ben@example.com,VP\n"
                      "Carla,carla@,Engineer\n");
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_UPDATE), ==, 1);
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD), ==, 1);
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_BAD), ==, 1);

  dump_before = mentor_test_dump (fixture->path);
  sum_before = mentor_test_checksum (fixture->path);
  g_signal_connect_swapped (fixture->store, "changed", G_CALLBACK (g_atomic_int_inc), &calls);

  g_assert_false (mentor_csv_import_apply (plan, FALSE, &summary, &error));
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_BAD_ROWS);
  g_assert_cmpstr (error->message, ==, "Nothing imported: 1 row has problems.");
  g_assert_null (summary);

  dump_after = mentor_test_dump (fixture->path);
  sum_after = mentor_test_checksum (fixture->path);
  g_assert_cmpstr (dump_before, ==, dump_after);
  g_assert_cmpstr (sum_before, ==, sum_after);
  g_assert_cmpuint (count_people (fixture->store), ==, 1);
  g_assert_cmpuint (calls, ==, 0);
  g_assert_null (find_person (fixture->store, "ben@example.com"));

  /* The same plan with bad rows skipped: one transaction, one announcement. */
  g_clear_error (&error);
  apply_ok (plan, TRUE, "Imported people: 1 added, 1 updated, 1 skipped.");
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (count_people (fixture->store), ==, 2);
}

static void
test_update_by_email (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Lima", "ana@example.com");
  g_autoptr(MentorPerson) stored = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorCsvImport) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *offers[] = { "Negotiation", NULL };
  const char *seeks[] = { "Finance", NULL };

  mentor_person_set_title (ana, "CFO");
  mentor_person_set_department (ana, "Finance");
  mentor_person_set_timezone (ana, "Europe/Lisbon");
  mentor_person_set_offers (ana, offers);
  mentor_person_set_seeks (ana, seeks);
  g_assert_true (mentor_store_save_person (fixture->store, ana, &error));
  g_assert_no_error (error);

  /* Email in another case; empty cells keep what is stored; a skills cell
   * replaces the whole list. */
  plan = read_people (fixture,
                      "name,email,title,department,timezone,capacity,offers,seeks\n"
                      "Ana Lima,ANA@Example.com,CEO,,,5,Leadership;Strategy,\n");
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (plan, 0)), ==, MENTOR_CSV_ACTION_UPDATE);
  g_assert_cmpint (mentor_csv_row_get_record_id (row_at (plan, 0)), ==, mentor_person_get_id (ana));
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (plan, 0)), ==,
                   "Updates the email, title, capacity and skills offered.");
  apply_ok (plan, FALSE, "Imported people: 0 added, 1 updated, 0 skipped.");

  stored = mentor_store_get_person (fixture->store, mentor_person_get_id (ana), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_people (fixture->store), ==, 1);
  g_assert_cmpstr (mentor_person_get_title (stored), ==, "CEO");
  g_assert_cmpstr (mentor_person_get_email (stored), ==, "ANA@Example.com");
  g_assert_cmpstr (mentor_person_get_department (stored), ==, "Finance");
  g_assert_cmpstr (mentor_person_get_timezone (stored), ==, "Europe/Lisbon");
  g_assert_cmpuint (mentor_person_get_capacity (stored), ==, 5);
  g_assert_cmpuint (g_strv_length ((char **) mentor_person_get_offers (stored)), ==, 2);
  g_assert_cmpstr (mentor_person_get_offers (stored)[0], ==, "Leadership");
  g_assert_cmpstr (mentor_person_get_seeks (stored)[0], ==, "Finance");

  /* The same file again: nothing to change. */
  again = read_people (fixture,
                       "name,email,title,department,timezone,capacity,offers,seeks\n"
                       "Ana Lima,ANA@Example.com,CEO,,,5,Leadership;Strategy,\n");
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (again, 0)), ==, MENTOR_CSV_ACTION_UNCHANGED);
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (again, 0)), ==, "Already up to date.");
  apply_ok (again, FALSE, "Imported people: 0 added, 0 updated, 0 skipped; 1 already up to date.");
}

static void
test_managers (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MentorPerson) boss = mentor_test_add_person (fixture->store, "Zoe Boss", "zoe@example.com");
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) dan = NULL;
  g_autoptr(MentorPerson) carla = NULL;
  g_autoptr(MentorPerson) ben = NULL;

  /* Dan's manager comes later in the file, Carla's manager is Ben (later
   * still), Ben's is in the data; Eve's manager exists nowhere; Fay and Gus
   * manage each other; Hal reports to Gus, in the loop; Ivy to herself;
   * Jon to Kim, whose row is bad. */
  plan = read_people (fixture,
                      "name,email,manager_email\n"
                      "Dan,dan@example.com,carla@example.com\n"        /* 2 */
                      "Carla,carla@example.com,BEN@example.com\n"      /* 3 */
                      "Ben,ben@example.com,zoe@example.com\n"          /* 4 */
                      "Eve,eve@example.com,nobody@example.com\n"       /* 5 */
                      "Fay,fay@example.com,gus@example.com\n"          /* 6 */
                      "Gus,gus@example.com,fay@example.com\n"          /* 7 */
                      "Hal,hal@example.com,gus@example.com\n"          /* 8 */
                      "Ivy,ivy@example.com,ivy@example.com\n"          /* 9 */
                      "Jon,jon@example.com,kim@example.com\n"          /* 10 */
                      "Kim,kim@example.com,not-an-email\n");           /* 11 */

  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD), ==, 3);
  assert_problem (plan, 3, "No one in the file or the data file has the manager’s email "
                           "“nobody@example.com”.");
  assert_problem (plan, 4, "The managers go round in a loop: fay@example.com → gus@example.com "
                           "→ fay@example.com.");
  assert_problem (plan, 5, "The managers go round in a loop: gus@example.com → fay@example.com "
                           "→ gus@example.com.");
  assert_problem (plan, 6, "The manager is on row 7, which has problems, so this row cannot "
                           "be imported either.");
  assert_problem (plan, 7, "A person cannot be their own manager.");
  assert_problem (plan, 8, "The manager is on row 11, which has problems, so this row cannot "
                           "be imported either.");
  assert_problem (plan, 9, "The manager’s email “not-an-email” is not an email address.");

  apply_ok (plan, TRUE, "Imported people: 3 added, 0 updated, 7 skipped.");

  dan = find_person (fixture->store, "dan@example.com");
  carla = find_person (fixture->store, "carla@example.com");
  ben = find_person (fixture->store, "ben@example.com");
  g_assert_cmpint (mentor_person_get_manager_id (dan), ==, mentor_person_get_id (carla));
  g_assert_cmpint (mentor_person_get_manager_id (carla), ==, mentor_person_get_id (ben));
  g_assert_cmpint (mentor_person_get_manager_id (ben), ==, mentor_person_get_id (boss));
  g_assert_null (find_person (fixture->store, "fay@example.com"));
  g_assert_null (find_person (fixture->store, "hal@example.com"));
}

static void
test_manager_loop_with_data (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_test_add_person (fixture->store, "Ben", "ben@example.com");
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorCsvImport) swap = NULL;
  g_autoptr(MentorPerson) stored_ana = NULL;
  g_autoptr(MentorPerson) stored_ben = NULL;
  g_autoptr(GError) error = NULL;

  /* In the data, Ben reports to Ana; the file makes Ana report to Ben and
   * says nothing of Ben's manager, so he keeps Ana: a loop. */
  mentor_person_set_manager_id (ben, mentor_person_get_id (ana));
  g_assert_true (mentor_store_save_person (fixture->store, ben, &error));
  g_assert_no_error (error);

  plan = read_people (fixture, "name,email,manager_email\nAna,ana@example.com,ben@example.com\n");
  assert_problem (plan, 0, "The managers go round in a loop: ana@example.com → ben@example.com "
                           "→ ana@example.com.");

  /* Turning the line around in one file is fine: Ben gets a new manager,
   * Carla, and Ana reports to Ben. */
  swap = read_people (fixture,
                      "name,email,manager_email\n"
                      "Ana,ana@example.com,ben@example.com\n"
                      "Ben,ben@example.com,carla@example.com\n"
                      "Carla,carla@example.com,\n");
  g_assert_cmpuint (mentor_csv_import_count (swap, MENTOR_CSV_ACTION_BAD), ==, 0);
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (swap, 0)), ==, "Updates the manager.");
  apply_ok (swap, FALSE, "Imported people: 1 added, 2 updated, 0 skipped.");

  stored_ana = find_person (fixture->store, "ana@example.com");
  stored_ben = find_person (fixture->store, "ben@example.com");
  g_assert_cmpint (mentor_person_get_manager_id (stored_ana), ==, mentor_person_get_id (ben));
  g_assert_cmpint (mentor_person_get_manager_id (stored_ben), >, 0);
  g_assert_cmpint (mentor_person_get_manager_id (stored_ben), !=, mentor_person_get_id (ana));
}

static void
test_apply_checks_again (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) ana = NULL;
  g_autoptr(MentorPerson) stored = NULL;
  g_autoptr(GError) error = NULL;

  plan = read_people (fixture, "name,email,title\nAna Lima,ana@example.com,CEO\n");
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (plan, 0)), ==, MENTOR_CSV_ACTION_ADD);

  /* Someone adds Ana in the window while the preview is open: the import
   * updates her instead of failing on a duplicate email. */
  ana = mentor_test_add_person (fixture->store, "Ana", "ana@example.com");
  apply_ok (plan, FALSE, "Imported people: 0 added, 1 updated, 0 skipped.");
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (plan, 0)), ==, MENTOR_CSV_ACTION_UPDATE);
  stored = mentor_store_get_person (fixture->store, mentor_person_get_id (ana), &error);
  g_assert_cmpstr (mentor_person_get_title (stored), ==, "CEO");
  g_assert_cmpstr (mentor_person_get_name (stored), ==, "Ana Lima");
  g_assert_cmpuint (count_people (fixture->store), ==, 1);
}

/* ---- mentorships ------------------------------------------------------------ */

static void
add_people (Fixture *fixture)
{
  g_autoptr(MentorCsvImport) plan = NULL;

  plan = read_people (fixture,
                      "name,email\n"
                      "Ana Lima,ana@example.com\n"
                      "Ben Okafor,ben@example.com\n"
                      "Carla Díaz,carla@example.com\n"
                      "Dan Wu,dan@example.com\n");
  apply_ok (plan, FALSE, "Imported people: 4 added, 0 updated, 0 skipped.");
}

static MentorMentorship *
get_mentorship (Fixture *fixture,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  MentorMentorship *m = mentor_store_get_mentorship (fixture->store, id, &error);

  g_assert_no_error (error);
  return m;
}

static void
test_mentorships (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorCsvImport) again = NULL;
  g_autoptr(MentorMentorship) active = NULL;
  g_autoptr(MentorMentorship) paused = NULL;
  g_autoptr(MentorMentorship) completed = NULL;
  g_autoptr(MentorMentorship) ended = NULL;
  g_autoptr(MentorMentorship) proposed = NULL;
  g_autoptr(GListModel) all = NULL;
  const char *text =
    "mentor_email,mentee_email,kind,status,started_on,cadence_days,ends_on,mode,closed_on,end_reason,focus_areas\n"
    "ana@example.com,ben@example.com,traditional,active,2026-01-05,14,2026-07-05,In Person,,,Leadership;Networking\n"
    "ana@example.com,carla@example.com,Reverse,paused,2025-11-01,30,,,,,\n"
    "ben@example.com,dan@example.com,peer,completed,2025-01-10,21,2025-12-31,chat,,,\n"
    "carla@example.com,dan@example.com,,ended,2025-06-01,,,,2025-09-15,Moved to another team,\n"
    "dan@example.com,ana@example.com,,,,,,,,,\n";

  add_people (fixture);
  plan = read_text (fixture, MENTOR_CSV_MENTORSHIPS, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD), ==, 5);
  g_assert_cmpstr (mentor_csv_row_get_label (row_at (plan, 0)), ==, "Ana Lima → Ben Okafor");
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (plan, 0)), ==,
                   "New mentorship: Active, Traditional.");
  apply_ok (plan, FALSE, "Imported mentorships: 5 added, 0 updated, 0 skipped.");

  active = get_mentorship (fixture, mentor_csv_row_get_record_id (row_at (plan, 0)));
  g_assert_cmpuint (mentor_mentorship_get_status (active), ==, MENTOR_STATUS_ACTIVE);
  g_assert_cmpstr (mentor_mentorship_get_started_on (active), ==, "2026-01-05");
  g_assert_cmpstr (mentor_mentorship_get_ends_on (active), ==, "2026-07-05");
  g_assert_cmpuint (mentor_mentorship_get_cadence_days (active), ==, 14);
  g_assert_cmpuint (mentor_mentorship_get_mode (active), ==, MENTOR_MODE_IN_PERSON);
  g_assert_cmpstr (mentor_mentorship_get_focus_areas (active)[1], ==, "Networking");

  paused = get_mentorship (fixture, mentor_csv_row_get_record_id (row_at (plan, 1)));
  g_assert_cmpuint (mentor_mentorship_get_status (paused), ==, MENTOR_STATUS_PAUSED);
  g_assert_cmpuint (mentor_mentorship_get_kind (paused), ==, MENTOR_KIND_REVERSE);
  g_assert_cmpstr (mentor_mentorship_get_started_on (paused), ==, "2025-11-01");

  /* Closed on the planned end, which has passed. */
  completed = get_mentorship (fixture, mentor_csv_row_get_record_id (row_at (plan, 2)));
  g_assert_cmpuint (mentor_mentorship_get_status (completed), ==, MENTOR_STATUS_COMPLETED);
  g_assert_cmpstr (mentor_mentorship_get_closed_on (completed), ==, "2025-12-31");
  g_assert_cmpstr (mentor_mentorship_get_started_on (completed), ==, "2025-01-10");

  ended = get_mentorship (fixture, mentor_csv_row_get_record_id (row_at (plan, 3)));
  g_assert_cmpuint (mentor_mentorship_get_status (ended), ==, MENTOR_STATUS_ENDED);
  g_assert_cmpstr (mentor_mentorship_get_closed_on (ended), ==, "2025-09-15");
  g_assert_cmpstr (mentor_mentorship_get_end_reason (ended), ==, "Moved to another team");

  proposed = get_mentorship (fixture, mentor_csv_row_get_record_id (row_at (plan, 4)));
  g_assert_cmpuint (mentor_mentorship_get_status (proposed), ==, MENTOR_STATUS_PROPOSED);
  g_assert_cmpuint (mentor_mentorship_get_kind (proposed), ==, MENTOR_KIND_TRADITIONAL);
  g_assert_null (mentor_mentorship_get_started_on (proposed));

  /* The same file again adds nothing: open pairs and start dates are known. */
  again = read_text (fixture, MENTOR_CSV_MENTORSHIPS, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_csv_import_count (again, MENTOR_CSV_ACTION_SKIP), ==, 5);
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (again, 0)), ==,
                   "Ana Lima and Ben Okafor already have an open mentorship.");
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (again, 2)), ==,
                   "This mentorship is already in the data file.");
  apply_ok (again, FALSE, "Imported mentorships: 0 added, 0 updated, 5 skipped.");
  all = mentor_store_list_mentorships_brief (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
}

static void
test_mentorship_checks (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorPerson) dan = NULL;
  g_autofree char *dump_before = NULL;
  g_autofree char *dump_after = NULL;

  add_people (fixture);
  dan = find_person (fixture->store, "dan@example.com");
  g_assert_true (mentor_store_set_person_archived (fixture->store, mentor_person_get_id (dan),
                                                   TRUE, &error));

  plan = read_text (fixture, MENTOR_CSV_MENTORSHIPS,
                    "Mentor Email,Mentee Email,Kind,Status,Started On,Cadence Days,Ends On,Closed On\n"
                    "ana@example.com,zed@example.com,,,,,,\n"                       /* 2 */
                    "ana@example.com,ANA@example.com,,,,,,\n"                       /* 3 */
                    "ana@example.com,ben@example.com,mentoring,,,,,\n"              /* 4 */
                    "ana@example.com,ben@example.com,,running,,,,\n"                /* 5 */
                    "ana@example.com,ben@example.com,,active,,,,\n"                 /* 6 */
                    "ana@example.com,ben@example.com,,active,2026-02-30,,,\n"       /* 7 */
                    "ana@example.com,ben@example.com,,,2026-03-01,400,,\n"          /* 8 */
                    "ana@example.com,ben@example.com,,,2026-03-01,,2026-02-01,\n"   /* 9 */
                    "ana@example.com,ben@example.com,,completed,2026-01-01,,,2026-04-01\n" /* 10 */
                    "ana@example.com,ben@example.com,,ended,,,,\n"                  /* 11 */
                    "ana@example.com,dan@example.com,,,,,,\n"                       /* 12 */
                    ",ben@example.com,,,,,,\n"                                      /* 13 */
                    "ana@example.com,ben@example.com,,,,,,\n"                       /* 14: good */
                    "ana@example.com,ben@example.com,,proposed,,,,\n",              /* 15: same pair */
                    -1, &error);
  g_assert_no_error (error);

  assert_problem (plan, 0, "No one in the data file has the mentee’s email “zed@example.com”.");
  assert_problem (plan, 1, "A mentor and mentee must be two different people.");
  assert_problem (plan, 2, "“mentoring” is not a kind of mentorship: use traditional, reverse or peer.");
  assert_problem (plan, 3, "“running” is not a status: use proposed, active, paused, completed or ended.");
  assert_problem (plan, 4, "An active, paused or completed mentorship needs its start date in started_on.");
  assert_problem (plan, 5, "The start date “2026-02-30” is not a date: write it as YYYY-MM-DD.");
  assert_problem (plan, 6, "The cadence “400” is not a whole number of days from 0 to 366.");
  assert_problem (plan, 7, "The planned end date is before the start date.");
  assert_problem (plan, 8, "The closing date “2026-04-01” is after today.");
  assert_problem (plan, 9, "An ended mentorship needs the reason it ended in end_reason.");
  assert_problem (plan, 10, "Dan Wu is archived, so they cannot start a new mentorship.");
  assert_problem (plan, 11, "The mentor’s email is empty.");
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (plan, 12)), ==, MENTOR_CSV_ACTION_ADD);
  g_assert_cmpuint (mentor_csv_row_get_action (row_at (plan, 13)), ==, MENTOR_CSV_ACTION_SKIP);
  g_assert_cmpstr (mentor_csv_row_get_description (row_at (plan, 13)), ==,
                   "Row 14 already has an open mentorship of this pair.");

  dump_before = mentor_test_dump (fixture->path);
  g_assert_false (mentor_csv_import_apply (plan, FALSE, NULL, &error));
  g_assert_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_BAD_ROWS);
  g_assert_cmpstr (error->message, ==, "Nothing imported: 12 rows have problems.");
  g_clear_error (&error);
  dump_after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (dump_before, ==, dump_after);

  apply_ok (plan, TRUE, "Imported mentorships: 1 added, 0 updated, 13 skipped.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/csv/file/quotes-bom-crlf", test_quotes_bom_crlf);
  ADD ("/csv/file/lf-semicolons-notes", test_lf_semicolons_notes);
  ADD ("/csv/file/missing-columns", test_missing_columns);
  ADD ("/csv/file/encoding", test_encoding);
  ADD ("/csv/file/limits", test_limits);
  ADD ("/csv/people/row-checks", test_row_checks);
  ADD ("/csv/people/refusal-writes-nothing", test_refusal_writes_nothing);
  ADD ("/csv/people/update-by-email", test_update_by_email);
  ADD ("/csv/people/managers", test_managers);
  ADD ("/csv/people/manager-loop-with-data", test_manager_loop_with_data);
  ADD ("/csv/people/apply-checks-again", test_apply_checks_again);
  ADD ("/csv/mentorships/import", test_mentorships);
  ADD ("/csv/mentorships/checks", test_mentorship_checks);

  return g_test_run ();
}
