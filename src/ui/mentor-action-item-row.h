/* mentor-action-item-row.h — one action item on a meeting's page */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_ACTION_ITEM_ROW (mentor_action_item_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorActionItemRow, mentor_action_item_row, MENTOR, ACTION_ITEM_ROW, GtkListBoxRow)

/* A check button "Done: <text>", the text as an entry ("Action Item"), the
 * owner ("Owner": Mentor or Mentee), the due date as an
 * entry with a calendar ("Due Date"), and a button "Remove <text>".
 *
 * The row keeps its item (a MentorActionItem, stored or not yet) and writes
 * what is typed into it as it is typed: the page saves the items together.
 * Signals:
 *   "changed": something was typed, ticked or chosen.
 *   "remove": the person asked to remove it. */

GtkWidget        *mentor_action_item_row_new       (MentorActionItem    *item);
MentorActionItem *mentor_action_item_row_get_item  (MentorActionItemRow *self);
/* TRUE when the typed due date is empty or a valid date; marks the entry. */
gboolean          mentor_action_item_row_check     (MentorActionItemRow *self);
/* Puts the keyboard focus in the text. */
void              mentor_action_item_row_focus     (MentorActionItemRow *self);

G_END_DECLS
