/* mentor-ics-export.h — check-ins as an iCalendar file every calendar imports
 *
 * The export follows DESIGN.md "iCalendar" and ../shared/ICALENDAR.md: built
 * with libical only; METHOD:PUBLISH; a VTIMEZONE with a bare IANA TZID for
 * every zone used; a series as one VEVENT (DTSTART;TZID local, RRULE with
 * UNTIL in UTC, EXDATE in the same zone and type), its stored occurrences as
 * VEVENTs with RECURRENCE-ID and the series' UID, one-off meetings as plain
 * VEVENTs; stable UIDs, the store's SEQUENCE, DTSTAMP in UTC; the mentor as
 * ORGANIZER and the mentee as ATTENDEE; a DISPLAY alarm before each check-in.
 * Private notes never appear. X-MENTOR-* properties carry what Mentor needs
 * to read its own file back exactly (agenda, shared summary, status, mode).
 *
 * The work is split so a window can keep its main thread free: collecting
 * reads the store (on the store's thread); building and writing touch only
 * what was collected and may run on another thread.
 */
#pragma once

#include "mentor-store.h"

G_BEGIN_DECLS

/* The lead time of the alarm when nothing else is asked for (minutes). */
#define MENTOR_ICS_DEFAULT_REMINDER_MINUTES 10

typedef struct {
  guint series;     /* recurring series (VEVENT with RRULE) */
  guint overrides;  /* changed or cancelled occurrences (RECURRENCE-ID) */
  guint meetings;   /* one-off meetings */
} MentorIcsExportCounts;

typedef struct _MentorIcsExport MentorIcsExport;

/* Collects the check-ins of one mentorship (or of all, mentorship_id 0) with
 * the names and emails of their people. NOT_FOUND for an unknown mentorship. */
MentorIcsExport *mentor_ics_export_collect        (MentorStore      *store,
                                                   gint64            mentorship_id,
                                                   GError          **error);
void             mentor_ics_export_free           (MentorIcsExport  *self);
/* Minutes before each check-in its alarm rings; 0 writes no alarm. */
void             mentor_ics_export_set_reminder   (MentorIcsExport  *self,
                                                   guint             minutes);
/* The calendar's name (X-WR-CALNAME): "Mentor Check-ins", or the
 * mentorship's for one. */
const char      *mentor_ics_export_get_name       (MentorIcsExport  *self);
/* A file name to suggest in a save dialog, ending in ".ics". */
char            *mentor_ics_export_suggest_filename (MentorIcsExport *self);
/* The calendar as iCalendar text (CRLF line ends); counts may be NULL. */
char            *mentor_ics_export_build          (MentorIcsExport       *self,
                                                   MentorIcsExportCounts *counts);
/* Builds and writes atomically (temporary file, fsync, rename): an existing
 * file at path stays whole on any error. */
gboolean         mentor_ics_export_write          (MentorIcsExport       *self,
                                                   const char            *path,
                                                   MentorIcsExportCounts *counts,
                                                   GError               **error);
/* One line saying what was written: "Exported 3 check-in series, 2 changed
 * occurrences, 4 meetings to check-ins.ics", or that the calendar has no
 * events because there is nothing to export. */
char            *mentor_ics_export_describe       (const MentorIcsExportCounts *counts,
                                                   const char                  *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MentorIcsExport, mentor_ics_export_free)

G_END_DECLS
