/* mentor-goals-page.c — the Goals view: every goal of the program, by mentorship
 *
 * GTK 4.8's list views have no sections, so the page shows one flat model: a
 * heading item ("<Mentor> → <Mentee>", a GtkStringObject) before the goals
 * of each mentorship (MentorGoal items). Filters and search build that model
 * again from the goals the store listed; only the items that differ are
 * spliced in, so the list keeps its place when one goal changes, and only
 * the rows on screen exist, so thousands of goals stay quick.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-goal-editor.h"
#include "mentor-goal-row.h"
#include "mentor-goal-text.h"
#include "mentor-goals-page.h"

struct _MentorGoalsPage
{
  AdwBin            parent_instance;

  MentorStore      *store;
  GListModel       *goals;           /* MentorGoal, as the store lists them */
  GListStore       *items;           /* headings and goals, as shown */
  GArray           *mentorship_ids;  /* gint64 per mentorship_dropdown item; 0 = all */
  GPtrArray        *areas;           /* folded area per area_dropdown item; NULL = all */
  GHashTable       *mentorship_rank; /* id -> order of list_mentorships () + 1 */
  char            **search_words;    /* case-folded, NULL when not searching */
  char             *today;
  guint             n_mentorships;
  guint             loading;

  /* template */
  GtkStack         *stack;
  GtkStack         *list_stack;
  GtkSearchEntry   *search_entry;
  GtkToggleButton  *overdue_button;
  GtkDropDown      *mentorship_dropdown;
  GtkDropDown      *area_dropdown;
  GtkListView      *list_view;
  AdwStatusPage    *empty_page;
  GtkWidget        *empty_new_button;
  GtkWidget        *empty_mentorships_button;
  GtkWidget        *empty_sample_button;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorGoalsPage, mentor_goals_page, ADW_TYPE_BIN)

/* ---- Building the list ---------------------------------------------------- */

/* Equal in everything a row shows, so an unchanged row can stay as it is. */
static gboolean
item_equal (GObject *a,
            GObject *b)
{
  MentorGoal *ga, *gb;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  if (GTK_IS_STRING_OBJECT (a))
    return g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (a)),
                      gtk_string_object_get_string (GTK_STRING_OBJECT (b))) == 0;

  ga = MENTOR_GOAL (a);
  gb = MENTOR_GOAL (b);

  return mentor_goal_get_id (ga) == mentor_goal_get_id (gb) &&
         mentor_goal_get_mentorship_id (ga) == mentor_goal_get_mentorship_id (gb) &&
         mentor_goal_get_status (ga) == mentor_goal_get_status (gb) &&
         mentor_goal_get_milestones_total (ga) == mentor_goal_get_milestones_total (gb) &&
         mentor_goal_get_milestones_done (ga) == mentor_goal_get_milestones_done (gb) &&
         mentor_goal_get_milestones_overdue (ga) == mentor_goal_get_milestones_overdue (gb) &&
         mentor_goal_get_days_overdue (ga) == mentor_goal_get_days_overdue (gb) &&
         g_strcmp0 (mentor_goal_get_title (ga), mentor_goal_get_title (gb)) == 0 &&
         g_strcmp0 (mentor_goal_get_focus_area (ga), mentor_goal_get_focus_area (gb)) == 0 &&
         g_strcmp0 (mentor_goal_get_success_measure (ga), mentor_goal_get_success_measure (gb)) == 0 &&
         g_strcmp0 (mentor_goal_get_target_on (ga), mentor_goal_get_target_on (gb)) == 0 &&
         g_strcmp0 (mentor_goal_get_drop_reason (ga), mentor_goal_get_drop_reason (gb)) == 0 &&
         g_strcmp0 (mentor_goal_get_mentorship_title (ga), mentor_goal_get_mentorship_title (gb)) == 0;
}

/* Replaces the shown items with fresh ones, splicing only the middle part
 * that differs. */
