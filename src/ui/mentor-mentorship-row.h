/* mentor-mentorship-row.h — one mentorship in the Mentorships list */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MENTORSHIP_ROW (mentor_mentorship_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorMentorshipRow, mentor_mentorship_row, MENTOR, MENTORSHIP_ROW, GtkWidget)

/* Properties: "mentorship" (MentorMentorship, may be NULL). */

GtkWidget        *mentor_mentorship_row_new            (void);
MentorMentorship *mentor_mentorship_row_get_mentorship (MentorMentorshipRow *self);
void              mentor_mentorship_row_set_mentorship (MentorMentorshipRow *self,
                                                        MentorMentorship    *mentorship);

G_END_DECLS
