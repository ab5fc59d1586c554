/* test-text.c — text of every kind, unharmed: any Unicode, quotes and
 * SQL-looking text, byte for byte through the store (read back by a fresh
 * store), the .ics export and import, and the CSV export; text that is not
 * UTF-8 is refused with a sentence, and nothing of it stored.
 */
#include "config.h"

#include <string.h>

#include "mentor-test-faults.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

/* Text people type or paste. None starts or ends with ASCII white space,
 * which the store trims from names and the like. */
static const char * const texts[] = {
  "Robert'); DROP TABLE person;--",
  "' OR '1'='1'; --",
  "\"; DELETE FROM meeting WHERE 1=1; /* */ ?1 :name @x $y",
  "%s%n%x %% \\' \\\" \\\\ $(rm -rf ~) `id` ${HOME} <b>&amp;</b>",
  "👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 🧑🏿‍🤝‍🧑🏻 ❤️‍🔥 #️⃣",
  "مريم الحسن ‏(عربي)‏ שלום עליכם 123",
  "\u202e" "evil.exe" "\u202c" " \u2066" "isolated" "\u2069",
  "Zoe\xcc\x88 A\xcc\x8a n\xcc\x83 e\xcc\x81 Z\xcd\x91\xcc\x8a\xcd\x87\xcc\xb3",
  "a\x01" "b\x02" "c\x1b" "[31mred\x1b" "[0m\x7f" "x\x0b" "y\x0c" "z end",
  "zero\u200bwidth\u200cnon\u200djoiner\ufeff" "bom",
  "𠀋𡈽𢌬 — 李小龍 — 한국어 — ไทย — देवनागरी — ᚠᛇᚻ",
  "line one\r\nline two\nline three\rline four",
};

/* 64 KB of mixed text, and it ends on a whole character. */
static char *
make_big_text (void)
{
  static const char piece[] = "Ünïcødé 👩🏽‍💻 'quote' \"double\"; DROP TABLE x;-- مريم ";
  GString *text = g_string_new (NULL);

  while (text->len + sizeof piece < 64 * 1024)
    g_string_append (text, piece);
  g_string_append (text, "end.");

  return g_string_free (text, FALSE);
}

typedef struct {
  gint64 person;
  gint64 mentorship;
  gint64 goal;
  gint64 milestone;
  gint64 meeting;
  gint64 review;
} TextIds;

static void
assert_same_bytes (const char *got,
                   const char *expected)
{
  g_assert_nonnull (got);
  if (strcmp (got, expected) != 0 && strlen (expected) < 200)
    {
      g_autofree char *shown_got = g_strescape (got, NULL);
      g_autofree char *shown_expected = g_strescape (expected, NULL);

      g_test_message ("got      \"%s\"", shown_got);
      g_test_message ("expected \"%s\"", shown_expected);
    }
  g_assert_cmpmem (got, strlen (got), expected, strlen (expected));
}

/* Puts text in every text field of a person, a mentorship, a goal with a
 * milestone, a meeting with an action item, and a review. */
