/* mentor-mentorship-moves.h — the row of status moves (Activate, Pause, …)
 *
 * Lays its visible children out left to right at their natural widths and
 * wraps them onto a new line when the pane is too narrow, so a 360 px window
 * still shows every move. Children are added in a template as <child>.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_MENTORSHIP_MOVES (mentor_mentorship_moves_get_type ())
G_DECLARE_FINAL_TYPE (MentorMentorshipMoves, mentor_mentorship_moves, MENTOR, MENTORSHIP_MOVES, GtkWidget)

GtkWidget *mentor_mentorship_moves_new (void);

G_END_DECLS
