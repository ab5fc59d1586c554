/* mentor-suggest-dialog.h — "Suggest a Mentor" for one person
 *
 * A small modal window with the best suggested mentors for one mentee (the
 * same MentorMatchCard the Matching page shows), each with Propose. Proposing
 * writes the mentorship, emits "add-toast" with the toast that says so (Undo
 * included) and closes the window.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_SUGGEST_DIALOG (mentor_suggest_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorSuggestDialog, mentor_suggest_dialog, MENTOR, SUGGEST_DIALOG, AdwWindow)

/* Suggestions shown for one person. */
#define MENTOR_SUGGEST_DIALOG_SUGGESTIONS 5

/* Properties: "store" (MentorStore, construct-only), "mentee-id" (gint64,
 * construct-only).
 * Signals: "add-toast" (AdwToast *toast). */

GtkWidget *mentor_suggest_dialog_new (MentorStore *store,
                                      gint64       mentee_id);

G_END_DECLS
