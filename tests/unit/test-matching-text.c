/* test-matching-text.c — the words of Matching and the import preview
 *
 * src/ui/mentor-matching-text.c is pure (no GTK), so it is compiled into this
 * test on its own. Suggestions are made with the core's own constructor;
 * import rows come from a real CSV read against a real data file.
 */
#include "config.h"

#include <string.h>

#include "mentor-core.h"
#include "mentor-match-private.h"
#include "mentor-matching-text.h"
#include "mentor-test-util.h"

static void
test_word_list (void)
{
  const char *none[] = { NULL };
  const char *one[] = { "leadership", NULL };
  const char *two[] = { "leadership", "networking", NULL };
  const char *three[] = { "leadership", "networking", "public speaking", NULL };
  g_autofree char *w0 = mentor_matching_dup_word_list (none);
  g_autofree char *wnull = mentor_matching_dup_word_list (NULL);
  g_autofree char *w1 = mentor_matching_dup_word_list (one);
  g_autofree char *w2 = mentor_matching_dup_word_list (two);
  g_autofree char *w3 = mentor_matching_dup_word_list (three);
  g_autofree char *seeks = mentor_matching_dup_seeks_text (two);
  g_autofree char *seeks_none = mentor_matching_dup_seeks_text (none);

  g_assert_cmpstr (w0, ==, "");
  g_assert_cmpstr (wnull, ==, "");
  g_assert_cmpstr (w1, ==, "leadership");
  g_assert_cmpstr (w2, ==, "leadership and networking");
  g_assert_cmpstr (w3, ==, "leadership, networking and public speaking");
  g_assert_cmpstr (seeks, ==, "Seeks leadership and networking");
  g_assert_null (seeks_none);
}

static void
test_badges (void)
{
  MentorMatchBadge badges[MENTOR_MATCH_MAX_BADGES];
  guint n;

  g_assert_cmpuint (mentor_match_badges (MENTOR_MATCH_NONE, badges), ==, 0);

  n = mentor_match_badges (MENTOR_MATCH_MENTOR_ABOVE, badges);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (badges[0].word, ==, "Conflict of interest");
  g_assert_cmpstr (badges[0].icon_name, ==, "dialog-warning-symbolic");

  /* Either way round the reporting line is a conflict. */
  n = mentor_match_badges (MENTOR_MATCH_MENTOR_BELOW, badges);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (badges[0].word, ==, "Conflict of interest");

  /* The most serious first; every badge has a word and an icon. */
  n = mentor_match_badges (MENTOR_MATCH_SAME_DEPARTMENT | MENTOR_MATCH_NO_PLACE |
                           MENTOR_MATCH_MENTOR_ABOVE, badges);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (badges[0].word, ==, "Conflict of interest");
  g_assert_cmpstr (badges[1].word, ==, "At capacity");
  g_assert_cmpstr (badges[2].word, ==, "Same department");
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (badges[i].icon_name);
      g_assert_true (g_str_has_suffix (badges[i].icon_name, "-symbolic"));
      g_assert_nonnull (badges[i].style_class);
    }

  n = mentor_match_badges (MENTOR_MATCH_SAME_DEPARTMENT, badges);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (badges[0].word, ==, "Same department");
}

static MentorMatch *
make_match (const char       *mentor_name,
            MentorMatchFlags  flags,
            const char       *explanation,
            const char       *conflict)
{
  g_autoptr(MentorPerson) mentor = mentor_person_new ();
  const char *covered[] = { "leadership", NULL };
  const char *uncovered[] = { "networking", NULL };

  mentor_person_set_name (mentor, mentor_name);
  mentor_person_set_capacity (mentor, 2);

  return mentor_match_new (mentor, 7, covered, uncovered, 1, flags,
                           conflict != NULL ? 2 : 0, explanation, conflict);
}

