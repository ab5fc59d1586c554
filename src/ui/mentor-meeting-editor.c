/* mentor-meeting-editor.c — the page of one meeting: when, how, status,
 * agenda, shared summary, private notes, action items and goals worked on
 *
 * Nothing reaches the store before Save, which writes the meeting, its action
 * items and its goals in one transaction, so Cancel leaves everything as it
 * was. An occurrence of a series that is still computed becomes a stored
 * occurrence (an override) on Save. When the time of an occurrence changed,
 * the person says whether that is for this check-in only or for this one
 * and all that follow (the series is then split).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-accessible.h"
#include "mentor-action-item-row.h"
#include "mentor-calendar-text.h"
#include "mentor-date-picker.h"
#include "mentor-meeting-delete.h"
#include "mentor-meeting-editor.h"
#include "mentor-meeting-fields.h"
#include "mentor-meeting-text.h"
#include "mentor-mentorship-dialogs.h"

#define GOAL_ID_KEY "mentor-goal-id"

typedef enum {
  SAVE_THIS_ONLY,
  SAVE_FOLLOWING,
} SaveScope;

struct _MentorMeetingEditor
{
  AdwWindow            parent_instance;

  MentorStore         *store;
  /* The meeting as given: a stored one, or a computed occurrence. */
  MentorMeeting       *meeting;
  /* The mentorship and (for an occurrence) the series, as stored. */
  MentorMentorship    *mentorship;
  MentorCheckinSeries *series;
  /* Stored action items removed in the form, deleted on Save. */
  GArray              *removed_items;
  /* Where toasts go once the editor has closed; weak. */
  GtkWidget           *toast_target;

  guint                loading;
  guint                dirty : 1;

  GtkWidget           *zone_button;

  /* template */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkLabel            *when_label;
  GtkWidget           *status_box;
  GtkImage            *status_icon;
  GtkLabel            *status_label;
  GtkLabel            *series_label;
  AdwPreferencesGroup *when_group;
  AdwEntryRow         *date_row;
  AdwEntryRow         *time_row;
  GtkSpinButton       *duration_spin;
  AdwEntryRow         *zone_row;
  AdwComboRow         *mode_row;
  AdwEntryRow         *location_row;
  AdwComboRow         *status_row;
  GtkTextView         *agenda_view;
  GtkTextView         *summary_view;
  GtkTextView         *notes_view;
  GtkListBox          *items_list;
  GtkListBox          *goals_list;
  GtkButton           *delete_button;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorMeetingEditor, mentor_meeting_editor, ADW_TYPE_WINDOW)

/* ---- Small helpers ---------------------------------------------------------- */

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
show_error (MentorMeetingEditor *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
clear_error (MentorMeetingEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
set_dirty (MentorMeetingEditor *self)
{
  if (self->loading == 0)
    self->dirty = TRUE;
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static gboolean
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Closes the editor once the question it may be answering (a message
 * dialog transient for it, destroyed after its "response") is gone: GTK 4.8
 * trips over a transient window that outlives its parent. */
static void
close_editor (MentorMeetingEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
}

static gboolean
is_occurrence (MentorMeetingEditor *self)
{
  return mentor_meeting_get_series_id (self->meeting) != 0 &&
         mentor_meeting_get_recurrence_id (self->meeting) != NULL;
}

static GPtrArray *
item_rows (MentorMeetingEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (MENTOR_IS_ACTION_ITEM_ROW (child))
      g_ptr_array_add (rows, child);

  return rows;
}

static GArray *
checked_goals (MentorMeetingEditor *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (child), "mentor-check");
      gint64 *id = g_object_get_data (G_OBJECT (child), GOAL_ID_KEY);

      if (check != NULL && id != NULL && gtk_check_button_get_active (check))
        g_array_append_val (ids, *id);
    }

  return ids;
}

/* ---- What the page shows ---------------------------------------------------- */

static void
update_header (MentorMeetingEditor *self)
{
  g_autofree char *title = mentor_meeting_dup_title (self->meeting);
  g_autofree char *today = mentor_today ();
  g_autofree char *when = mentor_meeting_dup_when_text (self->meeting, NULL, today);
  MentorMeetingStatus status = mentor_meeting_get_status (self->meeting);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, when);
  gtk_label_set_label (self->when_label, when);
  gtk_label_set_label (self->status_label, mentor_meeting_status_to_label (status));
  gtk_image_set_from_icon_name (self->status_icon, mentor_calendar_status_icon (status));

  if (self->series != NULL)
    {
      g_autofree char *rule = mentor_recurrence_describe (mentor_checkin_series_get_dtstart (self->series),
                                                          mentor_checkin_series_get_tzid (self->series),
                                                          mentor_checkin_series_get_rrule (self->series));
      /* TRANSLATORS: the series an occurrence belongs to: "Part of: Every 2 weeks on Tuesday at 09:00" */
      g_autofree char *line = rule != NULL ? g_strdup_printf (_("Part of: %s"), rule) : NULL;

      gtk_label_set_label (self->series_label, line != NULL ? line : "");
      gtk_widget_set_visible (GTK_WIDGET (self->series_label), line != NULL);
    }

  gtk_button_set_label (self->delete_button,
                        is_occurrence (self) ? _("Delete Occurrence") : _("Delete Meeting"));
}