static void
save_text_everywhere (MentorStore *store,
                      gint64       mentee_id,
                      const char  *text,
                      guint        n,
                      TextIds     *ids)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autoptr(MentorMentorship) mentorship = mentor_mentorship_new ();
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autoptr(MentorActionItem) item = mentor_action_item_new ();
  g_autoptr(MentorReview) review = mentor_review_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *email = g_strdup_printf ("text%u@example.com", n);
  g_autofree char *starts_at = g_strdup_printf ("2026-02-%02uT10:00:00Z", n + 1);
  const char * const words[] = { text, NULL };

  mentor_person_set_name (person, text);
  mentor_person_set_email (person, email);
  mentor_person_set_title (person, text);
  mentor_person_set_organization (person, text);
  mentor_person_set_department (person, text);
  mentor_person_set_offers (person, words);
  mentor_person_set_seeks (person, words);
  g_assert_true (mentor_store_save_person (store, person, &error));
  g_assert_no_error (error);
  ids->person = mentor_person_get_id (person);

  mentor_mentorship_set_mentor_id (mentorship, ids->person);
  mentor_mentorship_set_mentee_id (mentorship, mentee_id);
  mentor_mentorship_set_started_on (mentorship, "2026-01-05");
  mentor_mentorship_set_expectations (mentorship, text);
  mentor_mentorship_set_focus_areas (mentorship, words);
  g_assert_true (mentor_store_save_mentorship (store, mentorship, &error));
  g_assert_no_error (error);
  ids->mentorship = mentor_mentorship_get_id (mentorship);

  mentor_goal_set_mentorship_id (goal, ids->mentorship);
  mentor_goal_set_title (goal, text);
  mentor_goal_set_focus_area (goal, text);
  mentor_goal_set_success_measure (goal, text);
  g_assert_true (mentor_store_save_goal (store, goal, &error));
  g_assert_no_error (error);
  ids->goal = mentor_goal_get_id (goal);

  mentor_milestone_set_goal_id (milestone, ids->goal);
  mentor_milestone_set_title (milestone, text);
  g_assert_true (mentor_store_save_milestone (store, milestone, &error));
  g_assert_no_error (error);
  ids->milestone = mentor_milestone_get_id (milestone);

  mentor_meeting_set_mentorship_id (meeting, ids->mentorship);
  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  mentor_meeting_set_duration_min (meeting, 45);
  mentor_meeting_set_location (meeting, text);
  mentor_meeting_set_agenda (meeting, text);
  mentor_meeting_set_summary (meeting, text);
  mentor_meeting_set_private_notes (meeting, text);
  g_assert_true (mentor_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  ids->meeting = mentor_meeting_get_id (meeting);

  mentor_action_item_set_meeting_id (item, ids->meeting);
  mentor_action_item_set_text (item, text);
  g_assert_true (mentor_store_save_action_item (store, item, &error));
  g_assert_no_error (error);

  mentor_review_set_mentorship_id (review, ids->mentorship);
  mentor_review_set_author (review, MENTOR_OWNER_MENTEE);
  mentor_review_set_rating (review, 4);
  mentor_review_set_written_on (review, "2026-03-01");
  mentor_review_set_note (review, text);
  g_assert_true (mentor_store_save_review (store, review, &error));
  g_assert_no_error (error);
  ids->review = mentor_review_get_id (review);
}

static void
assert_text_everywhere (MentorStore   *store,
                        const char    *text,
                        const TextIds *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorPerson) person = mentor_store_get_person (store, ids->person, &error);
  g_autoptr(MentorMentorship) mentorship = mentor_store_get_mentorship (store, ids->mentorship, &error);
  g_autoptr(GListModel) goals = mentor_store_list_goals (store, ids->mentorship);
  g_autoptr(GListModel) milestones = mentor_store_list_milestones (store, ids->goal);
  g_autoptr(MentorMeeting) meeting = mentor_store_get_meeting (store, ids->meeting, &error);
  g_autoptr(GListModel) items = mentor_store_list_action_items (store, ids->meeting);
  g_autoptr(GListModel) reviews = mentor_store_list_reviews (store, ids->mentorship);
  g_autoptr(MentorGoal) goal = NULL;
  g_autoptr(MentorMilestone) milestone = NULL;
  g_autoptr(MentorActionItem) item = NULL;
  g_autoptr(MentorReview) review = NULL;

  g_assert_no_error (error);
  assert_same_bytes (mentor_person_get_name (person), text);
  assert_same_bytes (mentor_person_get_title (person), text);
  assert_same_bytes (mentor_person_get_organization (person), text);
  assert_same_bytes (mentor_person_get_department (person), text);
  assert_same_bytes (mentor_person_get_offers (person)[0], text);
  assert_same_bytes (mentor_person_get_seeks (person)[0], text);

  assert_same_bytes (mentor_mentorship_get_expectations (mentorship), text);
  assert_same_bytes (mentor_mentorship_get_focus_areas (mentorship)[0], text);
  assert_same_bytes (mentor_mentorship_get_mentor_name (mentorship), text);

  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  goal = g_list_model_get_item (goals, 0);
  assert_same_bytes (mentor_goal_get_title (goal), text);
  assert_same_bytes (mentor_goal_get_focus_area (goal), text);
  assert_same_bytes (mentor_goal_get_success_measure (goal), text);
  milestone = g_list_model_get_item (milestones, 0);
  assert_same_bytes (mentor_milestone_get_title (milestone), text);

  assert_same_bytes (mentor_meeting_get_location (meeting), text);
  assert_same_bytes (mentor_meeting_get_agenda (meeting), text);
  assert_same_bytes (mentor_meeting_get_summary (meeting), text);
  assert_same_bytes (mentor_meeting_get_private_notes (meeting), text);
  item = g_list_model_get_item (items, 0);
  assert_same_bytes (mentor_action_item_get_text (item), text);

  review = g_list_model_get_item (reviews, 0);
  assert_same_bytes (mentor_review_get_note (review), text);
}

