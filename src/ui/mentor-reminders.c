/* mentor-reminders.c — desktop notifications before check-ins, while Mentor runs
 *
 * Which meeting is next and when its reminder is due is decided by
 * mentor_reminder_next() (mentor-meeting-text.c, unit-tested); this file only
 * reads the store, keeps one timeout and sends the notifications.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-meeting-text.h"
#include "mentor-reminders.h"

/* How far ahead the store is read for the next reminder; when nothing is
 * due in that time, the plan is made again when it has passed. */
#define LOOK_AHEAD_SECONDS (24 * 60 * 60)

struct _MentorReminders
{
  GObject       parent_instance;

  GApplication *application;   /* weak */
  MentorStore  *store;
  GSettings    *settings;

  /* Keys (mentor_reminder_key()) of the reminders given. */
  GHashTable   *notified;
  char         *due_at;
  guint         timeout_id;
};

G_DEFINE_FINAL_TYPE (MentorReminders, mentor_reminders, G_TYPE_OBJECT)

static void plan (MentorReminders *self);

static guint
lead_minutes (MentorReminders *self)
{
  if (self->settings == NULL)
    return 10;

  return (guint) MAX (0, g_settings_get_int (self->settings, "reminder-minutes"));
}

static GListModel *
upcoming (MentorReminders *self,
          const char      *now,
          guint            lead)
{
  g_autofree char *to = mentor_instant_add_seconds (now, (gint64) lead * 60 + LOOK_AHEAD_SECONDS);

  return mentor_store_list_calendar (self->store, 0, now, to);
}

static void
notify (MentorReminders *self,
        MentorMeeting   *meeting,
        const char      *now)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = mentor_reminder_dup_title (meeting, now);
  g_autofree char *body = mentor_reminder_dup_body (meeting, NULL);
  g_autofree char *key = mentor_reminder_key (meeting);
  g_autofree char *id = g_strconcat ("checkin-", key, NULL);
  const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target_value (notification, "app.open-meeting",
                                                      g_variant_new ("(xxs)",
                                                                     mentor_meeting_get_id (meeting),
                                                                     mentor_meeting_get_series_id (meeting),
                                                                     recurrence_id != NULL ? recurrence_id : ""));
  g_notification_add_button_with_target_value (notification, _("Open Check-in"), "app.open-meeting",
                                               g_variant_new ("(xxs)",
                                                              mentor_meeting_get_id (meeting),
                                                              mentor_meeting_get_series_id (meeting),
                                                              recurrence_id != NULL ? recurrence_id : ""));

  if (self->application != NULL)
    g_application_send_notification (self->application, id, notification);

  g_hash_table_add (self->notified, g_steal_pointer (&key));
}

static gboolean
timeout_cb (gpointer user_data)
{
  MentorReminders *self = user_data;
  g_autofree char *now = mentor_instant_now ();
  g_autoptr(GListModel) meetings = NULL;
  guint lead = lead_minutes (self);

  self->timeout_id = 0;

  if (lead > 0 && self->store != NULL)
    {
      meetings = upcoming (self, now, lead);

      /* Every reminder due by now; several may start at the same time. */
      for (;;)
        {
          g_autofree char *due = NULL;
          g_autoptr(MentorMeeting) next = mentor_reminder_next (meetings, now, lead,
                                                                self->notified, &due);

          if (next == NULL || mentor_instant_diff_seconds (now, due) > 0)
            break;

          notify (self, next, now);
        }
    }

  plan (self);
  return G_SOURCE_REMOVE;
}

/* Waits for the next reminder: one timeout, never a poll. */
static void
plan (MentorReminders *self)
{
  g_autofree char *now = mentor_instant_now ();
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(MentorMeeting) next = NULL;
  g_autofree char *due = NULL;
  guint lead = lead_minutes (self);
  gint64 wait;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_pointer (&self->due_at, g_free);

  if (lead == 0 || self->store == NULL)
    return;

  meetings = upcoming (self, now, lead);
  next = mentor_reminder_next (meetings, now, lead, self->notified, &due);

  if (next != NULL)
    {
      wait = MAX (0, mentor_instant_diff_seconds (now, due));
      self->due_at = g_steal_pointer (&due);
    }
  else
    wait = LOOK_AHEAD_SECONDS;

  if (wait == 0)
    self->timeout_id = g_idle_add (timeout_cb, self);
  else
    self->timeout_id = g_timeout_add_seconds ((guint) MIN (wait, G_MAXUINT), timeout_cb, self);
}

static void
store_changed_cb (MentorReminders *self,
                  guint            what,
                  MentorStore     *store)
{
  if ((what & (MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_SERIES |
               MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_PEOPLE)) != 0)
    plan (self);
}

static void
settings_changed_cb (MentorReminders *self)
{
  plan (self);
}

static void
mentor_reminders_dispose (GObject *object)
{
  MentorReminders *self = MENTOR_REMINDERS (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mentor_reminders_parent_class)->dispose (object);
}

static void
mentor_reminders_finalize (GObject *object)
{
  MentorReminders *self = MENTOR_REMINDERS (object);

  g_clear_pointer (&self->notified, g_hash_table_unref);
  g_clear_pointer (&self->due_at, g_free);

  G_OBJECT_CLASS (mentor_reminders_parent_class)->finalize (object);
}

static void
mentor_reminders_class_init (MentorRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mentor_reminders_dispose;
  object_class->finalize = mentor_reminders_finalize;
}

static void
mentor_reminders_init (MentorReminders *self)
{
  self->notified = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

MentorReminders *
mentor_reminders_new (GApplication *application,
                      MentorStore  *store,
                      GSettings    *settings)
{
  MentorReminders *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (MENTOR_TYPE_REMINDERS, NULL);
  g_set_weak_pointer (&self->application, application);
  self->store = g_object_ref (store);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_object (settings, "changed::reminder-minutes",
                               G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  plan (self);

  return self;
}

const char *
mentor_reminders_get_due_at (MentorReminders *self)
{
  g_return_val_if_fail (MENTOR_IS_REMINDERS (self), NULL);

  return self->due_at;
}
