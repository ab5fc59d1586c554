/* mentor-milestone-row.h — one milestone in the goal editor */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MILESTONE_ROW (mentor_milestone_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorMilestoneRow, mentor_milestone_row, MENTOR, MILESTONE_ROW, GtkListBoxRow)

/* A check button "Done: <title>", the title and the due date as entries (with
 * a calendar), the state in words ("Done on 12 Mar 2026", "12 days
 * overdue"), and buttons "Move <title> Up", "Move <title> Down" and "Remove
 * <title>". The row only shows and asks; the editor acts on the store.
 *
 * Properties: "milestone" (MentorMilestone: the record as stored or, for a
 * goal not added yet, as kept by the editor; replacing it keeps what was
 * typed in the entries unless the typing matched the old record).
 * Signals:
 *   "done-toggled" (gboolean done): the person ticked or unticked it; the
 *   check button shows the record's state again unless the record changes.
 *   "move" (int delta): -1 up, +1 down.
 *   "remove".
 *   "edited": the typed title or due date changed. */

GtkWidget       *mentor_milestone_row_new           (MentorMilestone    *milestone);
MentorMilestone *mentor_milestone_row_get_milestone (MentorMilestoneRow *self);
void             mentor_milestone_row_set_milestone (MentorMilestoneRow *self,
                                                     MentorMilestone    *milestone);
/* The typed title and due date, trimmed ("" when empty). */
char            *mentor_milestone_row_dup_title     (MentorMilestoneRow *self);
char            *mentor_milestone_row_dup_due_on    (MentorMilestoneRow *self);
/* TRUE when the typed title or due date differs from the record. */
gboolean         mentor_milestone_row_get_edited    (MentorMilestoneRow *self);
/* TRUE when the typed due date is empty or a valid date; marks the entry. */
gboolean         mentor_milestone_row_check_due_on  (MentorMilestoneRow *self);
/* Which moves make sense: the first cannot move up, the last not down. */
void             mentor_milestone_row_set_movable   (MentorMilestoneRow *self,
                                                     gboolean            up,
                                                     gboolean            down);
/* Puts the keyboard focus in the title. */
void             mentor_milestone_row_focus_title   (MentorMilestoneRow *self);

G_END_DECLS