/* Every text, and 64 KB of it, in every field; read back from a fresh
 * store, byte for byte; and the tables the SQL-looking ones name are there. */
static void
test_text_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MentorPerson) mentee = mentor_test_add_person (fixture->store, "Mentee", "mentee@example.com");
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autofree TextIds *ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (all, g_strdup (texts[i]));
  g_ptr_array_add (all, make_big_text ());
  ids = g_new0 (TextIds, all->len);

  for (guint i = 0; i < all->len; i++)
    save_text_everywhere (fixture->store, mentor_person_get_id (mentee),
                          g_ptr_array_index (all, i), i, &ids[i]);

  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < all->len; i++)
    {
      g_test_message ("text %u", i);
      assert_text_everywhere (fixture->store, g_ptr_array_index (all, i), &ids[i]);
    }

  g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, all->len + 1);
  dump = mentor_test_dump (fixture->path);
  g_assert_nonnull (strstr (dump, "table meeting:"));
  g_assert_nonnull (strstr (dump, "table person:"));
  mentor_test_assert_integrity_ok (fixture->path);
}

/* Bytes that are not UTF-8 (a stray continuation, an encoded surrogate,
 * an overlong form, a cut sequence, past U+10FFFF) are refused in every
 * kind of record, and nothing is stored. */
static void
test_text_invalid_utf8 (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const invalid[] = {
    "Ana \xc3\x28 Souza",
    "surrogate \xed\xa0\x80 half",
    "overlong \xc0\xaf slash",
    "cut short \xe2\x82",
    "beyond \xf4\x90\x80\x80 Unicode",
    "latin-1 caf\xe9",
  };
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_test_add_person (fixture->store, "Ben Okafor", "ben@example.com");
  g_autoptr(MentorMentorship) mentorship = mentor_test_add_mentorship (fixture->store,
                                                                       mentor_person_get_id (ana),
                                                                       mentor_person_get_id (ben));
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(MentorPerson) person = mentor_person_new ();
      g_autoptr(MentorPerson) titled = mentor_person_new ();
      g_autoptr(MentorGoal) goal = mentor_goal_new ();
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
      g_autoptr(MentorReview) review = mentor_review_new ();
      g_autoptr(MentorMentorship) terms = mentor_store_get_mentorship (fixture->store,
                                                                       mentor_mentorship_get_id (mentorship),
                                                                       NULL);
      GError *errors[6] = { NULL, };

      mentor_person_set_name (person, invalid[i]);
      g_assert_false (mentor_store_save_person (fixture->store, person, &errors[0]));

      mentor_person_set_name (titled, "Cy Park");
      mentor_person_set_title (titled, invalid[i]);
      g_assert_false (mentor_store_save_person (fixture->store, titled, &errors[1]));

      mentor_mentorship_set_expectations (terms, invalid[i]);
      g_assert_false (mentor_store_save_mentorship (fixture->store, terms, &errors[2]));

      mentor_goal_set_mentorship_id (goal, mentor_mentorship_get_id (mentorship));
      mentor_goal_set_title (goal, invalid[i]);
      g_assert_false (mentor_store_save_goal (fixture->store, goal, &errors[3]));

      mentor_meeting_set_mentorship_id (meeting, mentor_mentorship_get_id (mentorship));
      mentor_meeting_set_starts_at (meeting, "2026-03-12T10:00:00Z");
      mentor_meeting_set_tzid (meeting, "UTC");
      mentor_meeting_set_duration_min (meeting, 30);
      mentor_meeting_set_private_notes (meeting, invalid[i]);
      g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &errors[4]));

      mentor_review_set_mentorship_id (review, mentor_mentorship_get_id (mentorship));
      mentor_review_set_author (review, MENTOR_OWNER_MENTOR);
      mentor_review_set_rating (review, 3);
      mentor_review_set_note (review, invalid[i]);
      g_assert_false (mentor_store_save_review (fixture->store, review, &errors[5]));

      for (guint e = 0; e < G_N_ELEMENTS (errors); e++)
        {
          g_assert_error (errors[e], MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
          mentor_test_assert_sentence (errors[e]->message);
          g_clear_error (&errors[e]);
        }
    }

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* The text as an .ics file can carry it (RFC 5545 TEXT: no control
 * character but the tab, a line break only as "\n"): the export turns CRLF
 * and a lone CR into a line feed and leaves the other control characters
 * out. Everything else must come back byte for byte. */
