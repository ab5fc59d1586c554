/* mentor-recurrence-private.h — what mentor-recurrence.c (checking and
 * expanding) shares with mentor-repeat.c (the editor's rules, descriptions)
 */
#pragma once

#include <libical/ical.h>

#include "mentor-recurrence.h"
#include "mentor-store.h"

G_BEGIN_DECLS

/* The years a series may start in: libical's iterator and GTimeZone are
 * exact there, and no mentoring program plans outside them. */
#define MIN_YEAR 1900
#define MAX_YEAR 2200

typedef enum {
  UNTIL_NONE,
  UNTIL_DATE,      /* YYYYMMDD: the whole local day */
  UNTIL_FLOATING,  /* YYYYMMDDTHHMMSS: a local time */
  UNTIL_UTC,       /* YYYYMMDDTHHMMSSZ: an instant */
} MentorUntilKind;

typedef struct {
  struct icalrecurrencetype recur;  /* UNTIL and COUNT cleared: applied here */
  MentorUntilKind until_kind;
  gint64    until;                  /* local or UTC seconds, per until_kind */
  guint     count;                  /* 0: none */
  GPtrArray *parts;                 /* the rule's parts, as written */
} MentorRule;

/* Reads an RRULE value strictly, part by part (mentor-recurrence.c says why);
 * INVALID with a sentence. Clear with mentor_rule_clear(). */
gboolean     mentor_rule_parse              (const char   *rrule,
                                             MentorRule   *rule,
                                             GError      **error);
void         mentor_rule_clear              (MentorRule   *rule);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MentorRule, mentor_rule_clear)

/* Sets MENTOR_STORE_ERROR_INVALID with the sentence; always FALSE. */
gboolean     mentor_recurrence_fail         (GError      **error,
                                             const char   *format,
                                             ...) G_GNUC_PRINTF (2, 3);
/* A whole number within [min, max], optionally signed. */
gboolean     mentor_recurrence_parse_int    (const char   *text,
                                             gboolean      signed_ok,
                                             int           min,
                                             int           max,
                                             int          *out);

/* "MO".."SU" (Monday = 0), and the index of a code, or -1. */
extern const char * const mentor_weekday_codes[7];
int          mentor_weekday_index           (const char   *code);

/* Wall times as seconds counted as if they were UTC. */
gint64       mentor_civil_seconds           (int y, int m, int d, int hh, int mm, int ss);
void         mentor_seconds_to_fields       (gint64 seconds,
                                             int *y, int *m, int *d,
                                             int *hh, int *mm, int *ss);
char        *mentor_format_local            (gint64 seconds);

/* A zone by IANA name, NULL when unknown; a UTC instant as wall time there. */
GTimeZone   *mentor_zone_new                (const char   *tzid);
gint64       mentor_utc_to_local            (GTimeZone    *tz,
                                             gint64        utc);
/* "UNTIL=YYYYMMDDTHHMMSSZ" at the end of the local day of `local` in tz. */
char        *mentor_until_end_of_day        (GTimeZone    *tz,
                                             gint64        local);

G_END_DECLS
