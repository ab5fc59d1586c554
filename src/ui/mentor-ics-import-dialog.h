/* mentor-ics-import-dialog.h — the preview of an .ics import, then Import */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_ICS_IMPORT_DIALOG (mentor_ics_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorIcsImportDialog, mentor_ics_import_dialog, MENTOR, ICS_IMPORT_DIALOG, AdwWindow)

/* Signals:
 *   "add-toast" (MentorIcsImportDialog *self, AdwToast *toast): what the
 *   import did, for the window to show once this dialog has closed.
 */

GtkWidget *mentor_ics_import_dialog_new         (MentorStore           *store);
/* Reads file (off the main thread) and shows what importing it would do. */
void       mentor_ics_import_dialog_open_file   (MentorIcsImportDialog *self,
                                                 GFile                 *file);
/* Asks for a file first (GtkFileChooserNative, so through the portal in the
 * Flatpak); closes the dialog when the user cancels. */
void       mentor_ics_import_dialog_choose_file (MentorIcsImportDialog *self);

G_END_DECLS