static char *
as_exported (const char *text)
{
  GString *kept = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] == '\n')
            p++;
          g_string_append_c (kept, '\n');
        }
      else if (!g_ascii_iscntrl (*p) || *p == '\t' || *p == '\n')
        g_string_append_c (kept, *p);
    }

  return g_string_free (kept, FALSE);
}

static void
assert_same_text (const char *got,
                  const char *expected)
{
  g_autofree char *expected_kept = as_exported (expected);

  assert_same_bytes (got, expected_kept);
}

/* The shared words of meetings through an .ics export and its import into
 * another data file, byte for byte but for control characters; private
 * notes stay home. */
static void
test_text_ics_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_test_add_person (fixture->store, "Ben Okafor", "ben@example.com");
  g_autoptr(MentorMentorship) mentorship = mentor_test_add_mentorship (fixture->store,
                                                                       mentor_person_get_id (ana),
                                                                       mentor_person_get_id (ben));
  g_autoptr(MentorStore) other = NULL;
  g_autoptr(MentorIcsExport) export = NULL;
  g_autoptr(MentorIcsPlan) plan = NULL;
  g_autoptr(GListModel) imported = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  MentorIcsParsed *parsed;
  MentorIcsCounts counts = { 0, };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (all, g_strdup (texts[i]));
  g_ptr_array_add (all, make_big_text ());

  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
      g_autofree char *starts_at = g_strdup_printf ("2026-04-%02uT09:00:00Z", i + 1);

      mentor_meeting_set_mentorship_id (meeting, mentor_mentorship_get_id (mentorship));
      mentor_meeting_set_starts_at (meeting, starts_at);
      mentor_meeting_set_tzid (meeting, "Europe/Berlin");
      mentor_meeting_set_duration_min (meeting, 45);
      mentor_meeting_set_location (meeting, g_ptr_array_index (all, i));
      mentor_meeting_set_agenda (meeting, g_ptr_array_index (all, i));
      mentor_meeting_set_summary (meeting, g_ptr_array_index (all, i));
      mentor_meeting_set_private_notes (meeting, "PRIVATE-SENTINEL");
      g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
      g_assert_no_error (error);
    }

  export = mentor_ics_export_collect (fixture->store, 0, &error);
  g_assert_no_error (error);
  ics = mentor_ics_export_build (export, NULL);
  g_assert_null (strstr (ics, "PRIVATE-SENTINEL"));

  other = mentor_store_open (other_path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(MentorPerson) ana2 = mentor_test_add_person (other, "Ana Souza", "ana@example.com");
    g_autoptr(MentorPerson) ben2 = mentor_test_add_person (other, "Ben Okafor", "ben@example.com");
    g_autoptr(MentorMentorship) m2 = mentor_test_add_mentorship (other, mentor_person_get_id (ana2),
                                                                 mentor_person_get_id (ben2));
  }

  parsed = mentor_ics_parse (ics, strlen (ics), "Europe/Berlin", &error);
  g_assert_no_error (error);
  plan = mentor_ics_plan_new (other, parsed, 0);
  g_assert_true (mentor_ics_plan_apply (plan, &counts, &error));
  g_assert_no_error (error);

  imported = mentor_store_list_meetings (other, 0);
  g_assert_cmpuint (g_list_model_get_n_items (imported), ==, all->len);
  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (imported, i);

      /* Listed by start, as they were saved. */
      g_test_message ("text %u through .ics", i);
      assert_same_text (mentor_meeting_get_agenda (meeting), g_ptr_array_index (all, i));
      assert_same_text (mentor_meeting_get_summary (meeting), g_ptr_array_index (all, i));
      assert_same_text (mentor_meeting_get_location (meeting), g_ptr_array_index (all, i));
      g_assert_cmpstr (mentor_meeting_get_private_notes (meeting), ==, "");
    }
}

/* One RFC 4180 file (CRLF row ends, "" for a quote in a quoted cell): rows
 * of cells. */
static void
end_cell (GPtrArray *row,
          GString   *cell)
{
  g_ptr_array_add (row, g_strndup (cell->str, cell->len));
  g_string_truncate (cell, 0);
}

