/* mentor-propose.h — proposing a suggested match, with Undo on its toast
 *
 * The Matching page and "Suggest a Mentor" both propose the same way: the
 * mentorship is written at once (status proposed) and a toast says so, with
 * Undo that deletes it again. No confirmation prompt.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

/* Proposes mentor for mentee (mentor_matching_propose()) and returns the toast
 * to show, or NULL with error. When Undo fails, the error toast goes out
 * through reporter's "add-toast" signal (reporter may be gone by then: it is
 * held weakly). */
AdwToast *mentor_propose_match (MentorStore  *store,
                                gint64        mentor_id,
                                const char   *mentor_name,
                                gint64        mentee_id,
                                const char   *mentee_name,
                                GtkWidget    *reporter,
                                GError      **error);

G_END_DECLS
