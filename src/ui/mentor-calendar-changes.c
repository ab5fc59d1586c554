/* mentor-calendar-changes.c — one-click changes to meetings, with Undo
 *
 * The undo data outlives whoever asked for the change when the toast does:
 * it holds the store, and the widget to report to only weakly.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-calendar-changes.h"
#include "mentor-calendar-text.h"

static void
report_error (GtkWidget  *reporter,
              const char *message)
{
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (reporter == NULL)
    return;

  /* AdwToast 1.2 reads its title as markup. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  g_signal_emit_by_name (reporter, "add-toast", toast);
}

static AdwToast *
undo_toast_new (const char     *title,
                GCallback       undo_cb,
                gpointer        undo,
                GClosureNotify  undo_free)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo_cb, undo, undo_free, 0);

  return toast;
}

/* ---- Changing a status ------------------------------------------------------ */

typedef struct
{
  MentorStore         *store;
  GtkWidget           *reporter;  /* weak */
  gint64               id;
  MentorMeetingStatus  previous;
  /* A computed occurrence that the click stored, as stored then: Undo makes
   * it computed again unless it has been given more since. */
  MentorMeeting       *stored;
} StatusUndo;

static void
status_undo_free (gpointer  data,
                  GClosure *closure)
{
  StatusUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_weak_pointer (&undo->reporter);
  g_clear_object (&undo->stored);
  g_free (undo);
}

/* TRUE when the stored occurrence holds nothing that its series would not
 * give it again: same time and words, no action items, no goals. */
static gboolean
only_status_stored (MentorStore   *store,
                    MentorMeeting *then,
                    MentorMeeting *now)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GArray) goals = NULL;

  if (g_strcmp0 (mentor_meeting_get_starts_at (then), mentor_meeting_get_starts_at (now)) != 0 ||
      g_strcmp0 (mentor_meeting_get_tzid (then), mentor_meeting_get_tzid (now)) != 0 ||
      mentor_meeting_get_duration_min (then) != mentor_meeting_get_duration_min (now) ||
      mentor_meeting_get_mode (then) != mentor_meeting_get_mode (now) ||
      g_strcmp0 (mentor_meeting_get_location (then), mentor_meeting_get_location (now)) != 0 ||
      g_strcmp0 (mentor_meeting_get_agenda (then), mentor_meeting_get_agenda (now)) != 0 ||
      g_strcmp0 (mentor_meeting_get_summary (then), mentor_meeting_get_summary (now)) != 0 ||
      g_strcmp0 (mentor_meeting_get_private_notes (then), mentor_meeting_get_private_notes (now)) != 0)
    return FALSE;

  items = mentor_store_list_action_items (store, mentor_meeting_get_id (now));
  if (items != NULL && g_list_model_get_n_items (items) > 0)
    return FALSE;

  goals = mentor_store_list_meeting_goals (store, mentor_meeting_get_id (now));
  return goals == NULL || goals->len == 0;
}

static void
undo_status_cb (AdwToast   *toast,
                StatusUndo *undo)
{
  g_autoptr(MentorMeeting) now = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  now = mentor_store_get_meeting (undo->store, undo->id, &error);
  if (now == NULL)
    ok = FALSE;
  else if (undo->stored != NULL && only_status_stored (undo->store, undo->stored, now))
    ok = mentor_store_delete_meeting (undo->store, undo->id, &error);
  else
    ok = mentor_store_set_meeting_status (undo->store, now, undo->previous, &error);

  if (!ok)
    report_error (undo->reporter, error->message);
}

