/* mentor-reminders.h — desktop notifications before check-ins, while Mentor runs */
#pragma once

#include <gio/gio.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_REMINDERS (mentor_reminders_get_type ())
G_DECLARE_FINAL_TYPE (MentorReminders, mentor_reminders, MENTOR, REMINDERS, GObject)

/* Sends a GNotification ("Check-in with Ana → Ben in 10 minutes", the time
 * and how they meet in the body) the number of minutes of the GSettings key
 * "reminder-minutes" before each scheduled meeting or occurrence (0: none;
 * 10 without settings). Its default action is app.open-meeting with
 * (meeting id, series id, recurrence id) as "(xxs)".
 *
 * One GLib timeout waits for the next reminder; the store's "changed" signal
 * and a change of the setting plan it again. A meeting is reminded of once;
 * one already started when Mentor opened is not. */

MentorReminders *mentor_reminders_new       (GApplication    *application,
                                             MentorStore     *store,
                                             GSettings       *settings);
/* The instant ("YYYY-MM-DDTHH:MM:SSZ") the next reminder is due, or NULL
 * when none is planned. */
const char      *mentor_reminders_get_due_at (MentorReminders *self);

G_END_DECLS