static void
test_propose_words (void)
{
  g_autofree char *name = mentor_matching_dup_propose_name ("Ana Lima", "Ben Okafor");
  g_autofree char *done = mentor_matching_dup_proposed_text ("Ana Lima", "Ben Okafor");
  g_autofree char *one = mentor_matching_dup_count_text (1);
  g_autofree char *many = mentor_matching_dup_count_text (12);
  g_autofree char *zero = mentor_matching_dup_count_text (0);

  g_assert_cmpstr (name, ==, "Propose Ana Lima for Ben Okafor");
  g_assert_cmpstr (done, ==, "Proposed Ana Lima as mentor for Ben Okafor");
  g_assert_cmpstr (one, ==, "1 mentee without a mentor");
  g_assert_cmpstr (many, ==, "12 mentees without a mentor");
  g_assert_cmpstr (zero, ==, "0 mentees without a mentor");
}

static void
test_match_a11y_name (void)
{
  g_autoptr(MentorMatch) plain = make_match ("Ana Lima", MENTOR_MATCH_NONE,
                                             "Covers leadership of 2 areas; 1 place free.", NULL);
  g_autoptr(MentorMatch) department = make_match ("Ana Lima", MENTOR_MATCH_SAME_DEPARTMENT,
                                                  "Covers leadership of 2 areas; 1 place free; same department.",
                                                  NULL);
  g_autoptr(MentorMatch) full = make_match ("Ana Lima", MENTOR_MATCH_NO_PLACE,
                                            "Covers leadership of 2 areas; no place free", NULL);
  g_autoptr(MentorMatch) conflict = make_match ("Ana Lima",
                                                MENTOR_MATCH_MENTOR_ABOVE | MENTOR_MATCH_SAME_DEPARTMENT,
                                                "Covers leadership of 2 areas; 1 place free.",
                                                "Conflict of interest: Ana Lima is Ben Okafor's manager's manager.");
  g_autoptr(MentorMatch) bare = make_match ("Ana Lima", MENTOR_MATCH_NONE, "", NULL);
  g_autofree char *plain_name = mentor_match_dup_a11y_name (plain);
  g_autofree char *department_name = mentor_match_dup_a11y_name (department);
  g_autofree char *full_name = mentor_match_dup_a11y_name (full);
  g_autofree char *conflict_name = mentor_match_dup_a11y_name (conflict);
  g_autofree char *bare_name = mentor_match_dup_a11y_name (bare);

  g_assert_cmpstr (plain_name, ==, "Ana Lima. Covers leadership of 2 areas; 1 place free.");
  /* "same department" is in the explanation already: not said twice. */
  g_assert_cmpstr (department_name, ==,
                   "Ana Lima. Covers leadership of 2 areas; 1 place free; same department.");
  /* A flag the explanation does not say is added, and a sentence is closed. */
  g_assert_cmpstr (full_name, ==,
                   "Ana Lima. Covers leadership of 2 areas; no place free. At capacity.");
  g_assert_cmpstr (conflict_name, ==,
                   "Ana Lima. Covers leadership of 2 areas; 1 place free. "
                   "Conflict of interest: Ana Lima is Ben Okafor's manager's manager. Same department.");
  g_assert_cmpstr (bare_name, ==, "Ana Lima.");
}

static void
test_capacity (void)
{
  g_autofree char *at = mentor_capacity_dup_over_text (3, 3);
  g_autofree char *under = mentor_capacity_dup_over_text (1, 3);
  g_autofree char *over = mentor_capacity_dup_over_text (4, 3);
  g_autofree char *none = mentor_capacity_dup_over_text (1, 0);

  /* At capacity is full, not over. */
  g_assert_null (at);
  g_assert_null (under);
  g_assert_cmpstr (over, ==, "Over capacity: 4 of 3");
  g_assert_cmpstr (none, ==, "Over capacity: 1 of 0");
}

