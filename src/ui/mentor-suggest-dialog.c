/* mentor-suggest-dialog.c — "Suggest a Mentor" for one person */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-match-card.h"
#include "mentor-suggest-dialog.h"
#include "mentor-propose.h"

struct _MentorSuggestDialog
{
  AdwWindow        parent_instance;

  MentorStore     *store;
  MentorMatching  *matching;
  gint64           mentee_id;

  /* template */
  AdwWindowTitle  *window_title;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  MentorMatchCard *card;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_MENTEE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorSuggestDialog, mentor_suggest_dialog, ADW_TYPE_WINDOW)

static void
show_error (MentorSuggestDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  MentorSuggestDialog *self = MENTOR_SUGGEST_DIALOG (widget);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  MentorPerson *mentor;
  MentorPerson *mentee;
  gint64 mentor_id;
  gint64 mentee_id;

  if (self->matching == NULL)
    return;

  g_variant_get (param, "(xx)", &mentor_id, &mentee_id);
  mentor = mentor_matching_get_person (self->matching, mentor_id);
  mentee = mentor_matching_get_person (self->matching, mentee_id);
  if (mentor == NULL || mentee == NULL)
    return;

  /* The toast's Undo reports to the window's own page, not to this window,
   * which is gone by then. */
  toast = mentor_propose_match (self->store, mentor_id, mentor_person_get_name (mentor),
                                mentee_id, mentor_person_get_name (mentee),
                                NULL, &error);
  if (toast == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mentor_suggest_dialog_constructed (GObject *object)
{
  MentorSuggestDialog *self = MENTOR_SUGGEST_DIALOG (object);
  g_autoptr(GError) error = NULL;
  MentorPerson *mentee;

  G_OBJECT_CLASS (mentor_suggest_dialog_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));

  self->matching = mentor_matching_new (self->store, &error);
  if (self->matching == NULL)
    {
      show_error (self, error->message);
      return;
    }

  mentee = mentor_matching_get_person (self->matching, self->mentee_id);
  if (mentee != NULL)
    {
      g_autofree char *title = NULL;

      /* TRANSLATORS: the title of the window of suggestions for one person */
      title = g_strdup_printf (_("Mentors for %s"), mentor_person_get_name (mentee));
      gtk_window_set_title (GTK_WINDOW (self), title);
      adw_window_title_set_subtitle (self->window_title, mentor_person_get_name (mentee));
    }

  mentor_match_card_set_show_name (self->card, FALSE);
  mentor_match_card_show (self->card, self->matching, self->mentee_id,
                          MENTOR_SUGGEST_DIALOG_SUGGESTIONS);
}

static void
mentor_suggest_dialog_dispose (GObject *object)
{
  MentorSuggestDialog *self = MENTOR_SUGGEST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_SUGGEST_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->matching);

  G_OBJECT_CLASS (mentor_suggest_dialog_parent_class)->dispose (object);
}

static void
mentor_suggest_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorSuggestDialog *self = MENTOR_SUGGEST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MENTEE_ID:
      g_value_set_int64 (value, self->mentee_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_suggest_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorSuggestDialog *self = MENTOR_SUGGEST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_MENTEE_ID:
      self->mentee_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_suggest_dialog_class_init (MentorSuggestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_suggest_dialog_constructed;
  object_class->dispose = mentor_suggest_dialog_dispose;
  object_class->get_property = mentor_suggest_dialog_get_property;
  object_class->set_property = mentor_suggest_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MENTOR_TYPE_MATCH_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-suggest-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorSuggestDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorSuggestDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorSuggestDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorSuggestDialog, card);

  gtk_widget_class_install_action (widget_class, "matching.propose", "(xx)", propose_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mentor_suggest_dialog_init (MentorSuggestDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
mentor_suggest_dialog_new (MentorStore *store,
                           gint64       mentee_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_SUGGEST_DIALOG,
                       "store", store,
                       "mentee-id", mentee_id,
                       NULL);
}
