/* test-calendar.c — the calendar as the store builds it: one-off meetings,
 * stored and computed occurrences of series, marking, taking out, splitting,
 * the goals a meeting worked on, and what comes next
 *
 * Today is 2026-03-10 (MENTOR_TODAY, TZ=UTC): "now" is 2026-03-10T00:00:00Z.
 * The series of most tests: fortnightly on Tuesday at 09:00 Berlin from
 * 3 March 2026 (08:00 UTC; 07:00 UTC from 31 March, summer time).
 */
#include "config.h"

#include <string.h>

#include "mentor-store-private.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

typedef struct {
  gint64 ana;
  gint64 bo;
  gint64 cy;
  gint64 mentorship;  /* Ana → Bo */
  gint64 other;       /* Ana → Cy */
} World;

static void
build_world (MentorStore *store,
             World       *w)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorPerson) cy = mentor_test_add_person (store, "Cy Doe", "cy@example.com");
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorMentorship) o = NULL;
  g_autoptr(GError) error = NULL;

  w->ana = mentor_person_get_id (ana);
  w->bo = mentor_person_get_id (bo);
  w->cy = mentor_person_get_id (cy);
  m = mentor_test_add_mentorship (store, w->ana, w->bo);
  o = mentor_test_add_mentorship (store, w->ana, w->cy);
  w->mentorship = mentor_mentorship_get_id (m);
  w->other = mentor_mentorship_get_id (o);
  g_assert_true (mentor_store_set_mentorship_status (store, w->mentorship, MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_true (mentor_store_set_mentorship_status (store, w->other, MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_no_error (error);
}

static MentorCheckinSeries *
add_series (MentorStore *store,
            gint64       mentorship_id,
            const char  *dtstart,
            const char  *tzid,
            const char  *rrule)
{
  MentorCheckinSeries *series = mentor_checkin_series_new ();
  g_autoptr(GError) error = NULL;

  mentor_checkin_series_set_mentorship_id (series, mentorship_id);
  mentor_checkin_series_set_summary (series, "Check-in");
  mentor_checkin_series_set_dtstart (series, dtstart);
  mentor_checkin_series_set_tzid (series, tzid);
  mentor_checkin_series_set_duration_min (series, 45);
  mentor_checkin_series_set_rrule (series, rrule);
  mentor_checkin_series_set_location (series, "Video call");
  mentor_checkin_series_set_mode (series, MENTOR_MODE_VIDEO);
  g_assert_true (mentor_store_save_series (store, series, &error));
  g_assert_no_error (error);

  return series;
}

static MentorMeeting *
add_meeting (MentorStore         *store,
             gint64               mentorship_id,
             const char          *starts_at,
             MentorMeetingStatus  status,
             const char          *agenda)
{
  MentorMeeting *meeting = mentor_meeting_new ();
  g_autoptr(GError) error = NULL;

  mentor_meeting_set_mentorship_id (meeting, mentorship_id);
  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_agenda (meeting, agenda);
  g_assert_true (mentor_store_save_meeting (store, meeting, &error));
  g_assert_no_error (error);

  return meeting;
}

/* The calendar of [from, to) as one line per item:
 * "<starts_at> <status> <stored|computed> <agenda>". */
static char *
calendar_text (MentorStore *store,
               gint64       mentorship_id,
               const char  *from,
               const char  *to)
{
  g_autoptr(GListModel) list = mentor_store_list_calendar (store, mentorship_id, from, to);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MentorMeeting) m = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s %s %s %s\n", mentor_meeting_get_starts_at (m),
                              mentor_meeting_status_to_string (mentor_meeting_get_status (m)),
                              mentor_meeting_is_computed (m) ? "computed" : "stored",
                              mentor_meeting_get_agenda (m));
    }

  return g_string_free (out, FALSE);
}

