/* mentor-mentorship-dialogs.c — the questions the Mentorships page asks */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-mentorship-dialogs.h"

/* GTK 4.8 names a button made with a mnemonic twice over ("End Mentorship End
 * Mentorship"), so a screen reader would say it twice. Name such buttons once,
 * by the text they show. */
void
mentor_dialog_name_mnemonic_buttons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child)) &&
          GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))))
        {
          GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child)));

          gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (label),
                                          -1);
        }

      mentor_dialog_name_mnemonic_buttons (child);
    }
}

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = dup_trimmed (entry);

  adw_message_dialog_set_response_enabled (dialog, "end", *reason != '\0');
}

static void
reason_activate_cb (GtkEntry         *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *reason = dup_trimmed (GTK_EDITABLE (entry));

  if (*reason == '\0')
    return;

  /* adw_message_dialog_response() answers but leaves the dialog open. */
  adw_message_dialog_response (dialog, "end");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
focus_extra_child_cb (AdwMessageDialog *dialog)
{
  GtkWidget *child = adw_message_dialog_get_extra_child (dialog);

  if (child != NULL)
    gtk_widget_grab_focus (child);
}

AdwMessageDialog *
mentor_mentorship_end_dialog_new (GtkWindow  *parent,
                                  const char *title)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("End This Mentorship Early?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* TRANSLATORS: %s is "<Mentor> → <Mentee>" */
                                  _("%s will stop here, before its planned end. Say why, so the record keeps the reason."),
                                  title);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "end", _("_End Mentorship"),
                                    NULL);
  mentor_dialog_name_mnemonic_buttons (GTK_WIDGET (dialog));
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "end", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (reason_activate_cb), dialog, 0);
  /* The reason is what the dialog is for: type it right away. */
  g_signal_connect (dialog, "map", G_CALLBACK (focus_extra_child_cb), NULL);

  return dialog;
}

char *
mentor_mentorship_end_dialog_dup_reason (AdwMessageDialog *dialog)
{
  GtkWidget *entry;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), NULL);

  entry = adw_message_dialog_get_extra_child (dialog);
  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  return dup_trimmed (GTK_EDITABLE (entry));
}

AdwMessageDialog *
mentor_mentorship_unsaved_dialog_new (GtkWindow  *parent,
                                      const char *title)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Save Changes?"), NULL));

  if (title != NULL)
    adw_message_dialog_format_body (dialog,
                                    /* TRANSLATORS: %s is "<Mentor> → <Mentee>" */
                                    _("The changes to %s are not saved yet. Unsaved changes are lost."),
                                    title);
  else
    adw_message_dialog_set_body (dialog, _("The new mentorship is not created yet. Unsaved changes are lost."));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", title != NULL ? _("_Save") : _("_Create"),
                                    NULL);
  mentor_dialog_name_mnemonic_buttons (GTK_WIDGET (dialog));
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}
