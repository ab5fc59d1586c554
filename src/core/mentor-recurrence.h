/* mentor-recurrence.h — recurring check-ins: rules, expansion, time zones
 *
 * A series is a local wall time in an IANA zone ("2026-03-03T09:00:00" in
 * Europe/Berlin), a duration and an RFC 5545 RRULE. Occurrences are computed,
 * never stored: the rule is expanded in local wall time (libical's
 * icalrecur_iterator over floating times) and each local start is turned
 * into a UTC instant with the zone's rules of that day, so a check-in at
 * 09:00 stays at 09:00 across daylight-saving changes.
 *
 * Expansion is bounded: no call yields more than MENTOR_RECURRENCE_MAX_OCCURRENCES
 * and none walks past MENTOR_RECURRENCE_HORIZON_YEARS after the series' start,
 * so a rule without COUNT or UNTIL ends there. Rules that repeat more often
 * than daily (SECONDLY, MINUTELY, HOURLY) are refused by
 * mentor_recurrence_check().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MENTOR_RECURRENCE_HORIZON_YEARS   20
#define MENTOR_RECURRENCE_MAX_OCCURRENCES 10000

/* ---- Time zones ---------------------------------------------------------- */

/* The UTC instant ("YYYY-MM-DDTHH:MM:SSZ") of a local wall time
 * ("YYYY-MM-DDTHH:MM:SS") in tzid. A time skipped by a daylight-saving change
 * (02:30 on a spring-forward night) is moved forward by the gap; a time that
 * happens twice takes the first. NULL for an invalid time or unknown zone. */
char     *mentor_local_to_instant        (const char *local,
                                          const char *tzid);
/* The local wall time "YYYY-MM-DDTHH:MM:SS" of an instant in tzid (NULL for
 * the user's own zone). NULL for an invalid instant or unknown zone. */
char     *mentor_instant_to_local        (const char *instant,
                                          const char *tzid);
/* The user's own zone as an IANA name (TZ, then /etc/localtime, else "UTC"). */
char     *mentor_user_timezone           (void);

/* ---- Rules as the editor offers them -------------------------------------- */

typedef enum {
  MENTOR_REPEAT_WEEKLY,            /* every N weeks on some weekdays */
  MENTOR_REPEAT_MONTHLY_WEEKDAY,   /* every N months on the 2nd Tuesday / last Friday */
  MENTOR_REPEAT_MONTHLY_DAY,       /* every N months on day D */
} MentorRepeatKind;

typedef struct {
  MentorRepeatKind kind;
  guint            interval;       /* 1..52 */
  guint            weekdays;       /* WEEKLY: bit (GDateWeekday - 1), Monday = bit 0 */
  int              week_of_month;  /* MONTHLY_WEEKDAY: 1..4, or -1 for the last */
  GDateWeekday     weekday;        /* MONTHLY_WEEKDAY */
  guint            month_day;      /* MONTHLY_DAY: 1..31 */
  guint            count;          /* number of check-ins, 0 for no count */
  char             until[11];      /* last local day "YYYY-MM-DD", "" for none */
} MentorRepeat;

/* The RRULE value (no "RRULE:" prefix) of repeat. UNTIL is written in UTC at
 * the end of the last local day in tzid (ICALENDAR.md). NULL with an error
 * for out-of-range fields or COUNT and UNTIL together. */
char     *mentor_repeat_to_rrule         (const MentorRepeat *repeat,
                                          const char         *tzid,
                                          GError            **error);
/* Reads an RRULE back into the editor's terms; FALSE (and *out untouched)
 * when the rule says more than the editor can show. */
gboolean  mentor_repeat_from_rrule       (const char   *rrule,
                                          const char   *tzid,
                                          MentorRepeat *out);
/* The first local day on or after `from` ("YYYY-MM-DD") that repeat falls on,
 * so a series can start on an occurrence of its own rule. */
char     *mentor_repeat_first_day        (const MentorRepeat *repeat,
                                          const char         *from);
/* The rule in words, translated: "Every 2 weeks on Tuesday at 09:00 until
 * 30 Jun 2027", "Monthly on the second Tuesday at 17:30, 6 times". */
char     *mentor_recurrence_describe     (const char *dtstart,
                                          const char *tzid,
                                          const char *rrule);

/* ---- Checking and expanding ------------------------------------------------ */

/* Checks a series before it is stored or expanded: dtstart a valid local
 * time, tzid a known zone, rrule parses with no error (libical hides errors
 * as X-LIC-ERROR: they are caught here), FREQ daily or rarer, INTERVAL
 * 1..366, UNTIL a valid date-time not before dtstart, and dtstart itself an
 * occurrence of the rule (a "second Tuesday" series starts on a second
 * Tuesday). INVALID with a sentence naming what is wrong. */
gboolean  mentor_recurrence_check        (const char  *dtstart,
                                          const char  *tzid,
                                          const char  *rrule,
                                          GError     **error);

/* The occurrences of a series that start in [from, to) (UTC instants), as
 * UTC instants in order, without those whose local start is listed in exdates
 * (comma-separated local times in the dtstart form). At most max (0:
 * MENTOR_RECURRENCE_MAX_OCCURRENCES) and never past the horizon. Fast for a
 * range far from the start: a weekly series started years ago does not walk
 * every week since. NULL with an error when the series does not pass
 * mentor_recurrence_check(). Free with g_ptr_array_unref(). */
GPtrArray *mentor_recurrence_expand      (const char  *dtstart,
                                          const char  *tzid,
                                          const char  *rrule,
                                          const char  *exdates,
                                          const char  *from,
                                          const char  *to,
                                          guint        max,
                                          GError     **error);

/* TRUE when instant is the start of an occurrence of the series (exdates
 * not considered). */
gboolean  mentor_recurrence_has_instant  (const char *dtstart,
                                          const char *tzid,
                                          const char *rrule,
                                          const char *instant);

/* The rule of a series cut so that its last occurrence is the one before
 * `before` (a UTC instant of an occurrence): UNTIL set to the end of that
 * local day in UTC, or COUNT lowered. NULL with an error when no occurrence
 * comes before `before`. */
char     *mentor_recurrence_end_before   (const char  *dtstart,
                                          const char  *tzid,
                                          const char  *rrule,
                                          const char  *before,
                                          GError     **error);

G_END_DECLS