/* Under "When": the time in the user's zone, when the zone typed is another. */
static void
update_when_hint (MentorMeetingEditor *self)
{
  g_autofree char *date = dup_trimmed (GTK_EDITABLE (self->date_row));
  g_autofree char *zone = dup_trimmed (GTK_EDITABLE (self->zone_row));
  g_autofree char *own = mentor_user_timezone ();
  g_autofree char *local = NULL;
  g_autofree char *instant = NULL;
  g_autofree char *today = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *hint = NULL;
  guint hour, minute;

  gboolean ok = mentor_date_is_valid (date) &&
                mentor_meeting_parse_clock (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &hour, &minute) &&
                mentor_timezone_is_valid (zone);

  if (!ok || g_strcmp0 (zone, own) == 0)
    {
      adw_preferences_group_set_description (self->when_group, NULL);
      return;
    }

  local = g_strdup_printf ("%sT%02u:%02u:00", date, hour, minute);
  instant = mentor_local_to_instant (local, zone);
  if (instant == NULL)
    {
      adw_preferences_group_set_description (self->when_group, NULL);
      return;
    }

  today = mentor_today ();
  shown = mentor_meeting_format_day_time (instant, NULL, today);
  /* TRANSLATORS: under the time of a meeting planned in another zone: "Your time: Tue 10 Mar, 04:00" */
  hint = shown != NULL ? g_strdup_printf (_("Your time: %s"), shown) : NULL;
  adw_preferences_group_set_description (self->when_group, hint);
}

static void item_changed_cb (MentorMeetingEditor *self);
static void item_remove_cb (MentorMeetingEditor *self, MentorActionItemRow *row);

static MentorActionItemRow *
add_item_row (MentorMeetingEditor *self,
              MentorActionItem    *item,
              int                  position)
{
  GtkWidget *row = mentor_action_item_row_new (item);

  g_signal_connect_object (row, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb), self, G_CONNECT_SWAPPED);

  if (position < 0)
    gtk_list_box_append (self->items_list, row);
  else
    gtk_list_box_insert (self->items_list, row, position);

  return MENTOR_ACTION_ITEM_ROW (row);
}

static void
goal_toggled_cb (MentorMeetingEditor *self)
{
  set_dirty (self);
}

