/* mentor-mentorship-text.c — the words the Mentorships page shows for a record */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mentor-mentorship-text.h"

char *
mentor_mentorship_format_date (const char *date)
{
  g_autoptr(GDateTime) when = NULL;
  int year, month, day;

  if (date == NULL || !mentor_date_is_valid (date))
    return NULL;

  if (sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  /* Noon keeps the day the same whatever the zone's daylight-saving rules. */
  when = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (when == NULL)
    return NULL;

  /* TRANSLATORS: a date as people read it, for g_date_time_format(); "%-e" is
   * the day without padding, "%b" the short month name, "%Y" the year. */
  return g_date_time_format (when, _("%-e %b %Y"));
}

const char *
mentor_mentorship_status_icon (MentorStatus status)
{
  switch (status)
    {
    case MENTOR_STATUS_PROPOSED:
      return "document-edit-symbolic";
    case MENTOR_STATUS_ACTIVE:
      return "media-playback-start-symbolic";
    case MENTOR_STATUS_PAUSED:
      return "media-playback-pause-symbolic";
    case MENTOR_STATUS_COMPLETED:
      return "emblem-ok-symbolic";
    case MENTOR_STATUS_ENDED:
      return "process-stop-symbolic";
    case MENTOR_N_STATUSES:
    default:
      return "dialog-question-symbolic";
    }
}

const char *
mentor_mentorship_status_class (MentorStatus status)
{
  switch (status)
    {
    case MENTOR_STATUS_PROPOSED:
      return "accent";
    case MENTOR_STATUS_ACTIVE:
      return "success";
    case MENTOR_STATUS_PAUSED:
      return "warning";
    case MENTOR_STATUS_COMPLETED:
    case MENTOR_STATUS_ENDED:
    case MENTOR_N_STATUSES:
    default:
      return "dim-label";
    }
}

char *
mentor_mentorship_dup_start_text (MentorMentorship *mentorship)
{
  g_autofree char *start = NULL;
  g_autofree char *today = NULL;
  const char *started_on;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  started_on = mentor_mentorship_get_started_on (mentorship);
  start = mentor_mentorship_format_date (started_on);
  if (start == NULL)
    return g_strdup (_("Not started"));

  /* A finished one reads as the span it ran. */
  if (mentor_mentorship_get_closed_on (mentorship) != NULL)
    {
      g_autofree char *closed = mentor_mentorship_format_date (mentor_mentorship_get_closed_on (mentorship));

      /* TRANSLATORS: first and last day of a finished mentorship, e.g. "4 Jan 2026 – 10 Nov 2026" */
      return g_strdup_printf (_("%s – %s"), start, closed);
    }

  /* A proposed mentorship may carry a planned start that is still ahead. */
  today = mentor_today ();
  if (g_strcmp0 (started_on, today) > 0)
    /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
    return g_strdup_printf (_("Starts %s"), start);

  /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
  return g_strdup_printf (_("Since %s"), start);
}

char *
mentor_mentorship_dup_subtitle (MentorMentorship *mentorship)
{
  g_autofree char *start = NULL;
  const char *kind;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  kind = mentor_kind_to_label (mentor_mentorship_get_kind (mentorship));
  start = mentor_mentorship_dup_start_text (mentorship);

  /* TRANSLATORS: kind of mentorship, then when it started, e.g. "Peer · Since 12 Mar 2026" */
  return g_strdup_printf (_("%s · %s"), kind, start);
}

char *
mentor_mentorship_dup_a11y_name (MentorMentorship *mentorship)
{
  g_autofree char *title = NULL;
  MentorHealthLevel level;
  const char *status;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  title = mentor_mentorship_dup_title (mentorship);
  status = mentor_status_to_label (mentor_mentorship_get_status (mentorship));
  level = mentor_mentorship_health_level (mentorship);

  if (level == MENTOR_HEALTH_NONE)
    /* TRANSLATORS: "<Mentor> → <Mentee>", then the status word */
    return g_strdup_printf (_("%s, %s"), title, status);

  /* TRANSLATORS: "<Mentor> → <Mentee>", the status word, then the health
   * words, e.g. "Ana → Kwame, Active, At Risk" */
  return g_strdup_printf (_("%s, %s, %s"), title, status, mentor_health_level_to_label (level));
}

char *
mentor_mentorship_dup_status_name (MentorMentorship *mentorship)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  title = mentor_mentorship_dup_title (mentorship);
  /* TRANSLATORS: "<Mentor> → <Mentee>", then the status word */
  return g_strdup_printf (_("%s, %s"), title,
                          mentor_status_to_label (mentor_mentorship_get_status (mentorship)));
}

