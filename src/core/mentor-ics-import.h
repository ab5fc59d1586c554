/* mentor-ics-import.h — bringing invites (.ics files) into Mentor
 *
 * An import runs in three steps:
 *   1. mentor_ics_parse(): the bytes are checked and read with libical, with
 *      no store involved (safe on a worker thread). Everything that could make
 *      libical misbehave or the import hang is refused here, before anything
 *      is expanded: size, event count, nesting, encoding, libical's hidden
 *      errors (X-LIC-ERROR), impossible date-times, unknown zones, rules that
 *      repeat more often than daily. The error says what and where.
 *   2. mentor_ics_plan_new() (mentor-ics-plan.h): each event is matched to a
 *      mentorship and to what the store already holds, keyed by (UID,
 *      RECURRENCE-ID): new, update, unchanged, cancel, or skip with a reason.
 *   3. mentor_ics_plan_apply(): the plan is written in one transaction.
 *
 * Decisions (see help/C/icalendar.page): floating times and all-day events
 * are taken in the user's zone; an all-day event becomes a meeting from
 * local midnight lasting the day; a higher SEQUENCE (then a later DTSTAMP)
 * wins over what Mentor has; METHOD:CANCEL or STATUS:CANCELLED marks a
 * meeting or occurrence cancelled and ends a series before now.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MENTOR_ICS_ERROR (mentor_ics_error_quark ())
GQuark mentor_ics_error_quark (void);

typedef enum {
  MENTOR_ICS_ERROR_EMPTY,          /* no bytes, or nothing but blank lines */
  MENTOR_ICS_ERROR_TOO_BIG,        /* over MENTOR_ICS_MAX_BYTES, events or lines */
  MENTOR_ICS_ERROR_ENCODING,       /* UTF-16, binary data, not UTF-8 */
  MENTOR_ICS_ERROR_NOT_ICALENDAR,  /* does not start with BEGIN:VCALENDAR */
  MENTOR_ICS_ERROR_MALFORMED,      /* truncated, nesting, libical errors, bad dates */
  MENTOR_ICS_ERROR_UNKNOWN_ZONE,   /* a TZID Mentor cannot resolve */
  MENTOR_ICS_ERROR_RULE,           /* a rule repeating more often than daily */
  MENTOR_ICS_ERROR_NO_MENTORSHIP,  /* events no mentorship matches (command line) */
} MentorIcsError;

/* Generous limits: a real calendar of many years fits easily. */
#define MENTOR_ICS_MAX_BYTES      (20 * 1000 * 1000)
#define MENTOR_ICS_MAX_EVENTS     50000
#define MENTOR_ICS_MAX_LINE_BYTES (1024 * 1024)
#define MENTOR_ICS_MAX_DEPTH      6

typedef struct _MentorIcsParsed MentorIcsParsed;

/* Checks and reads an iCalendar text (a UTF-8 BOM is skipped). user_tzid is
 * the zone of floating and all-day times (NULL: mentor_user_timezone()).
 * NULL with a MENTOR_ICS_ERROR naming what is wrong and where. */
MentorIcsParsed *mentor_ics_parse            (const char   *data,
                                              gsize         length,
                                              const char   *user_tzid,
                                              GError      **error);
/* The same for a file, refused before it is read when it is too big. */
MentorIcsParsed *mentor_ics_parse_file       (const char   *path,
                                              const char   *user_tzid,
                                              GError      **error);
void             mentor_ics_parsed_free      (MentorIcsParsed *parsed);
/* Number of events (VEVENTs) read. */
guint            mentor_ics_parsed_get_n_events (MentorIcsParsed *parsed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MentorIcsParsed, mentor_ics_parsed_free)

G_END_DECLS
