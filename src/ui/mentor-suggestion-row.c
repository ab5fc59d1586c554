/* mentor-suggestion-row.c — one suggested mentor for one mentee, with Propose
 *
 * Laid out as an AdwActionRow would be, but built by hand: the reasons wrap
 * over several lines and the flags need icons beside their words.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-matching-text.h"
#include "mentor-suggestion-row.h"

struct _MentorSuggestionRow
{
  GtkListBoxRow  parent_instance;

  MentorMatch   *match;
  char          *mentee_name;
};

enum {
  PROP_0,
  PROP_MATCH,
  PROP_MENTEE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorSuggestionRow, mentor_suggestion_row, GTK_TYPE_LIST_BOX_ROW)

static GtkWidget *
wrapping_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Long words (a skill with no spaces) wrap instead of widening the window. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);

  return label;
}

/* A word with its icon before it; the icon is hidden from screen readers,
 * the word beside it says the same. */
static GtkWidget *
badge_new (const MentorMatchBadge *badge)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (badge->icon_name);
  GtkWidget *label = gtk_label_new (badge->word);

  gtk_widget_add_css_class (box, "mentor-match-badge");
  gtk_widget_add_css_class (box, "caption-heading");
  gtk_widget_add_css_class (box, badge->style_class);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
build (MentorSuggestionRow *self)
{
  MentorPerson *mentor = mentor_match_get_mentor (self->match);
  const char *mentor_name = mentor_person_get_name (mentor);
  const char *explanation = mentor_match_get_explanation (self->match);
  const char *conflict = mentor_match_get_conflict (self->match);
  MentorMatchBadge badges[MENTOR_MATCH_MAX_BADGES];
  g_autofree char *propose_name = NULL;
  g_autofree char *a11y_name = NULL;
  GtkWidget *box;
  GtkWidget *avatar;
  GtkWidget *text;
  GtkWidget *name;
  GtkWidget *button;
  guint n_badges;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "mentor-suggestion");

  avatar = adw_avatar_new (32, mentor_name, TRUE);
  gtk_widget_set_valign (avatar, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), avatar);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);

  name = wrapping_label_new (mentor_name);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (text), name);

  if (explanation != NULL && *explanation != '\0')
    {
      GtkWidget *reasons = wrapping_label_new (explanation);

      gtk_widget_add_css_class (reasons, "dim-label");
      gtk_box_append (GTK_BOX (text), reasons);
    }

  /* A conflict gets its whole sentence ("… is Ben Okafor's manager's
   * manager"): that is what the coordinator has to weigh. */
  if (conflict != NULL && *conflict != '\0')
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *sentence = wrapping_label_new (conflict);

      gtk_widget_add_css_class (line, "error");
      gtk_widget_add_css_class (line, "mentor-match-conflict");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      /* On the first line of text; and never shorter than that line: GTK 4.8
       * measures a wrapping label one pixel shorter without a width than
       * with one, and a shorter icon beside it makes the box's sizes
       * disagree. */
      gtk_widget_set_margin_top (icon, 2);
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_widget_set_hexpand (sentence, TRUE);
      gtk_box_append (GTK_BOX (line), icon);
      gtk_box_append (GTK_BOX (line), sentence);
      gtk_box_append (GTK_BOX (text), line);
    }

  n_badges = mentor_match_badges (mentor_match_get_flags (self->match) & ~MENTOR_MATCH_CONFLICT,
                                  badges);
  if (n_badges > 0)
    {
      /* A flow box, so the badges wrap at 360 pixels wide. */
      GtkWidget *flow = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 4);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), MENTOR_MATCH_MAX_BADGES);
      gtk_widget_set_can_focus (flow, FALSE);
      gtk_widget_set_margin_top (flow, 2);

      for (guint i = 0; i < n_badges; i++)
        {
          GtkWidget *badge = badge_new (&badges[i]);

          gtk_widget_set_halign (badge, GTK_ALIGN_START);
          gtk_flow_box_append (GTK_FLOW_BOX (flow), badge);
          gtk_widget_set_can_focus (gtk_widget_get_parent (badge), FALSE);
          /* …and not offered to screen readers as a focus stop either. */
          gtk_widget_set_focusable (gtk_widget_get_parent (badge), FALSE);
        }
      gtk_box_append (GTK_BOX (text), flow);
    }

  propose_name = mentor_matching_dup_propose_name (mentor_name, self->mentee_name);
  button = gtk_button_new_with_label (_("Propose"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, propose_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, propose_name,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "matching.propose");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xx)",
                                    mentor_person_get_id (mentor),
                                    mentor_match_get_mentee_id (self->match));
  /* A conflict of interest does not forbid it, but it should not look like
   * the obvious choice either. */
  if (!mentor_match_has_conflict (self->match))
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  a11y_name = mentor_match_dup_a11y_name (self->match);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                  -1);
}

static void
mentor_suggestion_row_constructed (GObject *object)
{
  MentorSuggestionRow *self = MENTOR_SUGGESTION_ROW (object);

  G_OBJECT_CLASS (mentor_suggestion_row_parent_class)->constructed (object);

  g_assert (MENTOR_IS_MATCH (self->match));

  if (self->mentee_name == NULL)
    self->mentee_name = g_strdup ("");

  build (self);
}

static void
mentor_suggestion_row_dispose (GObject *object)
{
  MentorSuggestionRow *self = MENTOR_SUGGESTION_ROW (object);

  g_clear_object (&self->match);

  G_OBJECT_CLASS (mentor_suggestion_row_parent_class)->dispose (object);
}

static void
mentor_suggestion_row_finalize (GObject *object)
{
  MentorSuggestionRow *self = MENTOR_SUGGESTION_ROW (object);

  g_clear_pointer (&self->mentee_name, g_free);

  G_OBJECT_CLASS (mentor_suggestion_row_parent_class)->finalize (object);
}

static void
mentor_suggestion_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorSuggestionRow *self = MENTOR_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      g_value_set_object (value, self->match);
      break;

    case PROP_MENTEE_NAME:
      g_value_set_string (value, self->mentee_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_suggestion_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorSuggestionRow *self = MENTOR_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      g_set_object (&self->match, g_value_get_object (value));
      break;

    case PROP_MENTEE_NAME:
      g_free (self->mentee_name);
      self->mentee_name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_suggestion_row_class_init (MentorSuggestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mentor_suggestion_row_constructed;
  object_class->dispose = mentor_suggestion_row_dispose;
  object_class->finalize = mentor_suggestion_row_finalize;
  object_class->get_property = mentor_suggestion_row_get_property;
  object_class->set_property = mentor_suggestion_row_set_property;

  properties[PROP_MATCH] =
    g_param_spec_object ("match", NULL, NULL,
                         MENTOR_TYPE_MATCH,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MENTEE_NAME] =
    g_param_spec_string ("mentee-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_suggestion_row_init (MentorSuggestionRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
}

GtkWidget *
mentor_suggestion_row_new (MentorMatch *match,
                           const char  *mentee_name)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (match), NULL);

  return g_object_new (MENTOR_TYPE_SUGGESTION_ROW,
                       "match", match,
                       "mentee-name", mentee_name,
                       NULL);
}

MentorMatch *
mentor_suggestion_row_get_match (MentorSuggestionRow *self)
{
  g_return_val_if_fail (MENTOR_IS_SUGGESTION_ROW (self), NULL);

  return self->match;
}