MentorHealthLevel
mentor_mentorship_health_level (MentorMentorship *mentorship)
{
  MentorHealth *health;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), MENTOR_HEALTH_NONE);

  health = mentor_mentorship_get_health (mentorship);
  return health != NULL ? mentor_health_get_level (health) : MENTOR_HEALTH_NONE;
}

const char *
mentor_health_level_class (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_ON_TRACK:
      return "success";
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return "warning";
    case MENTOR_HEALTH_AT_RISK:
      return "error";
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return "dim-label";
    }
}

char *
mentor_mentorship_dup_closed_text (MentorMentorship *mentorship)
{
  g_autofree char *closed = NULL;
  const char *reason;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  closed = mentor_mentorship_format_date (mentor_mentorship_get_closed_on (mentorship));

  switch (mentor_mentorship_get_status (mentorship))
    {
    case MENTOR_STATUS_COMPLETED:
      if (closed == NULL)
        return g_strdup (_("Completed"));
      /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
      return g_strdup_printf (_("Completed on %s"), closed);

    case MENTOR_STATUS_ENDED:
      reason = mentor_mentorship_get_end_reason (mentorship);
      if (closed == NULL)
        closed = g_strdup (_("an unknown day"));
      if (reason != NULL && *reason != '\0')
        /* TRANSLATORS: a date, then the reason the mentorship ended early */
        return g_strdup_printf (_("Ended on %s — %s"), closed, reason);
      /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
      return g_strdup_printf (_("Ended on %s"), closed);

    case MENTOR_STATUS_PROPOSED:
    case MENTOR_STATUS_ACTIVE:
    case MENTOR_STATUS_PAUSED:
    case MENTOR_N_STATUSES:
    default:
      return NULL;
    }
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;

  folded = g_utf8_casefold (text, -1);
  g_string_append (haystack, folded);
  g_string_append_c (haystack, '\n');
}

