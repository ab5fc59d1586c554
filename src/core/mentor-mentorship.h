/* mentor-mentorship.h — a mentor and a mentee, and the terms they agreed */
#pragma once

#include <glib-object.h>

#include "mentor-health.h"
#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MENTORSHIP (mentor_mentorship_get_type ())
G_DECLARE_FINAL_TYPE (MentorMentorship, mentor_mentorship, MENTOR, MENTORSHIP, GObject)

/* Properties: "id" (gint64), "mentor-id", "mentee-id" (gint64),
 * "mentor-name", "mentee-name" (read-only strings the store fills when it
 * loads the record, for display), "kind" (MentorKind as guint), "status"
 * (MentorStatus as guint; read-only here: it changes through
 * mentor_store_set_mentorship_status()), "started-on", "ends-on", "closed-on"
 * ("YYYY-MM-DD" or NULL), "end-reason" (string, "" unless ended),
 * "cadence-days" (guint, 0 = not agreed), "mode" (MentorMode as guint),
 * "expectations" (string), "focus-areas" (GStrv), "max-gap-days" (guint:
 * the longest acceptable gap between held meetings, 0 = the default of
 * MENTOR_HEALTH_MAX_GAP_PERCENT of the cadence), "health" (MentorHealth,
 * read-only: filled by mentor_store_list_mentorships() and
 * mentor_store_get_mentorship() as of today; NULL for proposed, completed
 * and ended ones, and for records not loaded from the store). */

MentorMentorship   *mentor_mentorship_new              (void);
MentorMentorship   *mentor_mentorship_copy             (MentorMentorship *self);

gint64              mentor_mentorship_get_id           (MentorMentorship *self);
gint64              mentor_mentorship_get_mentor_id    (MentorMentorship *self);
void                mentor_mentorship_set_mentor_id    (MentorMentorship *self, gint64 mentor_id);
gint64              mentor_mentorship_get_mentee_id    (MentorMentorship *self);
void                mentor_mentorship_set_mentee_id    (MentorMentorship *self, gint64 mentee_id);
const char         *mentor_mentorship_get_mentor_name  (MentorMentorship *self);
const char         *mentor_mentorship_get_mentee_name  (MentorMentorship *self);
MentorKind          mentor_mentorship_get_kind         (MentorMentorship *self);
void                mentor_mentorship_set_kind         (MentorMentorship *self, MentorKind kind);
MentorStatus        mentor_mentorship_get_status       (MentorMentorship *self);
const char         *mentor_mentorship_get_started_on   (MentorMentorship *self);
void                mentor_mentorship_set_started_on   (MentorMentorship *self, const char *date);
const char         *mentor_mentorship_get_ends_on      (MentorMentorship *self);
void                mentor_mentorship_set_ends_on      (MentorMentorship *self, const char *date);
const char         *mentor_mentorship_get_closed_on    (MentorMentorship *self);
const char         *mentor_mentorship_get_end_reason   (MentorMentorship *self);
guint               mentor_mentorship_get_cadence_days (MentorMentorship *self);
void                mentor_mentorship_set_cadence_days (MentorMentorship *self, guint days);
MentorMode          mentor_mentorship_get_mode         (MentorMentorship *self);
void                mentor_mentorship_set_mode         (MentorMentorship *self, MentorMode mode);
const char         *mentor_mentorship_get_expectations (MentorMentorship *self);
void                mentor_mentorship_set_expectations (MentorMentorship *self, const char *text);
const char * const *mentor_mentorship_get_focus_areas  (MentorMentorship *self);
void                mentor_mentorship_set_focus_areas  (MentorMentorship *self, const char * const *areas);
guint               mentor_mentorship_get_max_gap_days (MentorMentorship *self);
void                mentor_mentorship_set_max_gap_days (MentorMentorship *self, guint days);
/* Transfer none; NULL when health does not apply or was not computed. */
MentorHealth       *mentor_mentorship_get_health       (MentorMentorship *self);
/* "next-checkin": the start (UTC instant) of the next meeting or occurrence
 * still scheduled, filled by mentor_store_list_mentorships() and
 * mentor_store_get_mentorship() as of now; NULL when none is planned. */
const char         *mentor_mentorship_get_next_checkin (MentorMentorship *self);
/* "Mentor → Mentee" from the names the store filled. */
char               *mentor_mentorship_dup_title        (MentorMentorship *self);

G_END_DECLS