static void
show_items (MentorGoalsPage *self,
            GPtrArray       *fresh)
{
  GListModel *old = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = fresh->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) a = g_list_model_get_item (old, prefix);

      if (!item_equal (a, g_ptr_array_index (fresh, prefix)))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) a = g_list_model_get_item (old, n_old - 1 - suffix);

      if (!item_equal (a, g_ptr_array_index (fresh, n_new - 1 - suffix)))
        break;
      suffix++;
    }

  if (n_old - prefix - suffix > 0 || n_new - prefix - suffix > 0)
    g_list_store_splice (self->items, prefix, n_old - prefix - suffix,
                         fresh->pdata + prefix, n_new - prefix - suffix);
}

static void
update_state (MentorGoalsPage *self)
{
  guint n_goals = self->goals != NULL ? g_list_model_get_n_items (self->goals) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  gtk_stack_set_visible_child_name (self->stack, n_goals == 0 ? "empty" : "goals");
  gtk_stack_set_visible_child_name (self->list_stack, n_shown == 0 ? "no-match" : "list");

  if (self->n_mentorships > 0)
    adw_status_page_set_description (self->empty_page,
                                     _("Set the first goal of a mentorship: what the mentee wants to reach, "
                                       "how both will know it is met, and the milestones on the way."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("Goals belong to a mentorship. Create a mentorship first, "
                                       "then set its goals here or in the mentorship."));

  gtk_widget_set_visible (self->empty_new_button, self->n_mentorships > 0);
  gtk_widget_set_visible (self->empty_mentorships_button, self->n_mentorships == 0);
  /* Sample data only ever goes into an empty file. */
  gtk_widget_set_visible (self->empty_sample_button,
                          n_goals == 0 && self->store != NULL && mentor_store_is_empty (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.new", self->n_mentorships > 0);
}

static gboolean
goal_shown (MentorGoalsPage *self,
            MentorGoal      *goal,
            gint64           mentorship_id,
            const char      *folded_area)
{
  if (mentorship_id != 0 && mentor_goal_get_mentorship_id (goal) != mentorship_id)
    return FALSE;

  if (folded_area != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (mentor_goal_get_focus_area (goal), -1);

      if (g_strcmp0 (folded, folded_area) != 0)
        return FALSE;
    }

  if (gtk_toggle_button_get_active (self->overdue_button) &&
      !mentor_goal_is_overdue (goal, self->today))
    return FALSE;

  return mentor_goal_matches_words (goal, (const char * const *) self->search_words);
}

static guint
mentorship_rank (MentorGoalsPage *self,
                 gint64           id)
{
  gpointer rank = g_hash_table_lookup (self->mentorship_rank, &id);

  return rank != NULL ? GPOINTER_TO_UINT (rank) : G_MAXUINT;
}

typedef struct
{
  MentorGoal *goal;
  guint       rank;   /* of its mentorship */
  guint       index;  /* in the store's order */
} Entry;

/* By mentorship (in the order of the Mentorships view), open goals before
 * achieved and dropped ones, then as the store listed them (target date). */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;
  gboolean open_a, open_b;

  if (ea->rank != eb->rank)
    return ea->rank < eb->rank ? -1 : 1;
  if (mentor_goal_get_mentorship_id (ea->goal) != mentor_goal_get_mentorship_id (eb->goal))
    return mentor_goal_get_mentorship_id (ea->goal) < mentor_goal_get_mentorship_id (eb->goal) ? -1 : 1;

  open_a = mentor_goal_get_status (ea->goal) == MENTOR_GOAL_OPEN;
  open_b = mentor_goal_get_status (eb->goal) == MENTOR_GOAL_OPEN;
  if (open_a != open_b)
    return open_a ? -1 : 1;

  return ea->index < eb->index ? -1 : (ea->index > eb->index);
}

static void
refilter (MentorGoalsPage *self)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint selected;
  gint64 mentorship_id = 0;
  const char *folded_area = NULL;
  gint64 last_mentorship = -1;
  guint n;

  selected = gtk_drop_down_get_selected (self->mentorship_dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->mentorship_ids->len)
    mentorship_id = g_array_index (self->mentorship_ids, gint64, selected);

  selected = gtk_drop_down_get_selected (self->area_dropdown);
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->areas->len)
    folded_area = g_ptr_array_index (self->areas, selected);

  n = self->goals != NULL ? g_list_model_get_n_items (self->goals) : 0;
  for (guint i = 0; i < n; i++)
    {
      MentorGoal *goal = g_list_model_get_item (self->goals, i);
      Entry entry = { goal, 0, i };

      /* The model holds its own reference; the entry only borrows it. */
      g_object_unref (goal);

      if (!goal_shown (self, goal, mentorship_id, folded_area))
        continue;

      entry.rank = mentorship_rank (self, mentor_goal_get_mentorship_id (goal));
      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      MentorGoal *goal = g_array_index (entries, Entry, i).goal;

      if (mentor_goal_get_mentorship_id (goal) != last_mentorship)
        {
          const char *title = mentor_goal_get_mentorship_title (goal);

          last_mentorship = mentor_goal_get_mentorship_id (goal);
          g_ptr_array_add (fresh, gtk_string_object_new (title != NULL ? title : ""));
        }

      g_ptr_array_add (fresh, g_object_ref (goal));
    }

  show_items (self, fresh);
  update_state (self);
}

