/* mentor-overview-panel.c — the program at a glance, above the Mentorships list
 *
 * One call to mentor_store_get_overview() per change of the store fills every
 * count (mentor_store_get_overview_for() when the Mentorships page shares the
 * mentorships it listed, once per refresh of that list); the widgets for them
 * are made once and only relabelled, so a refresh never moves the keyboard
 * focus.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-mentorship-moves.h"
#include "mentor-mentorship-text.h"
#include "mentor-overview-panel.h"

/* The health counts, worst first, as the list sorts them. */
static const MentorHealthLevel shown_levels[] = {
  MENTOR_HEALTH_AT_RISK,
  MENTOR_HEALTH_NEEDS_ATTENTION,
  MENTOR_HEALTH_ON_TRACK,
};
#define N_SHOWN_LEVELS G_N_ELEMENTS (shown_levels)

struct _MentorOverviewPanel
{
  GtkWidget        parent_instance;

  MentorStore     *store;
  /* The mentorships the page lists, when it shares them (see
   * mentor_overview_panel_set_mentorships()); NULL: the panel lists them. */
  GListModel      *mentorships;
  int              health_filter;
  /* Set while buttons are pressed from code, so that it is not taken for a click. */
  guint            syncing;
  /* Counting waits for the main loop to be idle: after the first frame at
   * start-up (counting a large program's planned check-ins takes a while),
   * and once for a burst of changes. Until the first count, the numbers are
   * not shown rather than shown as zeros. */
  guint            refresh_source;
  gboolean         counted;

  GtkToggleButton *health_buttons[N_SHOWN_LEVELS];
  GtkLabel        *health_labels[N_SHOWN_LEVELS];
  GtkLabel        *status_labels[MENTOR_N_STATUSES];

  /* template */
  GtkWidget       *box;
  GtkToggleButton *expand_button;
  GtkLabel        *summary_label;
  GtkImage        *expand_icon;
  GtkRevealer     *revealer;
  GtkWidget       *health_box;
  GtkWidget       *status_box;
  GtkLabel        *meetings_label;
  GtkLabel        *goals_label;
  GtkLabel        *error_label;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_EXPANDED,
  PROP_HEALTH_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  HEALTH_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorOverviewPanel, mentor_overview_panel, GTK_TYPE_WIDGET)

#define LEVEL_KEY "mentor-health-level"

/* ---- Helpers ------------------------------------------------------------ */

static const char *
health_tooltip (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_AT_RISK:
      return _("Show only the mentorships at risk");
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return _("Show only the mentorships that need attention");
    case MENTOR_HEALTH_ON_TRACK:
      return _("Show only the mentorships on track");
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return NULL;
    }
}

static void
sync_buttons (MentorOverviewPanel *self)
{
  self->syncing++;
  for (guint i = 0; i < N_SHOWN_LEVELS; i++)
    gtk_toggle_button_set_active (self->health_buttons[i],
                                  (int) shown_levels[i] == self->health_filter);
  self->syncing--;
}

/* What the folded panel still says: the ones that need someone to act. */
static char *
dup_summary (const MentorOverview *overview)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint risk = overview->by_health[MENTOR_HEALTH_AT_RISK];
  guint attention = overview->by_health[MENTOR_HEALTH_NEEDS_ATTENTION];

  if (risk > 0)
    g_ptr_array_add (parts, mentor_overview_dup_count_text (risk, mentor_health_level_to_label (MENTOR_HEALTH_AT_RISK)));
  if (attention > 0)
    g_ptr_array_add (parts, mentor_overview_dup_count_text (attention, mentor_health_level_to_label (MENTOR_HEALTH_NEEDS_ATTENTION)));

  if (parts->len == 0)
    {
      if (overview->by_health[MENTOR_HEALTH_ON_TRACK] > 0)
        return g_strdup (_("All on track"));
      return g_strdup ("");
    }

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: between the counts of the folded overview, e.g. "1 At Risk · 2 Needs Attention" */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
update_expanded (MentorOverviewPanel *self)
{
  gboolean expanded = gtk_toggle_button_get_active (self->expand_button);

  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), !expanded);
  gtk_image_set_from_icon_name (self->expand_icon, expanded ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->expand_button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
health_toggled_cb (MentorOverviewPanel *self,
                   GtkToggleButton     *button)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), LEVEL_KEY));

  if (self->syncing > 0)
    return;

  /* The page answers by setting the filter, which presses the right button. */
  level = gtk_toggle_button_get_active (button) ? level : -1;
  sync_buttons (self);
  g_signal_emit (self, signals[HEALTH_ACTIVATED], 0, level);
}

