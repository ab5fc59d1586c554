/* mentor-window.h — the main window: the views of one data file */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_WINDOW (mentor_window_get_type ())
G_DECLARE_FINAL_TYPE (MentorWindow, mentor_window, MENTOR, WINDOW, AdwApplicationWindow)

/* Properties: "store" (MentorStore, construct-only, NULL when the data file
 * could not be opened), "settings" (GSettings of com.example.Mentor,
 * construct-only; NULL remembers nothing). */

MentorWindow *mentor_window_new              (GtkApplication *application,
                                              MentorStore    *store,
                                              GSettings      *settings);
MentorStore  *mentor_window_get_store        (MentorWindow   *self);
/* Shows why the data file could not be opened instead of the views; with
 * can_restore, a button "Restore Latest Backup" activates app.restore-backup. */
void          mentor_window_show_store_error (MentorWindow   *self,
                                              const GError   *error,
                                              gboolean        can_restore);

/* Shows a short sentence in a toast (for the application's own actions). */
void          mentor_window_show_message     (MentorWindow   *self,
                                              const char     *text);

/* Shows the import preview of an .ics file (an invite opened with Mentor). */
void          mentor_window_import_ics       (MentorWindow   *self,
                                              GFile          *file);

G_END_DECLS
