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

static const char *
name_or_unknown (const char *name)
{
  /* The store fills names on load; a record built in memory may lack them. */
  return (name != NULL && *name != '\0') ? name : _("Unknown Person");
}

char *
mentor_mentorship_dup_title (MentorMentorship *mentorship)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  /* TRANSLATORS: mentor's name, then mentee's name */
  return g_strdup_printf (_("%s → %s"),
                          name_or_unknown (mentor_mentorship_get_mentor_name (mentorship)),
                          name_or_unknown (mentor_mentorship_get_mentee_name (mentorship)));
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

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  title = mentor_mentorship_dup_title (mentorship);
  /* TRANSLATORS: "<Mentor> → <Mentee>", then the status word */
  return g_strdup_printf (_("%s, %s"), title,
                          mentor_status_to_label (mentor_mentorship_get_status (mentorship)));
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
                           int               status)
{
  g_autoptr(GString) haystack = NULL;
  g_auto(GStrv) words = NULL;
  const char * const *areas;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), FALSE);

  if (status >= 0 && (int) mentor_mentorship_get_status (mentorship) != status)
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

static gboolean
is_open (MentorStatus status)
{
  return status == MENTOR_STATUS_PROPOSED ||
         status == MENTOR_STATUS_ACTIVE ||
         status == MENTOR_STATUS_PAUSED;
}

int
mentor_mentorship_compare (MentorMentorship *a,
                           MentorMentorship *b)
{
  gboolean open_a, open_b;
  const char *start_a, *start_b;
  g_autofree char *title_a = NULL;
  g_autofree char *title_b = NULL;
  int cmp;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (a), 0);
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (b), 0);

  open_a = is_open (mentor_mentorship_get_status (a));
  open_b = is_open (mentor_mentorship_get_status (b));
  if (open_a != open_b)
    return open_a ? -1 : 1;

  /* Not started yet counts as the newest: those are the ones waiting for a move. */
  start_a = mentor_mentorship_get_started_on (a);
  start_b = mentor_mentorship_get_started_on (b);
  if (start_a == NULL || *start_a == '\0')
    start_a = "9999-99-99";
  if (start_b == NULL || *start_b == '\0')
    start_b = "9999-99-99";
  cmp = strcmp (start_b, start_a);
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
