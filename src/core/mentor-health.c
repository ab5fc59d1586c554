/* mentor-health.c — how a mentorship is doing, from a plain struct
 *
 * Pure: no store, no clock except the injected "today" (mentor_today() when
 * the input leaves it NULL). The rules and their thresholds are documented in
 * mentor-health.h.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-health.h"

struct _MentorHealth
{
  GObject parent_instance;

  MentorHealthLevel   level;
  char              **reasons;
  char              **advice;
  char               *next_due;
};

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_REASONS,
  PROP_ADVICE,
  PROP_NEXT_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorHealth, mentor_health, G_TYPE_OBJECT)

/* A reason with the level of the rule that gave it, for sorting worst first. */
typedef struct {
  MentorHealthLevel  level;
  guint              order;
  char              *text;
} Reason;

typedef struct {
  GArray    *reasons;  /* of Reason */
  GPtrArray *advice;   /* of char*, NULL-terminated at the end */
  MentorHealthLevel level;
} Verdict;

static void
reason_clear (gpointer data)
{
  Reason *reason = data;

  g_free (reason->text);
}

static void
add_reason (Verdict           *v,
            MentorHealthLevel  level,
            char              *text)
{
  Reason reason = { level, v->reasons->len, text };

  g_array_append_val (v->reasons, reason);
  v->level = MAX (v->level, level);
}

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const Reason *ra = a;
  const Reason *rb = b;

  if (ra->level != rb->level)
    return ra->level > rb->level ? -1 : 1;

  return ra->order < rb->order ? -1 : ra->order > rb->order;
}

static char *
date_label (const char *date)
{
  return mentor_date_to_label (date);
}

static gboolean
valid (const char *date)
{
  return date != NULL && mentor_date_is_valid (date);
}

/* ---- The rules ------------------------------------------------------------ */

static void
rule_meeting_gap (const MentorHealthInput *in,
                  const char              *today,
                  const char              *next_due,
                  Verdict                 *v)
{
  const char *since;
  guint max_gap;
  int gap;

  /* A paused mentorship does not accrue a gap. */
  if (in->status != MENTOR_STATUS_ACTIVE || in->cadence_days == 0)
    return;

  since = valid (in->last_held_on) ? in->last_held_on : in->started_on;
  if (!valid (since))
    return;

  gap = mentor_date_days_between (since, today);
  if (gap <= (int) in->cadence_days)
    return;

  max_gap = mentor_health_max_gap_for (in->cadence_days, in->max_gap_days);

  if (valid (in->last_held_on))
    add_reason (v, gap > (int) max_gap ? MENTOR_HEALTH_AT_RISK : MENTOR_HEALTH_NEEDS_ATTENTION,
                /* TRANSLATORS: "No meeting held for 37 days (agreed: every 14)." The
                 * second number is the agreed cadence in days. */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No meeting held for %d day (agreed: every %u).",
                                              "No meeting held for %d days (agreed: every %u).",
                                              gap),
                                 gap, in->cadence_days));
  else
    add_reason (v, gap > (int) max_gap ? MENTOR_HEALTH_AT_RISK : MENTOR_HEALTH_NEEDS_ATTENTION,
                /* TRANSLATORS: "No meeting held in the 37 days since the start (agreed: every 14)." */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No meeting held in the %d day since the start (agreed: every %u).",
                                              "No meeting held in the %d days since the start (agreed: every %u).",
                                              gap),
                                 gap, in->cadence_days));

  if (next_due != NULL)
    {
      g_autofree char *due = date_label (next_due);

      /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
      g_ptr_array_add (v->advice, g_strdup_printf (_("Hold a check-in now: it was due by %s."), due));
    }
}

