/* mentor-mentorship-dialogs.h — the questions the Mentorships page asks
 *
 * Both are AdwMessageDialogs, built here and presented by the caller, who
 * connects to "response".
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* "End This Mentorship Early?" with an entry named "Reason" as extra child and
 * the responses "cancel" and "end" ("End Mentorship", enabled once a reason is
 * typed; Enter in the entry answers it). title is "<Mentor> → <Mentee>". */
AdwMessageDialog *mentor_mentorship_end_dialog_new        (GtkWindow        *parent,
                                                           const char       *title);
/* The reason typed in such a dialog, trimmed. */
char             *mentor_mentorship_end_dialog_dup_reason (AdwMessageDialog *dialog);

/* "Save Changes?" about a form left with unsaved changes, with the responses
 * "cancel", "discard" and "save". title names the mentorship, or is NULL for
 * a new one. */
AdwMessageDialog *mentor_mentorship_unsaved_dialog_new    (GtkWindow        *parent,
                                                           const char       *title);

/* GTK 4.8 names a button made with a mnemonic twice over ("End Mentorship End
 * Mentorship"); this names every such button under widget once, by the text it
 * shows. Call it after adding the responses of an AdwMessageDialog. */
void              mentor_dialog_name_mnemonic_buttons    (GtkWidget        *widget);

G_END_DECLS
