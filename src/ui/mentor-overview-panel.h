/* mentor-overview-panel.h — the program at a glance, above the Mentorships list
 *
 * Counts by health (each a button that filters the list to that level), by
 * status, meetings held against planned over the last
 * MENTOR_OVERVIEW_WINDOW_DAYS days, and goals achieved and open, all from
 * mentor_store_get_overview() and refreshed whenever the store changes. The
 * details fold away under a toggle, so a 360 px window keeps room for the list.
 * (Named "panel": MentorOverview is the core's struct of counts.)
 */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_OVERVIEW_PANEL (mentor_overview_panel_get_type ())
G_DECLARE_FINAL_TYPE (MentorOverviewPanel, mentor_overview_panel, MENTOR, OVERVIEW_PANEL, GtkWidget)

/* Properties: "store" (MentorStore), "expanded" (gboolean: the counts show,
 * not only the one-line summary), "health-filter" (int: the MentorHealthLevel
 * the list is filtered to, -1 for none; its button shows pressed).
 * Signals: "health-activated" (int level): a health count was clicked; level
 * is the filter asked for, or -1 when the pressed one was clicked again. */

GtkWidget   *mentor_overview_panel_new               (void);
MentorStore *mentor_overview_panel_get_store         (MentorOverviewPanel *self);
void         mentor_overview_panel_set_store         (MentorOverviewPanel *self,
                                                      MentorStore         *store);
gboolean     mentor_overview_panel_get_expanded      (MentorOverviewPanel *self);
void         mentor_overview_panel_set_expanded      (MentorOverviewPanel *self,
                                                      gboolean             expanded);
int          mentor_overview_panel_get_health_filter (MentorOverviewPanel *self);
void         mentor_overview_panel_set_health_filter (MentorOverviewPanel *self,
                                                      int                  level);
/* Reads the counts from the store again (the panel does so on "changed"). */
void         mentor_overview_panel_refresh           (MentorOverviewPanel *self);
/* Counts statuses and health from this list of the program's mentorships, as
 * mentor_store_list_mentorships() gives them, instead of listing them again;
 * refreshes when the list changes (items-changed) rather than on every change
 * of the store, so the list's owner must replace its items whenever the
 * store changes health, series or people. NULL: the panel lists them. */
void         mentor_overview_panel_set_mentorships   (MentorOverviewPanel *self,
                                                      GListModel          *mentorships);

G_END_DECLS
