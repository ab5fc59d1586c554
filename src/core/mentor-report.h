/* mentor-report.h — progress reports: gathered from the store, laid out in
 * pages, drawn with Pango and Cairo
 *
 * A report is made in three steps (DESIGN.md "Reports"):
 *
 *  1. mentor_report_gather() reads what the options ask for from the store
 *     into a MentorReport: plain text and numbers, nothing that refers back to
 *     the store, so it may be handed to another thread. Private notes enter it
 *     only when the options ask for them.
 *  2. mentor_report_layout_new() measures every block of the report with Pango
 *     for one page size and breaks it into pages, so that no table row or goal
 *     is split across a page edge.
 *  3. mentor_report_layout_draw_page() draws one page onto any cairo_t whose
 *     units are points: a PDF surface (mentor_report_write_pdf()) or the
 *     printer's context (GtkPrintOperation's draw-page).
 *
 * Nothing here knows GTK.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mentor-store.h"

G_BEGIN_DECLS

/* ---- Options -------------------------------------------------------------- */

typedef enum {
  MENTOR_REPORT_ALL,        /* every mentorship that was open during the period */
  MENTOR_REPORT_BY_STATUS,  /* the mentorships in one status */
  MENTOR_REPORT_ONE,        /* one mentorship: its section with a header */
} MentorReportScope;

typedef enum {
  MENTOR_REPORT_THIS_QUARTER,
  MENTOR_REPORT_LAST_QUARTER,
  MENTOR_REPORT_LAST_3_MONTHS,  /* the three months up to and including today */
} MentorReportPeriod;

typedef struct {
  char              from[11];              /* first day, "YYYY-MM-DD" */
  char              to[11];                /* last day, included */
  MentorReportScope scope;
  MentorStatus      status;                /* for MENTOR_REPORT_BY_STATUS */
  gint64            mentorship_id;         /* for MENTOR_REPORT_ONE */
  gboolean          include_summaries;     /* meeting summaries both may share */
  gboolean          include_private_notes; /* printed for anyone to read */
} MentorReportOptions;

/* The defaults: the last 3 months up to today (NULL: mentor_today()), every
 * mentorship, shared summaries in, private notes out. */
void      mentor_report_options_init        (MentorReportOptions *options,
                                             const char          *today);
/* Sets the period after checking it: two valid dates, from not after to.
 * Leaves options alone and sets MENTOR_STORE_ERROR_INVALID otherwise. */
gboolean  mentor_report_options_set_period  (MentorReportOptions *options,
                                             const char          *from,
                                             const char          *to,
                                             GError             **error);

/* The first and last day of a named period as of today (NULL: mentor_today()). */
void      mentor_report_period_dates        (MentorReportPeriod   period,
                                             const char          *today,
                                             char               **from,
                                             char               **to);
/* "2026-Q1" when from..to is exactly a calendar quarter, else NULL. */
char     *mentor_report_quarter_name        (const char          *from,
                                             const char          *to);
/* "Mentoring Report 2026-Q1.pdf", or "Mentoring Report 2025-12-11 to
 * 2026-03-10.pdf" for another period (translated). */
char     *mentor_report_suggest_file_name   (const char          *from,
                                             const char          *to);

/* ---- Page size ------------------------------------------------------------ */

#define MENTOR_REPORT_A4_WIDTH      595.276
#define MENTOR_REPORT_A4_HEIGHT     841.890
#define MENTOR_REPORT_LETTER_WIDTH  612.0
#define MENTOR_REPORT_LETTER_HEIGHT 792.0

/* The paper of the user's locale (LC_PAPER) in points: glibc's own paper
 * size for the locale (the one GTK also reads), else Letter for locales of
 * the United States and Canada and A4 for the rest. */
void      mentor_report_default_page_size   (double              *width,
                                             double              *height);

/* ---- The gathered report -------------------------------------------------- */

#define MENTOR_TYPE_REPORT (mentor_report_get_type ())
G_DECLARE_FINAL_TYPE (MentorReport, mentor_report, MENTOR, REPORT, GObject)

/* Reads the report from the store as of today (NULL: mentor_today()).
 * Fails with NOT_FOUND for an unknown mentorship, INVALID for a bad period. */
MentorReport *mentor_report_gather            (MentorStore               *store,
                                               const MentorReportOptions *options,
                                               const char                *today,
                                               GError                   **error);
const MentorReportOptions *mentor_report_get_options (MentorReport *self);
/* The program name printed in the header: the data file's name without
 * ".db" ("Northwind 2026.db" gives "Northwind 2026"), or "Mentoring
 * Program" for the default file "mentor.db". */
const char   *mentor_report_get_program_name  (MentorReport *self);
/* How many mentorships have a section in the report. */
guint         mentor_report_get_n_mentorships (MentorReport *self);

/* ---- Pages ---------------------------------------------------------------- */

#define MENTOR_TYPE_REPORT_LAYOUT (mentor_report_layout_get_type ())
G_DECLARE_FINAL_TYPE (MentorReportLayout, mentor_report_layout, MENTOR, REPORT_LAYOUT, GObject)

/* Lays the report out on pages of width x height points. The layout owns
 * its Pango context: use it from one thread at a time. */
MentorReportLayout *mentor_report_layout_new          (MentorReport       *report,
                                                       double              width,
                                                       double              height);
guint               mentor_report_layout_get_n_pages  (MentorReportLayout *self);
void                mentor_report_layout_get_page_size (MentorReportLayout *self,
                                                        double             *width,
                                                        double             *height);
/* Draws page `page` (0-based) at the origin of cr, in points. On a PDF
 * surface it also adds the page's sections to the document outline. */
void                mentor_report_layout_draw_page    (MentorReportLayout *self,
                                                       cairo_t            *cr,
                                                       guint               page);

/* Lays out and writes the report as a PDF of pages width x height (0 x 0:
 * mentor_report_default_page_size()) to path, atomically: a temporary file
 * beside it is renamed over path only when complete, so on any error path
 * is as it was and nothing is left behind. Sets *n_pages when not NULL.
 * Cancellable between pages. */
gboolean      mentor_report_write_pdf         (MentorReport  *report,
                                               const char    *path,
                                               double         width,
                                               double         height,
                                               guint         *n_pages,
                                               GCancellable  *cancellable,
                                               GError       **error);

G_END_DECLS