gboolean
mentor_mentorship_matches (MentorMentorship *mentorship,
                           const char       *folded_query,
                           int               status,
                           int               health)
{
  g_autoptr(GString) haystack = NULL;
  g_auto(GStrv) words = NULL;
  const char * const *areas;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), FALSE);

  if (status >= 0 && (int) mentor_mentorship_get_status (mentorship) != status)
    return FALSE;

  if (health >= 0 && (int) mentor_mentorship_health_level (mentorship) != health)
    return FALSE;

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  haystack = g_string_new (NULL);
  append_folded (haystack, mentor_mentorship_get_mentor_name (mentorship));
  append_folded (haystack, mentor_mentorship_get_mentee_name (mentorship));
  areas = mentor_mentorship_get_focus_areas (mentorship);
  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    append_folded (haystack, areas[i]);

  /* Every word must appear somewhere, so "ana leadership" finds Ana's
   * mentorships about leadership. */
  words = g_strsplit_set (folded_query, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (strstr (haystack->str, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

const char *
mentor_mentorship_sort_to_label (MentorMentorshipSort sort)
{
  switch (sort)
    {
    case MENTOR_MENTORSHIP_SORT_STATUS:
      return _("Status");
    case MENTOR_MENTORSHIP_SORT_HEALTH:
      return _("Health");
    case MENTOR_MENTORSHIP_SORT_START_DATE:
      return _("Start Date");
    case MENTOR_MENTORSHIP_N_SORTS:
    default:
      g_return_val_if_reached ("");
    }
}

static int
compare_uint (guint a,
              guint b)
{
  return (a > b) - (a < b);
}

/* Worst first; those without health (proposed, closed) after every open one. */
static guint
health_rank (MentorMentorship *m)
{
  switch (mentor_mentorship_health_level (m))
    {
    case MENTOR_HEALTH_AT_RISK:
      return 0;
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return 1;
    case MENTOR_HEALTH_ON_TRACK:
      return 2;
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      /* Proposed ones wait for a move: before the closed ones. */
      return mentor_mentorship_get_status (m) == MENTOR_STATUS_PROPOSED ? 3 : 4;
    }
}

static const char *
start_or (MentorMentorship *m,
          const char       *fallback)
{
  const char *start = mentor_mentorship_get_started_on (m);

  return (start != NULL && *start != '\0') ? start : fallback;
}

int
mentor_mentorship_compare (MentorMentorship     *a,
                           MentorMentorship     *b,
                           MentorMentorshipSort  sort)
{
  g_autofree char *title_a = NULL;
  g_autofree char *title_b = NULL;
  int cmp = 0;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (a), 0);
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (b), 0);

  switch (sort)
    {
    case MENTOR_MENTORSHIP_SORT_STATUS:
      cmp = compare_uint (mentor_mentorship_get_status (a), mentor_mentorship_get_status (b));
      break;

    case MENTOR_MENTORSHIP_SORT_HEALTH:
      cmp = compare_uint (health_rank (a), health_rank (b));
      break;

    case MENTOR_MENTORSHIP_SORT_START_DATE:
      /* Newest first; one without a start date has nothing to sort by: last. */
      cmp = strcmp (start_or (b, ""), start_or (a, ""));
      break;

    case MENTOR_MENTORSHIP_N_SORTS:
    default:
      g_return_val_if_reached (0);
    }
  if (cmp != 0)
    return cmp;

  /* Within the same status or health, not started yet counts as the newest:
   * those are the ones waiting for a move. */
  cmp = strcmp (start_or (b, "9999-99-99"), start_or (a, "9999-99-99"));
  if (cmp != 0)
    return cmp;

  title_a = mentor_mentorship_dup_title (a);
  title_b = mentor_mentorship_dup_title (b);
  cmp = g_utf8_collate (title_a, title_b);
  if (cmp != 0)
    return cmp;

  return (mentor_mentorship_get_id (a) > mentor_mentorship_get_id (b)) -
         (mentor_mentorship_get_id (a) < mentor_mentorship_get_id (b));
}

char *
mentor_review_dup_rating_text (guint rating)
{
  /* TRANSLATORS: a review's rating out of the highest, e.g. "4 of 5" */
  return g_strdup_printf (_("%u of %u"), rating, (guint) MENTOR_REVIEW_MAX_RATING);
}

const char *
mentor_mentorship_author_name (MentorMentorship *mentorship,
                               MentorOwner       author)
{
  const char *name;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  name = author == MENTOR_OWNER_MENTOR
    ? mentor_mentorship_get_mentor_name (mentorship)
    : mentor_mentorship_get_mentee_name (mentorship);

  if (name != NULL && *name != '\0')
    return name;

  return author == MENTOR_OWNER_MENTOR ? _("Mentor") : _("Mentee");
}

char *
mentor_review_dup_due_text (const char *name,
                            const char *due_on,
                            const char *today,
                            gboolean   *is_due)
{
  g_autofree char *own_today = NULL;
  g_autofree char *day = NULL;
  gboolean due;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (due_on != NULL, NULL);

  if (today == NULL)
    today = own_today = mentor_today ();

  day = mentor_mentorship_format_date (due_on);
  if (day == NULL)
    day = g_strdup (due_on);

  due = strcmp (due_on, today) <= 0;
  if (is_due != NULL)
    *is_due = due;

  if (due)
    /* TRANSLATORS: a person's name, then a date such as "3 Nov 2026" */
    return g_strdup_printf (_("Review due from %s since %s"), name, day);

  /* TRANSLATORS: a person's name, then a date such as "3 Dec 2026" */
  return g_strdup_printf (_("Next review from %s due %s"), name, day);
}

char *
mentor_overview_dup_meetings_text (const MentorOverview *overview)
{
  g_return_val_if_fail (overview != NULL, NULL);

  if (overview->meetings_planned == 0)
    return g_strdup_printf (ngettext ("No meetings held or planned (last %u day)",
                                      "No meetings held or planned (last %u days)",
                                      MENTOR_OVERVIEW_WINDOW_DAYS),
                            MENTOR_OVERVIEW_WINDOW_DAYS);

  return g_strdup_printf (/* TRANSLATORS: held, planned, then the window in days,
                           * e.g. "Meetings held: 14 of 18 planned (last 90 days)" */
                          ngettext ("Meetings held: %u of %u planned (last %u days)",
                                    "Meetings held: %u of %u planned (last %u days)",
                                    overview->meetings_planned),
                          overview->meetings_held, overview->meetings_planned,
                          MENTOR_OVERVIEW_WINDOW_DAYS);
}

char *
mentor_overview_dup_goals_text (const MentorOverview *overview)
{
  g_return_val_if_fail (overview != NULL, NULL);

  if (overview->goals_dropped > 0)
    /* TRANSLATORS: counts of goals, e.g. "Goals: 5 achieved, 7 open, 1 dropped" */
    return g_strdup_printf (_("Goals: %u achieved, %u open, %u dropped"),
                            overview->goals_achieved, overview->goals_open,
                            overview->goals_dropped);

  /* TRANSLATORS: counts of goals, e.g. "Goals: 5 achieved, 7 open" */
  return g_strdup_printf (_("Goals: %u achieved, %u open"),
                          overview->goals_achieved, overview->goals_open);
}

char *
mentor_overview_dup_count_text (guint       count,
                                const char *label)
{
  g_return_val_if_fail (label != NULL, NULL);

  /* TRANSLATORS: a count and what it counts, e.g. "3 At Risk", "1 Active" */
  return g_strdup_printf (C_("overview count", "%u %s"), count, label);
}
