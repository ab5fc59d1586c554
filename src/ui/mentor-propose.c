/* mentor-propose.c — proposing a suggested match, with Undo on its toast */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-matching-text.h"
#include "mentor-propose.h"

/* Undo outlives the page that proposed if the toast does. */
typedef struct
{
  MentorStore *store;
  GtkWidget   *reporter; /* weak */
  gint64       mentorship_id;
} ProposeUndo;

static void
propose_undo_free (gpointer  data,
                   GClosure *closure)
{
  ProposeUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_weak_pointer (&undo->reporter);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast    *toast,
                 ProposeUndo *undo)
{
  g_autoptr(MentorUndo) deleted = NULL;
  g_autoptr(GError) error = NULL;

  if (undo->mentorship_id == 0)
    return;

  /* What the delete hands back would bring the proposal back again; nobody
   * asks for that, so it is dropped. */
  deleted = mentor_store_delete_mentorship (undo->store, undo->mentorship_id, &error);
  if (deleted == NULL)
    {
      if (undo->reporter != NULL)
        {
          /* AdwToast 1.2 reads its title as markup. */
          g_autofree char *escaped = g_markup_escape_text (error->message, -1);
          g_autoptr(AdwToast) error_toast = adw_toast_new (escaped);

          adw_toast_set_timeout (error_toast, 8);
          g_signal_emit_by_name (undo->reporter, "add-toast", error_toast);
        }
      return;
    }

  undo->mentorship_id = 0;
}

AdwToast *
mentor_propose_match (MentorStore  *store,
                      gint64        mentor_id,
                      const char   *mentor_name,
                      gint64        mentee_id,
                      const char   *mentee_name,
                      GtkWidget    *reporter,
                      GError      **error)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  ProposeUndo *undo;
  gint64 id;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (mentor_name != NULL, NULL);
  g_return_val_if_fail (mentee_name != NULL, NULL);
  g_return_val_if_fail (reporter == NULL || GTK_IS_WIDGET (reporter), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = mentor_matching_propose (store, mentor_id, mentee_id, error);
  if (id == 0)
    return NULL;

  text = mentor_matching_dup_proposed_text (mentor_name, mentee_name);
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (ProposeUndo, 1);
  undo->store = g_object_ref (store);
  g_set_weak_pointer (&undo->reporter, reporter);
  undo->mentorship_id = id;
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (undo_clicked_cb), undo,
                         propose_undo_free, 0);

  return toast;
}
