/* mentor-goal-text.c — the words the Goals view and the goal editor show */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-goal-text.h"

char *
mentor_goal_dup_progress_text (guint done,
                               guint total)
{
  if (total == 0)
    return g_strdup (_("No milestones yet"));

  /* TRANSLATORS: progress of a goal, e.g. "3 of 5 milestones"; the plural
   * follows the second number */
  return g_strdup_printf (ngettext ("%u of %u milestone", "%u of %u milestones", total),
                          MIN (done, total), total);
}

double
mentor_goal_progress_fraction (guint done,
                               guint total)
{
  if (total == 0)
    return 0.0;

  return (double) MIN (done, total) / (double) total;
}

char *
mentor_goal_dup_target_text (MentorGoal *goal)
{
  g_autofree char *date = NULL;
  const char *target_on;

  g_return_val_if_fail (MENTOR_IS_GOAL (goal), NULL);

  target_on = mentor_goal_get_target_on (goal);
  if (target_on != NULL && mentor_date_is_valid (target_on))
    date = mentor_date_to_label (target_on);

  if (date == NULL)
    return g_strdup (_("No target date"));

  /* TRANSLATORS: when a goal should be met; %s is a date such as "12 Mar 2026" */
  return g_strdup_printf (_("Target %s"), date);
}

char *
mentor_goal_dup_status_text (MentorGoal *goal)
{
  MentorGoalStatus status;
  const char *reason;

  g_return_val_if_fail (MENTOR_IS_GOAL (goal), NULL);

  status = mentor_goal_get_status (goal);
  reason = mentor_goal_get_drop_reason (goal);

  if (status == MENTOR_GOAL_DROPPED && reason != NULL && *reason != '\0')
    /* TRANSLATORS: the status "Dropped", then the reason the goal was dropped */
    return g_strdup_printf (_("%s — %s"), mentor_goal_status_to_label (status), reason);

  return g_strdup (mentor_goal_status_to_label (status));
}

const char *
mentor_goal_status_icon (MentorGoalStatus status)
{
  switch (status)
    {
    case MENTOR_GOAL_OPEN:
      return "radio-symbolic";
    case MENTOR_GOAL_ACHIEVED:
      return "emblem-ok-symbolic";
    case MENTOR_GOAL_DROPPED:
      return "action-unavailable-symbolic";
    case MENTOR_N_GOAL_STATUSES:
    default:
      return "dialog-question-symbolic";
    }
}

const char *
mentor_goal_status_class (MentorGoalStatus status)
{
  switch (status)
    {
    case MENTOR_GOAL_OPEN:
      return "accent";
    case MENTOR_GOAL_ACHIEVED:
      return "success";
    case MENTOR_GOAL_DROPPED:
    case MENTOR_N_GOAL_STATUSES:
    default:
      return "dim-label";
    }
}

gboolean
mentor_goal_is_overdue (MentorGoal *goal,
                        const char *today)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MENTOR_IS_GOAL (goal), FALSE);

  if (mentor_goal_get_status (goal) != MENTOR_GOAL_OPEN)
    return FALSE;

  if (mentor_goal_get_milestones_overdue (goal) > 0)
    return TRUE;

  /* The same rule as the words, so the filter and the rows agree. */
  text = mentor_goal_dup_overdue_text (goal, today);
  return text != NULL;
}

char *
mentor_goal_dup_overdue_text (MentorGoal *goal,
                              const char *today)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (goal), NULL);

  return mentor_goal_overdue_sentences (mentor_goal_get_status (goal),
                                        mentor_goal_get_milestones_overdue (goal),
                                        mentor_goal_get_days_overdue (goal),
                                        mentor_goal_get_target_on (goal),
                                        today);
}