static void
fill_goals (MentorMeetingEditor *self)
{
  g_autoptr(GListModel) goals = mentor_store_list_goals (self->store, mentor_meeting_get_mentorship_id (self->meeting));
  g_autoptr(GArray) worked_on = NULL;
  gint64 id = mentor_meeting_get_id (self->meeting);

  worked_on = id != 0 ? mentor_store_list_meeting_goals (self->store, id)
                      : g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(MentorGoal) goal = g_list_model_get_item (goals, i);
      gint64 goal_id = mentor_goal_get_id (goal);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 *key = g_new (gint64, 1);
      gboolean on = FALSE;

      for (guint j = 0; worked_on != NULL && j < worked_on->len; j++)
        on = on || g_array_index (worked_on, gint64, j) == goal_id;

      /* A dropped goal stays listed only where it was worked on. */
      if (mentor_goal_get_status (goal) == MENTOR_GOAL_DROPPED && !on)
        {
          g_object_ref_sink (row);
          g_object_unref (row);
          g_free (key);
          continue;
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mentor_goal_get_title (goal));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (mentor_goal_get_status (goal) != MENTOR_GOAL_OPEN)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), mentor_goal_status_to_label (mentor_goal_get_status (goal)));

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      /* Named by the row's title, as its activatable widget (a label of its
       * own as well would be said twice). */
      g_signal_connect_object (check, "toggled", G_CALLBACK (goal_toggled_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      *key = goal_id;
      g_object_set_data_full (G_OBJECT (row), GOAL_ID_KEY, key, g_free);
      g_object_set_data (G_OBJECT (row), "mentor-check", check);
      gtk_list_box_append (self->goals_list, row);
    }
}

static void
fill_form (MentorMeetingEditor *self)
{
  MentorMeeting *m = self->meeting;
  const char *tzid = mentor_meeting_get_tzid (m);
  g_autofree char *local = NULL;
  MentorMode mode = mentor_meeting_get_mode (m);
  gint64 id = mentor_meeting_get_id (m);

  self->loading++;

  if (tzid == NULL || !mentor_timezone_is_valid (tzid))
    tzid = NULL;
  local = mentor_instant_to_local (mentor_meeting_get_starts_at (m), tzid);
  if (local != NULL && strlen (local) >= 16)
    {
      g_autofree char *day = g_strndup (local, 10);
      g_autofree char *clock = g_strndup (local + 11, 5);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), day);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), clock);
    }

  {
    g_autofree char *zone = tzid != NULL ? g_strdup (tzid) : mentor_user_timezone ();

    gtk_editable_set_text (GTK_EDITABLE (self->zone_row), zone);
  }
  mentor_zone_button_set_mentorship (self->zone_button, self->store, mentor_meeting_get_mentorship_id (m));

  gtk_spin_button_set_value (self->duration_spin, MAX (mentor_meeting_get_duration_min (m), 5));

  if (mode >= MENTOR_N_MODES && self->mentorship != NULL)
    mode = mentor_mentorship_get_mode (self->mentorship);
  adw_combo_row_set_selected (self->mode_row, mode < MENTOR_N_MODES ? mode : 0);

  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         mentor_meeting_get_location (m) != NULL ? mentor_meeting_get_location (m) : "");
  adw_combo_row_set_selected (self->status_row, mentor_meeting_get_status (m));

  set_text (self->agenda_view, mentor_meeting_get_agenda (m));
  set_text (self->summary_view, mentor_meeting_get_summary (m));
  set_text (self->notes_view, mentor_meeting_get_private_notes (m));

  if (id != 0)
    {
      g_autoptr(GListModel) items = mentor_store_list_action_items (self->store, id);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(MentorActionItem) item = g_list_model_get_item (items, i);

          add_item_row (self, item, -1);
        }
    }

  fill_goals (self);

  self->loading--;

  update_header (self);
  update_when_hint (self);
}

/* ---- Reading the form ------------------------------------------------------- */

/* Checks what was typed; the start as an instant and its zone, or a sentence
 * saying what is wrong. */