/* The mentorships, for the filter: "All Mentorships" then each, in the order
 * of the Mentorships view. Keeps the one chosen while it still exists. */
static void
rebuild_mentorships (MentorGoalsPage *self)
{
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint old = gtk_drop_down_get_selected (self->mentorship_dropdown);
  gint64 chosen = 0;
  guint selected = 0;
  gint64 all = 0;
  guint n;

  if (old != GTK_INVALID_LIST_POSITION && old < self->mentorship_ids->len)
    chosen = g_array_index (self->mentorship_ids, gint64, old);

  g_array_set_size (self->mentorship_ids, 0);
  g_hash_table_remove_all (self->mentorship_rank);

  gtk_string_list_append (titles, _("All Mentorships"));
  g_array_append_val (self->mentorship_ids, all);

  /* Names only: their health took most of the time with a large program. */
  mentorships = self->store != NULL ? mentor_store_list_mentorships_without_health (self->store) : NULL;
  n = mentorships != NULL ? g_list_model_get_n_items (mentorships) : 0;
  self->n_mentorships = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      g_autofree char *title = mentor_mentorship_dup_title (m);
      gint64 id = mentor_mentorship_get_id (m);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_insert (self->mentorship_rank, key, GUINT_TO_POINTER (i + 1));

      gtk_string_list_append (titles, title);
      g_array_append_val (self->mentorship_ids, id);
      if (id == chosen)
        selected = self->mentorship_ids->len - 1;
    }

  self->loading++;
  gtk_drop_down_set_model (self->mentorship_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->mentorship_dropdown, selected);
  self->loading--;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The focus areas the goals use, for the filter: "All Focus Areas", then the
 * standard ones and those typed before, in the store's order. */
static void
rebuild_areas (MentorGoalsPage *self)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_auto(GStrv) known = NULL;
  g_autofree char *chosen = NULL;
  guint old = gtk_drop_down_get_selected (self->area_dropdown);
  guint selected = 0;
  guint n;

  if (old != GTK_INVALID_LIST_POSITION && old < self->areas->len)
    chosen = g_strdup (g_ptr_array_index (self->areas, old));

  n = self->goals != NULL ? g_list_model_get_n_items (self->goals) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorGoal) goal = g_list_model_get_item (self->goals, i);
      const char *area = mentor_goal_get_focus_area (goal);

      if (area != NULL && *area != '\0')
        {
          char *folded = g_utf8_casefold (area, -1);

          if (!g_hash_table_contains (used, folded))
            g_hash_table_insert (used, folded, g_strdup (area));
          else
            g_free (folded);
        }
    }

  g_ptr_array_set_size (self->areas, 0);
  g_ptr_array_add (self->areas, NULL);
  gtk_string_list_append (labels, _("All Focus Areas"));

  /* The known areas first, in the store's order; then any others the goals
   * use (none, unless the two disagree), by name. */
  known = self->store != NULL ? mentor_store_list_focus_areas (self->store) : NULL;
  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (known[i], -1);
      g_autofree char *key = NULL;
      g_autofree char *label = NULL;

      if (!g_hash_table_steal_extended (used, folded, (gpointer *) &key, (gpointer *) &label))
        continue;

      gtk_string_list_append (labels, label);
      if (g_strcmp0 (key, chosen) == 0)
        selected = self->areas->len;
      g_ptr_array_add (self->areas, g_steal_pointer (&key));
    }

  {
    g_autoptr(GPtrArray) others = g_ptr_array_new ();
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, used);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (others, key);
    g_ptr_array_sort (others, compare_strings);

    for (guint i = 0; i < others->len; i++)
      {
        const char *folded = g_ptr_array_index (others, i);

        gtk_string_list_append (labels, g_hash_table_lookup (used, folded));
        if (g_strcmp0 (folded, chosen) == 0)
          selected = self->areas->len;
        g_ptr_array_add (self->areas, g_strdup (folded));
      }
  }

  self->loading++;
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->area_dropdown, selected);
  self->loading--;
}