static void
expand_toggled_cb (MentorOverviewPanel *self,
                   GtkToggleButton     *button)
{
  update_expanded (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  MentorOverviewPanel *self = data;

  self->refresh_source = 0;
  mentor_overview_panel_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (MentorOverviewPanel *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
store_changed_cb (MentorOverviewPanel *self,
                  guint                what,
                  MentorStore         *store)
{
  /* A shared list is refreshed by its owner, which says so (items-changed). */
  if (self->mentorships == NULL)
    queue_refresh (self);
}

static void
mentorships_changed_cb (MentorOverviewPanel *self,
                        guint                position,
                        guint                removed,
                        guint                added,
                        GListModel          *mentorships)
{
  queue_refresh (self);
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_overview_panel_dispose (GObject *object)
{
  MentorOverviewPanel *self = (MentorOverviewPanel *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->mentorships != NULL)
    g_signal_handlers_disconnect_by_data (self->mentorships, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_OVERVIEW_PANEL);

  g_clear_object (&self->store);
  g_clear_object (&self->mentorships);

  G_OBJECT_CLASS (mentor_overview_panel_parent_class)->dispose (object);
}

static void
mentor_overview_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorOverviewPanel *self = MENTOR_OVERVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, mentor_overview_panel_get_expanded (self));
      break;

    case PROP_HEALTH_FILTER:
      g_value_set_int (value, self->health_filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_overview_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorOverviewPanel *self = MENTOR_OVERVIEW_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_overview_panel_set_store (self, g_value_get_object (value));
      break;

    case PROP_EXPANDED:
      mentor_overview_panel_set_expanded (self, g_value_get_boolean (value));
      break;

    case PROP_HEALTH_FILTER:
      mentor_overview_panel_set_health_filter (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_overview_panel_class_init (MentorOverviewPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_overview_panel_dispose;
  object_class->get_property = mentor_overview_panel_get_property;
  object_class->set_property = mentor_overview_panel_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_HEALTH_FILTER] =
    g_param_spec_int ("health-filter", NULL, NULL,
                      -1, MENTOR_N_HEALTH_LEVELS - 1, -1,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[HEALTH_ACTIVATED] =
    g_signal_new ("health-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (MENTOR_TYPE_MENTORSHIP_MOVES);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-overview-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overviewpanel");
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, box);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, expand_button);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, expand_icon);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, health_box);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, status_box);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, meetings_label);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, goals_label);
  gtk_widget_class_bind_template_child (widget_class, MentorOverviewPanel, error_label);
}