static char *
read_when (MentorMeetingEditor  *self,
           char                **starts_at,
           char                **tzid_out,
           char                **local_out)
{
  g_autofree char *date = dup_trimmed (GTK_EDITABLE (self->date_row));
  g_autofree char *tzid = dup_trimmed (GTK_EDITABLE (self->zone_row));
  g_autofree char *today = mentor_today ();
  g_autofree char *local = NULL;
  g_autofree char *instant = NULL;
  g_autoptr(GPtrArray) rows = item_rows (self);
  guint hour = 0, minute = 0;

  if (!mentor_date_is_valid (date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      /* TRANSLATORS: %s is today's date as an example, e.g. 2026-03-12 */
      return g_strdup_printf (_("Date is not a date: write it as year-month-day, for example %s."), today);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  if (!mentor_clock_entry_check (GTK_EDITABLE (self->time_row), &hour, &minute))
    return g_strdup (_("Start Time is not a time of day: write it as hours and minutes, for example 09:30."));

  if (!mentor_zone_entry_check (GTK_EDITABLE (self->zone_row)))
    return g_strdup (_("Time Zone is not a known zone: write it as Area/City, for example Europe/Berlin, or choose one from the list."));

  for (guint i = 0; i < rows->len; i++)
    if (!mentor_action_item_row_check (g_ptr_array_index (rows, i)))
      /* TRANSLATORS: %s is today's date as an example */
      return g_strdup_printf (_("The due date of an action item is not a date: write it as year-month-day, for example %s."), today);

  local = g_strdup_printf ("%sT%02u:%02u:00", date, hour, minute);
  instant = mentor_local_to_instant (local, tzid);
  if (instant == NULL)
    /* TRANSLATORS: %s is a time zone such as Europe/Berlin */
    return g_strdup_printf (_("This day and time cannot be placed in %s."), tzid);

  *starts_at = g_steal_pointer (&instant);
  *tzid_out = g_steal_pointer (&tzid);
  if (local_out != NULL)
    *local_out = g_steal_pointer (&local);
  return NULL;
}

/* Writes the form into record, the start as given. */
static void
read_form (MentorMeetingEditor *self,
           MentorMeeting       *record,
           const char          *starts_at,
           const char          *tzid)
{
  g_autofree char *location = dup_trimmed (GTK_EDITABLE (self->location_row));
  g_autofree char *agenda = mentor_text_view_dup_text (self->agenda_view);
  g_autofree char *summary = mentor_text_view_dup_text (self->summary_view);
  g_autofree char *notes = mentor_text_view_dup_text (self->notes_view);
  guint status = adw_combo_row_get_selected (self->status_row);

  mentor_meeting_set_starts_at (record, starts_at);
  mentor_meeting_set_tzid (record, tzid);
  mentor_meeting_set_duration_min (record, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));
  mentor_meeting_set_mode (record, adw_combo_row_get_selected (self->mode_row));
  mentor_meeting_set_location (record, location);
  mentor_meeting_set_status (record, status < MENTOR_N_MEETING_STATUSES ? status : MENTOR_MEETING_SCHEDULED);
  mentor_meeting_set_agenda (record, agenda);
  mentor_meeting_set_summary (record, summary);
  mentor_meeting_set_private_notes (record, notes);
}

/* ---- Saving ----------------------------------------------------------------- */

typedef struct
{
  MentorMeetingEditor *self;
  SaveScope            scope;
  char                *starts_at;
  char                *tzid;
  char                *local;
  gint64               meeting_id;   /* out */
} SaveData;

static gboolean
save_items_and_goals (MentorMeetingEditor  *self,
                      MentorStore          *store,
                      gint64                meeting_id,
                      GError              **error)
{
  g_autoptr(GPtrArray) rows = item_rows (self);
  g_autoptr(GArray) goals = checked_goals (self);

  for (guint i = 0; i < self->removed_items->len; i++)
    if (!mentor_store_delete_action_item (store, g_array_index (self->removed_items, gint64, i), error))
      return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      MentorActionItem *item = mentor_action_item_row_get_item (g_ptr_array_index (rows, i));
      const char *text = mentor_action_item_get_text (item);

      if (text == NULL || *text == '\0')
        {
          /* An item emptied is an item removed. */
          if (mentor_action_item_get_id (item) != 0 &&
              !mentor_store_delete_action_item (store, mentor_action_item_get_id (item), error))
            return FALSE;
          continue;
        }

      mentor_action_item_set_meeting_id (item, meeting_id);
      if (!mentor_store_save_action_item (store, item, error))
        return FALSE;
    }

  return mentor_store_set_meeting_goals (store, meeting_id, (const gint64 *) (gpointer) goals->data,
                                         goals->len, error);
}

/* Whether the form holds anything a computed occurrence would not: a status,
 * words, action items or goals. */
