/* mentor-calendar-text.h — the days, words and groups the Calendar view shows
 *
 * Pure functions over dates, instants and meeting records (no GTK), so the
 * month grid's 42 days for a locale's week start, the headers, the words a
 * screen reader says and the agenda's grouping by day are checked without a
 * display. Dates are "YYYY-MM-DD"; instants are UTC "YYYY-MM-DDTHH:MM:SSZ";
 * a zone argument of NULL means the user's own zone.
 */
#pragma once

#include "mentor-core.h"

G_BEGIN_DECLS

/* Days a month grid shows: six weeks, so every month fits and the grid never
 * changes height from one month to the next. */
#define MENTOR_CALENDAR_GRID_DAYS 42

/* ---- Weeks and months ----------------------------------------------------- */

/* The first day of the week from glibc's LC_TIME fields: week_1stday
 * (_NL_TIME_WEEK_1STDAY, the date of a Sunday or a Monday, 19971130 or
 * 19971201) and first_weekday (_NL_TIME_FIRST_WEEKDAY, 1-based from that day).
 * Monday for values glibc never gives. */
GDateWeekday  mentor_calendar_week_start_from_langinfo (guint        week_1stday,
                                                        guint        first_weekday);
/* The first day of the week of the current LC_TIME locale (Monday in most of
 * Europe, Sunday in the United States); Monday where the C library cannot
 * say. */
GDateWeekday  mentor_calendar_locale_week_start        (void);
/* The weekday shown in column 0..6 of a grid whose weeks start on week_start. */
GDateWeekday  mentor_calendar_column_weekday           (GDateWeekday week_start,
                                                        guint        column);
/* The first of the 42 days a grid shows for the month of `date`: the
 * week_start on or before the first of that month. */
char         *mentor_calendar_grid_first_day           (const char  *date,
                                                        GDateWeekday week_start);
/* The 42 days of that grid, in order. Free with g_strfreev(). */
GStrv         mentor_calendar_grid_days                (const char  *date,
                                                        GDateWeekday week_start);
/* The same day of the month `months` months later (or earlier), moved to the
 * month's last day when it has fewer days: 31 Jan + 1 month = 28 Feb. */
char         *mentor_calendar_add_months               (const char  *date,
                                                        int          months);
/* TRUE when a and b are days of the same month of the same year. */
gboolean      mentor_calendar_same_month               (const char  *a,
                                                        const char  *b);

/* ---- Words ------------------------------------------------------------------ */

/* The weekday in the locale's words: "Mon" (abbreviated) or "Monday". */
char         *mentor_calendar_weekday_name             (GDateWeekday day,
                                                        gboolean     abbreviated);
/* The title of the month of date: "March 2026". */
char         *mentor_calendar_month_title              (const char  *date);
/* The header of a day in the agenda: "Tuesday 10 March", with the year when
 * it is not the year of today ("Friday 8 January 2027"). */
char         *mentor_calendar_day_title                (const char  *date,
                                                        const char  *today);
/* "+2 more": the meetings of a day that do not fit in its cell. */
char         *mentor_calendar_more_text                (guint        n);
/* A symbolic icon for a meeting's status, shown beside its word (or its word
 * in the accessible name): never the only sign of it. */
const char   *mentor_calendar_status_icon              (MentorMeetingStatus status);
/* A style class for the status: "mentor-held", "mentor-missed",
 * "mentor-cancelled" (struck through), "mentor-scheduled". */
const char   *mentor_calendar_status_class             (MentorMeetingStatus status);

/* ---- Meetings --------------------------------------------------------------- */

/* The local day ("YYYY-MM-DD") and time ("HH:MM") of an instant in tzid;
 * NULL for an invalid instant or unknown zone. */
char         *mentor_calendar_local_day                (const char  *instant,
                                                        const char  *tzid);
char         *mentor_calendar_local_time               (const char  *instant,
                                                        const char  *tzid);
/* The UTC instants that bound n_days local days from first_day in tzid:
 * [*from, *to) covers them whole, across daylight-saving changes. */
gboolean      mentor_calendar_day_range                (const char  *first_day,
                                                        guint        n_days,
                                                        const char  *tzid,
                                                        char       **from,
                                                        char       **to);
/* "Ana → Ben" from "Ana Lima → Ben Okafor": the first names, for the short
 * lines of a day cell. A title without the arrow is kept whole. */
