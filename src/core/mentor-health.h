/* mentor-health.h — how a mentorship is doing: on track, needs attention, at risk
 *
 * Health is derived, never stored (DESIGN.md, "Health"). It applies to active
 * and paused mentorships only; proposed, completed and ended ones have
 * MENTOR_HEALTH_NONE. mentor_health_compute() is a pure function of a plain
 * struct, so every rule is testable with an injected "today"; the store fills
 * that struct for every mentorship it lists (mentor_mentorship_get_health()).
 *
 * The rules, each with its thresholds below (a threshold is crossed when the
 * figure is strictly beyond it; "days" are calendar days between dates):
 *
 *  - Meeting gap (active only; needs a cadence): days since the last held
 *    meeting, or since the start date when none was held yet. Beyond the
 *    cadence (the ideal interval) -> needs attention; beyond the maximum gap
 *    (the mentorship's own max_gap_days, or MENTOR_HEALTH_MAX_GAP_PERCENT of
 *    the cadence rounded up when it sets none) -> at risk. A paused mentorship
 *    does not accrue a gap: it is on track unless another rule fires.
 *  - Missed meetings: among the last MENTOR_HEALTH_RECENT_MEETINGS meetings up
 *    to today, MENTOR_HEALTH_MISSED_ATTENTION or more missed or cancelled ->
 *    needs attention, MENTOR_HEALTH_MISSED_RISK or more -> at risk.
 *  - Overdue milestones (of open goals): any milestone past its due date and
 *    not done -> needs attention; one overdue by more than
 *    MENTOR_HEALTH_OVERDUE_RISK_DAYS -> at risk.
 *  - No goal: no goal set more than MENTOR_HEALTH_FIRST_GOAL_DAYS after the
 *    start date -> needs attention.
 *  - Past the planned end (active only): still active after ends_on -> needs
 *    attention; more than MENTOR_HEALTH_PAST_END_RISK_DAYS after -> at risk.
 *  - Low review: the latest review of either side rated
 *    MENTOR_HEALTH_LOW_RATING or less -> needs attention.
 *
 * The level is the worst rule that fired; the reasons list every rule that
 * fired, worst first, as sentences; the advice says what would put it back on
 * track, with dates.
 */
#pragma once

#include <glib-object.h>

#include "mentor-types.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_HEALTH_NONE,             /* proposed, completed, ended: health does not apply */
  MENTOR_HEALTH_ON_TRACK,
  MENTOR_HEALTH_NEEDS_ATTENTION,
  MENTOR_HEALTH_AT_RISK,
  MENTOR_N_HEALTH_LEVELS
} MentorHealthLevel;

/* The maximum gap when a mentorship sets none: 150 % of the cadence, rounded up. */
#define MENTOR_HEALTH_MAX_GAP_PERCENT      150
/* How many of the latest meetings (up to today) the missed-meetings rule reads. */
#define MENTOR_HEALTH_RECENT_MEETINGS      4
/* Missed or cancelled among those: this many or more -> needs attention … */
#define MENTOR_HEALTH_MISSED_ATTENTION     2
/* … and this many or more -> at risk. */
#define MENTOR_HEALTH_MISSED_RISK          3
/* A milestone overdue by more than this many days -> at risk. */
#define MENTOR_HEALTH_OVERDUE_RISK_DAYS    30
/* No goal set more than this many days after the start -> needs attention. */
#define MENTOR_HEALTH_FIRST_GOAL_DAYS      21
/* Still active more than this many days past the planned end -> at risk. */
#define MENTOR_HEALTH_PAST_END_RISK_DAYS   30
/* A review rated this or lower (of 5) -> needs attention. */
#define MENTOR_HEALTH_LOW_RATING           2

/* "On Track", "Needs Attention", "At Risk"; "" for NONE. Translated. */
const char *mentor_health_level_to_label     (MentorHealthLevel level);
/* emblem-ok-symbolic, dialog-warning-symbolic, dialog-error-symbolic; NULL for NONE. */
const char *mentor_health_level_to_icon_name (MentorHealthLevel level);
/* The stored-style word, for CSS classes and tests: "none", "on-track",
 * "needs-attention", "at-risk". */
const char *mentor_health_level_to_string    (MentorHealthLevel level);

/* The maximum gap in days for a cadence: max_gap_days when not 0, otherwise
 * MENTOR_HEALTH_MAX_GAP_PERCENT of the cadence rounded up (0 for no cadence). */
guint       mentor_health_max_gap_for        (guint cadence_days,
                                              guint max_gap_days);

/* An open milestone past its due date. */
typedef struct {
  const char *title;
  guint       days_overdue;   /* >= 1 */
} MentorHealthOverdue;

/* The latest review of one side; rating 0 when that side wrote none. */
typedef struct {
  guint       rating;         /* 1..5, 0 = none */
  const char *written_on;     /* "YYYY-MM-DD" */
} MentorHealthReview;

/* Everything health is computed from. Dates are "YYYY-MM-DD" or NULL; the
 * struct borrows every pointer. */
typedef struct {
  MentorStatus                 status;
  const char                  *started_on;
  const char                  *ends_on;
  guint                        cadence_days;   /* 0 = not agreed: no gap rule */
  guint                        max_gap_days;   /* 0 = MENTOR_HEALTH_MAX_GAP_PERCENT of the cadence */
  const char                  *last_held_on;   /* the day of the last held meeting up to today */
  /* Statuses of the latest meetings starting on or before today, newest
   * first; only the first MENTOR_HEALTH_RECENT_MEETINGS are read. */
  const MentorMeetingStatus   *recent;
  guint                        n_recent;
  const MentorHealthOverdue   *overdue;
  guint                        n_overdue;
  guint                        n_goals;
  const char                  *mentor_name;    /* for the review sentence */
  const char                  *mentee_name;
  MentorHealthReview           latest_review[2]; /* indexed by MentorOwner */
  const char                  *today;          /* NULL: mentor_today() */
} MentorHealthInput;

#define MENTOR_TYPE_HEALTH (mentor_health_get_type ())
G_DECLARE_FINAL_TYPE (MentorHealth, mentor_health, MENTOR, HEALTH, GObject)

/* Read-only properties: "level" (MentorHealthLevel as guint), "reasons" and
 * "advice" (GStrv, NULL-terminated, never NULL), "next-due" (string or NULL). */

/* The pure function: the same input always gives the same health. */
MentorHealth       *mentor_health_compute     (const MentorHealthInput *in);

MentorHealthLevel   mentor_health_get_level   (MentorHealth *self);
/* Sentences, worst first, e.g. "No meeting held for 37 days (agreed: every 14)." */
const char * const *mentor_health_get_reasons (MentorHealth *self);
/* Sentences of what would put it back on track, e.g. "Next check-in due by 12 Mar 2026." */
const char * const *mentor_health_get_advice  (MentorHealth *self);
/* "YYYY-MM-DD" by which the next meeting should be held (may be in the past
 * when overdue), or NULL: not active, no cadence or no start date. */
const char         *mentor_health_get_next_due (MentorHealth *self);

G_END_DECLS