static gboolean
has_own_content (MentorMeetingEditor *self)
{
  g_autoptr(GPtrArray) rows = item_rows (self);
  g_autoptr(GArray) goals = checked_goals (self);
  g_autofree char *agenda = mentor_text_view_dup_text (self->agenda_view);
  g_autofree char *summary = mentor_text_view_dup_text (self->summary_view);
  g_autofree char *notes = mentor_text_view_dup_text (self->notes_view);
  const char *series_agenda = mentor_meeting_get_agenda (self->meeting);

  if (adw_combo_row_get_selected (self->status_row) != MENTOR_MEETING_SCHEDULED ||
      *summary != '\0' || *notes != '\0' || goals->len > 0)
    return TRUE;
  if (*agenda != '\0' && g_strcmp0 (agenda, series_agenda) != 0)
    return TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      const char *text = mentor_action_item_get_text (mentor_action_item_row_get_item (g_ptr_array_index (rows, i)));

      if (text != NULL && *text != '\0')
        return TRUE;
    }

  return FALSE;
}

static gboolean
save_in_batch (MentorStore  *store,
               gpointer      user_data,
               GError      **error)
{
  SaveData *data = user_data;
  MentorMeetingEditor *self = data->self;
  g_autoptr(MentorMeeting) record = NULL;
  gint64 id = mentor_meeting_get_id (self->meeting);

  if (data->scope == SAVE_FOLLOWING)
    {
      g_autoptr(MentorCheckinSeries) following = mentor_checkin_series_new ();
      g_autofree char *rrule = mentor_meeting_following_rule (mentor_checkin_series_get_dtstart (self->series),
                                                              mentor_checkin_series_get_tzid (self->series),
                                                              mentor_checkin_series_get_rrule (self->series),
                                                              mentor_meeting_get_recurrence_id (self->meeting),
                                                              data->local, data->tzid, error);
      gint64 series_id;

      if (rrule == NULL)
        return FALSE;

      mentor_checkin_series_set_mentorship_id (following, mentor_checkin_series_get_mentorship_id (self->series));
      mentor_checkin_series_set_summary (following, mentor_checkin_series_get_summary (self->series));
      mentor_checkin_series_set_dtstart (following, data->local);
      mentor_checkin_series_set_tzid (following, data->tzid);
      mentor_checkin_series_set_duration_min (following, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));
      mentor_checkin_series_set_rrule (following, rrule);
      mentor_checkin_series_set_exdates (following, "");
      {
        g_autofree char *location = dup_trimmed (GTK_EDITABLE (self->location_row));

        mentor_checkin_series_set_location (following, location);
      }
      mentor_checkin_series_set_mode (following, adw_combo_row_get_selected (self->mode_row));

      if (!mentor_store_split_series (store, mentor_checkin_series_get_id (self->series),
                                      mentor_meeting_get_recurrence_id (self->meeting),
                                      following, error))
        return FALSE;

      series_id = mentor_checkin_series_get_id (following);

      /* A stored occurrence moved with the split: take it as it is now. */
      if (id != 0)
        {
          record = mentor_store_get_meeting (store, id, error);
          if (record == NULL)
            return FALSE;
        }
      else if (!has_own_content (self))
        {
          /* Only the time moved: the new series computes it as it is. */
          data->meeting_id = 0;
          return TRUE;
        }
      else
        {
          record = mentor_meeting_record_copy (self->meeting);
          mentor_meeting_set_uid (record, NULL);
          mentor_meeting_set_series_id (record, series_id);
          mentor_meeting_set_recurrence_id (record, data->starts_at);
        }
    }
  else if (id != 0)
    {
      /* The meeting as stored now, so nothing done elsewhere is undone. */
      record = mentor_store_get_meeting (store, id, error);
      if (record == NULL)
        return FALSE;
    }
  else
    /* A computed occurrence becomes a stored one, still of its series. */
    record = mentor_meeting_record_copy (self->meeting);

  read_form (self, record, data->starts_at, data->tzid);
  if (!mentor_store_save_meeting (store, record, error))
    return FALSE;

  data->meeting_id = mentor_meeting_get_id (record);

  return save_items_and_goals (self, store, data->meeting_id, error);
}

