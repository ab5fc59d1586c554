/* test-recurrence.c — recurring check-ins: time zones, the editor's rules,
 * descriptions, refusals and expansion, across the daylight-saving changes
 * of Europe/Berlin (last Sundays of March and October) and America/New_York
 * (second Sunday of March, first Sunday of November)
 *
 * 2026: Berlin changes on 29 March and 25 October, New York on 8 March and
 * 1 November; the weeks in between are the ones out of step.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mentor-core.h"

/* The occurrences of a series in [from, to) as one line, each instant
 * followed by its wall time in show_tzid: "2026-03-03T08:00:00Z=03-03 09:00". */
static char *
expand_shown (const char *dtstart,
              const char *tzid,
              const char *rrule,
              const char *exdates,
              const char *from,
              const char *to,
              guint       max,
              const char *show_tzid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) instants = mentor_recurrence_expand (dtstart, tzid, rrule, exdates, from, to, max, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (instants);

  for (guint i = 0; i < instants->len; i++)
    {
      const char *instant = g_ptr_array_index (instants, i);
      g_autofree char *local = mentor_instant_to_local (instant, show_tzid);

      g_assert_nonnull (local);
      g_string_append_printf (out, "%s%s=%.5s %.5s", i > 0 ? " " : "", instant, local + 5, local + 11);
    }

  return g_string_free (out, FALSE);
}

/* Only the wall times, "03-03 09:00 03-10 09:00 …". */
static char *
expand_local (const char *dtstart,
              const char *tzid,
              const char *rrule,
              const char *from,
              const char *to,
              const char *show_tzid)
{
  g_autoptr(GPtrArray) instants = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, from, to, 0, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (instants);
  for (guint i = 0; i < instants->len; i++)
    {
      g_autofree char *local = mentor_instant_to_local (g_ptr_array_index (instants, i), show_tzid);

      g_string_append_printf (out, "%s%.5s %.5s", i > 0 ? " " : "", local + 5, local + 11);
    }

  return g_string_free (out, FALSE);
}

static guint
count_occurrences (const char *dtstart,
                   const char *tzid,
                   const char *rrule,
                   const char *from,
                   const char *to,
                   guint       max)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) instants = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, from, to, max, &error);

  g_assert_no_error (error);
  return instants->len;
}

/* ---- Time zones ---------------------------------------------------------- */

