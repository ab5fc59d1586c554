/* mentor-report-dialog.h — "Print Report…", "Export Report as PDF…" and
 * "Export as CSV…"
 *
 * The report dialog asks for the period (This Quarter, Last Quarter, Last 3
 * Months, or Custom with two dates), the mentorships (All, Active Only, or
 * the one it was opened for) and whether shared summaries (on) and private
 * notes (off) go in; then prints through GtkPrintOperation, with its preview,
 * or saves a PDF chosen with GtkFileChooserNative, written off the main
 * thread. What it did comes back as toasts through "add-toast".
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_REPORT_DIALOG_PRINT,   /* "Print…" is the suggested button */
  MENTOR_REPORT_DIALOG_EXPORT,  /* "Export as PDF…" is */
} MentorReportDialogAction;

#define MENTOR_TYPE_REPORT_DIALOG (mentor_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorReportDialog, mentor_report_dialog, MENTOR, REPORT_DIALOG, AdwWindow)

/* Signals:
 *   "add-toast" (MentorReportDialog *dialog, AdwToast *toast): "Report saved"
 *   with an "Open" button, "Report sent to the printer"; the dialog may be
 *   closing when it is emitted.
 */

/* A dialog transient for parent, on store; mentorship_id 0 for the whole
 * program, or the mentorship it is opened for (chosen first). */
MentorReportDialog *mentor_report_dialog_new        (GtkWindow                *parent,
                                                     MentorStore              *store,
                                                     gint64                    mentorship_id,
                                                     MentorReportDialogAction  action);

/* "Export as CSV…": a folder chooser, then mentor_csv_export() into the
 * folder; add_toast(user_data, toast) says what happened unless parent is
 * gone by then. */
typedef void (*MentorReportToastFunc) (gpointer  user_data,
                                       AdwToast *toast);
void                mentor_report_dialog_export_csv (GtkWindow                *parent,
                                                     MentorStore              *store,
                                                     MentorReportToastFunc     add_toast,
                                                     gpointer                  user_data);

G_END_DECLS