static MentorMeeting *
calendar_item (MentorStore *store,
               gint64       mentorship_id,
               const char  *starts_at)
{
  g_autofree char *to = g_strdup (starts_at);
  g_autoptr(GListModel) list = NULL;

  to[18]++;  /* one second later */
  list = mentor_store_list_calendar (store, mentorship_id, starts_at, to);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  return g_list_model_get_item (list, 0);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = mentor_test_raw_open (path);
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
changed_cb (MentorStore *store,
            guint        what,
            guint       *flags)
{
  *flags |= what;
}

/* ---- Listing ------------------------------------------------------------------ */

static void
test_list_merges (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) one_off = NULL;
  g_autoptr(MentorMeeting) other = NULL;
  g_autoptr(MentorMeeting) computed = NULL;
  g_autoptr(MentorMeeting) moved = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autofree char *text = NULL;
  g_autofree char *only_other = NULL;
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  one_off = add_meeting (fixture->store, w.mentorship, "2026-03-12T15:00:00Z", MENTOR_MEETING_SCHEDULED,
                         "Quarterly review");
  other = add_meeting (fixture->store, w.other, "2026-03-17T08:00:00Z", MENTOR_MEETING_SCHEDULED, "Same time");

  /* 17 March moved an hour later and held, as a stored occurrence. */
  moved = calendar_item (fixture->store, w.mentorship, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_meeting_is_computed (moved));
  mentor_meeting_set_starts_at (moved, "2026-03-17T09:00:00Z");
  mentor_meeting_set_status (moved, MENTOR_MEETING_HELD);
  mentor_meeting_set_agenda (moved, "Moved an hour");
  g_assert_true (mentor_store_save_meeting (fixture->store, moved, &error));
  g_assert_no_error (error);
  g_assert_false (mentor_meeting_is_computed (moved));

  text = calendar_text (fixture->store, 0, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  g_assert_cmpstr (text, ==,
                   "2026-03-03T08:00:00Z scheduled computed Check-in\n"
                   "2026-03-12T15:00:00Z scheduled stored Quarterly review\n"
                   "2026-03-17T08:00:00Z scheduled stored Same time\n"
                   "2026-03-17T09:00:00Z held stored Moved an hour\n"
                   "2026-03-31T07:00:00Z scheduled computed Check-in\n");

  /* Filtered by mentorship. */
  only_other = calendar_text (fixture->store, w.other, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  g_assert_cmpstr (only_other, ==, "2026-03-17T08:00:00Z scheduled stored Same time\n");

  /* A computed one carries the series' terms and the mentorship's title. */
  computed = calendar_item (fixture->store, 0, "2026-03-31T07:00:00Z");
  g_assert_cmpint (mentor_meeting_get_id (computed), ==, 0);
  g_assert_cmpint (mentor_meeting_get_series_id (computed), ==, mentor_checkin_series_get_id (series));
  g_assert_cmpint (mentor_meeting_get_mentorship_id (computed), ==, w.mentorship);
  g_assert_cmpstr (mentor_meeting_get_uid (computed), ==, mentor_checkin_series_get_uid (series));
  g_assert_cmpstr (mentor_meeting_get_recurrence_id (computed), ==, "2026-03-31T07:00:00Z");
  g_assert_cmpstr (mentor_meeting_get_tzid (computed), ==, "Europe/Berlin");
  g_assert_cmpuint (mentor_meeting_get_duration_min (computed), ==, 45);
  g_assert_cmpint (mentor_meeting_get_mode (computed), ==, MENTOR_MODE_VIDEO);
  g_assert_cmpstr (mentor_meeting_get_location (computed), ==, "Video call");
  g_assert_cmpstr (mentor_meeting_get_mentorship_title (computed), ==, "Ana Souza → Bo Lindqvist");

  /* Stored ones too; and the store reads one back with its title. */
  all = mentor_store_list_calendar (fixture->store, 0, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MentorMeeting) m = g_list_model_get_item (all, i);

      g_assert_cmpstr (mentor_meeting_get_mentorship_title (m), !=, "");
    }
  {
    g_autoptr(MentorMeeting) read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (moved), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (mentor_meeting_get_mentorship_title (read), ==, "Ana Souza → Bo Lindqvist");
    g_assert_cmpstr (mentor_meeting_get_recurrence_id (read), ==, "2026-03-17T08:00:00Z");
    g_assert_cmpstr (mentor_meeting_get_uid (read), ==, mentor_checkin_series_get_uid (series));
    g_assert_null (mentor_store_get_meeting (fixture->store, 999, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* Moved out of the range, it still hides the occurrence it replaces. */
  {
    g_autofree char *march_17 = calendar_text (fixture->store, w.mentorship,
                                               "2026-03-17T00:00:00Z", "2026-03-17T08:30:00Z");

    g_assert_cmpstr (march_17, ==, "");
  }
}

static void
test_list_cancelled_and_removed (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) cancelled = NULL;
  g_autoptr(MentorMeeting) held = NULL;
  g_autoptr(MentorActionItem) item = mentor_action_item_new ();
  g_autoptr(MentorCheckinSeries) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;
  guint flags = 0;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");

  /* Cancelling an occurrence stores it, marked cancelled: it still shows. */
  cancelled = calendar_item (fixture->store, 0, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, cancelled, MENTOR_MEETING_CANCELLED, &error));
  g_assert_no_error (error);

  /* Taking one out removes it, and what was stored for it. */
  held = calendar_item (fixture->store, 0, "2026-03-31T07:00:00Z");
  mentor_meeting_set_summary (held, "Notes that go with it.");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, held, MENTOR_MEETING_HELD, &error));
  mentor_action_item_set_meeting_id (item, mentor_meeting_get_id (held));
  mentor_action_item_set_text (item, "Follow up");
  g_assert_true (mentor_store_save_action_item (fixture->store, item, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_int (fixture->path, "SELECT sequence FROM checkin_series"), ==, 0);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &flags);
  g_assert_true (mentor_store_delete_occurrence (fixture->store, mentor_checkin_series_get_id (series),
                                                 "2026-03-31T07:00:00Z", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS);
  g_assert_true (mentor_store_delete_occurrence (fixture->store, mentor_checkin_series_get_id (series),
                                                 "2026-04-14T07:00:00Z", &error));
  g_assert_no_error (error);

  text = calendar_text (fixture->store, 0, "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z");
  g_assert_cmpstr (text, ==,
                   "2026-03-03T08:00:00Z scheduled computed Check-in\n"
                   "2026-03-17T08:00:00Z cancelled stored Check-in\n"
                   "2026-04-28T07:00:00Z scheduled computed Check-in\n");

  /* The exdates are local times in the series' zone, in order; the stored
   * occurrence and its action item are gone; the series' SEQUENCE rose. */
  list = mentor_store_list_series (fixture->store, w.mentorship);
  read = g_list_model_get_item (list, 0);
  g_assert_cmpstr (mentor_checkin_series_get_exdates (read), ==, "2026-03-31T09:00:00,2026-04-14T09:00:00");
  g_assert_cmpuint (mentor_checkin_series_get_sequence (read), ==, 2);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM action_item"), ==, 0);

  /* Not an occurrence, or no such series. */
  g_assert_false (mentor_store_delete_occurrence (fixture->store, mentor_checkin_series_get_id (series),
                                                  "2026-03-10T08:00:00Z", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The series has no check-in on 10 Mar 2026.");
  g_clear_error (&error);
  g_assert_false (mentor_store_delete_occurrence (fixture->store, 999, "2026-03-03T08:00:00Z", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A removed occurrence cannot come back as a stored one. */
  {
    g_autoptr(MentorMeeting) again = mentor_meeting_new ();

    mentor_meeting_set_mentorship_id (again, w.mentorship);
    mentor_meeting_set_series_id (again, mentor_checkin_series_get_id (series));
    mentor_meeting_set_recurrence_id (again, "2026-03-31T07:00:00Z");
    mentor_meeting_set_starts_at (again, "2026-03-31T07:00:00Z");
    mentor_meeting_set_tzid (again, "Europe/Berlin");
    g_assert_false (mentor_store_save_meeting (fixture->store, again, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The check-in of 31 Mar 2026 09:00 was removed from its series.");
    g_clear_error (&error);
  }
}

/* ---- Marking ------------------------------------------------------------------ */

static void
test_set_status_stores_once (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) occurrence = NULL;
  g_autoptr(MentorMeeting) stale = NULL;
  g_autoptr(MentorMeeting) one_off = NULL;
  GError *error = NULL;
  guint flags = 0;
  gint64 id;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  occurrence = calendar_item (fixture->store, 0, "2026-03-03T08:00:00Z");
  stale = calendar_item (fixture->store, 0, "2026-03-03T08:00:00Z");

  /* One click: the computed occurrence is stored, held. */
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &flags);
  g_assert_true (mentor_store_set_meeting_status (fixture->store, occurrence, MENTOR_MEETING_HELD, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_MEETINGS);
  id = mentor_meeting_get_id (occurrence);
  g_assert_cmpint (id, >, 0);
  g_assert_false (mentor_meeting_is_computed (occurrence));
  g_assert_cmpint (mentor_meeting_get_status (occurrence), ==, MENTOR_MEETING_HELD);
  g_assert_cmpstr (mentor_meeting_get_uid (occurrence), ==, mentor_checkin_series_get_uid (series));
  /* Its SEQUENCE is above the series' (the calendar had it from the series). */
  g_assert_cmpuint (mentor_meeting_get_sequence (occurrence), ==, 1);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM meeting"), ==, 1);

  /* Marked again: the same row, its SEQUENCE raised; the same status again
   * changes nothing. */
  g_assert_true (mentor_store_set_meeting_status (fixture->store, occurrence, MENTOR_MEETING_MISSED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_meeting_get_id (occurrence), ==, id);
  g_assert_cmpuint (mentor_meeting_get_sequence (occurrence), ==, 2);
  g_assert_true (mentor_store_set_meeting_status (fixture->store, occurrence, MENTOR_MEETING_MISSED, &error));
  g_assert_cmpuint (mentor_meeting_get_sequence (occurrence), ==, 2);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (raw_int (fixture->path, "SELECT status = 'missed' FROM meeting"), ==, 1);

  /* A second stored entry for the same occurrence is refused, and the
   * object keeps what it had. */
  g_assert_false (mentor_store_set_meeting_status (fixture->store, stale, MENTOR_MEETING_CANCELLED, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The check-in of 3 Mar 2026 09:00 already has its own entry in the calendar.");
  g_clear_error (&error);
  g_assert_cmpint (mentor_meeting_get_status (stale), ==, MENTOR_MEETING_SCHEDULED);
  g_assert_cmpint (mentor_meeting_get_id (stale), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM meeting"), ==, 1);

  /* A one-off meeting is marked in place. */
  one_off = add_meeting (fixture->store, w.mentorship, "2026-03-05T10:00:00Z", MENTOR_MEETING_SCHEDULED, "Lunch");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, one_off, MENTOR_MEETING_HELD, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_meeting_get_sequence (one_off), ==, 1);

  /* A meeting no longer there. */
  g_assert_true (mentor_store_delete_meeting (fixture->store, mentor_meeting_get_id (one_off), &error));
  g_assert_false (mentor_store_set_meeting_status (fixture->store, one_off, MENTOR_MEETING_MISSED, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (mentor_meeting_get_status (one_off), ==, MENTOR_MEETING_HELD);
}

static void
test_override_refusals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");

  mentor_meeting_set_mentorship_id (meeting, w.mentorship);
  mentor_meeting_set_series_id (meeting, mentor_checkin_series_get_id (series));
  mentor_meeting_set_starts_at (meeting, "2026-03-10T08:00:00Z");
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");

  /* No original time. */
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A check-in of a series needs the time it was planned for.");
  g_clear_error (&error);

  /* The week between two check-ins; the right day an hour off. */
  mentor_meeting_set_recurrence_id (meeting, "2026-03-10T08:00:00Z");
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The series has no check-in on 10 Mar 2026 09:00.");
  g_clear_error (&error);
  mentor_meeting_set_recurrence_id (meeting, "2026-03-17T09:00:00Z");
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Another mentorship's series. */
  mentor_meeting_set_recurrence_id (meeting, "2026-03-17T08:00:00Z");
  mentor_meeting_set_mentorship_id (meeting, w.other);
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The check-in series is not one of this mentorship.");
  g_clear_error (&error);

  /* Right: stored with the series' UID, whatever UID it carried. */
  mentor_meeting_set_mentorship_id (meeting, w.mentorship);
  mentor_meeting_set_uid (meeting, "something-else@example.com");
  mentor_meeting_set_mode (meeting, MENTOR_MODE_PHONE);
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_meeting_get_uid (meeting), ==, mentor_checkin_series_get_uid (series));
  {
    g_autoptr(MentorMeeting) read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (meeting), &error);

    g_assert_cmpint (mentor_meeting_get_mode (read), ==, MENTOR_MODE_PHONE);
  }

  /* Saving it again is no second entry; a new one for the same occurrence is. */
  mentor_meeting_set_summary (meeting, "Still one.");
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);
  {
    g_autoptr(MentorMeeting) twin = mentor_meeting_new ();

    mentor_meeting_set_mentorship_id (twin, w.mentorship);
    mentor_meeting_set_series_id (twin, mentor_checkin_series_get_id (series));
    mentor_meeting_set_recurrence_id (twin, "2026-03-17T08:00:00Z");
    mentor_meeting_set_starts_at (twin, "2026-03-18T08:00:00Z");
    mentor_meeting_set_tzid (twin, "Europe/Berlin");
    g_assert_false (mentor_store_save_meeting (fixture->store, twin, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The check-in of 17 Mar 2026 09:00 already has its own entry in the calendar.");
    g_clear_error (&error);
  }
  g_assert_cmpint (raw_int (fixture->path, "SELECT count(*) FROM meeting"), ==, 1);
}

/* Changing a series' time leaves stored occurrences that no longer match as
 * meetings of their own: what happened stays. */
static void
test_series_edit_detaches (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) held = NULL;
  g_autoptr(MentorMeeting) read = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;
  guint flags = 0;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  held = calendar_item (fixture->store, 0, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, held, MENTOR_MEETING_HELD, &error));

  /* A start that is not an occurrence of the rule is refused. */
  mentor_checkin_series_set_dtstart (series, "2026-03-04T09:00:00");
  g_assert_false (mentor_store_save_series (fixture->store, series, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The first check-in, 4 Mar 2026, is not on a day the check-ins repeat on.");
  g_clear_error (&error);

  /* Weekly on Wednesday from 4 March: 17 March is no longer a check-in. */
  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;BYDAY=WE");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &flags);
  g_assert_true (mentor_store_save_series (fixture->store, series, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS);
  g_assert_cmpuint (mentor_checkin_series_get_sequence (series), ==, 1);

  read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (held), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_meeting_get_series_id (read), ==, 0);
  g_assert_null (mentor_meeting_get_recurrence_id (read));
  g_assert_cmpstr (mentor_meeting_get_uid (read), !=, mentor_checkin_series_get_uid (series));
  g_assert_cmpint (mentor_meeting_get_status (read), ==, MENTOR_MEETING_HELD);

  text = calendar_text (fixture->store, 0, "2026-03-16T00:00:00Z", "2026-03-19T00:00:00Z");
  g_assert_cmpstr (text, ==,
                   "2026-03-17T08:00:00Z held stored Check-in\n"
                   "2026-03-18T08:00:00Z scheduled computed Check-in\n");

  /* Only the summary changes: nothing detached, MEETINGS not announced. */
  flags = 0;
  mentor_checkin_series_set_summary (series, "Weekly check-in");
  g_assert_true (mentor_store_save_series (fixture->store, series, &error));
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_SERIES);
}

/* A series that a tool wrote with a rule Mentor refuses is left out of the
 * calendar with a warning; the rest of the calendar is there. */
static void
test_list_skips_broken_series (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(MentorMeeting) one_off = NULL;
  g_autofree char *text = NULL;
  sqlite3 *db;
  World w;

  build_world (fixture->store, &w);
  one_off = add_meeting (fixture->store, w.mentorship, "2026-03-12T15:00:00Z", MENTOR_MEETING_SCHEDULED, "Lunch");
  db = mentor_test_raw_open (fixture->path);
  g_assert_cmpint (mentor_test_exec (db,
                                     "INSERT INTO checkin_series (mentorship_id, uid, dtstart, tzid, rrule) "
                                     "VALUES (1, 'tool@example', '2026-03-03T09:00:00', 'Europe/Berlin', "
                                     "        'FREQ=SECONDLY;INTERVAL=1')",
                                     NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*left out of the calendar*at most once a day*");
  text = calendar_text (fixture->store, 0, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (text, ==, "2026-03-12T15:00:00Z scheduled stored Lunch\n");
}

/* ---- Splitting ------------------------------------------------------------------ */

static void
test_split_until (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorCheckinSeries) following = mentor_checkin_series_new ();
  g_autoptr(MentorCheckinSeries) old = NULL;
  g_autoptr(MentorMeeting) before = NULL;
  g_autoptr(MentorMeeting) after = NULL;
  g_autoptr(MentorMeeting) moved = NULL;
  g_autoptr(MentorMeeting) read = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  /* Held before the split; planned after it (one moved by hand); one
   * skipped after it. */
  before = calendar_item (fixture->store, 0, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, before, MENTOR_MEETING_HELD, &error));
  after = calendar_item (fixture->store, 0, "2026-04-28T07:00:00Z");
  mentor_meeting_set_agenda (after, "Mid-term review");
  g_assert_true (mentor_store_save_meeting (fixture->store, after, &error));
  moved = calendar_item (fixture->store, 0, "2026-05-12T07:00:00Z");
  mentor_meeting_set_starts_at (moved, "2026-05-13T07:00:00Z");
  g_assert_true (mentor_store_save_meeting (fixture->store, moved, &error));
  g_assert_true (mentor_store_delete_occurrence (fixture->store, mentor_checkin_series_get_id (series),
                                                 "2026-05-26T07:00:00Z", &error));
  g_assert_no_error (error);

  /* From 14 April: Thursdays at 10:00 instead, still fortnightly. */
  mentor_checkin_series_set_summary (following, "Check-in, new slot");
  mentor_checkin_series_set_dtstart (following, "2026-04-16T10:00:00");
  mentor_checkin_series_set_tzid (following, "Europe/Berlin");
  mentor_checkin_series_set_duration_min (following, 60);
  mentor_checkin_series_set_rrule (following, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
  mentor_checkin_series_set_location (following, "Room 4");
  g_assert_true (mentor_store_split_series (fixture->store, mentor_checkin_series_get_id (series),
                                            "2026-04-14T07:00:00Z", following, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_checkin_series_get_id (following), >, mentor_checkin_series_get_id (series));
  g_assert_cmpstr (mentor_checkin_series_get_uid (following), !=, mentor_checkin_series_get_uid (series));
  g_assert_cmpint (mentor_checkin_series_get_mentorship_id (following), ==, w.mentorship);

  /* The old series ends with 31 March; its SEQUENCE rose; the skipped day
   * after the split went with the new series, moved as the check-ins were. */
  all = mentor_store_list_series (fixture->store, w.mentorship);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  old = g_list_model_get_item (all, 0);
  g_assert_cmpstr (mentor_checkin_series_get_rrule (old), ==, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260331T215959Z");
  g_assert_cmpstr (mentor_checkin_series_get_exdates (old), ==, "");
  g_assert_cmpuint (mentor_checkin_series_get_sequence (old), ==, 2);
  g_assert_cmpstr (mentor_checkin_series_get_exdates (following), ==, "2026-05-28T10:00:00");

  text = calendar_text (fixture->store, w.mentorship, "2026-03-01T00:00:00Z", "2026-06-15T00:00:00Z");
  g_assert_cmpstr (text, ==,
                   "2026-03-03T08:00:00Z scheduled computed Check-in\n"
                   "2026-03-17T08:00:00Z held stored Check-in\n"
                   "2026-03-31T07:00:00Z scheduled computed Check-in\n"
                   "2026-04-16T08:00:00Z scheduled computed Check-in, new slot\n"
                   "2026-04-30T08:00:00Z scheduled stored Mid-term review\n"
                   "2026-05-13T07:00:00Z scheduled stored Check-in\n"
                   "2026-06-11T08:00:00Z scheduled computed Check-in, new slot\n");

  /* The stored ones after the split now belong to the new series, at the
   * shifted original times; one moved by hand keeps where it was moved. */
  read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (after), &error);
  g_assert_cmpint (mentor_meeting_get_series_id (read), ==, mentor_checkin_series_get_id (following));
  g_assert_cmpstr (mentor_meeting_get_uid (read), ==, mentor_checkin_series_get_uid (following));
  g_assert_cmpstr (mentor_meeting_get_recurrence_id (read), ==, "2026-04-30T08:00:00Z");
  g_clear_object (&read);
  read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (moved), &error);
  g_assert_cmpstr (mentor_meeting_get_recurrence_id (read), ==, "2026-05-14T08:00:00Z");
  g_assert_cmpstr (mentor_meeting_get_starts_at (read), ==, "2026-05-13T07:00:00Z");
  g_clear_object (&read);
  read = mentor_store_get_meeting (fixture->store, mentor_meeting_get_id (before), &error);
  g_assert_cmpint (mentor_meeting_get_series_id (read), ==, mentor_checkin_series_get_id (series));
  g_assert_no_error (error);
}

static void
test_split_count (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorCheckinSeries) following = mentor_checkin_series_new ();
  g_autoptr(GListModel) all = NULL;
  g_autoptr(MentorCheckinSeries) old = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  series = add_series (fixture->store, w.mentorship, "2026-03-10T17:30:00", "Europe/Berlin",
                       "FREQ=MONTHLY;BYDAY=2TU;COUNT=10");

  /* From the 4th (9 June): the last Friday instead, 6 more times. */
  mentor_checkin_series_set_dtstart (following, "2026-06-26T17:30:00");
  mentor_checkin_series_set_tzid (following, "Europe/Berlin");
  mentor_checkin_series_set_rrule (following, "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6");
  g_assert_true (mentor_store_split_series (fixture->store, mentor_checkin_series_get_id (series),
                                            "2026-06-09T15:30:00Z", following, &error));
  g_assert_no_error (error);

  all = mentor_store_list_series (fixture->store, w.mentorship);
  old = g_list_model_get_item (all, 0);
  g_assert_cmpstr (mentor_checkin_series_get_rrule (old), ==, "FREQ=MONTHLY;BYDAY=2TU;COUNT=3");

  text = calendar_text (fixture->store, w.mentorship, "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
  g_assert_cmpstr (text, ==,
                   "2026-03-10T16:30:00Z scheduled computed Check-in\n"
                   "2026-04-14T15:30:00Z scheduled computed Check-in\n"
                   "2026-05-12T15:30:00Z scheduled computed Check-in\n"
                   "2026-06-26T15:30:00Z scheduled computed \n"
                   "2026-07-31T15:30:00Z scheduled computed \n"
                   "2026-08-28T15:30:00Z scheduled computed \n"
                   "2026-09-25T15:30:00Z scheduled computed \n"
                   "2026-10-30T16:30:00Z scheduled computed \n"
                   "2026-11-27T16:30:00Z scheduled computed \n");

  /* Splitting at the first occurrence changes the series itself. */
  {
    g_autoptr(MentorCheckinSeries) again = mentor_checkin_series_new ();
    gint64 id = mentor_checkin_series_get_id (old);

    mentor_checkin_series_set_dtstart (again, "2026-03-12T17:30:00");
    mentor_checkin_series_set_tzid (again, "Europe/Berlin");
    mentor_checkin_series_set_rrule (again, "FREQ=MONTHLY;BYDAY=2TH;COUNT=3");
    g_assert_true (mentor_store_split_series (fixture->store, id, "2026-03-10T16:30:00Z", again, &error));
    g_assert_no_error (error);
    g_assert_cmpint (mentor_checkin_series_get_id (again), ==, id);
    g_assert_cmpstr (mentor_checkin_series_get_uid (again), ==, mentor_checkin_series_get_uid (old));
    g_clear_object (&all);
    all = mentor_store_list_series (fixture->store, w.mentorship);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  }

  /* Refusals: not an occurrence; nothing before; another mentorship. */
  {
    g_autoptr(MentorCheckinSeries) bad = mentor_checkin_series_new ();

    mentor_checkin_series_set_dtstart (bad, "2026-04-09T17:30:00");
    mentor_checkin_series_set_tzid (bad, "Europe/Berlin");
    mentor_checkin_series_set_rrule (bad, "FREQ=MONTHLY;BYDAY=2TH");
    g_assert_false (mentor_store_split_series (fixture->store, mentor_checkin_series_get_id (old),
                                               "2026-04-14T15:30:00Z", bad, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The series has no check-in on 14 Apr 2026.");
    g_clear_error (&error);

    mentor_checkin_series_set_mentorship_id (bad, w.other);
    g_assert_false (mentor_store_split_series (fixture->store, mentor_checkin_series_get_id (old),
                                               "2026-04-09T15:30:00Z", bad, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "The check-ins that follow must stay in the same mentorship.");
    g_clear_error (&error);
    g_assert_cmpint (mentor_checkin_series_get_id (bad), ==, 0);
  }
}

/* ---- Goals of a meeting ------------------------------------------------------- */

static void
test_meeting_goals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MentorMeeting) meeting = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 goals[3];
  gint64 foreign;
  GError *error = NULL;
  guint flags = 0;
  World w;

  build_world (fixture->store, &w);
  meeting = add_meeting (fixture->store, w.mentorship, "2026-03-03T08:00:00Z", MENTOR_MEETING_HELD, "Goals");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MentorGoal) goal = mentor_goal_new ();
      g_autofree char *title = g_strdup_printf ("Goal %u", i);

      mentor_goal_set_mentorship_id (goal, w.mentorship);
      mentor_goal_set_title (goal, title);
      /* Goal order: by target date, the last without one. */
      mentor_goal_set_target_on (goal, i == 0 ? NULL : i == 1 ? "2026-09-01" : "2026-06-01");
      g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
      goals[i] = mentor_goal_get_id (goal);
    }
  {
    g_autoptr(MentorGoal) goal = mentor_goal_new ();

    mentor_goal_set_mentorship_id (goal, w.other);
    mentor_goal_set_title (goal, "Someone else's");
    g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
    foreign = mentor_goal_get_id (goal);
  }
  g_assert_no_error (error);

  ids = mentor_store_list_meeting_goals (fixture->store, mentor_meeting_get_id (meeting));
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &flags);
  g_assert_true (mentor_store_set_meeting_goals (fixture->store, mentor_meeting_get_id (meeting), goals, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_MEETINGS);
  ids = mentor_store_list_meeting_goals (fixture->store, mentor_meeting_get_id (meeting));
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, goals[2]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, goals[1]);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, goals[0]);
  g_clear_pointer (&ids, g_array_unref);

  /* Replaced, not added to; a goal of another mentorship is refused and
   * leaves them as they were. */
  g_assert_true (mentor_store_set_meeting_goals (fixture->store, mentor_meeting_get_id (meeting), &goals[1], 1, &error));
  {
    gint64 mixed[] = { goals[0], foreign };

    g_assert_false (mentor_store_set_meeting_goals (fixture->store, mentor_meeting_get_id (meeting), mixed, 2, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, "A meeting can only work on goals of its own mentorship.");
    g_clear_error (&error);
  }
  {
    gint64 missing[] = { 999 };

    g_assert_false (mentor_store_set_meeting_goals (fixture->store, mentor_meeting_get_id (meeting), missing, 1, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (mentor_store_set_meeting_goals (fixture->store, 999, goals, 1, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  ids = mentor_store_list_meeting_goals (fixture->store, mentor_meeting_get_id (meeting));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, goals[1]);
  g_clear_pointer (&ids, g_array_unref);

  /* A deleted goal leaves the list; none is fine too. */
  g_assert_true (mentor_store_delete_goal (fixture->store, goals[1], &error));
  ids = mentor_store_list_meeting_goals (fixture->store, mentor_meeting_get_id (meeting));
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_true (mentor_store_set_meeting_goals (fixture->store, mentor_meeting_get_id (meeting), NULL, 0, &error));
  g_assert_no_error (error);
}

/* ---- What comes next ------------------------------------------------------------ */

static void
test_next_meeting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorMeeting) next = NULL;
  g_autoptr(MentorMeeting) first = NULL;
  g_autoptr(MentorMeeting) lunch = NULL;
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  g_assert_null (mentor_store_next_meeting (fixture->store, 0, NULL));

  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");

  /* Now (10 March 00:00 UTC): the computed one of 17 March. */
  next = mentor_store_next_meeting (fixture->store, 0, NULL);
  g_assert_nonnull (next);
  g_assert_true (mentor_meeting_is_computed (next));
  g_assert_cmpstr (mentor_meeting_get_starts_at (next), ==, "2026-03-17T08:00:00Z");
  g_assert_cmpstr (mentor_meeting_get_mentorship_title (next), ==, "Ana Souza → Bo Lindqvist");
  g_clear_object (&next);

  /* "At or after": the start itself counts. */
  next = mentor_store_next_meeting (fixture->store, w.mentorship, "2026-03-03T08:00:00Z");
  g_assert_cmpstr (mentor_meeting_get_starts_at (next), ==, "2026-03-03T08:00:00Z");
  g_clear_object (&next);

  /* Cancelled and taken out ones are not next; a one-off earlier is. */
  first = calendar_item (fixture->store, 0, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, first, MENTOR_MEETING_CANCELLED, &error));
  g_assert_true (mentor_store_delete_occurrence (fixture->store, mentor_checkin_series_get_id (series),
                                                 "2026-03-31T07:00:00Z", &error));
  g_assert_no_error (error);
  next = mentor_store_next_meeting (fixture->store, w.mentorship, NULL);
  g_assert_cmpstr (mentor_meeting_get_starts_at (next), ==, "2026-04-14T07:00:00Z");
  g_clear_object (&next);

  lunch = add_meeting (fixture->store, w.mentorship, "2026-04-01T11:00:00Z", MENTOR_MEETING_SCHEDULED, "Lunch");
  next = mentor_store_next_meeting (fixture->store, w.mentorship, NULL);
  g_assert_cmpint (mentor_meeting_get_id (next), ==, mentor_meeting_get_id (lunch));
  g_assert_cmpstr (mentor_meeting_get_mentorship_title (next), ==, "Ana Souza → Bo Lindqvist");
  g_clear_object (&next);

  /* A stored occurrence moved earlier, still scheduled, is next. */
  {
    g_autoptr(MentorMeeting) moved = calendar_item (fixture->store, 0, "2026-04-14T07:00:00Z");

    mentor_meeting_set_starts_at (moved, "2026-03-20T07:00:00Z");
    g_assert_true (mentor_store_save_meeting (fixture->store, moved, &error));
    g_assert_no_error (error);
    next = mentor_store_next_meeting (fixture->store, w.mentorship, NULL);
    g_assert_cmpint (mentor_meeting_get_id (next), ==, mentor_meeting_get_id (moved));
    g_clear_object (&next);
  }

  /* Nothing planned for the other mentorship; nothing after the horizon. */
  g_assert_null (mentor_store_next_meeting (fixture->store, w.other, NULL));
  g_assert_null (mentor_store_next_meeting (fixture->store, w.mentorship, "2046-03-04T00:00:00Z"));
}

static const char *
next_checkin_of (GListModel *mentorships,
                 gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);

      if (mentor_mentorship_get_id (m) == id)
        return mentor_mentorship_get_next_checkin (m);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_next_checkin_on_mentorships (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(MentorCheckinSeries) monthly = NULL;
  g_autoptr(MentorMeeting) held = NULL;
  g_autoptr(MentorMeeting) soon = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MentorMentorship) one = NULL;
  g_autoptr(MentorMentorship) copy = NULL;
  GError *error = NULL;
  World w;

  build_world (fixture->store, &w);
  list = mentor_store_list_mentorships (fixture->store);
  g_assert_null (next_checkin_of (list, w.mentorship));
  g_clear_object (&list);

  series = add_series (fixture->store, w.mentorship, "2026-03-03T09:00:00", "Europe/Berlin",
                       "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  monthly = add_series (fixture->store, w.other, "2026-01-13T17:30:00", "America/New_York",
                        "FREQ=MONTHLY;BYDAY=2TU");
  list = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpstr (next_checkin_of (list, w.mentorship), ==, "2026-03-17T08:00:00Z");
  /* 10 March 17:30 in New York (summer time since 8 March). */
  g_assert_cmpstr (next_checkin_of (list, w.other), ==, "2026-03-10T21:30:00Z");
  g_clear_object (&list);

  /* Held early and a one-off sooner: the list follows. */
  held = calendar_item (fixture->store, w.mentorship, "2026-03-17T08:00:00Z");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, held, MENTOR_MEETING_HELD, &error));
  list = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpstr (next_checkin_of (list, w.mentorship), ==, "2026-03-31T07:00:00Z");
  g_clear_object (&list);
  soon = add_meeting (fixture->store, w.mentorship, "2026-03-12T15:00:00Z", MENTOR_MEETING_SCHEDULED, "Soon");
  one = mentor_store_get_mentorship (fixture->store, w.mentorship, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_mentorship_get_next_checkin (one), ==, "2026-03-12T15:00:00Z");
  copy = mentor_mentorship_copy (one);
  g_assert_cmpstr (mentor_mentorship_get_next_checkin (copy), ==, "2026-03-12T15:00:00Z");

  /* A mentorship closed days ago has no more check-ins from its series. */
  g_assert_true (mentor_store_set_mentorship_status_on (fixture->store, w.other, MENTOR_STATUS_COMPLETED,
                                                        NULL, "2026-03-05", &error));
  g_assert_no_error (error);
  list = mentor_store_list_mentorships (fixture->store);
  g_assert_null (next_checkin_of (list, w.other));
  {
    g_autofree char *text = calendar_text (fixture->store, w.other, "2026-01-01T00:00:00Z", "2026-05-01T00:00:00Z");

    g_assert_cmpstr (text, ==,
                     "2026-01-13T22:30:00Z scheduled computed Check-in\n"
                     "2026-02-10T22:30:00Z scheduled computed Check-in\n");
  }
}

/* Fifty weekly series started ten years ago, and a month of all of them:
 * measured, and bounded so a slow walk from each start would show. */
static void
test_list_far_range_fast (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GListModel) month = NULL;
  double elapsed;
  World w;

  build_world (fixture->store, &w);
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(MentorCheckinSeries) s = add_series (fixture->store, i % 2 ? w.mentorship : w.other,
                                                     "2016-03-01T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU");
    }

  timer = g_timer_new ();
  month = mentor_store_list_calendar (fixture->store, 0, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
  elapsed = g_timer_elapsed (timer, NULL);
  g_test_message ("a month of 50 weekly series started ten years ago: %.1f ms", elapsed * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (month), ==, 50 * 5);
  g_assert_cmpfloat (elapsed, <, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/calendar/list/merges", test_list_merges);
  ADD ("/calendar/list/cancelled-and-removed", test_list_cancelled_and_removed);
  ADD ("/calendar/list/skips-broken-series", test_list_skips_broken_series);
  ADD ("/calendar/list/far-range-fast", test_list_far_range_fast);
  ADD ("/calendar/status/stores-once", test_set_status_stores_once);
  ADD ("/calendar/override/refusals", test_override_refusals);
  ADD ("/calendar/series/edit-detaches", test_series_edit_detaches);
  ADD ("/calendar/split/until", test_split_until);
  ADD ("/calendar/split/count", test_split_count);
  ADD ("/calendar/meeting-goals", test_meeting_goals);
  ADD ("/calendar/next/meeting", test_next_meeting);
  ADD ("/calendar/next/checkin-on-mentorships", test_next_checkin_on_mentorships);

  return g_test_run ();
}