static void
test_zone_conversions (void)
{
  static const struct {
    const char *local;
    const char *tzid;
    const char *instant;
    const char *back;     /* the wall time of that instant */
  } cases[] = {
    /* Plain winter and summer times. */
    { "2026-01-15T09:00:00", "Europe/Berlin", "2026-01-15T08:00:00Z", "2026-01-15T09:00:00" },
    { "2026-07-15T09:00:00", "Europe/Berlin", "2026-07-15T07:00:00Z", "2026-07-15T09:00:00" },
    { "2026-01-15T09:00:00", "America/New_York", "2026-01-15T14:00:00Z", "2026-01-15T09:00:00" },
    { "2026-07-15T09:00:00", "America/New_York", "2026-07-15T13:00:00Z", "2026-07-15T09:00:00" },
    /* Skipped by spring-forward: moved forward by the gap. */
    { "2026-03-29T02:30:00", "Europe/Berlin", "2026-03-29T01:30:00Z", "2026-03-29T03:30:00" },
    { "2026-03-08T02:30:00", "America/New_York", "2026-03-08T07:30:00Z", "2026-03-08T03:30:00" },
    /* Twice on fall-back night: the first (summer) instant. */
    { "2026-10-25T02:30:00", "Europe/Berlin", "2026-10-25T00:30:00Z", "2026-10-25T02:30:00" },
    { "2026-11-01T01:30:00", "America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T01:30:00" },
    /* Just around the changes. */
    { "2026-03-29T01:59:59", "Europe/Berlin", "2026-03-29T00:59:59Z", "2026-03-29T01:59:59" },
    { "2026-03-29T03:00:00", "Europe/Berlin", "2026-03-29T01:00:00Z", "2026-03-29T03:00:00" },
    { "2026-10-25T03:00:00", "Europe/Berlin", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00" },
    { "2026-03-10T12:00:00", "UTC", "2026-03-10T12:00:00Z", "2026-03-10T12:00:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *instant = mentor_local_to_instant (cases[i].local, cases[i].tzid);
      g_autofree char *back = NULL;

      g_test_message ("%s in %s", cases[i].local, cases[i].tzid);
      g_assert_cmpstr (instant, ==, cases[i].instant);
      back = mentor_instant_to_local (instant, cases[i].tzid);
      g_assert_cmpstr (back, ==, cases[i].back);
    }

  g_assert_null (mentor_local_to_instant ("2026-02-30T09:00:00", "Europe/Berlin"));
  g_assert_null (mentor_local_to_instant ("2026-03-10T09:00:00", "Mars/Olympus"));
  g_assert_null (mentor_local_to_instant ("2026-03-10 09:00:00", "Europe/Berlin"));
  g_assert_null (mentor_local_to_instant (NULL, "Europe/Berlin"));
  g_assert_null (mentor_instant_to_local ("2026-03-10T09:00:00", "Europe/Berlin"));
  g_assert_null (mentor_instant_to_local ("2026-03-10T09:00:00Z", "../etc/passwd"));
}

static void
test_user_timezone (void)
{
  g_autofree char *utc = NULL;
  g_autofree char *berlin = NULL;
  g_autofree char *local = NULL;

  /* The unit environment sets TZ=UTC. */
  utc = mentor_user_timezone ();
  g_assert_cmpstr (utc, ==, "UTC");
  local = mentor_instant_to_local ("2026-03-10T08:00:00Z", NULL);
  g_assert_cmpstr (local, ==, "2026-03-10T08:00:00");

  g_setenv ("TZ", ":Europe/Berlin", TRUE);
  berlin = mentor_user_timezone ();
  g_assert_cmpstr (berlin, ==, "Europe/Berlin");
  g_clear_pointer (&local, g_free);
  local = mentor_instant_to_local ("2026-03-10T08:00:00Z", NULL);
  g_assert_cmpstr (local, ==, "2026-03-10T09:00:00");
  g_setenv ("TZ", "UTC", TRUE);
}

/* ---- The editor's rules --------------------------------------------------- */

static MentorRepeat
weekly (guint interval, guint weekdays)
{
  MentorRepeat r = { MENTOR_REPEAT_WEEKLY, interval, weekdays, 0, 0, 0, 0, "" };

  return r;
}

static void
test_repeat_round_trips (void)
{
  static const struct {
    MentorRepeat repeat;
    const char  *rrule;
  } cases[] = {
    { { MENTOR_REPEAT_WEEKLY, 1, 1 << 1, 0, 0, 0, 0, "" }, "FREQ=WEEKLY;BYDAY=TU" },
    { { MENTOR_REPEAT_WEEKLY, 2, 1 << 1, 0, 0, 0, 0, "2027-06-30" },
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T215959Z" },
    { { MENTOR_REPEAT_WEEKLY, 1, (1 << 0) | (1 << 3), 0, 0, 0, 12, "" }, "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 2, G_DATE_TUESDAY, 0, 6, "" }, "FREQ=MONTHLY;BYDAY=2TU;COUNT=6" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 3, 0, -1, G_DATE_FRIDAY, 0, 0, "" }, "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR" },
    { { MENTOR_REPEAT_MONTHLY_DAY, 1, 0, 0, 0, 31, 0, "2026-12-31" },
      "FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20261231T225959Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *rrule = mentor_repeat_to_rrule (&cases[i].repeat, "Europe/Berlin", &error);
      MentorRepeat back;

      g_assert_no_error (error);
      g_assert_cmpstr (rrule, ==, cases[i].rrule);

      memset (&back, 0xaa, sizeof back);
      g_assert_true (mentor_repeat_from_rrule (rrule, "Europe/Berlin", &back));
      g_assert_cmpint (back.kind, ==, cases[i].repeat.kind);
      g_assert_cmpuint (back.interval, ==, cases[i].repeat.interval);
      g_assert_cmpuint (back.count, ==, cases[i].repeat.count);
      g_assert_cmpstr (back.until, ==, cases[i].repeat.until);
      if (back.kind == MENTOR_REPEAT_WEEKLY)
        g_assert_cmpuint (back.weekdays, ==, cases[i].repeat.weekdays);
      else if (back.kind == MENTOR_REPEAT_MONTHLY_WEEKDAY)
        {
          g_assert_cmpint (back.week_of_month, ==, cases[i].repeat.week_of_month);
          g_assert_cmpint (back.weekday, ==, cases[i].repeat.weekday);
        }
      else
        g_assert_cmpuint (back.month_day, ==, cases[i].repeat.month_day);
    }

  /* UNTIL is the end of the last local day, in UTC: in New York that is
   * the next UTC day, and the editor still reads back the local day. */
  {
    MentorRepeat r = weekly (1, 1 << 1);
    g_autofree char *rrule = NULL;
    MentorRepeat back;

    g_strlcpy (r.until, "2026-03-31", sizeof r.until);
    rrule = mentor_repeat_to_rrule (&r, "America/New_York", NULL);
    g_assert_cmpstr (rrule, ==, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260401T035959Z");
    g_assert_true (mentor_repeat_from_rrule (rrule, "America/New_York", &back));
    g_assert_cmpstr (back.until, ==, "2026-03-31");
  }

  /* Rules that say more than the editor shows are not squeezed into it. */
  {
    static const char * const beyond[] = {
      "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=YEARLY;BYMONTH=3", "FREQ=MONTHLY;BYDAY=2TU,4TU",
      "FREQ=MONTHLY;BYDAY=5TU", "FREQ=WEEKLY;BYDAY=TU;WKST=SU", "FREQ=MONTHLY;BYMONTHDAY=1,15",
      "FREQ=WEEKLY;INTERVAL=60;BYDAY=TU", "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", "garbage",
    };
    MentorRepeat untouched = weekly (7, 7);

    for (guint i = 0; i < G_N_ELEMENTS (beyond); i++)
      {
        MentorRepeat out = untouched;

        g_test_message ("%s", beyond[i]);
        g_assert_false (mentor_repeat_from_rrule (beyond[i], "Europe/Berlin", &out));
        g_assert_cmpmem (&out, sizeof out, &untouched, sizeof untouched);
      }
  }
}

static void
test_repeat_refusals (void)
{
  static const struct {
    MentorRepeat repeat;
    const char  *message;
  } cases[] = {
    { { MENTOR_REPEAT_WEEKLY, 0, 1, 0, 0, 0, 0, "" }, "Check-ins repeat every 1 to 52 weeks or months." },
    { { MENTOR_REPEAT_WEEKLY, 53, 1, 0, 0, 0, 0, "" }, "Check-ins repeat every 1 to 52 weeks or months." },
    { { MENTOR_REPEAT_WEEKLY, 1, 0, 0, 0, 0, 0, "" }, "Choose at least one day of the week." },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 5, G_DATE_TUESDAY, 0, 0, "" },
      "Choose the first to fourth or the last week of the month." },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 2, G_DATE_BAD_WEEKDAY, 0, 0, "" }, "Choose a day of the week." },
    { { MENTOR_REPEAT_MONTHLY_DAY, 1, 0, 0, 0, 32, 0, "" }, "Choose a day of the month from 1 to 31." },
    { { MENTOR_REPEAT_WEEKLY, 1, 1, 0, 0, 0, 5, "2027-01-01" },
      "A series ends either after a number of check-ins or on a date, not both." },
    { { MENTOR_REPEAT_WEEKLY, 1, 1, 0, 0, 0, 0, "2027-02-30" },
      "The end of the repeats, “2027-02-30”, is not a valid date." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *rrule = mentor_repeat_to_rrule (&cases[i].repeat, "Europe/Berlin", &error);

      g_assert_null (rrule);
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_repeat_first_day (void)
{
  static const struct {
    MentorRepeat repeat;
    const char  *from;
    const char  *first;
  } cases[] = {
    { { MENTOR_REPEAT_WEEKLY, 2, 1 << 1, 0, 0, 0, 0, "" }, "2026-03-04", "2026-03-10" },
    { { MENTOR_REPEAT_WEEKLY, 1, 1 << 1, 0, 0, 0, 0, "" }, "2026-03-10", "2026-03-10" },
    { { MENTOR_REPEAT_WEEKLY, 1, (1 << 0) | (1 << 4), 0, 0, 0, 0, "" }, "2026-03-10", "2026-03-13" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 2, G_DATE_TUESDAY, 0, 0, "" }, "2026-03-10", "2026-03-10" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 2, G_DATE_TUESDAY, 0, 0, "" }, "2026-03-11", "2026-04-14" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, 2, G_DATE_TUESDAY, 0, 0, "" }, "2026-12-09", "2027-01-12" },
    { { MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, 0, -1, G_DATE_FRIDAY, 0, 0, "" }, "2026-03-28", "2026-04-24" },
    { { MENTOR_REPEAT_MONTHLY_DAY, 1, 0, 0, 0, 31, 0, "" }, "2026-04-01", "2026-05-31" },
    { { MENTOR_REPEAT_MONTHLY_DAY, 1, 0, 0, 0, 30, 0, "" }, "2026-02-01", "2026-03-30" },
    { { MENTOR_REPEAT_MONTHLY_DAY, 1, 0, 0, 0, 29, 0, "" }, "2028-02-01", "2028-02-29" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *first = mentor_repeat_first_day (&cases[i].repeat, cases[i].from);

      g_assert_cmpstr (first, ==, cases[i].first);
    }

  {
    MentorRepeat none = weekly (1, 0);
    MentorRepeat tuesdays = weekly (1, 1 << 1);

    g_assert_null (mentor_repeat_first_day (&none, "2026-03-10"));
    g_assert_null (mentor_repeat_first_day (&tuesdays, "2026-02-30"));
  }
}

static void
test_describe (void)
{
  static const struct {
    const char *dtstart;
    const char *rrule;
    const char *words;
  } cases[] = {
    { "2026-03-03T09:00:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270630T215959Z",
      "Every 2 weeks on Tuesday at 09:00 until 30 Jun 2027" },
    { "2026-03-10T17:30:00", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6", "Monthly on the second Tuesday at 17:30, 6 times" },
    { "2026-03-10T17:30:00", "FREQ=MONTHLY;BYDAY=2TU;COUNT=1", "Monthly on the second Tuesday at 17:30, 1 time" },
    { "2026-03-02T09:00:00", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "Weekly on Monday, Wednesday and Friday at 09:00" },
    { "2026-03-02T09:00:00", "FREQ=WEEKLY;BYDAY=MO,TH", "Weekly on Monday and Thursday at 09:00" },
    { "2026-03-02T08:15:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Every weekday at 08:15" },
    { "2026-01-31T09:00:00", "FREQ=MONTHLY;BYMONTHDAY=31", "Monthly on day 31 at 09:00" },
    { "2026-01-15T09:00:00", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", "Every 2 months on day 15 at 09:00" },
    { "2026-01-30T16:00:00", "FREQ=MONTHLY;BYDAY=-1FR", "Monthly on the last Friday at 16:00" },
    { "2026-03-10T09:00:00", "FREQ=DAILY;INTERVAL=3", "Every 3 days at 09:00" },
    { "2026-03-10T09:00:00", "FREQ=YEARLY", "Yearly at 09:00" },
    { "2026-03-10T09:00:00", "FREQ=WEEKLY", "Weekly at 09:00" },
    { "2026-03-10T09:00:00", "every tuesday", "Repeats by a rule Mentor cannot show" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = mentor_recurrence_describe (cases[i].dtstart, "Europe/Berlin", cases[i].rrule);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

/* ---- Checking ---------------------------------------------------------------- */

static void
test_check_refusals (void)
{
  static const struct {
    const char *dtstart;
    const char *tzid;
    const char *rrule;
    const char *message;
  } cases[] = {
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=SECONDLY", "Check-ins can repeat at most once a day." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=MINUTELY;INTERVAL=5", "Check-ins can repeat at most once a day." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=HOURLY", "Check-ins can repeat at most once a day." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=DAILY;BYHOUR=9,10",
      "Check-ins can repeat at most once a day." },
    /* libical lets month 14 and a 30 February through. */
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261432T000000Z",
      "The end of the repeats, “20261432T000000Z”, is not a valid date." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270230",
      "The end of the repeats, “20270230”, is not a valid date." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=2027",
      "The end of the repeats, “2027”, is not a valid date." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260101T000000Z",
      "The repeats end before the first check-in." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;COUNT=3;UNTIL=20270101T000000Z",
      "A series ends either after a number of check-ins or on a date, not both." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;COUNT=0", "A series has from 1 to 10000 check-ins." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;INTERVAL=0;BYDAY=TU",
      "Check-ins repeat every 1 to 366 days, weeks, months or years." },
    /* DTSTART must itself be an occurrence (ICALENDAR.md). */
    { "2026-03-04T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
      "The first check-in, 4 Mar 2026, is not on a day the check-ins repeat on." },
    { "2026-03-17T17:30:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TU",
      "The first check-in, 17 Mar 2026, is not on a day the check-ins repeat on." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;BYHOUR=10",
      "The first check-in, 3 Mar 2026, is not on a day the check-ins repeat on." },
    /* Garbage, and what libical would take silently. */
    { "2026-03-03T09:00:00", "Europe/Berlin", "every tuesday",
      "“every tuesday” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;;BYDAY=TU",
      "“FREQ=WEEKLY;;BYDAY=TU” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=9TU",
      "“FREQ=MONTHLY;BYDAY=9TU” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=2TU",
      "“FREQ=WEEKLY;BYDAY=2TU” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;BYDAY=WE",
      "“FREQ=WEEKLY;BYDAY=TU;BYDAY=WE” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;X-NAME=1",
      "“FREQ=WEEKLY;BYDAY=TU;X-NAME=1” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "RRULE:FREQ=WEEKLY",
      "“RRULE:FREQ=WEEKLY” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;RSCALE=HEBREW",
      "“FREQ=WEEKLY;BYDAY=TU;RSCALE=HEBREW” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "BYDAY=TU", "“BYDAY=TU” is not a repeat rule Mentor understands." },
    { "2026-03-03T09:00:00", "Europe/Berlin", "", "Choose how often the check-ins repeat." },
    /* The start and the zone. */
    { "2026-02-30T09:00:00", "Europe/Berlin", "FREQ=WEEKLY",
      "The first check-in, “2026-02-30T09:00:00”, is not a valid date and time." },
    { "2026-14-01T09:00:00", "Europe/Berlin", "FREQ=WEEKLY",
      "The first check-in, “2026-14-01T09:00:00”, is not a valid date and time." },
    { "1066-10-14T09:00:00", "Europe/London", "FREQ=YEARLY", "Check-ins can be planned between the years 1900 and 2200." },
    { "2026-03-03T09:00:00", "Mars/Olympus", "FREQ=WEEKLY", "“Mars/Olympus” is not a known time zone." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) instants = NULL;

      g_test_message ("%s / %s", cases[i].dtstart, cases[i].rrule);
      g_assert_false (mentor_recurrence_check (cases[i].dtstart, cases[i].tzid, cases[i].rrule, &error));
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);

      /* Nothing refused is ever expanded. */
      instants = mentor_recurrence_expand (cases[i].dtstart, cases[i].tzid, cases[i].rrule, NULL,
                                           "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 0, &error);
      g_assert_null (instants);
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
      g_assert_false (mentor_recurrence_has_instant (cases[i].dtstart, cases[i].tzid, cases[i].rrule,
                                                     "2026-03-03T08:00:00Z"));
    }

  /* And what passes. */
  g_assert_true (mentor_recurrence_check ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", NULL));
  g_assert_true (mentor_recurrence_check ("2026-03-03T09:00:00", "Europe/Berlin", "freq=weekly;byday=tu", NULL));
  g_assert_true (mentor_recurrence_check ("2026-03-10T17:30:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6", NULL));
  g_assert_true (mentor_recurrence_check ("2026-03-03T09:00:00", "Europe/Berlin",
                                          "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260303", NULL));
  g_assert_true (mentor_recurrence_check ("2026-03-03T09:00:00", "Europe/Berlin",
                                          "FREQ=DAILY;BYHOUR=9;BYMINUTE=0;WKST=MO", NULL));
  g_assert_true (mentor_recurrence_check ("2026-03-10T09:00:00", "UTC", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10", NULL));
}

/* ---- Expanding ----------------------------------------------------------------- */

static void
test_expand_weekly (void)
{
  g_autofree char *weekly = NULL;
  g_autofree char *fortnightly = NULL;
  g_autofree char *days = NULL;

  weekly = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                         "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (weekly, ==, "03-03 09:00 03-10 09:00 03-17 09:00 03-24 09:00 03-31 09:00");

  fortnightly = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                              "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (fortnightly, ==, "03-03 09:00 03-17 09:00 03-31 09:00 04-14 09:00 04-28 09:00");

  days = expand_local ("2026-03-02T08:00:00", "Europe/Berlin", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                       "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (days, ==, "03-02 08:00 03-05 08:00 03-16 08:00 03-19 08:00 03-30 08:00");

  /* From is inclusive and to exclusive. */
  g_assert_cmpuint (count_occurrences ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                       "2026-03-10T08:00:00Z", "2026-03-17T08:00:00Z", 0), ==, 1);
  g_assert_cmpuint (count_occurrences ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                       "2026-03-10T08:00:01Z", "2026-03-17T08:00:01Z", 0), ==, 1);
  g_assert_cmpuint (count_occurrences ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                       "2026-03-10T08:00:00Z", "2026-03-10T08:00:00Z", 0), ==, 0);
  /* Nothing before the first. */
  g_assert_cmpuint (count_occurrences ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                       "2025-01-01T00:00:00Z", "2026-03-03T08:00:00Z", 0), ==, 0);
}

static void
test_expand_monthly (void)
{
  g_autofree char *second_tuesday = NULL;
  g_autofree char *last_friday = NULL;
  g_autofree char *day_31 = NULL;
  g_autofree char *leap = NULL;

  second_tuesday = expand_local ("2026-01-13T17:30:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TU",
                                 "2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (second_tuesday, ==,
                   "01-13 17:30 02-10 17:30 03-10 17:30 04-14 17:30 05-12 17:30 06-09 17:30");

  last_friday = expand_local ("2026-01-30T16:00:00", "America/New_York", "FREQ=MONTHLY;BYDAY=-1FR",
                              "2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z", "America/New_York");
  g_assert_cmpstr (last_friday, ==,
                   "01-30 16:00 02-27 16:00 03-27 16:00 04-24 16:00 05-29 16:00 06-26 16:00");

  /* Day 31 skips the months that have none. */
  day_31 = expand_local ("2026-01-31T09:00:00", "Europe/Berlin", "FREQ=MONTHLY;BYMONTHDAY=31",
                         "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (day_31, ==, "01-31 09:00 03-31 09:00 05-31 09:00 07-31 09:00 08-31 09:00 10-31 09:00 12-31 09:00");

  leap = expand_local ("2028-02-29T09:00:00", "UTC", "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=29",
                       "2028-01-01T00:00:00Z", "2036-12-31T00:00:00Z", "UTC");
  g_assert_cmpstr (leap, ==, "02-29 09:00 02-29 09:00 02-29 09:00");
}

static void
test_expand_count_until_exdates (void)
{
  g_autofree char *counted = NULL;
  g_autofree char *until = NULL;
  g_autofree char *until_before = NULL;
  g_autofree char *until_new_york = NULL;
  g_autofree char *until_date = NULL;
  g_autofree char *skipped = NULL;

  counted = expand_local ("2026-03-10T17:30:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
                          "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (counted, ==, "03-10 17:30 04-14 17:30 05-12 17:30 06-09 17:30 07-14 17:30 08-11 17:30");
  /* COUNT counts from the start even when the range begins later. */
  g_assert_cmpuint (count_occurrences ("2026-03-10T17:30:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
                                       "2026-07-01T00:00:00Z", "2030-01-01T00:00:00Z", 0), ==, 2);

  /* UNTIL at the end of the last local day includes that day's check-in. */
  until = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T215959Z",
                        "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (until, ==, "03-03 09:00 03-10 09:00 03-17 09:00 03-24 09:00 03-31 09:00");
  until_before = expand_local ("2026-03-03T09:00:00", "Europe/Berlin",
                               "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T065959Z",
                               "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (until_before, ==, "03-03 09:00 03-10 09:00 03-17 09:00 03-24 09:00");
  /* In New York the end of the local day is the next day in UTC. */
  until_new_york = expand_local ("2026-03-03T18:00:00", "America/New_York",
                                 "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260401T035959Z",
                                 "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "America/New_York");
  g_assert_cmpstr (until_new_york, ==, "03-03 18:00 03-10 18:00 03-17 18:00 03-24 18:00 03-31 18:00");
  /* A date UNTIL is the whole local day. */
  until_date = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260317",
                             "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (until_date, ==, "03-03 09:00 03-10 09:00 03-17 09:00");

  /* Exdates are local times in the dtstart form; stray entries skip nothing. */
  skipped = expand_shown ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                          "2026-03-10T09:00:00,2026-03-31T09:00:00,2026-03-17T10:00:00,nonsense",
                          "2026-03-01T00:00:00Z", "2026-04-08T00:00:00Z", 0, "Europe/Berlin");
  g_assert_cmpstr (skipped, ==,
                   "2026-03-03T08:00:00Z=03-03 09:00 2026-03-17T08:00:00Z=03-17 09:00 "
                   "2026-03-24T08:00:00Z=03-24 09:00 2026-04-07T07:00:00Z=04-07 09:00");
}

static void
test_expand_dst_berlin (void)
{
  g_autofree char *spring = NULL;
  g_autofree char *autumn = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *twice = NULL;

  /* 09:00 stays 09:00; UTC moves by an hour on 29 March and 25 October. */
  spring = expand_shown ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", NULL,
                         "2026-03-20T00:00:00Z", "2026-04-08T00:00:00Z", 0, "Europe/Berlin");
  g_assert_cmpstr (spring, ==,
                   "2026-03-24T08:00:00Z=03-24 09:00 2026-03-31T07:00:00Z=03-31 09:00 "
                   "2026-04-07T07:00:00Z=04-07 09:00");
  autumn = expand_shown ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", NULL,
                         "2026-10-15T00:00:00Z", "2026-11-01T00:00:00Z", 0, "Europe/Berlin");
  g_assert_cmpstr (autumn, ==, "2026-10-20T07:00:00Z=10-20 09:00 2026-10-27T08:00:00Z=10-27 09:00");

  /* A Sunday check-in at 02:30 falls in the gap on 29 March: an hour later. */
  gap = expand_shown ("2026-03-22T02:30:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=SU", NULL,
                      "2026-03-20T00:00:00Z", "2026-04-06T00:00:00Z", 0, "Europe/Berlin");
  g_assert_cmpstr (gap, ==,
                   "2026-03-22T01:30:00Z=03-22 02:30 2026-03-29T01:30:00Z=03-29 03:30 "
                   "2026-04-05T00:30:00Z=04-05 02:30");
  /* And happens once, the first time, on 25 October. */
  twice = expand_shown ("2026-10-18T02:30:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=SU", NULL,
                        "2026-10-17T00:00:00Z", "2026-11-02T00:00:00Z", 0, "Europe/Berlin");
  g_assert_cmpstr (twice, ==,
                   "2026-10-18T00:30:00Z=10-18 02:30 2026-10-25T00:30:00Z=10-25 02:30 "
                   "2026-11-01T01:30:00Z=11-01 02:30");
}

static void
test_expand_dst_new_york (void)
{
  g_autofree char *spring = NULL;
  g_autofree char *autumn = NULL;

  spring = expand_shown ("2026-03-03T09:00:00", "America/New_York", "FREQ=WEEKLY;BYDAY=TU", NULL,
                         "2026-03-01T00:00:00Z", "2026-03-18T00:00:00Z", 0, "America/New_York");
  g_assert_cmpstr (spring, ==,
                   "2026-03-03T14:00:00Z=03-03 09:00 2026-03-10T13:00:00Z=03-10 09:00 "
                   "2026-03-17T13:00:00Z=03-17 09:00");
  autumn = expand_shown ("2026-03-03T09:00:00", "America/New_York", "FREQ=WEEKLY;BYDAY=TU", NULL,
                         "2026-10-25T00:00:00Z", "2026-11-11T00:00:00Z", 0, "America/New_York");
  g_assert_cmpstr (autumn, ==,
                   "2026-10-27T13:00:00Z=10-27 09:00 2026-11-03T14:00:00Z=11-03 09:00 "
                   "2026-11-10T14:00:00Z=11-10 09:00");
}

/* A mentor in Berlin, a mentee in New York: the same instant, different
 * wall times, and the difference is 5 hours instead of 6 in the weeks when
 * the US has changed and Europe has not. */
static void
test_expand_two_zones (void)
{
  g_autofree char *berlin_seen_in_new_york = NULL;
  g_autofree char *berlin_autumn = NULL;
  g_autofree char *new_york_seen_in_berlin = NULL;

  berlin_seen_in_new_york = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                          "2026-03-01T00:00:00Z", "2026-04-08T00:00:00Z", "America/New_York");
  g_assert_cmpstr (berlin_seen_in_new_york, ==,
                   "03-03 03:00 03-10 04:00 03-17 04:00 03-24 04:00 03-31 03:00 04-07 03:00");

  berlin_autumn = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                "2026-10-15T00:00:00Z", "2026-11-11T00:00:00Z", "America/New_York");
  g_assert_cmpstr (berlin_autumn, ==, "10-20 03:00 10-27 04:00 11-03 03:00 11-10 03:00");

  new_york_seen_in_berlin = expand_local ("2026-03-03T09:00:00", "America/New_York", "FREQ=WEEKLY;BYDAY=TU",
                                          "2026-03-01T00:00:00Z", "2026-04-08T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (new_york_seen_in_berlin, ==,
                   "03-03 15:00 03-10 14:00 03-17 14:00 03-24 14:00 03-31 15:00 04-07 15:00");

  /* Each side's own zone shows its own wall time of the same instant. */
  {
    g_autofree char *mentor = mentor_instant_to_local ("2026-03-10T08:00:00Z", "Europe/Berlin");
    g_autofree char *mentee = mentor_instant_to_local ("2026-03-10T08:00:00Z", "America/New_York");

    g_assert_cmpstr (mentor, ==, "2026-03-10T09:00:00");
    g_assert_cmpstr (mentee, ==, "2026-03-10T04:00:00");
  }
}

static void
test_expand_caps (void)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  /* A rule without end stops at the horizon, 20 years after its start:
   * 365 × 20 days and 5 leap days. */
  all = mentor_recurrence_expand ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=DAILY", NULL,
                                  "2026-01-01T00:00:00Z", "2100-01-01T00:00:00Z", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 365 * MENTOR_RECURRENCE_HORIZON_YEARS + 5);
  g_assert_cmpstr (g_ptr_array_index (all, all->len - 1), ==, "2045-12-31T08:00:00Z");
  g_assert_cmpuint (count_occurrences ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=DAILY",
                                       "2046-01-01T00:00:00Z", "2100-01-01T00:00:00Z", 0), ==, 0);
  /* COUNT beyond the horizon is cut there too. */
  g_assert_cmpuint (count_occurrences ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=YEARLY;COUNT=50",
                                       "2026-01-01T00:00:00Z", "2100-01-01T00:00:00Z", 0), ==, 20);

  /* max: the first few, in order. */
  g_assert_cmpuint (count_occurrences ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=DAILY",
                                       "2026-01-01T00:00:00Z", "2100-01-01T00:00:00Z", 3), ==, 3);
  g_assert_cmpuint (count_occurrences ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=DAILY",
                                       "2026-01-01T00:00:00Z", "2100-01-01T00:00:00Z",
                                       G_MAXUINT), ==, 7305);
  g_assert_cmpuint (MENTOR_RECURRENCE_MAX_OCCURRENCES, ==, 10000);

  /* A range that is not a pair of instants is an error, not a guess. */
  g_clear_pointer (&all, g_ptr_array_unref);
  all = mentor_recurrence_expand ("2026-01-01T09:00:00", "Europe/Berlin", "FREQ=DAILY", NULL,
                                  "2026-01-01", "2027-01-01T00:00:00Z", 0, &error);
  g_assert_null (all);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
}