static gboolean
save (MentorMeetingEditor *self,
      SaveScope            scope)
{
  g_autoptr(GError) error = NULL;
  SaveData data = { self, scope, NULL, NULL, NULL, 0 };
  g_autofree char *problem = read_when (self, &data.starts_at, &data.tzid, &data.local);
  gboolean ok;

  if (problem != NULL)
    {
      show_error (self, problem);
      return FALSE;
    }

  ok = mentor_store_batch (self->store, save_in_batch, &data, &error);
  g_free (data.starts_at);
  g_free (data.tzid);
  g_free (data.local);

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }

  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, data.meeting_id);
  close_editor (self);
  return TRUE;
}

static void
scope_response_cb (MentorMeetingEditor *self,
                   const char          *response)
{
  if (g_strcmp0 (response, "this") == 0)
    save (self, SAVE_THIS_ONLY);
  else if (g_strcmp0 (response, "following") == 0)
    save (self, SAVE_FOLLOWING);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (widget);
  g_autofree char *starts_at = NULL;
  g_autofree char *tzid = NULL;
  g_autofree char *problem = NULL;
  AdwMessageDialog *dialog;

  clear_error (self);
  problem = read_when (self, &starts_at, &tzid, NULL);
  if (problem != NULL)
    {
      show_error (self, problem);
      return;
    }

  /* Only a change of time asks: the rest is this check-in's own. */
  if (!is_occurrence (self) || self->series == NULL ||
      g_strcmp0 (starts_at, mentor_meeting_get_starts_at (self->meeting)) == 0)
    {
      save (self, SAVE_THIS_ONLY);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change Which Check-ins?"), NULL));
  adw_message_dialog_set_body (dialog,
                               _("The time of this check-in changed. Move only this one, or this one and every check-in after it?"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "this", _("_This Check-in Only"),
                                    "following", _("This and _Following"),
                                    NULL);
  mentor_dialog_name_mnemonic_buttons (GTK_WIDGET (dialog));
  adw_message_dialog_set_response_appearance (dialog, "this", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "this");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (scope_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Deleting, with Undo on the window below -------------------------------- */

static void
do_delete (MentorMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  toast = mentor_meeting_delete_with_undo (self->store, self->meeting,
                                           self->series != NULL ? mentor_checkin_series_get_tzid (self->series) : NULL,
                                           self->toast_target, &error);
  if (toast == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  if (self->toast_target != NULL)
    g_signal_emit_by_name (self->toast_target, "add-toast", toast);

  self->dirty = FALSE;
  close_editor (self);
}

static void
delete_response_cb (MentorMeetingEditor *self,
                    const char          *response)
{
  if (g_strcmp0 (response, "delete") == 0)
    do_delete (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (widget);
  AdwMessageDialog *dialog;

  /* With a window below to show Undo, no question asked. */
  if (self->toast_target != NULL || g_signal_has_handler_pending (self, signals[ADD_TOAST], 0, FALSE))
    {
      do_delete (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       is_occurrence (self) ? _("Delete This Check-in?")
                                                                            : _("Delete This Meeting?"),
                                                       _("Its notes and action items are deleted with it.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  mentor_dialog_name_mnemonic_buttons (GTK_WIDGET (dialog));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Action items ----------------------------------------------------------- */

static void
item_changed_cb (MentorMeetingEditor *self)
{
  set_dirty (self);
}

typedef struct
{
  MentorMeetingEditor *editor;   /* weak */
  MentorActionItem    *item;
  int                  position;
} RemoveUndo;

static void
remove_undo_free (gpointer  data,
                  GClosure *closure)
{
  RemoveUndo *undo = data;

  g_clear_weak_pointer (&undo->editor);
  g_clear_object (&undo->item);
  g_free (undo);
}

static void
undo_remove_cb (AdwToast   *toast,
                RemoveUndo *undo)
{
  MentorMeetingEditor *self = undo->editor;
  gint64 id;

  if (self == NULL || undo->item == NULL)
    return;

  /* Not deleted after all. */
  id = mentor_action_item_get_id (undo->item);
  for (guint i = 0; id != 0 && i < self->removed_items->len; i++)
    if (g_array_index (self->removed_items, gint64, i) == id)
      {
        g_array_remove_index (self->removed_items, i);
        break;
      }

  mentor_action_item_row_focus (add_item_row (self, undo->item, undo->position));
  g_clear_object (&undo->item);
}

static void
item_remove_cb (MentorMeetingEditor *self,
                MentorActionItemRow *row)
{
  MentorActionItem *item = mentor_action_item_row_get_item (row);
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  const char *text = mentor_action_item_get_text (item);
  RemoveUndo *undo;
  gint64 id = mentor_action_item_get_id (item);

  undo = g_new0 (RemoveUndo, 1);
  g_set_weak_pointer (&undo->editor, self);
  undo->item = g_object_ref (item);
  undo->position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (id != 0)
    g_array_append_val (self->removed_items, id);
  gtk_list_box_remove (self->items_list, GTK_WIDGET (row));
  set_dirty (self);

  if (text != NULL && *text != '\0')
    /* TRANSLATORS: a toast after removing an action item; %s is its text */
    title = g_strdup_printf (_("“%s” removed"), text);
  else
    title = g_strdup (_("Action item removed"));
  /* AdwToast 1.2 reads its title as markup. */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), undo,
                         remove_undo_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (widget);
  g_autoptr(MentorActionItem) item = mentor_action_item_new ();

  mentor_action_item_set_owner (item, MENTOR_OWNER_MENTEE);
  mentor_action_item_row_focus (add_item_row (self, item, -1));
  set_dirty (self);
}

/* ---- Closing with unsaved changes ------------------------------------------- */

static void
unsaved_response_cb (MentorMeetingEditor *self,
                     const char          *response)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->dirty = FALSE;
      close_editor (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static gboolean
mentor_meeting_editor_close_request (GtkWindow *window)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (window);
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;

  if (!self->dirty)
    return GTK_WINDOW_CLASS (mentor_meeting_editor_parent_class)->close_request (window);

  title = mentor_meeting_dup_title (self->meeting);
  dialog = mentor_mentorship_unsaved_dialog_new (window, title);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ---- Signal callbacks ------------------------------------------------------- */

static void
form_changed_cb (MentorMeetingEditor *self)
{
  if (self->loading > 0)
    return;

  set_dirty (self);
  update_when_hint (self);

  /* A field flagged is cleared as soon as it is right. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->time_row), "error"))
    mentor_clock_entry_check (GTK_EDITABLE (self->time_row), NULL, NULL);
  if (gtk_widget_has_css_class (GTK_WIDGET (self->zone_row), "error"))
    mentor_zone_entry_check (GTK_EDITABLE (self->zone_row));
  if (gtk_widget_has_css_class (GTK_WIDGET (self->date_row), "error"))
    mentor_date_entry_check (GTK_EDITABLE (self->date_row));
}

static void
buffer_changed_cb (MentorMeetingEditor *self)
{
  set_dirty (self);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
mentor_meeting_editor_constructed (GObject *object)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (object);
  gint64 id;
  gint64 series_id;

  G_OBJECT_CLASS (mentor_meeting_editor_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));
  g_assert (MENTOR_IS_MEETING (self->meeting));

  /* A stored meeting as stored now (the list it came from may be older);
   * a computed one copied, as it may be an item of a view's list. */
  id = mentor_meeting_get_id (self->meeting);
  {
    g_autoptr(MentorMeeting) own = id != 0 ? mentor_store_get_meeting (self->store, id, NULL) : NULL;

    if (own == NULL)
      own = mentor_meeting_record_copy (self->meeting);
    if (id != 0 && mentor_meeting_get_id (own) != id)
      /* Not readable again: work on the record given, which has the id. */
      g_clear_object (&own);
    if (own != NULL)
      g_set_object (&self->meeting, own);
  }

  self->mentorship = mentor_store_get_mentorship (self->store, mentor_meeting_get_mentorship_id (self->meeting), NULL);
  if (self->mentorship != NULL &&
      (mentor_meeting_get_mentorship_title (self->meeting) == NULL ||
       *mentor_meeting_get_mentorship_title (self->meeting) == '\0'))
    {
      g_autofree char *pair = mentor_mentorship_dup_title (self->mentorship);

      mentor_meeting_set_mentorship_title (self->meeting, pair);
    }

  series_id = mentor_meeting_get_series_id (self->meeting);
  if (series_id != 0)
    {
      g_autoptr(GListModel) all = mentor_store_list_series (self->store, mentor_meeting_get_mentorship_id (self->meeting));

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(MentorCheckinSeries) series = g_list_model_get_item (all, i);

          if (mentor_checkin_series_get_id (series) == series_id)
            self->series = g_steal_pointer (&series);
          if (self->series != NULL)
            break;
        }
    }

  fill_form (self);
  self->dirty = FALSE;

  g_signal_connect_object (gtk_text_view_get_buffer (self->agenda_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->summary_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  /* A one-off without a stored row (never happens from the views) cannot be
   * deleted; an occurrence always can. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", id != 0 || is_occurrence (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
mentor_meeting_editor_dispose (GObject *object)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_MEETING_EDITOR);

  g_clear_weak_pointer (&self->toast_target);
  g_clear_object (&self->store);
  g_clear_object (&self->meeting);
  g_clear_object (&self->mentorship);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (mentor_meeting_editor_parent_class)->dispose (object);
}

static void
mentor_meeting_editor_finalize (GObject *object)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (object);

  g_clear_pointer (&self->removed_items, g_array_unref);

  G_OBJECT_CLASS (mentor_meeting_editor_parent_class)->finalize (object);
}

static void
mentor_meeting_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_meeting_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorMeetingEditor *self = MENTOR_MEETING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_MEETING:
      g_set_object (&self->meeting, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_meeting_editor_class_init (MentorMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mentor_meeting_editor_constructed;
  object_class->dispose = mentor_meeting_editor_dispose;
  object_class->finalize = mentor_meeting_editor_finalize;
  object_class->get_property = mentor_meeting_editor_get_property;
  object_class->set_property = mentor_meeting_editor_set_property;

  window_class->close_request = mentor_meeting_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         MENTOR_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (MENTOR_TYPE_DATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, when_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, status_box);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, series_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, when_group);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, zone_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, mode_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, summary_view);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, goals_list);
  gtk_widget_class_bind_template_child (widget_class, MentorMeetingEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-action-item", NULL, add_item_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
mentor_meeting_editor_init (MentorMeetingEditor *self)
{
  g_autoptr(GListModel) modes = mentor_mode_model_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->removed_items = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_combo_row_set_model (self->mode_row, modes);
  for (guint i = 0; i < MENTOR_N_MEETING_STATUSES; i++)
    gtk_string_list_append (statuses, mentor_meeting_status_to_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  self->zone_button = mentor_zone_button_new (GTK_EDITABLE (self->zone_row));
  adw_entry_row_add_suffix (self->zone_row, self->zone_button);
}

/* ---- Public API ------------------------------------------------------------- */

GtkWidget *
mentor_meeting_editor_new (MentorStore   *store,
                           MentorMeeting *meeting)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  return g_object_new (MENTOR_TYPE_MEETING_EDITOR,
                       "store", store,
                       "meeting", meeting,
                       NULL);
}

void
mentor_meeting_editor_present (GtkWidget     *parent,
                               MentorStore   *store,
                               MentorMeeting *meeting)
{
  MentorMeetingEditor *self;
  GtkRoot *root = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (MENTOR_IS_STORE (store));
  g_return_if_fail (MENTOR_IS_MEETING (meeting));

  self = MENTOR_MEETING_EDITOR (mentor_meeting_editor_new (store, meeting));

  /* Toasts after closing go to the nearest widget that shows them. */
  for (GtkWidget *w = parent; w != NULL; w = gtk_widget_get_parent (w))
    if (g_signal_lookup ("add-toast", G_OBJECT_TYPE (w)) != 0)
      {
        g_set_weak_pointer (&self->toast_target, w);
        break;
      }

  if (parent != NULL)
    root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (self));
}
