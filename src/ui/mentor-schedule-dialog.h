/* mentor-schedule-dialog.h — schedule a meeting, a series of check-ins, or
 * log a meeting after the fact */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_SCHEDULE_ONE_OFF,    /* "Schedule Meeting": one meeting ahead */
  MENTOR_SCHEDULE_RECURRING,  /* "Schedule Check-ins": a series from the cadence */
  MENTOR_SCHEDULE_LOG,        /* "Log Meeting": one that already happened, held */
} MentorScheduleKind;

#define MENTOR_TYPE_SCHEDULE_DIALOG (mentor_schedule_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorScheduleDialog, mentor_schedule_dialog, MENTOR, SCHEDULE_DIALOG, AdwWindow)

/* Properties (construct-only): "store" (MentorStore), "mentorship-id"
 * (gint64; 0 lets the person choose the mentorship), "kind"
 * (MentorScheduleKind as guint).
 * Signals:
 *   "scheduled" (gint64 id): the meeting (one-off, log) or series
 *     (recurring) was stored; the dialog then closes.
 *
 * A refusal from the store is shown in the dialog and what was typed kept. */

GtkWidget *mentor_schedule_dialog_new     (MentorStore        *store,
                                           gint64              mentorship_id,
                                           MentorScheduleKind  kind);

/* Opens the dialog modal over the window of parent. */
void       mentor_schedule_dialog_present (GtkWidget          *parent,
                                           MentorStore        *store,
                                           gint64              mentorship_id /* 0: ask */,
                                           MentorScheduleKind  kind);

G_END_DECLS
