/* mentor-demo.h — a believable sample program for an empty data file */
#pragma once

#include "mentor-store.h"

G_BEGIN_DECLS

/* Fills an empty store with a sample program (people with skills, mentorships
 * in every status and kind, goals, milestones, meetings and check-in series)
 * dated around today, in one transaction. Refused with
 * MENTOR_STORE_ERROR_NOT_EMPTY when the store already holds data. On success
 * *summary (if not NULL) gets one line saying what was added. */
gboolean mentor_demo_fill (MentorStore  *store,
                           char        **summary,
                           GError      **error);

G_END_DECLS