/* A fortnightly series started ten years ago, asked for one month: the
 * iterator starts near the month instead of walking 260 fortnights. Measured
 * against the same series with a COUNT (which has to walk from the start),
 * and checked against a walk. A ratio, so that it holds under valgrind too
 * (about 20 times here, 5 under valgrind). */
static void
test_expand_far_range (void)
{
  const char *dtstart = "2016-03-01T09:00:00";
  const char *rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU";
  g_autoptr(GPtrArray) month = NULL;
  g_autoptr(GPtrArray) walked = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double per_query, per_walk;
  guint in_month = 0;

  for (guint i = 0; i < 50; i++)
    {
      g_clear_pointer (&month, g_ptr_array_unref);
      month = mentor_recurrence_expand (dtstart, "Europe/Berlin", rrule, NULL,
                                        "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 0, NULL);
    }
  per_query = g_timer_elapsed (timer, NULL) / 50;

  g_timer_start (timer);
  for (guint i = 0; i < 50; i++)
    {
      g_clear_pointer (&walked, g_ptr_array_unref);
      walked = mentor_recurrence_expand (dtstart, "Europe/Berlin", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=5000",
                                         NULL, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 0, NULL);
    }
  per_walk = g_timer_elapsed (timer, NULL) / 50;
  g_test_message ("one month of a 10-year-old fortnightly series: %.3f ms per query; "
                  "walking from the start: %.3f ms", per_query * 1000, per_walk * 1000);
  g_assert_cmpfloat (per_query * 3, <, per_walk);
  g_assert_cmpuint (walked->len, ==, 3);
  g_clear_pointer (&walked, g_ptr_array_unref);

  /* 2016-03-01 + 3652 days = 2026-03-01; 3640 of them are 260 fortnights,
   * so the series falls on 17 February, then 3, 17 and 31 March (summer
   * time from 29 March). */
  g_assert_cmpuint (month->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (month, 0), ==, "2026-03-03T08:00:00Z");
  g_assert_cmpstr (g_ptr_array_index (month, 1), ==, "2026-03-17T08:00:00Z");
  g_assert_cmpstr (g_ptr_array_index (month, 2), ==, "2026-03-31T07:00:00Z");

  walked = mentor_recurrence_expand (dtstart, "Europe/Berlin", rrule, NULL,
                                     "2016-03-01T00:00:00Z", "2026-04-01T00:00:00Z", 0, NULL);
  for (guint i = 0; i < walked->len; i++)
    {
      const char *instant = g_ptr_array_index (walked, i);

      if (strcmp (instant, "2026-03-01T00:00:00Z") >= 0)
        g_assert_cmpstr (instant, ==, g_ptr_array_index (month, in_month++));
    }
  g_assert_cmpuint (in_month, ==, 3);
}

/* Starting near the range (by whole periods of the rule) agrees with a walk
 * from the start, for the kinds of rules Mentor writes and imports: a sample
 * of the 20,000 random rules it was checked on. */
static void
test_expand_fast_start_agrees (void)
{
  static const char * const days[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  static const char * const zones[] = { "Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260310);
  guint checked = 0;

  for (guint n = 0; n < 300; n++)
    {
      g_autofree char *rrule = NULL;
      g_autofree char *dtstart = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *first = NULL;
      g_autoptr(GPtrArray) fast = NULL;
      g_autoptr(GPtrArray) walked = NULL;
      const char *tzid = zones[g_rand_int_range (rand, 0, G_N_ELEMENTS (zones))];
      int interval = g_rand_int_range (rand, 1, 5);
      int kind = g_rand_int_range (rand, 0, 5);
      int year = g_rand_int_range (rand, 2010, 2020);
      int month = g_rand_int_range (rand, 1, 13);
      guint k = 0;

      if (kind == 0)
        rrule = g_strdup_printf ("FREQ=WEEKLY;INTERVAL=%d;BYDAY=%s", interval, days[g_rand_int_range (rand, 0, 7)]);
      else if (kind == 1)
        rrule = g_strdup_printf ("FREQ=MONTHLY;INTERVAL=%d;BYDAY=%d%s", interval,
                                 g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 5) : -1,
                                 days[g_rand_int_range (rand, 0, 7)]);
      else if (kind == 2)
        rrule = g_strdup_printf ("FREQ=MONTHLY;INTERVAL=%d;BYMONTHDAY=%d", interval, g_rand_int_range (rand, 1, 29));
      else if (kind == 3)
        rrule = g_strdup_printf ("FREQ=DAILY;INTERVAL=%d", interval);
      else
        rrule = g_strdup_printf ("FREQ=WEEKLY;INTERVAL=%d;BYDAY=MO,%s%s", interval, days[g_rand_int_range (rand, 1, 7)],
                                 g_rand_boolean (rand) ? ";WKST=SU" : "");

      /* Start on an occurrence: the first on or after the 1st of the month
       * (a Monday for the rules with several weekdays). */
      {
        MentorRepeat repeat = { MENTOR_REPEAT_WEEKLY, 1, 1, 0, 0, 0, 0, "" };
        g_autofree char *day = g_strdup_printf ("%04d-%02d-01", year, month);

        if (kind < 3)
          g_assert_true (mentor_repeat_from_rrule (rrule, tzid, &repeat));
        first = kind == 3 ? g_strdup (day) : mentor_repeat_first_day (&repeat, day);
        dtstart = g_strdup_printf ("%sT%02d:%02d:00", first, g_rand_int_range (rand, 0, 24),
                                   g_rand_int_range (rand, 0, 4) * 15);
      }
      if (!mentor_recurrence_check (dtstart, tzid, rrule, NULL))
        continue;

      from = g_strdup_printf ("%04d-%02d-%02dT%02d:00:00Z", year + g_rand_int_range (rand, 1, 12),
                              g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                              g_rand_int_range (rand, 0, 24));
      to = g_strdup_printf ("%.4d%s", atoi (from) + 1, from + 4);

      fast = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, from, to, 0, NULL);
      walked = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, "1900-01-01T00:00:00Z", to, 0, NULL);
      for (guint i = 0; i < walked->len; i++)
        {
          const char *instant = g_ptr_array_index (walked, i);

          if (strcmp (instant, from) < 0)
            continue;
          g_assert_cmpuint (k, <, fast->len);
          g_assert_cmpstr (instant, ==, g_ptr_array_index (fast, k));
          k++;
        }
      g_assert_cmpuint (k, ==, fast->len);
      checked++;
    }

  g_assert_cmpuint (checked, >, 250);
}

