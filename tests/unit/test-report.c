/* test-report.c — progress reports: periods, paper, what is gathered, how it
 * is laid out on pages, the PDF file, and the CSV export's atomic writing
 *
 * The text checks read what the layout draws (mentor_report_layout_dup_text()
 * collects every string that goes through the one text-drawing function), so
 * "never printed" means never handed to Pango. The script tests in
 * tests/report read the real PDF back with pdftotext.
 */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mentor-csv-export.h"
#include "mentor-report-private.h"
#include "mentor-test-util.h"

#define SENTINEL "PRIVATE-SENTINEL-7f3a"
#define SHARED   "SHARED-SUMMARY-c41d"

/* ---- Building a program ----------------------------------------------------- */

static MentorMentorship *
add_active (MentorStore *store,
            const char  *mentor,
            const char  *mentee,
            guint        index)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *mentor_email = g_strdup_printf ("mentor%u.%u@example.org", index, ++serial);
  g_autofree char *mentee_email = g_strdup_printf ("mentee%u.%u@example.org", index, serial);
  g_autoptr(MentorPerson) a = mentor_test_add_person (store, mentor, mentor_email);
  g_autoptr(MentorPerson) b = mentor_test_add_person (store, mentee, mentee_email);
  MentorMentorship *m = mentor_test_add_mentorship (store, mentor_person_get_id (a),
                                                    mentor_person_get_id (b));

  g_assert_true (mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (m),
                                                     MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_no_error (error);
  return m;
}

static gint64
add_goal (MentorStore *store,
          gint64       mentorship_id,
          const char  *title,
          guint        n_milestones,
          guint        n_done)
{
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(GError) error = NULL;

  mentor_goal_set_mentorship_id (goal, mentorship_id);
  mentor_goal_set_title (goal, title);
  mentor_goal_set_focus_area (goal, "Leadership");
  mentor_goal_set_success_measure (goal, "Leads the quarterly review without help");
  mentor_goal_set_target_on (goal, "2026-06-30");
  g_assert_true (mentor_store_save_goal (store, goal, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_milestones; i++)
    {
      g_autoptr(MentorMilestone) ms = mentor_milestone_new ();
      g_autofree char *ms_title = g_strdup_printf ("Milestone %u of %s", i + 1, title);
      g_autofree char *due = mentor_date_add_days ("2026-02-01", (int) i * 7);

      mentor_milestone_set_goal_id (ms, mentor_goal_get_id (goal));
      mentor_milestone_set_title (ms, ms_title);
      mentor_milestone_set_position (ms, i);
      mentor_milestone_set_due_on (ms, due);
      g_assert_true (mentor_store_save_milestone (store, ms, &error));
      g_assert_no_error (error);
      if (i < n_done)
        {
          g_assert_true (mentor_store_set_milestone_done (store, mentor_milestone_get_id (ms), TRUE, &error));
          g_assert_no_error (error);
        }
    }

  return mentor_goal_get_id (goal);
}

static gint64
add_meeting (MentorStore         *store,
             gint64               mentorship_id,
             const char          *starts_at,
             MentorMeetingStatus  status,
             const char          *agenda,
             const char          *summary,
             const char          *private_notes)
{
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autoptr(GError) error = NULL;

  mentor_meeting_set_mentorship_id (meeting, mentorship_id);
  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  mentor_meeting_set_duration_min (meeting, 45);
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_agenda (meeting, agenda);
  mentor_meeting_set_summary (meeting, summary);
  mentor_meeting_set_private_notes (meeting, private_notes);
  g_assert_true (mentor_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);
  return mentor_meeting_get_id (meeting);
}

/* n mentorships, each with two goals (one of 4 milestones, half done) and
 * meetings in January, February and March 2026. */
static void
add_program (MentorStore *store,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *mentor = g_strdup_printf ("Mentor %03u", i);
      g_autofree char *mentee = g_strdup_printf ("Mentee %03u", i);
      g_autoptr(MentorMentorship) m = add_active (store, mentor, mentee, i);
      gint64 id = mentor_mentorship_get_id (m);

      add_goal (store, id, "Lead the quarterly business review", 4, 2);
      add_goal (store, id, "Build a network outside engineering", 2, 0);
      add_meeting (store, id, "2026-01-13T09:00:00Z", MENTOR_MEETING_HELD,
                   "Goals for the year", "Agreed on two goals.", NULL);
      add_meeting (store, id, "2026-02-10T09:00:00Z", MENTOR_MEETING_MISSED,
                   "Review of the first month", NULL, NULL);
      add_meeting (store, id, "2026-03-03T09:00:00Z", MENTOR_MEETING_HELD,
                   "Preparing the review", NULL, NULL);
    }
}