static void
rule_missed_meetings (const MentorHealthInput *in,
                      Verdict                 *v)
{
  guint n = MIN (in->n_recent, MENTOR_HEALTH_RECENT_MEETINGS);
  guint missed = 0;

  for (guint i = 0; i < n; i++)
    if (in->recent[i] == MENTOR_MEETING_MISSED || in->recent[i] == MENTOR_MEETING_CANCELLED)
      missed++;

  if (missed < MENTOR_HEALTH_MISSED_ATTENTION)
    return;

  add_reason (v, missed >= MENTOR_HEALTH_MISSED_RISK ? MENTOR_HEALTH_AT_RISK
                                                     : MENTOR_HEALTH_NEEDS_ATTENTION,
              /* TRANSLATORS: "2 of the last 4 meetings were missed or cancelled." */
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of the last %u meeting was missed or cancelled.",
                                            "%u of the last %u meetings were missed or cancelled.",
                                            n),
                               missed, n));
  g_ptr_array_add (v->advice,
                   g_strdup (_("Agree on meeting times both of you can keep.")));
}

static void
rule_overdue_milestones (const MentorHealthInput *in,
                         const char              *today,
                         Verdict                 *v)
{
  const MentorHealthOverdue *worst = NULL;
  g_autofree char *due_label = NULL;
  g_autofree char *due = NULL;
  MentorHealthLevel level;
  guint n = 0;

  for (guint i = 0; i < in->n_overdue; i++)
    {
      if (in->overdue[i].days_overdue == 0)
        continue;

      n++;
      if (worst == NULL || in->overdue[i].days_overdue > worst->days_overdue)
        worst = &in->overdue[i];
    }

  if (worst == NULL)
    return;

  level = worst->days_overdue > MENTOR_HEALTH_OVERDUE_RISK_DAYS
          ? MENTOR_HEALTH_AT_RISK : MENTOR_HEALTH_NEEDS_ATTENTION;

  if (n == 1)
    add_reason (v, level,
                /* TRANSLATORS: "Milestone “Draft the plan” is 12 days overdue." */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Milestone “%s” is %u day overdue.",
                                              "Milestone “%s” is %u days overdue.",
                                              worst->days_overdue),
                                 worst->title ? worst->title : "", worst->days_overdue));
  else
    add_reason (v, level,
                /* TRANSLATORS: "3 milestones are overdue; “Draft the plan” by 12 days."
                 * %u is the count (always 2 or more), %s the most overdue one. */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u milestones are overdue; “%s” by %u day.",
                                              "%u milestones are overdue; “%s” by %u days.",
                                              worst->days_overdue),
                                 n, worst->title ? worst->title : "", worst->days_overdue));

  due = mentor_date_add_days (today, -(int) worst->days_overdue);
  due_label = date_label (due);
  /* TRANSLATORS: "Finish “Draft the plan” or agree a new due date (it was due on 3 Mar 2026)." */
  g_ptr_array_add (v->advice,
                   g_strdup_printf (_("Finish “%s” or agree a new due date (it was due on %s)."),
                                    worst->title ? worst->title : "", due_label));
}

static void
rule_no_goal (const MentorHealthInput *in,
              const char              *today,
              Verdict                 *v)
{
  int days;

  if (in->n_goals > 0 || !valid (in->started_on))
    return;

  days = mentor_date_days_between (in->started_on, today);
  if (days <= MENTOR_HEALTH_FIRST_GOAL_DAYS)
    return;

  if (days % 7 == 0 || days >= 7 * 8)
    add_reason (v, MENTOR_HEALTH_NEEDS_ATTENTION,
                /* TRANSLATORS: "No goal set after 5 weeks." */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No goal set after %d week.",
                                              "No goal set after %d weeks.",
                                              days / 7),
                                 days / 7));
  else
    add_reason (v, MENTOR_HEALTH_NEEDS_ATTENTION,
                /* TRANSLATORS: "No goal set after 23 days." */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No goal set after %d day.",
                                              "No goal set after %d days.",
                                              days),
                                 days));

  g_ptr_array_add (v->advice, g_strdup (_("Set a first goal.")));
}

