/* mentor-meeting-delete.c — deleting a meeting or one check-in of a series, with Undo
 *
 * What a delete removes is kept with its toast: the stored meeting, its action
 * items and goals, and for an occurrence the exception added to its series.
 * Undo takes the exception out again and stores the rest anew, in one
 * transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-core.h"
#include "mentor-meeting-delete.h"

typedef struct
{
  MentorStore   *store;
  MentorMeeting *meeting;      /* the stored meeting as it was, or NULL */
  GPtrArray     *items;        /* MentorActionItem copies */
  GArray        *goals;
  gint64         series_id;    /* for an occurrence */
  char          *exdate;       /* the local start added to the series' exdates */
  GtkWidget     *toast_target; /* weak: where to say that Undo failed */
} DeleteUndo;

static MentorActionItem *
item_copy (MentorActionItem *item)
{
  MentorActionItem *copy = mentor_action_item_new ();

  mentor_action_item_set_text (copy, mentor_action_item_get_text (item));
  mentor_action_item_set_owner (copy, mentor_action_item_get_owner (item));
  mentor_action_item_set_due_on (copy, mentor_action_item_get_due_on (item));
  mentor_action_item_set_done_on (copy, mentor_action_item_get_done_on (item));

  return copy;
}

static void
delete_undo_free (gpointer  data,
                  GClosure *closure)
{
  DeleteUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->meeting);
  g_clear_pointer (&undo->items, g_ptr_array_unref);
  g_clear_pointer (&undo->goals, g_array_unref);
  g_free (undo->exdate);
  g_clear_weak_pointer (&undo->toast_target);
  g_free (undo);
}

/* The series without the exception undo->exdate. */
static gboolean
restore_occurrence (MentorStore  *store,
                    DeleteUndo   *undo,
                    GError      **error)
{
  g_autoptr(GListModel) all = mentor_store_list_series (store, 0);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MentorCheckinSeries) series = g_list_model_get_item (all, i);
      const char *exdates = mentor_checkin_series_get_exdates (series);
      g_auto(GStrv) dates = NULL;
      g_autoptr(GStrvBuilder) kept = NULL;
      g_auto(GStrv) left = NULL;
      g_autofree char *joined = NULL;

      if (mentor_checkin_series_get_id (series) != undo->series_id)
        continue;

      dates = g_strsplit (exdates != NULL ? exdates : "", ",", -1);
      kept = g_strv_builder_new ();
      for (guint j = 0; dates[j] != NULL; j++)
        if (*dates[j] != '\0' && !g_str_equal (dates[j], undo->exdate))
          g_strv_builder_add (kept, dates[j]);
      left = g_strv_builder_end (kept);
      joined = g_strjoinv (",", left);
      mentor_checkin_series_set_exdates (series, joined);

      return mentor_store_save_series (store, series, error);
    }

  g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                       _("The check-ins this one belonged to are no longer in the data file."));
  return FALSE;
}

static gboolean
undo_in_batch (MentorStore  *store,
               gpointer      user_data,
               GError      **error)
{
  DeleteUndo *undo = user_data;
  g_autoptr(MentorMeeting) again = NULL;
  gint64 id;

  if (undo->exdate != NULL && !restore_occurrence (store, undo, error))
    return FALSE;

  if (undo->meeting == NULL)
    return TRUE;

  again = mentor_meeting_record_copy (undo->meeting);
  if (!mentor_store_save_meeting (store, again, error))
    return FALSE;

  id = mentor_meeting_get_id (again);
  for (guint i = 0; i < undo->items->len; i++)
    {
      g_autoptr(MentorActionItem) item = item_copy (g_ptr_array_index (undo->items, i));

      mentor_action_item_set_meeting_id (item, id);
      if (!mentor_store_save_action_item (store, item, error))
        return FALSE;
    }

  return undo->goals->len == 0 ||
         mentor_store_set_meeting_goals (store, id, (const gint64 *) (gpointer) undo->goals->data,
                                         undo->goals->len, error);
}

static void
undo_clicked_cb (AdwToast   *toast,
                 DeleteUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->store == NULL)
    return;

  if (!mentor_store_batch (undo->store, undo_in_batch, undo, &error) &&
      undo->toast_target != NULL)
    {
      /* AdwToast 1.2 reads its title as markup. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      g_autoptr(AdwToast) failed = adw_toast_new (escaped);

      g_signal_emit_by_name (undo->toast_target, "add-toast", failed);
    }

  /* Once only. */
  g_clear_object (&undo->store);
}

MentorMeeting *
mentor_meeting_record_copy (MentorMeeting *meeting)
{
  MentorMeeting *copy;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  copy = mentor_meeting_new ();
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
  mentor_meeting_set_mentorship_title (copy, mentor_meeting_get_mentorship_title (meeting));

  return copy;
}

AdwToast *
mentor_meeting_delete_with_undo (MentorStore    *store,
                                 MentorMeeting  *meeting,
                                 const char     *series_tzid,
                                 GtkWidget      *toast_target,
                                 GError        **error)
{
  DeleteUndo *undo;
  AdwToast *toast;
  gint64 id;
  gboolean occurrence;
  gboolean ok;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (toast_target == NULL || GTK_IS_WIDGET (toast_target), NULL);

  id = mentor_meeting_get_id (meeting);
  occurrence = mentor_meeting_get_series_id (meeting) != 0 &&
               mentor_meeting_get_recurrence_id (meeting) != NULL;

  undo = g_new0 (DeleteUndo, 1);
  undo->store = g_object_ref (store);
  undo->items = g_ptr_array_new_with_free_func (g_object_unref);
  undo->goals = id != 0 ? mentor_store_list_meeting_goals (store, id)
                        : g_array_new (FALSE, FALSE, sizeof (gint64));
  g_set_weak_pointer (&undo->toast_target, toast_target);

  if (id != 0)
    {
      g_autoptr(MentorMeeting) stored = mentor_store_get_meeting (store, id, NULL);
      g_autoptr(GListModel) items = mentor_store_list_action_items (store, id);

      undo->meeting = mentor_meeting_record_copy (stored != NULL ? stored : meeting);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(MentorActionItem) item = g_list_model_get_item (items, i);

          g_ptr_array_add (undo->items, item_copy (item));
        }
    }

  if (occurrence)
    {
      undo->series_id = mentor_meeting_get_series_id (meeting);
      undo->exdate = mentor_instant_to_local (mentor_meeting_get_recurrence_id (meeting),
                                              series_tzid != NULL ? series_tzid : mentor_meeting_get_tzid (meeting));
      ok = mentor_store_delete_occurrence (store, undo->series_id,
                                          mentor_meeting_get_recurrence_id (meeting), error);
    }
  else
    ok = mentor_store_delete_meeting (store, id, error);

  if (!ok)
    {
      delete_undo_free (undo, NULL);
      return NULL;
    }

  toast = adw_toast_new (occurrence ? _("Check-in deleted") : _("Meeting deleted"));
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         delete_undo_free, 0);

  return toast;
}