static void
reload (MentorGoalsPage *self)
{
  g_clear_object (&self->goals);
  g_free (self->today);
  self->today = mentor_today ();

  if (self->store != NULL)
    self->goals = mentor_store_list_goals (self->store, 0);

  rebuild_mentorships (self);
  rebuild_areas (self);
  refilter (self);
}

/* ---- Rows --------------------------------------------------------------- */

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MentorGoalsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *row = mentor_goal_row_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_add_css_class (heading, "title-4");

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), row);
  g_object_set_data (G_OBJECT (box), "heading", heading);
  g_object_set_data (G_OBJECT (box), "row", row);

  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MentorGoalsPage          *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *heading = g_object_get_data (G_OBJECT (box), "heading");
  GtkWidget *row = g_object_get_data (G_OBJECT (box), "row");
  GtkWidget *list_item_widget = gtk_widget_get_parent (box);
  g_autofree char *a11y_name = NULL;
  gboolean is_heading = GTK_IS_STRING_OBJECT (object);

  gtk_widget_set_visible (heading, is_heading);
  gtk_widget_set_visible (row, !is_heading);
  gtk_list_item_set_activatable (item, !is_heading);

  if (is_heading)
    {
      const char *title = gtk_string_object_get_string (GTK_STRING_OBJECT (object));

      gtk_label_set_label (GTK_LABEL (heading), title);
      mentor_goal_row_set_goal (MENTOR_GOAL_ROW (row), NULL);
      a11y_name = g_strdup (title);
    }
  else
    {
      mentor_goal_row_set_goal (MENTOR_GOAL_ROW (row), MENTOR_GOAL (object));
      a11y_name = mentor_goal_dup_a11y_name (MENTOR_GOAL (object), self->today);
    }

  /* The focusable row a screen reader lands on is the list's own item
   * widget; GTK 4.8 has no GtkListItem:accessible-label, so name it here. */
  if (list_item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                    -1);
}

static void
unbind_item_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MentorGoalsPage          *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  mentor_goal_row_set_goal (g_object_get_data (G_OBJECT (box), "row"), NULL);
}

/* Drop-down items: the button ellipsizes a long "<Mentor> → <Mentee>" so two
 * filters fit side by side at 360 px; the open list shows them whole. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  ellipsize)
{
  GtkStringObject *choice = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (choice));
}

static void
set_choice_factories (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_choice_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (bind_choice_cb), NULL);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/* ---- Editor ------------------------------------------------------------- */