char         *mentor_calendar_short_title              (const char  *title);
/* The short line of a meeting in a day cell: "09:00 Ana → Ben". */
char         *mentor_calendar_line_text                (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* When, in the user's zone: "09:00–09:45" ("09:00" without a duration). */
char         *mentor_calendar_range_text               (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* The start in the zone the meeting was planned in, when its wall clock
 * differs from the user's: "15:00 Europe/Berlin"; NULL when it does not. */
char         *mentor_calendar_zone_text                (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* Both, as one line: "09:00–09:45 (15:00 Europe/Berlin)", or "09:00–09:45". */
char         *mentor_calendar_time_text                (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* How and where: "Video · meet.example.com/abc", "In Person", "Room 4";
 * mode is the meeting's own, or fallback_mode (the mentorship's) when it
 * has none; MENTOR_N_MODES for none. A location that only repeats the mode
 * ("Chat") is said once. NULL when there is nothing to say. */
char         *mentor_calendar_place_text               (MentorMeeting *meeting,
                                                        MentorMode     fallback_mode);
/* The last line of an agenda row: the planned zone's time where it differs,
 * then how and where: "15:00 Europe/Berlin · Video · meet.example.com/abc";
 * NULL when there is nothing to say. */
char         *mentor_calendar_details_text             (MentorMeeting *meeting,
                                                        MentorMode     fallback_mode,
                                                        const char    *user_tz);
/* What a screen reader says for an agenda row, exactly
 * "<HH:MM>, <Mentor> → <Mentee>, <Status>": "09:00, Ana Lima → Ben Okafor, Held". */
char         *mentor_calendar_meeting_a11y_name        (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* What a screen reader says for a day cell: "Tuesday 10 March 2026, today,
 * 2 check-ins: 09:00, Ana Lima → Ben Okafor, Held; 14:00, …", or
 * "…, no check-ins". meetings (MentorMeeting) may be NULL. */
char         *mentor_calendar_day_a11y_name            (const char    *date,
                                                        const char    *today,
                                                        GPtrArray     *meetings,
                                                        const char    *user_tz);

/* "10 Mar 2026, 09:00": when a meeting is, in the user's zone, for a toast. */
char         *mentor_calendar_when_text                (MentorMeeting *meeting,
                                                        const char    *user_tz);
/* The toast after a click in the agenda changed meeting to status: "Check-in
 * on 10 Mar 2026, 09:00 marked held" (an occurrence of a series), "Meeting
 * on … cancelled" (a one-off), "… marked missed", "… scheduled again". */
char         *mentor_calendar_status_toast_text        (MentorMeeting       *meeting,
                                                        MentorMeetingStatus  status,
                                                        const char          *user_tz);
/* The toast after Delete Occurrence: "Check-in on 10 Mar 2026, 09:00 deleted". */
char         *mentor_calendar_deleted_toast_text       (MentorMeeting *meeting,
                                                        const char    *user_tz);

/* ---- Grouping ----------------------------------------------------------------- */

/* The meetings of each of n_days days from first_day, by their local day in
 * user_tz: an array of n_days arrays of MentorMeeting (references), in the
 * order of `meetings`. Meetings outside those days are left out. */
GPtrArray    *mentor_calendar_bucket_days              (GListModel  *meetings,
                                                        const char  *first_day,
                                                        guint        n_days,
                                                        const char  *user_tz);

/* One day of the agenda: its date and its meetings (MentorMeeting). */
typedef struct {
  char      *date;
  GPtrArray *meetings;
} MentorCalendarDay;

void          mentor_calendar_day_free                 (MentorCalendarDay *day);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MentorCalendarDay, mentor_calendar_day_free)

/* The agenda from from_day: that day first, always (its meetings may be
 * none), then each later day that has meetings, up to max_days days in all,
 * and no further day once max_meetings meetings are listed (a day is never
 * cut; 0: no such limit). Meetings before from_day are left out.
 * MentorCalendarDay items; free with g_ptr_array_unref(). */
GPtrArray    *mentor_calendar_agenda_days              (GListModel  *meetings,
                                                        const char  *from_day,
                                                        guint        max_days,
                                                        guint        max_meetings,
                                                        const char  *user_tz);

G_END_DECLS
