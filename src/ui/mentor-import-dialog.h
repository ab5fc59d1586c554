/* mentor-import-dialog.h — the preview of a CSV import, before anything is
 * written
 *
 * Counts (to add, to update, with problems) and every row of the file with
 * what the import does with it; a row with problems says why, with an icon
 * and the word "Problem". "Import N People" writes the good rows in one
 * transaction and closes with a toast; Cancel writes nothing.
 *
 * The file is read and checked off the main thread, with a spinner, on a
 * connection of its own to the data file: the window's store is not shared
 * with a thread. At Import the file is checked again on the window's store,
 * against the data as it is then, and written through it, so every view
 * hears of the change.
 *
 * Test hook: when MENTOR_TEST_IMPORT_PEOPLE (or MENTOR_TEST_IMPORT_MENTORSHIPS)
 * names a file, mentor_import_dialog_choose_file() takes that file instead of
 * asking with the file chooser, which UI tests cannot drive over AT-SPI. It
 * only picks which file is previewed: nothing is written until Import is
 * pressed, as with a file chosen by hand.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"
#include "mentor-csv-import.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_IMPORT_DIALOG (mentor_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorImportDialog, mentor_import_dialog, MENTOR, IMPORT_DIALOG, AdwWindow)

/* Properties: "store" (MentorStore, construct-only), "kind" (MentorCsvKind as
 * guint, construct-only).
 * Signals: "add-toast" (AdwToast *toast): the import's result, for the
 * window's overlay (the dialog has closed by then). */

GtkWidget *mentor_import_dialog_new         (MentorStore        *store,
                                             MentorCsvKind       kind);
/* Asks for a CSV file, modal over the dialog's transient parent, then shows
 * the dialog and reads the file; the dialog is destroyed if the chooser is
 * cancelled. (See the test hook above.) */
void       mentor_import_dialog_choose_file (MentorImportDialog *self);
/* Shows the dialog and reads file. */
void       mentor_import_dialog_open_file   (MentorImportDialog *self,
                                             GFile              *file);

G_END_DECLS
