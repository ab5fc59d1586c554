/* mentor-meeting.h — meetings, recurring check-in series and action items */
#pragma once

#include <glib-object.h>

#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MEETING (mentor_meeting_get_type ())
G_DECLARE_FINAL_TYPE (MentorMeeting, mentor_meeting, MENTOR, MEETING, GObject)

/* Properties: "id", "mentorship-id", "series-id" (gint64, 0 for a one-off),
 * "uid" (string; the store generates one when empty), "recurrence-id"
 * (original start of the occurrence as an instant, or NULL), "starts-at"
 * (UTC instant "YYYY-MM-DDTHH:MM:SSZ"), "tzid" (IANA zone it was planned in),
 * "duration-min" (guint), "status" (MentorMeetingStatus as guint), "location",
 * "agenda", "summary", "private-notes" (strings). */
MentorMeeting      *mentor_meeting_new                (void);
gint64              mentor_meeting_get_id             (MentorMeeting *self);
gint64              mentor_meeting_get_mentorship_id  (MentorMeeting *self);
void                mentor_meeting_set_mentorship_id  (MentorMeeting *self, gint64 id);
gint64              mentor_meeting_get_series_id      (MentorMeeting *self);
void                mentor_meeting_set_series_id      (MentorMeeting *self, gint64 id);
const char         *mentor_meeting_get_uid            (MentorMeeting *self);
void                mentor_meeting_set_uid            (MentorMeeting *self, const char *uid);
const char         *mentor_meeting_get_recurrence_id  (MentorMeeting *self);
void                mentor_meeting_set_recurrence_id  (MentorMeeting *self, const char *instant);
const char         *mentor_meeting_get_starts_at      (MentorMeeting *self);
void                mentor_meeting_set_starts_at      (MentorMeeting *self, const char *instant);
const char         *mentor_meeting_get_tzid           (MentorMeeting *self);
void                mentor_meeting_set_tzid           (MentorMeeting *self, const char *tzid);
guint               mentor_meeting_get_duration_min   (MentorMeeting *self);
void                mentor_meeting_set_duration_min   (MentorMeeting *self, guint minutes);
MentorMeetingStatus mentor_meeting_get_status         (MentorMeeting *self);
void                mentor_meeting_set_status         (MentorMeeting *self, MentorMeetingStatus status);
const char         *mentor_meeting_get_location       (MentorMeeting *self);
void                mentor_meeting_set_location       (MentorMeeting *self, const char *location);
const char         *mentor_meeting_get_agenda         (MentorMeeting *self);
void                mentor_meeting_set_agenda         (MentorMeeting *self, const char *agenda);
const char         *mentor_meeting_get_summary        (MentorMeeting *self);
void                mentor_meeting_set_summary        (MentorMeeting *self, const char *summary);
const char         *mentor_meeting_get_private_notes  (MentorMeeting *self);
void                mentor_meeting_set_private_notes  (MentorMeeting *self, const char *notes);
/* "mode" (MentorMode as guint; MENTOR_N_MODES when not set, then the
 * mentorship's mode applies). Stored (schema v4, meeting.mode). */
MentorMode          mentor_meeting_get_mode           (MentorMeeting *self);
void                mentor_meeting_set_mode           (MentorMeeting *self, MentorMode mode);
/* "mentorship-title" ("Mentor → Mentee"): filled by the store when listing,
 * never saved. */
const char         *mentor_meeting_get_mentorship_title (MentorMeeting *self);
void                mentor_meeting_set_mentorship_title (MentorMeeting *self, const char *title);
/* "sequence" (guint): raised by the store when time or status change. */
guint               mentor_meeting_get_sequence       (MentorMeeting *self);
/* TRUE for an occurrence of a series computed and not stored (id 0 with a
 * series id). */
gboolean            mentor_meeting_is_computed        (MentorMeeting *self);

#define MENTOR_TYPE_CHECKIN_SERIES (mentor_checkin_series_get_type ())
G_DECLARE_FINAL_TYPE (MentorCheckinSeries, mentor_checkin_series, MENTOR, CHECKIN_SERIES, GObject)

/* Properties: "id", "mentorship-id" (gint64), "uid" (generated when empty),
 * "summary", "dtstart" (local wall time in tzid, "YYYY-MM-DDTHH:MM:SS"),
 * "tzid" (IANA zone), "duration-min" (guint), "rrule" (RFC 5545 RRULE value
 * without the "RRULE:" prefix), "exdates" (comma-separated local times in the
 * dtstart form, "" for none), "location". */
MentorCheckinSeries *mentor_checkin_series_new               (void);
gint64               mentor_checkin_series_get_id            (MentorCheckinSeries *self);
gint64               mentor_checkin_series_get_mentorship_id (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_mentorship_id (MentorCheckinSeries *self, gint64 id);
const char          *mentor_checkin_series_get_uid           (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_uid           (MentorCheckinSeries *self, const char *uid);
const char          *mentor_checkin_series_get_summary       (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_summary       (MentorCheckinSeries *self, const char *summary);
const char          *mentor_checkin_series_get_dtstart       (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_dtstart       (MentorCheckinSeries *self, const char *local);
const char          *mentor_checkin_series_get_tzid          (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_tzid          (MentorCheckinSeries *self, const char *tzid);
guint                mentor_checkin_series_get_duration_min  (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_duration_min  (MentorCheckinSeries *self, guint minutes);
const char          *mentor_checkin_series_get_rrule         (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_rrule         (MentorCheckinSeries *self, const char *rrule);
const char          *mentor_checkin_series_get_exdates       (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_exdates       (MentorCheckinSeries *self, const char *exdates);
const char          *mentor_checkin_series_get_location      (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_location      (MentorCheckinSeries *self, const char *location);
/* "mode" as on MentorMeeting (schema v4, checkin_series.mode). */
MentorMode           mentor_checkin_series_get_mode          (MentorCheckinSeries *self);
void                 mentor_checkin_series_set_mode          (MentorCheckinSeries *self, MentorMode mode);
/* "sequence" (guint): raised by the store when time, rule or status change;
 * read-only outside the store. */
guint                mentor_checkin_series_get_sequence      (MentorCheckinSeries *self);

#define MENTOR_TYPE_ACTION_ITEM (mentor_action_item_get_type ())
G_DECLARE_FINAL_TYPE (MentorActionItem, mentor_action_item, MENTOR, ACTION_ITEM, GObject)

/* Properties: "id", "meeting-id" (gint64), "text", "owner" (MentorOwner as
 * guint), "due-on", "done-on" ("YYYY-MM-DD" or NULL). */
MentorActionItem   *mentor_action_item_new            (void);
gint64              mentor_action_item_get_id         (MentorActionItem *self);
gint64              mentor_action_item_get_meeting_id (MentorActionItem *self);
void                mentor_action_item_set_meeting_id (MentorActionItem *self, gint64 id);
const char         *mentor_action_item_get_text       (MentorActionItem *self);
void                mentor_action_item_set_text       (MentorActionItem *self, const char *text);
MentorOwner         mentor_action_item_get_owner      (MentorActionItem *self);
void                mentor_action_item_set_owner      (MentorActionItem *self, MentorOwner owner);
const char         *mentor_action_item_get_due_on     (MentorActionItem *self);
void                mentor_action_item_set_due_on     (MentorActionItem *self, const char *date);
const char         *mentor_action_item_get_done_on    (MentorActionItem *self);
void                mentor_action_item_set_done_on    (MentorActionItem *self, const char *date);

G_END_DECLS