static void
test_has_instant (void)
{
  const char *dtstart = "2026-03-03T09:00:00";

  g_assert_true (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2026-03-03T08:00:00Z"));
  g_assert_true (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2026-03-31T07:00:00Z"));
  /* The right day at the winter hour after the change is not it. */
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2026-03-31T08:00:00Z"));
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2026-03-04T08:00:00Z"));
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "2026-02-24T08:00:00Z"));
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU;COUNT=2",
                                                 "2026-03-17T08:00:00Z"));
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", "soon"));
  g_assert_false (mentor_recurrence_has_instant (dtstart, "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU", NULL));
}

static void
test_end_before (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *until = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *far = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *left = NULL;
  char *none;

  /* Ended before 7 April: UNTIL at the end of 31 March in Berlin. */
  until = mentor_recurrence_end_before ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                        "2026-04-07T07:00:00Z", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (until, ==, "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T215959Z");
  left = expand_local ("2026-03-03T09:00:00", "Europe/Berlin", until,
                       "2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "Europe/Berlin");
  g_assert_cmpstr (left, ==, "03-03 09:00 03-10 09:00 03-17 09:00 03-24 09:00 03-31 09:00");

  /* COUNT is lowered instead. */
  counted = mentor_recurrence_end_before ("2026-03-03T09:00:00", "Europe/Berlin",
                                          "FREQ=WEEKLY;BYDAY=TU;COUNT=10", "2026-04-07T07:00:00Z", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (counted, ==, "FREQ=WEEKLY;BYDAY=TU;COUNT=5");

  /* An UNTIL already there is replaced; the other parts stay as written. */
  dated = mentor_recurrence_end_before ("2026-03-03T09:00:00", "America/New_York",
                                        "FREQ=WEEKLY;UNTIL=20270101T000000Z;BYDAY=TU;WKST=MO",
                                        "2026-03-17T13:00:00Z", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dated, ==, "FREQ=WEEKLY;BYDAY=TU;WKST=MO;UNTIL=20260311T035959Z");

  /* Far from the start, found without walking from it. */
  far = mentor_recurrence_end_before ("2016-03-01T09:00:00", "Europe/Berlin", "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=1",
                                      "2026-03-01T08:00:00Z", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (far, ==, "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=1;UNTIL=20250301T225959Z");

  /* Nothing comes before the first. */
  none = mentor_recurrence_end_before ("2026-03-03T09:00:00", "Europe/Berlin", "FREQ=WEEKLY;BYDAY=TU",
                                       "2026-03-03T08:00:00Z", &error);
  g_assert_null (none);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "No check-in of the series comes before this one.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/zones/conversions", test_zone_conversions);
  g_test_add_func ("/recurrence/zones/user", test_user_timezone);
  g_test_add_func ("/recurrence/repeat/round-trips", test_repeat_round_trips);
  g_test_add_func ("/recurrence/repeat/refusals", test_repeat_refusals);
  g_test_add_func ("/recurrence/repeat/first-day", test_repeat_first_day);
  g_test_add_func ("/recurrence/describe", test_describe);
  g_test_add_func ("/recurrence/check/refusals", test_check_refusals);
  g_test_add_func ("/recurrence/expand/weekly", test_expand_weekly);
  g_test_add_func ("/recurrence/expand/monthly", test_expand_monthly);
  g_test_add_func ("/recurrence/expand/count-until-exdates", test_expand_count_until_exdates);
  g_test_add_func ("/recurrence/expand/dst-berlin", test_expand_dst_berlin);
  g_test_add_func ("/recurrence/expand/dst-new-york", test_expand_dst_new_york);
  g_test_add_func ("/recurrence/expand/two-zones", test_expand_two_zones);
  g_test_add_func ("/recurrence/expand/caps", test_expand_caps);
  g_test_add_func ("/recurrence/expand/far-range", test_expand_far_range);
  g_test_add_func ("/recurrence/expand/fast-start-agrees", test_expand_fast_start_agrees);
  g_test_add_func ("/recurrence/has-instant", test_has_instant);
  g_test_add_func ("/recurrence/end-before", test_end_before);

  return g_test_run ();
}