static void
test_import_labels (void)
{
  struct {
    MentorCsvKind kind;
    guint n;
    const char *expected;
  } cases[] = {
    { MENTOR_CSV_PEOPLE, 0, "Import" },
    { MENTOR_CSV_PEOPLE, 1, "Import 1 Person" },
    { MENTOR_CSV_PEOPLE, 280, "Import 280 People" },
    { MENTOR_CSV_MENTORSHIPS, 0, "Import" },
    { MENTOR_CSV_MENTORSHIPS, 1, "Import 1 Mentorship" },
    { MENTOR_CSV_MENTORSHIPS, 3, "Import 3 Mentorships" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = mentor_csv_dup_import_label (cases[i].kind, cases[i].n);

      g_assert_cmpstr (label, ==, cases[i].expected);
    }

  g_assert_cmpstr (mentor_csv_kind_title (MENTOR_CSV_PEOPLE), ==, "Import People");
  g_assert_cmpstr (mentor_csv_kind_title (MENTOR_CSV_MENTORSHIPS), ==, "Import Mentorships");

  {
    g_autofree char *nothing = mentor_csv_dup_other_counts (0, 0);
    g_autofree char *same = mentor_csv_dup_other_counts (5, 0);
    g_autofree char *skipped = mentor_csv_dup_other_counts (0, 2);
    g_autofree char *both = mentor_csv_dup_other_counts (5, 2);

    g_assert_null (nothing);
    g_assert_cmpstr (same, ==, "5 already up to date");
    g_assert_cmpstr (skipped, ==, "2 skipped");
    g_assert_cmpstr (both, ==, "5 already up to date, 2 skipped");
  }

  /* Every action has a word and an icon: never the color alone. */
  for (MentorCsvAction a = 0; a < MENTOR_N_CSV_ACTIONS; a++)
    {
      g_assert_cmpstr (mentor_csv_action_word (a), !=, "");
      g_assert_true (g_str_has_suffix (mentor_csv_action_icon (a), "-symbolic"));
    }
  g_assert_cmpstr (mentor_csv_action_word (MENTOR_CSV_ACTION_BAD), ==, "Problem");
  g_assert_cmpstr (mentor_csv_action_word (MENTOR_CSV_ACTION_ADD), ==, "Add");
  g_assert_cmpstr (mentor_csv_action_word (MENTOR_CSV_ACTION_UPDATE), ==, "Update");
}

static MentorCsvRow *
row_numbered (MentorCsvImport *import,
              guint            number)
{
  GListModel *rows = mentor_csv_import_get_rows (import);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MentorCsvRow) row = g_list_model_get_item (rows, i);

      if (mentor_csv_row_get_number (row) == number)
        return row;
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_import_rows (MentorTestFixture *fixture,
                  gconstpointer      data)
{
  static const char csv[] =
    "name,email,title\r\n"
    "Ana Lima,ana@example.com,Director\r\n"         /* row 2: new */
    "Ben Okafor,ben@example,Analyst\r\n"            /* row 3: bad email */
    "Cleo Park,cleo@example.com,Head of Sales\r\n"  /* row 4: updates Cleo's title */
    ",nameless@example.com,\r\n"                    /* row 5: no name */
    "Dan Wu,dan@example.com,\r\n";                  /* row 6: Dan as stored */
  g_autoptr(MentorPerson) cleo = mentor_test_add_person (fixture->store, "Cleo Park", "cleo@example.com");
  g_autoptr(MentorPerson) dan = mentor_test_add_person (fixture->store, "Dan Wu", "dan@example.com");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, sizeof csv - 1);
  g_autoptr(MentorCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  MentorCsvRow *row;

  import = mentor_csv_import_read_bytes (fixture->store, MENTOR_CSV_PEOPLE, bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);

  /* Added and updated rows are written; bad and unchanged ones are not. */
  g_assert_cmpuint (mentor_csv_import_count_to_write (import), ==, 2);

  row = row_numbered (import, 2);
  {
    g_autofree char *number = mentor_csv_row_dup_number_text (row);
    g_autofree char *title = mentor_csv_row_dup_title (row, MENTOR_CSV_PEOPLE);
    g_autofree char *subtitle = mentor_csv_row_dup_subtitle (row, MENTOR_CSV_PEOPLE);
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_PEOPLE);
    g_autofree char *name = mentor_csv_row_dup_a11y_name (row, MENTOR_CSV_PEOPLE);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_ADD);
    g_assert_cmpstr (number, ==, "Row 2");
    g_assert_cmpstr (title, ==, "Ana Lima");
    g_assert_cmpstr (subtitle, ==, "ana@example.com");
    /* "New person." says no more than "Add". */
    g_assert_null (detail);
    g_assert_cmpstr (name, ==, "Row 2, Ana Lima, ana@example.com, Add");
  }

  row = row_numbered (import, 3);
  {
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_PEOPLE);
    g_autofree char *name = mentor_csv_row_dup_a11y_name (row, MENTOR_CSV_PEOPLE);
    g_autofree char *expected = NULL;

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_BAD);
    /* The reason is the import's own sentence, whatever its words. */
    g_assert_nonnull (detail);
    g_assert_nonnull (strstr (detail, "ben@example"));
    expected = g_strdup_printf ("Row 3, Ben Okafor, ben@example, Problem: %s", detail);
    g_assert_cmpstr (name, ==, expected);
  }

  row = row_numbered (import, 4);
  {
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_PEOPLE);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_UPDATE);
    /* What an update changes is worth saying. */
    g_assert_cmpstr (detail, ==, mentor_csv_row_get_description (row));
  }

  row = row_numbered (import, 5);
  {
    g_autofree char *title = mentor_csv_row_dup_title (row, MENTOR_CSV_PEOPLE);
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_PEOPLE);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_BAD);
    g_assert_cmpstr (title, ==, "No name");
    g_assert_nonnull (detail);
  }

  row = row_numbered (import, 6);
  {
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_PEOPLE);
    g_autofree char *name = mentor_csv_row_dup_a11y_name (row, MENTOR_CSV_PEOPLE);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_UNCHANGED);
    g_assert_null (detail);
    g_assert_cmpstr (name, ==, "Row 6, Dan Wu, dan@example.com, Up to date");
  }
}

