/* mentor-meeting-text.h — the words and small decisions of meetings and
 * check-ins: the rule a cadence suggests, the dates a rule gives first, "Next:
 * Tue 10 Mar, 09:00", the times shown in two zones, and which reminder is due
 * next.
 *
 * Pure functions over core records and strings, without GTK, so that they can
 * be checked without a display. Instants are UTC "YYYY-MM-DDTHH:MM:SSZ"; a
 * user_tz of NULL means the user's own zone (mentor_user_timezone()).
 */
#pragma once

#include "mentor-core.h"
#include "mentor-recurrence.h"

G_BEGIN_DECLS

/* ---- Scheduling ----------------------------------------------------------- */

/* The rule a cadence of cadence_days suggests for a series whose first day
 * is first_day ("YYYY-MM-DD"): 7 → weekly; 14 → every 2 weeks; 28..31 →
 * monthly on the same weekday of the month as first_day ("second Tuesday",
 * or "last Friday" for a fifth one); any other → every N weeks with N the
 * days rounded to whole weeks (at least 1). No cadence (0) → every 2 weeks.
 * Weekly rules fall on first_day's weekday. count 0 and until "". */
void        mentor_meeting_repeat_for_cadence (guint         cadence_days,
                                               const char   *first_day,
                                               MentorRepeat *out);

/* The first day of a new series: the first day after today on the weekday
 * of the mentorship's last meeting (last_meeting_day, "YYYY-MM-DD"), or
 * tomorrow when there is none. */
char       *mentor_meeting_first_series_day   (const char   *today,
                                               const char   *last_meeting_day);

/* "Tue 10 Mar, Tue 24 Mar and Tue 7 Apr": the local days of the first n
 * occurrences of a series (in its own zone), with the year when it is not
 * today's. NULL when the rule gives none or cannot be expanded. */
char       *mentor_meeting_dup_first_dates    (const char   *dtstart,
                                               const char   *tzid,
                                               const char   *rrule,
                                               guint         n,
                                               const char   *today);

/* Reads a time of day as people type it: "9", "09:00", "9.30", "17:45",
 * "5:45 pm", "12 am". FALSE for anything else. */
gboolean    mentor_meeting_parse_clock        (const char   *text,
                                               guint        *hour,
                                               guint        *minute);

/* "This and following": the rule of a series (dtstart, tzid, rrule) from its
 * occurrence recurrence_id on, when that occurrence moves to new_local
 * ("YYYY-MM-DDTHH:MM:SS") in new_tzid: a weekly rule trades the moved
 * occurrence's weekday for the new one, a monthly rule takes the new day's
 * weekday of the month (a fifth one as the last) or day, UNTIL stays, and
 * COUNT is what is left from that occurrence on. A rule the editor cannot
 * read in its terms is returned as it is. NULL with an error when the new
 * rule cannot be written. */
char       *mentor_meeting_following_rule     (const char   *dtstart,
                                               const char   *tzid,
                                               const char   *rrule,
                                               const char   *recurrence_id,
                                               const char   *new_local,
                                               const char   *new_tzid,
                                               GError      **error);

/* ---- When, in words --------------------------------------------------------- */

/* "Tue 10 Mar, 09:00" of an instant in tzid (NULL: the user's zone); "Tue 10
 * Mar 2027, 09:00" when the year is not today's. NULL for a bad instant. */
char       *mentor_meeting_format_day_time    (const char   *instant,
                                               const char   *tzid,
                                               const char   *today);
/* "Next: Tue 10 Mar, 09:00" in the user's zone (user_tz, NULL: own), or
 * "No check-in planned" for NULL. */
char       *mentor_meeting_dup_next_text      (const char   *instant,
                                               const char   *user_tz,
                                               const char   *today);
/* "09:00–09:45" in the user's zone; "09:00–09:45 (15:00 Europe/Berlin)" when
 * the wall time in the meeting's own zone differs. */
char       *mentor_meeting_dup_time_range     (MentorMeeting *meeting,
                                               const char    *user_tz);
/* "Tue 10 Mar, 09:00–09:45" in the user's zone, with the time it was planned
 * at as mentor_meeting_dup_time_range() says it, and the year when it is not
 * today's. */
char       *mentor_meeting_dup_when_text      (MentorMeeting *meeting,
                                               const char    *user_tz,
                                               const char    *today);
/* "Check-in · Ana → Ben" for a check-in of a series, "Meeting · Ana → Ben"
 * for a one-off: the title of the meeting's page. */
char       *mentor_meeting_dup_title          (MentorMeeting *meeting);
/* "Video", "Phone", "In Person", "Chat" joined with the location by " · ";
 * NULL when neither is known. mentorship_mode applies when the meeting has
 * none of its own (MENTOR_N_MODES for unknown). */
char       *mentor_meeting_dup_how            (MentorMeeting *meeting,
                                               MentorMode     mentorship_mode);
/* "45 minutes", "1 hour", "1 hour 30 minutes". */
char       *mentor_meeting_format_duration    (guint          minutes);

/* ---- Reminders -------------------------------------------------------------- */

/* What marks one reminder as given: the meeting (or the occurrence of its
 * series) with its start, so a meeting moved to another time is reminded of
 * again, and an occurrence stored since keeps its key. */
char          *mentor_reminder_key            (MentorMeeting *meeting);

/* Of meetings (MentorMeeting items), the one whose reminder comes first:
 * scheduled, starting after now (so never one already under way, even when
 * Mentor has just opened), whose key is not in notified (a set of keys, may
 * be NULL). Its reminder is due lead_minutes before its start, or at now
 * when that is past. Returns NULL when none, or when lead_minutes is 0
 * (reminders off). *due_at (may be NULL) gets the instant it is due. */
MentorMeeting *mentor_reminder_next           (GListModel   *meetings,
                                               const char   *now,
                                               guint         lead_minutes,
                                               GHashTable   *notified,
                                               char        **due_at);
/* "Check-in with Ana → Ben in 10 minutes" ("in 1 minute", "in 1 hour"), the
 * minutes from now to the start rounded up. */
char          *mentor_reminder_dup_title      (MentorMeeting *meeting,
                                               const char    *now);
/* "09:00–09:45 · Video · https://meet.example.com/ana-ben": the time range
 * (as mentor_meeting_dup_time_range()) and how they meet. */
char          *mentor_reminder_dup_body       (MentorMeeting *meeting,
                                               const char    *user_tz);

/* Seconds from instant a to instant b (negative when b is earlier). */
gint64         mentor_instant_diff_seconds    (const char   *a,
                                               const char   *b);
/* instant plus seconds, as an instant. */
char          *mentor_instant_add_seconds     (const char   *instant,
                                               gint64        seconds);
/* The current instant, "YYYY-MM-DDTHH:MM:SSZ". */
char          *mentor_instant_now             (void);

G_END_DECLS