AdwToast *
mentor_calendar_change_status (MentorStore         *store,
                               MentorMeeting       *meeting,
                               MentorMeetingStatus  status,
                               GtkWidget           *reporter,
                               GError             **error)
{
  g_autofree char *title = NULL;
  MentorMeetingStatus previous;
  gboolean was_computed;
  StatusUndo *undo;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (status < MENTOR_N_MEETING_STATUSES, NULL);
  g_return_val_if_fail (reporter == NULL || GTK_IS_WIDGET (reporter), NULL);

  previous = mentor_meeting_get_status (meeting);
  was_computed = mentor_meeting_is_computed (meeting);

  if (!mentor_store_set_meeting_status (store, meeting, status, error))
    return NULL;

  undo = g_new0 (StatusUndo, 1);
  undo->store = g_object_ref (store);
  g_set_weak_pointer (&undo->reporter, reporter);
  undo->id = mentor_meeting_get_id (meeting);
  undo->previous = previous;
  if (was_computed)
    undo->stored = mentor_store_get_meeting (store, undo->id, NULL);

  title = mentor_calendar_status_toast_text (meeting, status, NULL);
  return undo_toast_new (title, G_CALLBACK (undo_status_cb), undo, status_undo_free);
}

/* ---- Deleting an occurrence --------------------------------------------------- */

typedef struct
{
  MentorStore        *store;
  GtkWidget          *reporter;      /* weak */
  gint64              mentorship_id;
  gint64              series_id;
  char               *exdates;       /* the series' exdates before */
  MentorMeeting      *stored;        /* the stored occurrence deleted, or NULL */
  GPtrArray          *action_items;  /* its MentorActionItem */
  GArray             *goal_ids;      /* its goals */
} OccurrenceUndo;

static void
occurrence_undo_free (gpointer  data,
                      GClosure *closure)
{
  OccurrenceUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_weak_pointer (&undo->reporter);
  g_clear_pointer (&undo->exdates, g_free);
  g_clear_object (&undo->stored);
  g_clear_pointer (&undo->action_items, g_ptr_array_unref);
  g_clear_pointer (&undo->goal_ids, g_array_unref);
  g_free (undo);
}

static MentorCheckinSeries *
find_series (MentorStore *store,
             gint64       mentorship_id,
             gint64       series_id)
{
  g_autoptr(GListModel) all = mentor_store_list_series (store, mentorship_id);
  guint n = all != NULL ? g_list_model_get_n_items (all) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorCheckinSeries) series = g_list_model_get_item (all, i);

      if (mentor_checkin_series_get_id (series) == series_id)
        return g_steal_pointer (&series);
    }

  return NULL;
}

/* Everything of a stored meeting but its id, to store it again. */
static MentorMeeting *
copy_meeting (MentorMeeting *meeting)
{
  MentorMeeting *copy = mentor_meeting_new ();

  mentor_meeting_set_mentorship_id (copy, mentor_meeting_get_mentorship_id (meeting));
  mentor_meeting_set_series_id (copy, mentor_meeting_get_series_id (meeting));
  mentor_meeting_set_uid (copy, mentor_meeting_get_uid (meeting));
  mentor_meeting_set_recurrence_id (copy, mentor_meeting_get_recurrence_id (meeting));
  mentor_meeting_set_starts_at (copy, mentor_meeting_get_starts_at (meeting));
  mentor_meeting_set_tzid (copy, mentor_meeting_get_tzid (meeting));
  mentor_meeting_set_duration_min (copy, mentor_meeting_get_duration_min (meeting));
  mentor_meeting_set_status (copy, mentor_meeting_get_status (meeting));
  mentor_meeting_set_mode (copy, mentor_meeting_get_mode (meeting));
  mentor_meeting_set_location (copy, mentor_meeting_get_location (meeting));
  mentor_meeting_set_agenda (copy, mentor_meeting_get_agenda (meeting));
  mentor_meeting_set_summary (copy, mentor_meeting_get_summary (meeting));
  mentor_meeting_set_private_notes (copy, mentor_meeting_get_private_notes (meeting));

  return copy;
}

