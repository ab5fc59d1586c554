/* mentor-ics-private.h — what the iCalendar export and import share
 *
 * Mentor writes times as "YYYY-MM-DDTHH:MM:SS" (local wall time) and
 * "YYYY-MM-DDTHH:MM:SSZ" (UTC instant); libical as struct icaltimetype. The
 * X-MENTOR-* names are the properties Mentor adds so that it reads its own
 * files back exactly.
 */
#pragma once

#include <glib.h>
#include <libical/ical.h>

G_BEGIN_DECLS

#define MENTOR_ICS_PRODID "-//The Mentor Developers//Mentor " PACKAGE_VERSION "//EN"

/* Present on every VEVENT Mentor writes: the meeting's status word. */
#define MENTOR_ICS_X_STATUS  "X-MENTOR-STATUS"
/* The agenda (of a meeting) or summary (of a series), when not empty. */
#define MENTOR_ICS_X_AGENDA  "X-MENTOR-AGENDA"
/* The summary both may share, when not empty. */
#define MENTOR_ICS_X_SUMMARY "X-MENTOR-SUMMARY"
/* The IANA zone a meeting was planned in, for one written in UTC. */
#define MENTOR_ICS_X_ZONE    "X-MENTOR-ZONE"
/* The mode word (video, phone, in_person, chat), when set. */
#define MENTOR_ICS_X_MODE    "X-MENTOR-MODE"

/* A floating time from a local wall time; icaltime_null_time() when the
 * text is not one. */
struct icaltimetype  mentor_ics_time_from_local    (const char          *local);
/* A UTC time from an instant; icaltime_null_time() when not one. */
struct icaltimetype  mentor_ics_time_from_instant  (const char          *instant);
/* "YYYY-MM-DDTHH:MM:SS" of the fields of t (its zone is not looked at). */
char                *mentor_ics_time_to_local      (struct icaltimetype  t);
/* "YYYY-MM-DDTHH:MM:SSZ" of the fields of t (taken as UTC). */
char                *mentor_ics_time_to_instant    (struct icaltimetype  t);
/* TRUE for "UTC", "Etc/UTC", "GMT" and the like: times written with Z. */
gboolean             mentor_ics_zone_is_utc        (const char          *tzid);
/* The instant `seconds` after (or, negative, before) instant; NULL for an invalid one. */
char                *mentor_ics_instant_add        (const char          *instant,
                                                    gint64               seconds);
/* Seconds from instant a to instant b. */
gint64               mentor_ics_instant_diff       (const char          *a,
                                                    const char          *b);
/* A named X- property with a text value (escaped as libical escapes X-). */
icalproperty        *mentor_ics_new_x              (const char          *name,
                                                    const char          *value);
/* The value of the first X- property named name in component, or NULL. */
const char          *mentor_ics_get_x              (icalcomponent       *component,
                                                    const char          *name);
/* The comma-separated exdates as a sorted, de-duplicated list, joined back;
 * so that two spellings of the same set compare equal. */
char                *mentor_ics_normalize_exdates  (const char          *exdates);
/* An RRULE value as libical writes it, so two spellings compare equal;
 * NULL when libical cannot read it. */
char                *mentor_ics_normalize_rrule    (const char          *rrule);
/* The UID an exported occurrence gets when its series is gone: the series'
 * UID and the original start, so it stays stable across exports. */
char                *mentor_ics_orphan_uid         (const char          *uid,
                                                    const char          *recurrence_id);

G_END_DECLS