static void
rule_past_end (const MentorHealthInput *in,
               const char              *today,
               Verdict                 *v)
{
  g_autofree char *end = NULL;
  int days;

  if (in->status != MENTOR_STATUS_ACTIVE || !valid (in->ends_on))
    return;

  days = mentor_date_days_between (in->ends_on, today);
  if (days <= 0)
    return;

  add_reason (v, days > MENTOR_HEALTH_PAST_END_RISK_DAYS ? MENTOR_HEALTH_AT_RISK
                                                         : MENTOR_HEALTH_NEEDS_ATTENTION,
              /* TRANSLATORS: "Still active 9 days past the planned end date." */
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Still active %d day past the planned end date.",
                                            "Still active %d days past the planned end date.",
                                            days),
                               days));

  end = date_label (in->ends_on);
  /* TRANSLATORS: %s is the planned end date, "3 Mar 2026" */
  g_ptr_array_add (v->advice,
                   g_strdup_printf (_("Review the plan, then complete the mentorship or extend the end date (planned: %s)."),
                                    end));
}

static void
rule_low_review (const MentorHealthInput *in,
                 Verdict                 *v)
{
  for (guint side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
    {
      const MentorHealthReview *review = &in->latest_review[side];
      const char *name = side == MENTOR_OWNER_MENTOR ? in->mentor_name : in->mentee_name;
      g_autofree char *when = NULL;

      if (review->rating == 0 || review->rating > MENTOR_HEALTH_LOW_RATING ||
          !valid (review->written_on))
        continue;

      if (name == NULL || *name == '\0')
        name = side == MENTOR_OWNER_MENTOR ? _("The mentor") : _("The mentee");

      when = date_label (review->written_on);
      add_reason (v, MENTOR_HEALTH_NEEDS_ATTENTION,
                  /* TRANSLATORS: "Kwame rated the relationship 2 of 5 on 3 Nov 2026." */
                  g_strdup_printf (_("%s rated the relationship %u of 5 on %s."),
                                   name, review->rating, when));
      g_ptr_array_add (v->advice,
                       /* TRANSLATORS: %s is a person's name */
                       g_strdup_printf (_("Talk with %s about what would make the mentorship work better."),
                                        name));
    }
}

/* ---- GObject ------------------------------------------------------------- */

static void
mentor_health_finalize (GObject *object)
{
  MentorHealth *self = (MentorHealth *) object;

  g_clear_pointer (&self->reasons, g_strfreev);
  g_clear_pointer (&self->advice, g_strfreev);
  g_clear_pointer (&self->next_due, g_free);

  G_OBJECT_CLASS (mentor_health_parent_class)->finalize (object);
}

static void
mentor_health_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MentorHealth *self = MENTOR_HEALTH (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_REASONS:
      g_value_set_boxed (value, self->reasons);
      break;
    case PROP_ADVICE:
      g_value_set_boxed (value, self->advice);
      break;
    case PROP_NEXT_DUE:
      g_value_set_string (value, self->next_due);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_health_class_init (MentorHealthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_health_finalize;
  object_class->get_property = mentor_health_get_property;

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       0, MENTOR_N_HEALTH_LEVELS - 1, MENTOR_HEALTH_NONE, ro);
  properties[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_ADVICE] =
    g_param_spec_boxed ("advice", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_NEXT_DUE] =
    g_param_spec_string ("next-due", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_health_init (MentorHealth *self)
{
  self->level = MENTOR_HEALTH_NONE;
  self->reasons = g_new0 (char *, 1);
  self->advice = g_new0 (char *, 1);
}

/* ---- Public API ----------------------------------------------------------- */

const char *
mentor_health_level_to_label (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_ON_TRACK:
      return _("On Track");
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return _("Needs Attention");
    case MENTOR_HEALTH_AT_RISK:
      return _("At Risk");
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return "";
    }
}

const char *
mentor_health_level_to_icon_name (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_ON_TRACK:
      return "emblem-ok-symbolic";
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return "dialog-warning-symbolic";
    case MENTOR_HEALTH_AT_RISK:
      return "dialog-error-symbolic";
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return NULL;
    }
}

const char *
mentor_health_level_to_string (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_ON_TRACK:
      return "on-track";
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return "needs-attention";
    case MENTOR_HEALTH_AT_RISK:
      return "at-risk";
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return "none";
    }
}