static gboolean
restore_occurrence (MentorStore  *store,
                    gpointer      user_data,
                    GError      **error)
{
  OccurrenceUndo *undo = user_data;
  g_autoptr(MentorCheckinSeries) series = find_series (store, undo->mentorship_id, undo->series_id);
  g_autoptr(MentorMeeting) meeting = NULL;

  if (series == NULL)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                           _("The check-ins this occurrence belonged to no longer exist."));
      return FALSE;
    }

  /* The series as it is now, with only the exception taken back out. */
  mentor_checkin_series_set_exdates (series, undo->exdates);
  if (!mentor_store_save_series (store, series, error))
    return FALSE;

  if (undo->stored == NULL)
    return TRUE;

  meeting = copy_meeting (undo->stored);
  if (!mentor_store_save_meeting (store, meeting, error))
    return FALSE;

  for (guint i = 0; undo->action_items != NULL && i < undo->action_items->len; i++)
    {
      MentorActionItem *was = g_ptr_array_index (undo->action_items, i);
      g_autoptr(MentorActionItem) item = mentor_action_item_new ();

      mentor_action_item_set_meeting_id (item, mentor_meeting_get_id (meeting));
      mentor_action_item_set_text (item, mentor_action_item_get_text (was));
      mentor_action_item_set_owner (item, mentor_action_item_get_owner (was));
      mentor_action_item_set_due_on (item, mentor_action_item_get_due_on (was));
      mentor_action_item_set_done_on (item, mentor_action_item_get_done_on (was));
      if (!mentor_store_save_action_item (store, item, error))
        return FALSE;
    }

  if (undo->goal_ids != NULL && undo->goal_ids->len > 0 &&
      !mentor_store_set_meeting_goals (store, mentor_meeting_get_id (meeting),
                                       (const gint64 *) undo->goal_ids->data, undo->goal_ids->len,
                                       error))
    return FALSE;

  return TRUE;
}

static void
undo_occurrence_cb (AdwToast       *toast,
                    OccurrenceUndo *undo)
{
  g_autoptr(GError) error = NULL;

  /* One transaction: the exception and the stored occurrence come back together. */
  if (!mentor_store_batch (undo->store, restore_occurrence, undo, &error))
    report_error (undo->reporter, error->message);
}

AdwToast *
mentor_calendar_delete_occurrence (MentorStore    *store,
                                   MentorMeeting  *meeting,
                                   GtkWidget      *reporter,
                                   GError        **error)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autofree char *title = NULL;
  OccurrenceUndo *undo;
  const char *recurrence_id;
  gint64 id;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (mentor_meeting_get_series_id (meeting) != 0, NULL);
  g_return_val_if_fail (reporter == NULL || GTK_IS_WIDGET (reporter), NULL);

  id = mentor_meeting_get_id (meeting);
  recurrence_id = mentor_meeting_get_recurrence_id (meeting);
  if (recurrence_id == NULL)
    recurrence_id = mentor_meeting_get_starts_at (meeting);

  series = find_series (store, mentor_meeting_get_mentorship_id (meeting),
                        mentor_meeting_get_series_id (meeting));

  undo = g_new0 (OccurrenceUndo, 1);
  undo->store = g_object_ref (store);
  g_set_weak_pointer (&undo->reporter, reporter);
  undo->mentorship_id = mentor_meeting_get_mentorship_id (meeting);
  undo->series_id = mentor_meeting_get_series_id (meeting);
  undo->exdates = g_strdup (series != NULL ? mentor_checkin_series_get_exdates (series) : "");

  /* What a stored occurrence held goes with it; keep it to put it back. */
  if (id != 0)
    {
      g_autoptr(GListModel) items = mentor_store_list_action_items (store, id);
      guint n = items != NULL ? g_list_model_get_n_items (items) : 0;

      undo->stored = mentor_store_get_meeting (store, id, NULL);
      undo->action_items = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (undo->action_items, g_list_model_get_item (items, i));
      undo->goal_ids = mentor_store_list_meeting_goals (store, id);
    }

  if (!mentor_store_delete_occurrence (store, undo->series_id, recurrence_id, error))
    {
      occurrence_undo_free (undo, NULL);
      return NULL;
    }

  title = mentor_calendar_deleted_toast_text (meeting, NULL);
  return undo_toast_new (title, G_CALLBACK (undo_occurrence_cb), undo, occurrence_undo_free);
}
