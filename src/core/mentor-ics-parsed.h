/* mentor-ics-parsed.h — what mentor_ics_parse() read, for the plan
 *
 * Plain data copied out of libical's tree (which is freed at the end of the
 * parse): every time already checked and turned into Mentor's forms, every
 * zone resolved to an IANA name.
 */
#pragma once

#include <glib.h>
#include <libical/ical.h>

#include "mentor-ics-import.h"
#include "mentor-ics-item.h"
#include "mentor-types.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_ICS_EVENT_ONE_OFF,
  MENTOR_ICS_EVENT_SERIES,       /* has an RRULE */
  MENTOR_ICS_EVENT_OCCURRENCE,   /* has a RECURRENCE-ID */
} MentorIcsEventKind;

typedef struct {
  MentorIcsEventKind kind;
  guint      line;             /* of BEGIN:VEVENT, 0 when unknown */
  char      *uid;
  int        sequence;
  char      *dtstamp;          /* UTC instant, or NULL */
  gboolean   cancelled;        /* STATUS:CANCELLED, or in a METHOD:CANCEL calendar */
  gboolean   cancel_only;      /* in a METHOD:CANCEL calendar: says nothing but that */
  gboolean   all_day;

  char      *starts_at;        /* UTC instant */
  char      *tzid;             /* IANA zone: given, or the user's for UTC/floating */
  gboolean   zone_given;       /* FALSE for UTC and floating times */
  char      *local_start;      /* wall time in tzid */
  guint      duration_min;     /* 0: none given */

  /* Series */
  char      *rrule;            /* libical's spelling, UNTIL in UTC */
  char      *exdates;          /* local times in tzid, sorted, comma-separated */

  /* Occurrence: the original start, as an instant when the value said its
   * zone or was UTC; otherwise (floating or a date) resolved by the plan
   * against the series, from rid_local / rid_is_date. */
  char      *recurrence_id;
  char      *rid_local;
  gboolean   rid_is_date;
  gboolean   rid_this_and_future;

  char      *title;            /* SUMMARY */
  char      *description;
  char      *location;
  gboolean   from_mentor;      /* carries X-MENTOR-STATUS */
  char      *agenda;           /* what Mentor stores as the agenda (or series summary) */
  char      *shared_summary;   /* X-MENTOR-SUMMARY, NULL when not from Mentor */
  int        status;           /* X-MENTOR-STATUS as MentorMeetingStatus, -1 none */
  MentorMode mode;             /* MENTOR_N_MODES: not said */

  char      *organizer;        /* lower-case email, or NULL */
  char      *organizer_name;
  GPtrArray *attendees;        /* lower-case emails */

  GPtrArray *notes;            /* sentences: imported, with this said */
  char      *problem;          /* a sentence: why it cannot be imported, or NULL */
} MentorIcsEvent;

struct _MentorIcsParsed
{
  char      *method;           /* of the first calendar, upper case, or NULL */
  char      *user_tzid;
  GPtrArray *events;           /* MentorIcsEvent, in file order */
  GPtrArray *warnings;         /* sentences about the file as a whole */
};

void mentor_ics_event_free (MentorIcsEvent *event);

/* ---- mentor-ics-scan.c: the bytes, before libical ---- */

/* Where a component begins in the file. */
typedef struct {
  guint line;
  gsize offset;
} MentorIcsBegin;

/* UTF-16, binary data and text that is not UTF-8 refused, with the line. */
gboolean mentor_ics_check_encoding (const char  *data,
                                    gsize        length,
                                    GError     **error);
/* Checks lines, nesting, truncation and the event count, and appends a
 * MentorIcsBegin for every component to begins, in document order. */
gboolean mentor_ics_scan           (const char  *text,
                                    gsize        text_length,
                                    GArray      *begins,
                                    GError     **error);
/* A piece of the file fit to quote in a sentence: valid UTF-8, short. */
char    *mentor_ics_quote          (const char  *text,
                                    gssize       length);
/* The line number (1-based) of the byte at offset. */
guint    mentor_ics_line_at        (const char  *text,
                                    gsize        offset);
/* TRUE when line starts with word, ignoring case. */
gboolean mentor_ics_starts_with    (const char  *line,
                                    const char  *word);

/* mentor-ics-zones.c: turns a TZID of the file into an IANA zone.
 * vtimezones maps the file's TZIDs to their (already checked) VTIMEZONE
 * components; year is the year the zone is needed around. NULL when no rule
 * of ICALENDAR.md resolves it. */
char *mentor_ics_resolve_zone (const char *tzid,
                               GHashTable *vtimezones,
                               const char *user_tzid,
                               int         year);

/* ---- mentor-ics-check.c: the tree, before anything is read from it ---- */

/* What reading one file keeps: its text, where each component begins, the
 * file's checked VTIMEZONEs and the zones resolved so far. */
typedef struct {
  const char      *text;        /* NUL-terminated, BOM skipped */
  gsize            length;
  GArray          *begins;      /* MentorIcsBegin */
  GHashTable      *lines;       /* icalcomponent -> MentorIcsBegin index + 1 */
  GHashTable      *vtimezones;  /* TZID -> icalcomponent (checked) */
  GHashTable      *zones;       /* TZID -> resolved IANA name (or "" for none) */
  const char      *user_tzid;
  MentorIcsParsed *parsed;
} MentorIcsContext;

/* Every component under root in document order (not the XROOT of several
 * calendars). */
void     mentor_ics_collect_components (icalcomponent    *root,
                                        GPtrArray        *order);
/* The line where component begins, 0 when unknown. */
guint    mentor_ics_component_line     (MentorIcsContext *ctx,
                                        icalcomponent    *component);
/* The line of the first property called name (holding fragment, when
 * given) in component, or the component's own line. */
guint    mentor_ics_property_line      (MentorIcsContext *ctx,
                                        icalcomponent    *component,
                                        const char       *name,
                                        const char       *fragment);
/* Checks every component of order and records the file's VTIMEZONEs in
 * ctx->vtimezones; MENTOR_ICS_ERROR with the line otherwise. */
gboolean mentor_ics_check_tree         (MentorIcsContext *ctx,
                                        GPtrArray        *order,
                                        GError          **error);

/* ---- mentor-ics-item.c: what the plan sets ---- */

MentorIcsItem *mentor_ics_item_new            (guint              index,
                                               MentorIcsItemKind  kind,
                                               const char        *title,
                                               const char        *when,
                                               const char        *people,
                                               guint              line);
guint          mentor_ics_item_get_index      (MentorIcsItem     *self);
void           mentor_ics_item_set_action     (MentorIcsItem     *self,
                                               MentorIcsAction    action);
void           mentor_ics_item_set_mentorship (MentorIcsItem     *self,
                                               gint64             id,
                                               const char        *title,
                                               gboolean           matched);
void           mentor_ics_item_set_when       (MentorIcsItem     *self,
                                               const char        *when);
void           mentor_ics_item_set_can_choose (MentorIcsItem     *self,
                                               gboolean           can_choose);
void           mentor_ics_item_set_problem    (MentorIcsItem     *self,
                                               const char        *problem);
void           mentor_ics_item_set_note       (MentorIcsItem     *self,
                                               const char        *note);

G_END_DECLS