static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) cell = g_string_new (NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  gboolean quoted = FALSE;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (quoted && c == '"' && i + 1 < length && text[i + 1] == '"')
        {
          g_string_append_c (cell, '"');
          i++;
        }
      else if (c == '"')
        quoted = !quoted;
      else if (quoted)
        g_string_append_c (cell, c);
      else if (c == ',')
        end_cell (row, cell);
      else if (c == '\r' && i + 1 < length && text[i + 1] == '\n')
        {
          i++;
          end_cell (row, cell);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (cell, c);
    }
  g_assert_false (quoted);
  g_assert_cmpuint (cell->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);

  return rows;
}

/* The cell of a row under the column named so in the header row. */
static const char *
csv_cell (GPtrArray  *rows,
          guint       index,
          const char *column)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);
  GPtrArray *row = g_ptr_array_index (rows, index);

  for (guint c = 0; c < header->len; c++)
    if (g_strcmp0 (g_ptr_array_index (header, c), column) == 0)
      {
        g_assert_cmpuint (c, <, row->len);
        return g_ptr_array_index (row, c);
      }

  g_assert_not_reached ();
  return NULL;
}

/* The CSV export for spreadsheets: every text in its cell, byte for byte. */
static void
test_text_csv_export (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MentorPerson) mentee = mentor_test_add_person (fixture->store, "Mentee", "mentee@example.com");
  g_autofree char *out = g_build_filename (fixture->dir, "export", NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autofree TextIds *ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mentorships = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  guint rows[MENTOR_CSV_EXPORT_N_FILES] = { 0, };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (all, g_strdup (texts[i]));
  g_ptr_array_add (all, make_big_text ());
  ids = g_new0 (TextIds, all->len);
  for (guint i = 0; i < all->len; i++)
    save_text_everywhere (fixture->store, mentor_person_get_id (mentee),
                          g_ptr_array_index (all, i), i, &ids[i]);

  g_assert_true (mentor_csv_export (fixture->store, out, rows, &error));
  g_assert_no_error (error);

#define READ(var, file) \
  G_STMT_START { \
    g_autofree char *p = g_build_filename (out, mentor_csv_export_file_name (file), NULL); \
    var = read_csv (p); \
    g_assert_cmpuint (var->len, ==, all->len + 1); \
  } G_STMT_END
  READ (mentorships, MENTOR_CSV_EXPORT_MENTORSHIPS);
  READ (meetings, MENTOR_CSV_EXPORT_MEETINGS);
  READ (goals, MENTOR_CSV_EXPORT_GOALS);
  READ (milestones, MENTOR_CSV_EXPORT_MILESTONES);
#undef READ

  for (guint i = 0; i < all->len; i++)
    {
      const char *text = g_ptr_array_index (all, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i].mentorship);
      guint row = 0;

      g_test_message ("text %u in CSV", i);
      /* Rows in any order: find the mentorship's own. */
      for (guint r = 1; r < mentorships->len && row == 0; r++)
        if (g_strcmp0 (csv_cell (mentorships, r, "id"), id) == 0)
          row = r;
      g_assert_cmpuint (row, >, 0);
      assert_same_bytes (csv_cell (mentorships, row, "expectations"), text);
      assert_same_bytes (csv_cell (mentorships, row, "mentor"), text);

      for (guint r = 1; r < meetings->len; r++)
        if (g_strcmp0 (csv_cell (meetings, r, "mentorship_id"), id) == 0)
          {
            assert_same_bytes (csv_cell (meetings, r, "agenda"), text);
            assert_same_bytes (csv_cell (meetings, r, "summary"), text);
            assert_same_bytes (csv_cell (meetings, r, "location"), text);
          }
      for (guint r = 1; r < goals->len; r++)
        if (g_strcmp0 (csv_cell (goals, r, "mentorship_id"), id) == 0)
          {
            assert_same_bytes (csv_cell (goals, r, "title"), text);
            assert_same_bytes (csv_cell (goals, r, "success_measure"), text);
          }
      for (guint r = 1; r < milestones->len; r++)
        if (g_strcmp0 (csv_cell (milestones, r, "mentorship_id"), id) == 0)
          assert_same_bytes (csv_cell (milestones, r, "title"), text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_STORE(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD_STORE ("/text/round-trip", test_text_round_trip);
  ADD_STORE ("/text/invalid-utf8", test_text_invalid_utf8);
  ADD_STORE ("/text/ics-round-trip", test_text_ics_round_trip);
  ADD_STORE ("/text/csv-export", test_text_csv_export);

  return g_test_run ();
}