static void
mentor_overview_panel_init (MentorOverviewPanel *self)
{
  self->health_filter = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_SHOWN_LEVELS; i++)
    {
      MentorHealthLevel level = shown_levels[i];
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *icon = gtk_image_new_from_icon_name (mentor_health_level_to_icon_name (level));
      GtkWidget *label = gtk_label_new (NULL);

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_box_append (GTK_BOX (content), icon);
      gtk_box_append (GTK_BOX (content), label);
      /* The word with its icon, tinted as in the list; never the tint alone. */
      gtk_widget_add_css_class (content, mentor_health_level_class (level));
      gtk_button_set_child (GTK_BUTTON (button), content);

      gtk_widget_set_tooltip_text (button, health_tooltip (level));
      gtk_widget_add_css_class (button, "mentor-count");
      g_object_set_data (G_OBJECT (button), LEVEL_KEY, GINT_TO_POINTER (level));
      g_signal_connect_object (button, "toggled", G_CALLBACK (health_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_set_parent (button, self->health_box);

      self->health_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->health_labels[i] = GTK_LABEL (label);
    }

  for (MentorStatus status = 0; status < MENTOR_N_STATUSES; status++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "mentor-status-count");
      gtk_widget_set_parent (label, self->status_box);
      self->status_labels[status] = GTK_LABEL (label);
    }

  gtk_toggle_button_set_active (self->expand_button, TRUE);
  g_signal_connect_object (self->expand_button, "toggled", G_CALLBACK (expand_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  update_expanded (self);
  gtk_widget_set_opacity (gtk_revealer_get_child (self->revealer), 0);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_overview_panel_new (void)
{
  return g_object_new (MENTOR_TYPE_OVERVIEW_PANEL, NULL);
}

MentorStore *
mentor_overview_panel_get_store (MentorOverviewPanel *self)
{
  g_return_val_if_fail (MENTOR_IS_OVERVIEW_PANEL (self), NULL);

  return self->store;
}

void
mentor_overview_panel_set_store (MentorOverviewPanel *self,
                                 MentorStore         *store)
{
  g_return_if_fail (MENTOR_IS_OVERVIEW_PANEL (self));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
mentor_overview_panel_get_expanded (MentorOverviewPanel *self)
{
  g_return_val_if_fail (MENTOR_IS_OVERVIEW_PANEL (self), FALSE);

  return gtk_toggle_button_get_active (self->expand_button);
}

void
mentor_overview_panel_set_expanded (MentorOverviewPanel *self,
                                    gboolean             expanded)
{
  g_return_if_fail (MENTOR_IS_OVERVIEW_PANEL (self));

  /* The button's "toggled" notifies. */
  gtk_toggle_button_set_active (self->expand_button, !!expanded);
}

int
mentor_overview_panel_get_health_filter (MentorOverviewPanel *self)
{
  g_return_val_if_fail (MENTOR_IS_OVERVIEW_PANEL (self), -1);

  return self->health_filter;
}

void
mentor_overview_panel_set_health_filter (MentorOverviewPanel *self,
                                         int                  level)
{
  g_return_if_fail (MENTOR_IS_OVERVIEW_PANEL (self));
  g_return_if_fail (level >= -1 && level < MENTOR_N_HEALTH_LEVELS);

  if (self->health_filter == level)
    return;

  self->health_filter = level;
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH_FILTER]);
}

void
mentor_overview_panel_refresh (MentorOverviewPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *summary = NULL;
  MentorOverview overview = { 0 };

  g_return_if_fail (MENTOR_IS_OVERVIEW_PANEL (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL && !self->counted)
    {
      self->counted = TRUE;
      gtk_widget_set_opacity (gtk_revealer_get_child (self->revealer), 1);
    }

  if (self->store != NULL &&
      !(self->mentorships != NULL
        ? mentor_store_get_overview_for (self->store, NULL, self->mentorships, &overview, &error)
        : mentor_store_get_overview (self->store, NULL, &overview, &error)))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      memset (&overview, 0, sizeof overview);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
    }

  for (guint i = 0; i < N_SHOWN_LEVELS; i++)
    {
      MentorHealthLevel level = shown_levels[i];
      g_autofree char *text = mentor_overview_dup_count_text (overview.by_health[level],
                                                               mentor_health_level_to_label (level));

      gtk_label_set_label (self->health_labels[i], text);
      /* GTK 4.8 does not name a button after a label inside a box. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->health_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }

  for (MentorStatus status = 0; status < MENTOR_N_STATUSES; status++)
    {
      g_autofree char *text = mentor_overview_dup_count_text (overview.by_status[status],
                                                               mentor_status_to_label (status));

      gtk_label_set_label (self->status_labels[status], text);
    }

  meetings = mentor_overview_dup_meetings_text (&overview);
  goals = mentor_overview_dup_goals_text (&overview);
  summary = dup_summary (&overview);
  gtk_label_set_label (self->meetings_label, meetings);
  gtk_label_set_label (self->goals_label, goals);
  gtk_label_set_label (self->summary_label, summary);
}

void
mentor_overview_panel_set_mentorships (MentorOverviewPanel *self,
                                       GListModel          *mentorships)
{
  g_return_if_fail (MENTOR_IS_OVERVIEW_PANEL (self));
  g_return_if_fail (mentorships == NULL || G_IS_LIST_MODEL (mentorships));

  if (self->mentorships == mentorships)
    return;

  if (self->mentorships != NULL)
    g_signal_handlers_disconnect_by_data (self->mentorships, self);

  g_set_object (&self->mentorships, mentorships);

  if (self->mentorships != NULL)
    g_signal_connect_object (self->mentorships, "items-changed", G_CALLBACK (mentorships_changed_cb),
                             self, G_CONNECT_SWAPPED);

  queue_refresh (self);
}