static mode_t
umask_now (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return mask;
}

static MentorReport *
gather (MentorStore        *store,
        MentorReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  MentorReport *report = mentor_report_gather (store, options, "2026-03-10", &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
options_for_q1 (MentorReportOptions *options)
{
  g_autoptr(GError) error = NULL;

  mentor_report_options_init (options, "2026-03-10");
  g_assert_true (mentor_report_options_set_period (options, "2026-01-01", "2026-03-31", &error));
  g_assert_no_error (error);
}

/* Every block lies inside the body of its page; a block that keeps with the
 * next has it on the same page; a row that opens a page follows its column
 * titles. */
static void
assert_pages_sound (MentorReportLayout *layout)
{
  guint n = mentor_report_layout_get_n_placements (layout);
  double top, bottom;

  mentor_report_layout_get_body (layout, &top, &bottom);
  for (guint i = 0; i < n; i++)
    {
      const MentorReportPlacement *p = mentor_report_layout_get_placement (layout, i);

      g_assert_cmpfloat (p->y, >=, top - 0.01);
      g_assert_cmpfloat (p->y + p->block->height, <=, bottom + 0.01);
      g_assert_cmpuint (p->page, <, mentor_report_layout_get_n_pages (layout));

      if (i + 1 < n && p->block->keep_with_next)
        g_assert_cmpuint (mentor_report_layout_get_placement (layout, i + 1)->page, ==, p->page);

      /* A row never opens a page without its column titles above it. */
      if (p->block->kind == MENTOR_REPORT_BLOCK_TABLE_ROW)
        g_assert_true (i > 0 && mentor_report_layout_get_placement (layout, i - 1)->page == p->page);
    }
}

/* ---- Periods and paper ------------------------------------------------------ */

static void
test_periods (void)
{
  g_autoptr(GError) error = NULL;
  MentorReportOptions options;
  char *from = NULL, *to = NULL;
  g_autofree char *name = NULL;

  mentor_report_period_dates (MENTOR_REPORT_THIS_QUARTER, "2026-03-10", &from, &to);
  g_assert_cmpstr (from, ==, "2026-01-01");
  g_assert_cmpstr (to, ==, "2026-03-31");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  mentor_report_period_dates (MENTOR_REPORT_LAST_QUARTER, "2026-03-10", &from, &to);
  g_assert_cmpstr (from, ==, "2025-10-01");
  g_assert_cmpstr (to, ==, "2025-12-31");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  mentor_report_period_dates (MENTOR_REPORT_LAST_QUARTER, "2026-08-31", &from, &to);
  g_assert_cmpstr (from, ==, "2026-04-01");
  g_assert_cmpstr (to, ==, "2026-06-30");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  mentor_report_period_dates (MENTOR_REPORT_LAST_3_MONTHS, "2026-03-10", &from, &to);
  g_assert_cmpstr (from, ==, "2025-12-11");
  g_assert_cmpstr (to, ==, "2026-03-10");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  /* The defaults are the last three months, everyone, summaries, no notes. */
  mentor_report_options_init (&options, "2026-03-10");
  g_assert_cmpstr (options.from, ==, "2025-12-11");
  g_assert_cmpstr (options.to, ==, "2026-03-10");
  g_assert_cmpint (options.scope, ==, MENTOR_REPORT_ALL);
  g_assert_true (options.include_summaries);
  g_assert_false (options.include_private_notes);

  g_assert_false (mentor_report_options_set_period (&options, "2026-02-30", "2026-03-10", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);
  g_assert_false (mentor_report_options_set_period (&options, "2026-03-11", "2026-03-10", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* A refused period leaves the options as they were. */
  g_assert_cmpstr (options.from, ==, "2025-12-11");
  g_assert_true (mentor_report_options_set_period (&options, "2026-03-10", "2026-03-10", &error));
  g_assert_no_error (error);

  name = mentor_report_suggest_file_name ("2026-01-01", "2026-03-31");
  g_assert_cmpstr (name, ==, "Mentoring Report 2026-Q1.pdf");
  g_clear_pointer (&name, g_free);
  name = mentor_report_suggest_file_name ("2025-12-11", "2026-03-10");
  g_assert_cmpstr (name, ==, "Mentoring Report 2025-12-11 to 2026-03-10.pdf");
  g_clear_pointer (&name, g_free);
  name = mentor_report_quarter_name ("2026-01-01", "2026-03-30");
  g_assert_null (name);
}

static void
test_paper (void)
{
  double width = 0, height = 0;

  /* The tests run in C.UTF-8, whose paper glibc gives as A4. */
  mentor_report_default_page_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, MENTOR_REPORT_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (height, MENTOR_REPORT_A4_HEIGHT, 0.5);

  g_assert_true (mentor_report_locale_uses_letter ("en_US.UTF-8"));
  g_assert_true (mentor_report_locale_uses_letter ("fr_CA"));
  g_assert_true (mentor_report_locale_uses_letter ("es_MX.UTF-8@euro"));
  g_assert_false (mentor_report_locale_uses_letter ("de_DE.UTF-8"));
  g_assert_false (mentor_report_locale_uses_letter ("en_GB.UTF-8"));
  g_assert_false (mentor_report_locale_uses_letter ("C.UTF-8"));
  g_assert_false (mentor_report_locale_uses_letter ("en_USX"));
  g_assert_false (mentor_report_locale_uses_letter (NULL));
}

/* ---- What is gathered -------------------------------------------------------- */

static void
test_gather_counts (MentorTestFixture *fixture,
                    gconstpointer      data)
{
  g_autoptr(MentorReport) report = NULL;
  MentorReportOptions options;

  add_program (fixture->store, 3);
  options_for_q1 (&options);
  report = gather (fixture->store, &options);

  g_assert_cmpuint (mentor_report_get_n_mentorships (report), ==, 3);
  g_assert_cmpuint (report->by_status[MENTOR_STATUS_ACTIVE], ==, 3);
  g_assert_cmpuint (report->goals_by_status[MENTOR_GOAL_OPEN], ==, 6);
  /* Held: January and March; planned: those and the missed one in February. */
  g_assert_cmpuint (report->held, ==, 6);
  g_assert_cmpuint (report->planned, ==, 9);
  g_assert_cmpuint (report->months->len, ==, 3);
  g_assert_cmpuint (((MentorReportMonth *) g_ptr_array_index (report->months, 0))->held, ==, 3);
  g_assert_cmpuint (((MentorReportMonth *) g_ptr_array_index (report->months, 1))->held, ==, 0);
  g_assert_cmpuint (((MentorReportMonth *) g_ptr_array_index (report->months, 1))->planned, ==, 3);
  g_assert_cmpuint (((MentorReportMonth *) g_ptr_array_index (report->months, 2))->held, ==, 3);
  /* Overdue as of 10 March: the open milestones due 1 Feb … 22 Feb that are not done. */
  g_assert_cmpuint (report->overdue->len, ==, 3 * (2 + 2));
  g_assert_cmpstr (mentor_report_get_program_name (report), ==, "Mentoring Program");
}

static void
test_cancelled_not_planned (MentorTestFixture *fixture,
                            gconstpointer      data)
{
  g_autoptr(MentorMentorship) m = add_active (fixture->store, "Ana Lima", "Ben Cole", 1);
  g_autoptr(MentorReport) report = NULL;
  MentorReportOptions options;
  gint64 id = mentor_mentorship_get_id (m);

  add_meeting (fixture->store, id, "2026-02-03T09:00:00Z", MENTOR_MEETING_CANCELLED, "A", NULL, NULL);
  add_meeting (fixture->store, id, "2026-02-17T09:00:00Z", MENTOR_MEETING_HELD, "B", NULL, NULL);
  add_meeting (fixture->store, id, "2026-03-24T09:00:00Z", MENTOR_MEETING_SCHEDULED, "C", NULL, NULL);
  /* Outside the period: not counted. */
  add_meeting (fixture->store, id, "2025-12-30T09:00:00Z", MENTOR_MEETING_HELD, "D", NULL, NULL);

  options_for_q1 (&options);
  report = gather (fixture->store, &options);
  g_assert_cmpuint (report->held, ==, 1);
  g_assert_cmpuint (report->planned, ==, 2);
}

static void
test_scope (MentorTestFixture *fixture,
            gconstpointer      data)
{
  g_autoptr(MentorMentorship) a = add_active (fixture->store, "Ana Lima", "Ben Cole", 1);
  g_autoptr(MentorMentorship) b = add_active (fixture->store, "Cleo Park", "Dev Rao", 2);
  g_autoptr(MentorReport) report = NULL;
  g_autoptr(MentorReportLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MentorReportOptions options;

  options_for_q1 (&options);
  options.scope = MENTOR_REPORT_ONE;
  options.mentorship_id = mentor_mentorship_get_id (b);
  report = gather (fixture->store, &options);
  g_assert_cmpuint (mentor_report_get_n_mentorships (report), ==, 1);

  layout = mentor_report_layout_new (report, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT);
  text = mentor_report_layout_dup_text (layout);
  g_assert_nonnull (strstr (text, "Cleo Park → Dev Rao"));
  g_assert_null (strstr (text, "Ana Lima"));
  /* The section on its own: no program part. */
  g_assert_null (strstr (text, "At a Glance"));

  options.mentorship_id = 9999;
  g_assert_null (mentor_report_gather (fixture->store, &options, "2026-03-10", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* By status: a paused one is not among the active ones. */
  g_assert_true (mentor_store_set_mentorship_status (fixture->store, mentor_mentorship_get_id (a),
                                                     MENTOR_STATUS_PAUSED, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&report);
  options.scope = MENTOR_REPORT_BY_STATUS;
  options.status = MENTOR_STATUS_ACTIVE;
  report = gather (fixture->store, &options);
  g_assert_cmpuint (mentor_report_get_n_mentorships (report), ==, 1);

  /* All, but not what closed before the period began. */
  g_clear_object (&report);
  options.scope = MENTOR_REPORT_ALL;
  g_assert_true (mentor_report_options_set_period (&options, "2026-01-01", "2026-01-03", &error));
  report = gather (fixture->store, &options);
  /* Both started on 5 January, after this period. */
  g_assert_cmpuint (mentor_report_get_n_mentorships (report), ==, 0);
}

static void
test_private_notes (MentorTestFixture *fixture,
                    gconstpointer      data)
{
  g_autoptr(MentorMentorship) m = add_active (fixture->store, "Zoë Ångström", "李雷", 1);
  gint64 id = mentor_mentorship_get_id (m);
  MentorReportOptions options;

  add_meeting (fixture->store, id, "2026-02-03T09:00:00Z", MENTOR_MEETING_HELD,
               "Talking about the board", SHARED, "She is thinking of leaving. " SENTINEL);
  options_for_q1 (&options);

  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(MentorReport) report = NULL;
      g_autoptr(MentorReportLayout) layout = NULL;
      g_autofree char *text = NULL;

      /* Round 0: the defaults. 1: summaries left out. 2: notes asked for. */
      options.include_summaries = round != 1;
      options.include_private_notes = round == 2;
      report = gather (fixture->store, &options);
      layout = mentor_report_layout_new (report, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT);
      text = mentor_report_layout_dup_text (layout);

      g_assert_nonnull (strstr (text, "Zoë Ångström → 李雷"));
      g_assert_nonnull (strstr (text, "Talking about the board"));
      if (round == 2)
        {
          g_assert_nonnull (strstr (text, SENTINEL));
          g_assert_nonnull (strstr (text, "Contains private notes"));
        }
      else
        g_assert_null (strstr (text, SENTINEL));
      if (round == 1)
        g_assert_null (strstr (text, SHARED));
      else
        g_assert_nonnull (strstr (text, SHARED));
    }
}

/* ---- Pages -------------------------------------------------------------------- */

static void
test_pages_grow (MentorTestFixture *fixture,
                 gconstpointer      data)
{
  MentorReportOptions options;
  guint pages[2] = { 0, 0 };

  options_for_q1 (&options);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(MentorReport) report = NULL;
      g_autoptr(MentorReportLayout) layout = NULL;

      add_program (fixture->store, round == 0 ? 2 : 30);
      report = gather (fixture->store, &options);
      layout = mentor_report_layout_new (report, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT);
      pages[round] = mentor_report_layout_get_n_pages (layout);
      assert_pages_sound (layout);

      /* Each goal fits a page, so each is one block. */
      for (guint i = 0; i < mentor_report_layout_get_n_placements (layout); i++)
        g_assert_false (mentor_report_layout_get_placement (layout, i)->block->continued);
    }

  g_assert_cmpuint (pages[0], >=, 2);
  g_assert_cmpuint (pages[1], >, pages[0] * 4);
}

static void
test_page_sizes (MentorTestFixture *fixture,
                 gconstpointer      data)
{
  g_autoptr(MentorReport) report = NULL;
  g_autoptr(MentorReportLayout) a4 = NULL;
  g_autoptr(MentorReportLayout) letter = NULL;
  MentorReportOptions options;
  double width, height;

  add_program (fixture->store, 12);
  options_for_q1 (&options);
  report = gather (fixture->store, &options);

  a4 = mentor_report_layout_new (report, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT);
  letter = mentor_report_layout_new (report, MENTOR_REPORT_LETTER_WIDTH, MENTOR_REPORT_LETTER_HEIGHT);
  mentor_report_layout_get_page_size (letter, &width, &height);
  g_assert_cmpfloat (width, ==, MENTOR_REPORT_LETTER_WIDTH);
  g_assert_cmpfloat (height, ==, MENTOR_REPORT_LETTER_HEIGHT);
  assert_pages_sound (a4);
  assert_pages_sound (letter);
  /* Letter is shorter than A4: at least as many pages. */
  g_assert_cmpuint (mentor_report_layout_get_n_pages (letter), >=, mentor_report_layout_get_n_pages (a4));
}

static void
test_long_content (MentorTestFixture *fixture,
                   gconstpointer      data)
{
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorReport) report = NULL;
  g_autoptr(MentorReportLayout) layout = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *long_name = NULL;
  MentorReportOptions options;
  guint goal_pieces = 0, summary_pieces = 0;
  gint64 id;

  /* A name far wider than the page wraps instead of running off it. */
  long_name = g_strnfill (300, 'W');
  m = add_active (fixture->store, long_name, "Short Name", 1);
  id = mentor_mentorship_get_id (m);
  /* A goal with more milestones than a page holds, and a summary of pages. */
  add_goal (fixture->store, id, "A goal with very many milestones", 150, 40);
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (summary, "Sentence %u of a very long shared summary. ", i);
  add_meeting (fixture->store, id, "2026-02-03T09:00:00Z", MENTOR_MEETING_HELD,
               "Everything", summary->str, NULL);

  options_for_q1 (&options);
  report = gather (fixture->store, &options);
  layout = mentor_report_layout_new (report, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT);
  assert_pages_sound (layout);

  for (guint i = 0; i < mentor_report_layout_get_n_placements (layout); i++)
    {
      const MentorReportBlock *block = mentor_report_layout_get_placement (layout, i)->block;

      if (block->kind == MENTOR_REPORT_BLOCK_GOAL)
        {
          /* The pieces follow on: each starts where the last ended. */
          g_assert_cmpuint (block->first, <, block->last);
          goal_pieces++;
        }
      else if (block->kind == MENTOR_REPORT_BLOCK_TEXT && block->style == MENTOR_REPORT_STYLE_SUMMARY)
        summary_pieces++;
    }
  g_assert_cmpuint (goal_pieces, >, 1);
  g_assert_cmpuint (summary_pieces, >, 1);

  /* Nothing was lost in splitting. */
  text = mentor_report_layout_dup_text (layout);
  g_assert_nonnull (strstr (text, "Milestone 1 of A goal"));
  g_assert_nonnull (strstr (text, "Milestone 150 of A goal"));
  g_assert_nonnull (strstr (text, "Sentence 0 of"));
  g_assert_nonnull (strstr (text, "Sentence 399 of"));
}

/* ---- Files -------------------------------------------------------------------- */

static void
test_write_pdf (MentorTestFixture *fixture,
                gconstpointer      data)
{
  g_autoptr(MentorReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "mentor.db", "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  MentorReportOptions options;
  guint pages = 0;
  gsize length;

  add_program (fixture->store, 3);
  options_for_q1 (&options);
  report = gather (fixture->store, &options);

  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  g_assert_true (mentor_report_write_pdf (report, path, 0, 0, &pages, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pages, >=, 2);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* A complete file: cairo ends it with the trailer's end mark. */
  g_assert_cmpuint (length, >, 6);
  g_assert_nonnull (strstr (contents + length - 7, "%%EOF"));

  /* Readable by others without private notes; by its owner only with them. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0644 & ~umask_now ());
    report->options.include_private_notes = TRUE;
    g_assert_true (mentor_report_write_pdf (report, path, 0, 0, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    report->options.include_private_notes = FALSE;
  }

  /* A folder that cannot be: an error, and nothing written anywhere. */
  g_assert_false (mentor_report_write_pdf (report, bad, 0, 0, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_clear_error (&error);

  /* No temporary file is left beside the report. */
  names = mentor_test_list_dir (fixture->dir);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_false (g_str_has_prefix (names[i], ".report.pdf"));
}

static void
test_csv_atomic (MentorTestFixture *fixture,
                 gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "plain-file", NULL);
  g_autofree char *nested = g_build_filename (fixture->dir, "plain-file", "csv", NULL);
  g_autofree char *meetings = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  guint rows[MENTOR_CSV_EXPORT_N_FILES];
  g_autoptr(MentorMentorship) m = add_active (fixture->store, "Zoë Ångström", "李雷", 1);

  add_meeting (fixture->store, mentor_mentorship_get_id (m), "2026-02-03T09:00:00Z",
               MENTOR_MEETING_HELD, "Agenda, with \"quotes\"\nand a line break", SHARED, SENTINEL);
  add_goal (fixture->store, mentor_mentorship_get_id (m), "Speak at the all-hands", 3, 1);

  /* Into a new folder. */
  g_assert_true (mentor_csv_export (fixture->store, out, rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows[MENTOR_CSV_EXPORT_MENTORSHIPS], ==, 1);
  g_assert_cmpuint (rows[MENTOR_CSV_EXPORT_MEETINGS], ==, 1);
  g_assert_cmpuint (rows[MENTOR_CSV_EXPORT_GOALS], ==, 1);
  g_assert_cmpuint (rows[MENTOR_CSV_EXPORT_MILESTONES], ==, 3);
  names = mentor_test_list_dir (out);
  g_assert_cmpuint (g_strv_length (names), ==, 4);
  g_assert_cmpstr (names[0], ==, "goals.csv");
  g_assert_cmpstr (names[3], ==, "milestones.csv");

  meetings = g_build_filename (out, "meetings.csv", NULL);
  g_assert_true (g_file_get_contents (meetings, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\"id\",\"mentorship_id\","));
  g_assert_nonnull (strstr (contents, "\"Agenda, with \"\"quotes\"\"\nand a line break\""));
  g_assert_nonnull (strstr (contents, SHARED));
  g_assert_null (strstr (contents, SENTINEL));
  g_assert_null (strstr (contents, "private"));
  g_assert_nonnull (strstr (contents, "\r\n"));

  /* Where a folder cannot be made: an error, and nothing made. */
  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  g_assert_false (mentor_csv_export (fixture->store, nested, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (mentor_csv_export (fixture->store, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_clear_error (&error);
  g_strfreev (names);
  names = mentor_test_list_dir (fixture->dir);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_false (g_str_has_prefix (names[i], "."));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/periods", test_periods);
  g_test_add_func ("/report/paper", test_paper);
  g_test_add ("/report/gather/counts", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_gather_counts, mentor_test_fixture_teardown);
  g_test_add ("/report/gather/cancelled-not-planned", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_cancelled_not_planned, mentor_test_fixture_teardown);
  g_test_add ("/report/gather/scope", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_scope, mentor_test_fixture_teardown);
  g_test_add ("/report/private-notes", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_private_notes, mentor_test_fixture_teardown);
  g_test_add ("/report/layout/pages-grow", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_pages_grow, mentor_test_fixture_teardown);
  g_test_add ("/report/layout/page-sizes", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_page_sizes, mentor_test_fixture_teardown);
  g_test_add ("/report/layout/long-content", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_long_content, mentor_test_fixture_teardown);
  g_test_add ("/report/pdf", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_write_pdf, mentor_test_fixture_teardown);
  g_test_add ("/report/csv-atomic", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_csv_atomic, mentor_test_fixture_teardown);

  status = g_test_run ();

  /* fontconfig keeps its patterns' arrays by encoded offsets, which valgrind
   * cannot follow: let go of the font map and its caches, and of
   * fontconfig's own, so that what remains is a leak of ours if anything. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return status;
}