char *
mentor_goal_overdue_sentences (MentorGoalStatus  status,
                               guint             overdue,
                               guint             days,
                               const char       *target_on,
                               const char       *today)
{
  g_autofree char *today_owned = NULL;
  g_autoptr(GString) text = NULL;
  int late = 0;

  /* Achieved and dropped goals are not waited for any more. */
  if (status != MENTOR_GOAL_OPEN)
    return NULL;

  if (today == NULL)
    today = today_owned = mentor_today ();

  if (target_on != NULL && mentor_date_is_valid (target_on))
    late = mentor_date_days_between (target_on, today);

  if (overdue == 0 && late <= 0)
    return NULL;

  text = g_string_new (NULL);

  if (overdue == 1)
    g_string_append_printf (text,
                            /* TRANSLATORS: one milestone of a goal is late by that many days */
                            ngettext ("1 milestone overdue (%u day)",
                                      "1 milestone overdue (%u days)", days),
                            days);
  else if (overdue > 1)
    {
      /* TRANSLATORS: how many milestones of a goal are late, e.g. "2 milestones overdue"; it is
       * followed by how late the latest is, e.g. " (up to 14 days)" */
      g_autofree char *count = g_strdup_printf (ngettext ("%u milestone overdue", "%u milestones overdue", overdue),
                                                overdue);
      /* TRANSLATORS: the most days any late milestone of a goal is overdue; follows "2 milestones overdue" */
      g_autofree char *most = g_strdup_printf (ngettext ("up to %u day", "up to %u days", days), days);

      /* TRANSLATORS: "2 milestones overdue" and "up to 14 days" */
      g_string_append_printf (text, _("%s (%s)"), count, most);
    }

  if (late > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');

      if (late == 1)
        g_string_append (text, _("Target date passed yesterday"));
      else
        g_string_append_printf (text,
                                /* TRANSLATORS: an open goal's target date is that many days in the past */
                                ngettext ("Target date passed %d day ago",
                                          "Target date passed %d days ago", late),
                                late);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mentor_goal_dup_a11y_name (MentorGoal *goal,
                           const char *today)
{
  g_autofree char *progress = NULL;
  g_autofree char *overdue = NULL;
  const char *status;

  g_return_val_if_fail (MENTOR_IS_GOAL (goal), NULL);

  progress = mentor_goal_dup_progress_text (mentor_goal_get_milestones_done (goal),
                                            mentor_goal_get_milestones_total (goal));
  overdue = mentor_goal_dup_overdue_text (goal, today);
  status = mentor_goal_status_to_label (mentor_goal_get_status (goal));

  if (overdue != NULL)
    {
      g_strdelimit (overdue, "\n", ';');
      /* TRANSLATORS: a goal for a screen reader: title, status, progress and what is late */
      return g_strdup_printf (_("%s, %s, %s, %s"), mentor_goal_get_title (goal), status,
                              progress, overdue);
    }

  /* TRANSLATORS: a goal for a screen reader: title, status and progress */
  return g_strdup_printf (_("%s, %s, %s"), mentor_goal_get_title (goal), status, progress);
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
mentor_goal_matches_words (MentorGoal         *goal,
                           const char * const *folded_words)
{
  g_autoptr(GString) haystack = NULL;

  g_return_val_if_fail (MENTOR_IS_GOAL (goal), FALSE);

  if (folded_words == NULL || folded_words[0] == NULL)
    return TRUE;

  haystack = g_string_new (NULL);
  append_folded (haystack, mentor_goal_get_title (goal));
  append_folded (haystack, mentor_goal_get_focus_area (goal));
  append_folded (haystack, mentor_goal_get_success_measure (goal));
  append_folded (haystack, mentor_goal_get_mentorship_title (goal));

  /* Every word must appear somewhere, so "ana leadership" finds Ana's goals
   * about leadership. */
  for (guint i = 0; folded_words[i] != NULL; i++)
    if (*folded_words[i] != '\0' && strstr (haystack->str, folded_words[i]) == NULL)
      return FALSE;

  return TRUE;
}

guint
mentor_milestone_days_overdue (MentorMilestone *milestone,
                               const char      *today)
{
  g_autofree char *today_owned = NULL;
  const char *due_on;
  const char *done_on;
  int days;

  g_return_val_if_fail (MENTOR_IS_MILESTONE (milestone), 0);

  due_on = mentor_milestone_get_due_on (milestone);
  done_on = mentor_milestone_get_done_on (milestone);
  if (due_on == NULL || !mentor_date_is_valid (due_on) || (done_on != NULL && *done_on != '\0'))
    return 0;

  if (today == NULL)
    today = today_owned = mentor_today ();

  days = mentor_date_days_between (due_on, today);
  return days > 0 ? (guint) days : 0;
}

char *
mentor_milestone_dup_state_text (MentorMilestone *milestone,
                                 const char      *today)
{
  g_autofree char *today_owned = NULL;
  const char *due_on;
  const char *done_on;
  guint late;

  g_return_val_if_fail (MENTOR_IS_MILESTONE (milestone), NULL);

  if (today == NULL)
    today = today_owned = mentor_today ();

  done_on = mentor_milestone_get_done_on (milestone);
  if (done_on != NULL && mentor_date_is_valid (done_on))
    {
      g_autofree char *date = mentor_date_to_label (done_on);

      /* TRANSLATORS: the day a milestone was ticked done; %s is a date such as "12 Mar 2026" */
      return g_strdup_printf (_("Done on %s"), date);
    }

  due_on = mentor_milestone_get_due_on (milestone);
  if (due_on == NULL || !mentor_date_is_valid (due_on))
    return NULL;

  late = mentor_milestone_days_overdue (milestone, today);
  if (late > 0)
    /* TRANSLATORS: a milestone not done yet, that many days after its due date */
    return g_strdup_printf (ngettext ("%u day overdue", "%u days overdue", late), late);

  if (g_strcmp0 (due_on, today) == 0)
    return g_strdup (_("Due today"));

  {
    g_autofree char *date = mentor_date_to_label (due_on);

    /* TRANSLATORS: when a milestone is due; %s is a date such as "12 Mar 2026" */
    return g_strdup_printf (_("Due %s"), date);
  }
}
