/* mentor-checkins-group.h — the "Check-ins" of a mentorship's detail: the next
 * check-in, the series in words, and the ways to schedule or log meetings */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_CHECKINS_GROUP (mentor_checkins_group_get_type ())
G_DECLARE_FINAL_TYPE (MentorCheckinsGroup, mentor_checkins_group, MENTOR, CHECKINS_GROUP, AdwBin)

/* Shows "Next: Tue 10 Mar, 09:00" (activating it opens that meeting's page),
 * each check-in series in words, and buttons "Schedule Check-ins…",
 * "Schedule Meeting…", "Log Meeting…" and "Show in Calendar"
 * (win.show-mentorship-calendar). Follows the store's "changed" signal. */

GtkWidget  *mentor_checkins_group_new            (void);
/* The mentorship to show (NULL: none); the group hides itself without one. */
void        mentor_checkins_group_set_mentorship (MentorCheckinsGroup *self,
                                                  MentorStore         *store,
                                                  MentorMentorship    *mentorship);

/* The menu of a mentorship ("Mentorship Menu"): "Export Check-ins…"
 * (win.export-mentorship-ics) and "Print Report…"
 * (win.print-mentorship-report), both with the mentorship's id as target. */
GMenuModel *mentor_mentorship_menu_new           (gint64               mentorship_id);

G_END_DECLS
