/* mentor-person-editor.h — the modal window that adds or edits one person */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_PERSON_EDITOR (mentor_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (MentorPersonEditor, mentor_person_editor, MENTOR, PERSON_EDITOR, AdwWindow)

/* Properties: "store" (MentorStore, construct-only), "person" (MentorPerson,
 * construct-only: the person to edit, or NULL for a new one; the editor works
 * on a copy and writes it back only on Save).
 * Signals:
 *   "saved" (gint64 id): the person was written; the editor then closes.
 *   "archive-changed" (gint64 id, const char *name, gboolean archived): the
 *   person was archived or restored; the editor then closes.
 *   "add-toast" (AdwToast *toast): a mentor was proposed through "Suggest a
 *   Mentor"; the toast (with Undo) is for the main window. */

GtkWidget *mentor_person_editor_new (MentorStore  *store,
                                     MentorPerson *person);

G_END_DECLS