guint
mentor_health_max_gap_for (guint cadence_days,
                           guint max_gap_days)
{
  if (max_gap_days != 0)
    return max_gap_days;

  /* Rounded up: a cadence of 7 allows 11 days, not 10. */
  return (cadence_days * MENTOR_HEALTH_MAX_GAP_PERCENT + 99) / 100;
}

MentorHealth *
mentor_health_compute (const MentorHealthInput *in)
{
  g_autoptr(MentorHealth) self = NULL;
  g_autofree char *own_today = NULL;
  g_autofree char *next_due = NULL;
  const char *today;
  const char *since;
  Verdict v;

  g_return_val_if_fail (in != NULL, NULL);
  g_return_val_if_fail (in->today == NULL || mentor_date_is_valid (in->today), NULL);
  g_return_val_if_fail (in->n_recent == 0 || in->recent != NULL, NULL);
  g_return_val_if_fail (in->n_overdue == 0 || in->overdue != NULL, NULL);

  self = g_object_new (MENTOR_TYPE_HEALTH, NULL);

  if (in->status != MENTOR_STATUS_ACTIVE && in->status != MENTOR_STATUS_PAUSED)
    return g_steal_pointer (&self);

  today = in->today;
  if (today == NULL)
    today = own_today = mentor_today ();

  since = valid (in->last_held_on) ? in->last_held_on : in->started_on;
  if (in->status == MENTOR_STATUS_ACTIVE && in->cadence_days > 0 && valid (since))
    next_due = mentor_date_add_days (since, (int) in->cadence_days);

  v.reasons = g_array_new (FALSE, FALSE, sizeof (Reason));
  g_array_set_clear_func (v.reasons, reason_clear);
  v.advice = g_ptr_array_new_with_free_func (g_free);
  v.level = MENTOR_HEALTH_ON_TRACK;

  rule_meeting_gap (in, today, next_due, &v);
  rule_missed_meetings (in, &v);
  rule_overdue_milestones (in, today, &v);
  rule_no_goal (in, today, &v);
  rule_past_end (in, today, &v);
  rule_low_review (in, &v);

  /* The next check-in comes first in the advice when it is not already late. */
  if (next_due != NULL && g_strcmp0 (next_due, today) >= 0)
    {
      g_autofree char *due = date_label (next_due);

      /* TRANSLATORS: %s is a date such as "12 Mar 2026" */
      g_ptr_array_insert (v.advice, 0, g_strdup_printf (_("Next check-in due by %s."), due));
    }

  g_array_sort (v.reasons, compare_reasons);

  g_strfreev (self->reasons);
  self->reasons = g_new0 (char *, v.reasons->len + 1);
  for (guint i = 0; i < v.reasons->len; i++)
    self->reasons[i] = g_steal_pointer (&g_array_index (v.reasons, Reason, i).text);
  g_array_unref (v.reasons);

  g_ptr_array_add (v.advice, NULL);
  g_strfreev (self->advice);
  self->advice = (char **) g_ptr_array_free (v.advice, FALSE);

  self->level = v.level;
  self->next_due = g_steal_pointer (&next_due);

  return g_steal_pointer (&self);
}

MentorHealthLevel
mentor_health_get_level (MentorHealth *self)
{
  g_return_val_if_fail (MENTOR_IS_HEALTH (self), MENTOR_HEALTH_NONE);

  return self->level;
}

const char * const *
mentor_health_get_reasons (MentorHealth *self)
{
  g_return_val_if_fail (MENTOR_IS_HEALTH (self), NULL);

  return (const char * const *) self->reasons;
}

const char * const *
mentor_health_get_advice (MentorHealth *self)
{
  g_return_val_if_fail (MENTOR_IS_HEALTH (self), NULL);

  return (const char * const *) self->advice;
}

const char *
mentor_health_get_next_due (MentorHealth *self)
{
  g_return_val_if_fail (MENTOR_IS_HEALTH (self), NULL);

  return self->next_due;
}
