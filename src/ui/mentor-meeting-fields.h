/* mentor-meeting-fields.h — the fields a meeting's page and the schedule
 * dialog share: time of day, time zone with the participants' zones to pick
 * from, mode, and multi-line text
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

/* A button beside a time zone entry offering the zones that matter for a
 * mentorship: the mentor's, the mentee's and the user's own, each with whose
 * it is. Picking one writes it into entry. Accessible name "Choose Time Zone". */
GtkWidget *mentor_zone_button_new           (GtkEditable  *entry);
/* Fills the button's choices for mentorship_id (0: the user's zone only). */
void       mentor_zone_button_set_mentorship (GtkWidget   *button,
                                              MentorStore *store,
                                              gint64       mentorship_id);

/* TRUE for a known IANA zone; marks entry with "error" otherwise. */
gboolean   mentor_zone_entry_check          (GtkEditable  *entry);
/* TRUE for a time of day (mentor_meeting_parse_clock()); marks entry with
 * "error" otherwise. hour and minute may be NULL. */
gboolean   mentor_clock_entry_check         (GtkEditable  *entry,
                                             guint        *hour,
                                             guint        *minute);
/* "09:00" for an entry. */
char      *mentor_clock_text                (guint         hour,
                                             guint         minute);

/* The labels of the modes in MentorMode order: Video, Phone, In Person, Chat. */
GListModel *mentor_mode_model_new           (void);

/* The text of a text view, all of it. */
char      *mentor_text_view_dup_text        (GtkTextView  *view);

/* The zone of the mentorship's mentor, else the user's own. */
char      *mentor_mentorship_dup_planning_zone (MentorStore      *store,
                                                MentorMentorship *mentorship);

G_END_DECLS