static guint
find_goal_position (MentorGoalsPage *self,
                    gint64           id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (MENTOR_IS_GOAL (item) && mentor_goal_get_id (MENTOR_GOAL (item)) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
editor_saved_cb (MentorGoalsPage  *self,
                 gint64            id,
                 MentorGoalEditor *editor)
{
  guint position = find_goal_position (self, id);

  /* Bring the goal just written into view, e.g. a new one far down. */
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
open_editor (MentorGoalsPage *self,
             MentorGoal      *goal)
{
  GtkWidget *editor;
  GtkRoot *root;

  if (self->store == NULL)
    return;

  editor = mentor_goal_editor_new (self->store, 0, goal);

  /* A new goal starts in the mentorship the list is narrowed to. */
  if (goal == NULL)
    {
      guint selected = gtk_drop_down_get_selected (self->mentorship_dropdown);

      if (selected != GTK_INVALID_LIST_POSITION && selected < self->mentorship_ids->len)
        mentor_goal_editor_select_mentorship (MENTOR_GOAL_EDITOR (editor),
                                              g_array_index (self->mentorship_ids, gint64, selected));
    }

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (editor));
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
list_activate_cb (MentorGoalsPage *self,
                  guint            position,
                  GtkListView     *list_view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL && MENTOR_IS_GOAL (item))
    open_editor (self, MENTOR_GOAL (item));
}

static void
filter_changed_cb (MentorGoalsPage *self)
{
  if (self->loading > 0)
    return;

  refilter (self);
}

static void
search_changed_cb (MentorGoalsPage *self,
                   GtkSearchEntry  *entry)
{
  g_autofree char *folded = NULL;

  g_clear_pointer (&self->search_words, g_strfreev);

  folded = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (folded);
  if (*folded != '\0')
    {
      g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          g_strv_builder_add (builder, words[i]);
      self->search_words = g_strv_builder_end (builder);
    }

  refilter (self);
}

static void
stop_search_cb (MentorGoalsPage *self,
                GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
store_changed_cb (MentorGoalsPage *self,
                  guint            what,
                  MentorStore     *store)
{
  /* People's names make the mentorship headings. */
  if (what & (MENTOR_CHANGE_GOALS | MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_PEOPLE))
    reload (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  mentor_goals_page_new_goal (MENTOR_GOALS_PAGE (widget));
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_goals_page_dispose (GObject *object)
{
  MentorGoalsPage *self = MENTOR_GOALS_PAGE (object);

  /* The list view holds the models; drop it before them. The template's
   * child goes through AdwBin first: GTK 4.8's dispose_template would unparent
   * it behind AdwBin's back, and AdwBin would then unparent a dead widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_GOALS_PAGE);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->goals);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (mentor_goals_page_parent_class)->dispose (object);
}

static void
mentor_goals_page_finalize (GObject *object)
{
  MentorGoalsPage *self = MENTOR_GOALS_PAGE (object);

  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->mentorship_ids, g_array_unref);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->mentorship_rank, g_hash_table_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (mentor_goals_page_parent_class)->finalize (object);
}

static void
mentor_goals_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MentorGoalsPage *self = MENTOR_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goals_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MentorGoalsPage *self = MENTOR_GOALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_goals_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goals_page_class_init (MentorGoalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_goals_page_dispose;
  object_class->finalize = mentor_goals_page_finalize;
  object_class->get_property = mentor_goals_page_get_property;
  object_class->set_property = mentor_goals_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-goals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, mentorship_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, empty_mentorships_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalsPage, empty_sample_button);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "goals.new", NULL, new_action);
}

static void
mentor_goals_page_init (MentorGoalsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_type_ensure (MENTOR_TYPE_GOAL_ROW);

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_drop_down (self->mentorship_dropdown);
  mentor_accessible_name_drop_down (self->area_dropdown);

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->mentorship_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->areas = g_ptr_array_new_with_free_func (g_free);
  self->mentorship_rank = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->today = mentor_today ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  set_choice_factories (self->mentorship_dropdown);
  set_choice_factories (self->area_dropdown);
  mentor_accessible_name_choices (GTK_WIDGET (self->mentorship_dropdown));
  mentor_accessible_name_choices (GTK_WIDGET (self->area_dropdown));
  g_signal_connect_object (self->mentorship_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Typing anywhere in the page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  reload (self);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_goals_page_new (MentorStore *store)
{
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_GOALS_PAGE,
                       "store", store,
                       NULL);
}

MentorStore *
mentor_goals_page_get_store (MentorGoalsPage *self)
{
  g_return_val_if_fail (MENTOR_IS_GOALS_PAGE (self), NULL);

  return self->store;
}

void
mentor_goals_page_set_store (MentorGoalsPage *self,
                             MentorStore     *store)
{
  g_return_if_fail (MENTOR_IS_GOALS_PAGE (self));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed",
                             G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mentor_goals_page_start_search (MentorGoalsPage *self)
{
  g_return_if_fail (MENTOR_IS_GOALS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "goals") != 0)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
mentor_goals_page_new_goal (MentorGoalsPage *self)
{
  g_return_if_fail (MENTOR_IS_GOALS_PAGE (self));

  open_editor (self, NULL);
}