static void
test_import_mentorship_rows (MentorTestFixture *fixture,
                             gconstpointer      data)
{
  static const char csv[] =
    "mentor_email,mentee_email,status\n"
    "ana@example.com,ben@example.com,proposed\n"   /* row 2: new */
    "ana@example.com,nobody@example.com,proposed\n"; /* row 3: unknown mentee */
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Lima", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_test_add_person (fixture->store, "Ben Okafor", "ben@example.com");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, sizeof csv - 1);
  g_autoptr(MentorCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  MentorCsvRow *row;

  import = mentor_csv_import_read_bytes (fixture->store, MENTOR_CSV_MENTORSHIPS, bytes, &error);
  g_assert_no_error (error);

  row = row_numbered (import, 2);
  {
    g_autofree char *title = mentor_csv_row_dup_title (row, MENTOR_CSV_MENTORSHIPS);
    g_autofree char *subtitle = mentor_csv_row_dup_subtitle (row, MENTOR_CSV_MENTORSHIPS);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_ADD);
    /* Who, by name, as the import labels it. */
    g_assert_nonnull (strstr (title, "Ana Lima"));
    g_assert_nonnull (strstr (title, "Ben Okafor"));
    g_assert_null (subtitle);
  }

  row = row_numbered (import, 3);
  {
    g_autofree char *title = mentor_csv_row_dup_title (row, MENTOR_CSV_MENTORSHIPS);
    g_autofree char *detail = mentor_csv_row_dup_detail (row, MENTOR_CSV_MENTORSHIPS);

    g_assert_cmpuint (mentor_csv_row_get_action (row), ==, MENTOR_CSV_ACTION_BAD);
    g_assert_nonnull (strstr (title, "nobody@example.com"));
    g_assert_nonnull (detail);
  }

  g_assert_cmpuint (mentor_csv_import_count_to_write (import), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matching-text/word-list", test_word_list);
  g_test_add_func ("/matching-text/badges", test_badges);
  g_test_add_func ("/matching-text/propose", test_propose_words);
  g_test_add_func ("/matching-text/a11y-name", test_match_a11y_name);
  g_test_add_func ("/matching-text/capacity", test_capacity);
  g_test_add_func ("/matching-text/import-labels", test_import_labels);
  g_test_add ("/matching-text/import-rows", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_import_rows, mentor_test_fixture_teardown);
  g_test_add ("/matching-text/import-mentorship-rows", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_import_mentorship_rows, mentor_test_fixture_teardown);

  return g_test_run ();
}
