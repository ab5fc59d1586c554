/* mentor-people-page.c — the People view: search, add, edit and archive people
 *
 * The page mirrors the store's people into its own GListStore, changing only
 * the rows that differ after each "changed" signal, so the list keeps its
 * scroll position when one person is edited. Archived people are filtered out
 * unless "Show Archived" is on.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-matching-page.h"
#include "mentor-matching-text.h"
#include "mentor-people-page.h"
#include "mentor-person-editor.h"

struct _MentorPeoplePage
{
  AdwBin              parent_instance;

  MentorStore        *store;
  GListStore         *people;   /* MentorPerson, archived included */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  char              **search_words; /* case-folded, NULL when not searching */
  GHashTable         *over_capacity; /* person id -> open mentorships, for those above capacity */

  /* template */
  GtkStack           *mode_stack;
  GtkToggleButton    *people_toggle;
  GtkToggleButton    *matching_toggle;
  MentorMatchingPage *matching_page;
  GtkStack           *stack;
  GtkStack           *list_stack;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *archived_button;
  GtkListView        *list_view;
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

G_DEFINE_FINAL_TYPE (MentorPeoplePage, mentor_people_page, ADW_TYPE_BIN)

/* Undo of an archive outlives the page if the toast does. */
typedef struct
{
  MentorStore      *store;
  MentorPeoplePage *page; /* weak */
  gint64            id;
  gboolean          archived;
} ArchiveUndo;

static void
archive_undo_free (gpointer data,
                   GClosure *closure)
{
  ArchiveUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_weak_pointer (&undo->page);
  g_free (undo);
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

/* Equal in every field, so an unchanged row can stay as it is. */
static gboolean
person_equal (MentorPerson *a,
              MentorPerson *b)
{
  return mentor_person_get_id (a) == mentor_person_get_id (b) &&
         g_strcmp0 (mentor_person_get_name (a), mentor_person_get_name (b)) == 0 &&
         g_strcmp0 (mentor_person_get_email (a), mentor_person_get_email (b)) == 0 &&
         g_strcmp0 (mentor_person_get_title (a), mentor_person_get_title (b)) == 0 &&
         g_strcmp0 (mentor_person_get_organization (a), mentor_person_get_organization (b)) == 0 &&
         g_strcmp0 (mentor_person_get_department (a), mentor_person_get_department (b)) == 0 &&
         mentor_person_get_manager_id (a) == mentor_person_get_manager_id (b) &&
         g_strcmp0 (mentor_person_get_timezone (a), mentor_person_get_timezone (b)) == 0 &&
         mentor_person_get_capacity (a) == mentor_person_get_capacity (b) &&
         mentor_person_get_archived (a) == mentor_person_get_archived (b) &&
         strv_equal0 (mentor_person_get_offers (a), mentor_person_get_offers (b)) &&
         strv_equal0 (mentor_person_get_seeks (a), mentor_person_get_seeks (b));
}

static void
update_state (MentorPeoplePage *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_stack_set_visible_child_name (self->stack, n_all == 0 ? "empty" : "people");
  gtk_stack_set_visible_child_name (self->list_stack, n_shown == 0 ? "no-match" : "list");
}

static guint
over_capacity_load (MentorPeoplePage *self,
                    gint64            id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->over_capacity, &id));
}

/* Mentors above their capacity are flagged in the list. Their load comes
 * from one look at the program (MentorMatching); rows whose flag changes are
 * put back in place so that the list binds them again. */
static void
update_capacity_flags (MentorPeoplePage *self,
                       GListModel       *people)
{
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) old = NULL;
  g_autoptr(MentorMatching) matching = NULL;
  guint n_people = g_list_model_get_n_items (people);
  guint n_rows;

  if (self->store != NULL && n_people > 0)
    matching = mentor_matching_new (self->store, NULL);

  for (guint i = 0; matching != NULL && i < n_people; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
      gint64 id = mentor_person_get_id (person);

      if (mentor_matching_is_over_capacity (matching, id))
        g_hash_table_insert (fresh, g_memdup2 (&id, sizeof id),
                             GUINT_TO_POINTER (mentor_matching_get_load (matching, id)));
    }

  /* Swapped first: the rows bound again below read the new table. */
  old = g_steal_pointer (&self->over_capacity);
  self->over_capacity = g_steal_pointer (&fresh);

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      gint64 id = mentor_person_get_id (person);

      if (g_hash_table_lookup (old, &id) != g_hash_table_lookup (self->over_capacity, &id))
        g_list_store_splice (self->people, i, 1, (gpointer *) &person, 1);
    }
}

static void
reload (MentorPeoplePage *self)
{
  g_autoptr(GListModel) fresh = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint n_new;
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) middle = NULL;

  if (self->store != NULL)
    fresh = mentor_store_list_people (self->store, TRUE);
  else
    fresh = G_LIST_MODEL (g_list_store_new (MENTOR_TYPE_PERSON));

  update_capacity_flags (self, fresh);

  n_new = g_list_model_get_n_items (fresh);

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(MentorPerson) a = g_list_model_get_item (G_LIST_MODEL (self->people), prefix);
      g_autoptr(MentorPerson) b = g_list_model_get_item (fresh, prefix);

      if (!person_equal (a, b))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(MentorPerson) a = g_list_model_get_item (G_LIST_MODEL (self->people), n_old - 1 - suffix);
      g_autoptr(MentorPerson) b = g_list_model_get_item (fresh, n_new - 1 - suffix);

      if (!person_equal (a, b))
        break;
      suffix++;
    }

  middle = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = prefix; i < n_new - suffix; i++)
    g_ptr_array_add (middle, g_list_model_get_item (fresh, i));

  if (n_old - prefix - suffix > 0 || middle->len > 0)
    g_list_store_splice (self->people, prefix, n_old - prefix - suffix,
                         middle->pdata, middle->len);

  update_state (self);
}

static gboolean
person_matches (MentorPeoplePage *self,
                MentorPerson     *person)
{
  g_autoptr(GString) haystack = NULL;
  g_autofree char *folded = NULL;
  const char * const *offers;
  const char * const *seeks;

  if (mentor_person_get_archived (person) &&
      !gtk_toggle_button_get_active (self->archived_button))
    return FALSE;

  if (self->search_words == NULL)
    return TRUE;

  haystack = g_string_new (NULL);
  g_string_append_printf (haystack, "%s\n%s\n%s\n%s\n%s\n",
                          mentor_person_get_name (person),
                          mentor_person_get_email (person),
                          mentor_person_get_title (person),
                          mentor_person_get_organization (person),
                          mentor_person_get_department (person));

  offers = mentor_person_get_offers (person);
  for (guint i = 0; offers != NULL && offers[i] != NULL; i++)
    g_string_append_printf (haystack, "%s\n", offers[i]);

  /* Development areas count as skills too: a coordinator searching for
   * "negotiation" wants those who teach it and those who seek it. */
  seeks = mentor_person_get_seeks (person);
  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    g_string_append_printf (haystack, "%s\n", seeks[i]);

  folded = g_utf8_casefold (haystack->str, -1);

  /* Every word typed must match somewhere: "anna finance" narrows down. */
  for (guint i = 0; self->search_words[i] != NULL; i++)
    if (strstr (folded, self->search_words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return person_matches (MENTOR_PEOPLE_PAGE (user_data), MENTOR_PERSON (item));
}

static char *
person_subtitle (MentorPerson *person)
{
  const char *title = mentor_person_get_title (person);
  const char *organization = mentor_person_get_organization (person);

  if (*title != '\0' && *organization != '\0')
    /* Translators: a person's job title and organization, as in "CFO · Acme" */
    return g_strdup_printf (_("%s · %s"), title, organization);
  if (*title != '\0')
    return g_strdup (title);
  if (*organization != '\0')
    return g_strdup (organization);

  return g_strdup (mentor_person_get_email (person));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MentorPeoplePage         *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *avatar = adw_avatar_new (36, NULL, TRUE);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *archived = gtk_label_new (_("Archived"));
  GtkWidget *over = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *over_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *over_label = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (row, "mentor-person-row");

  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "title");

  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "subtitle");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_widget_set_valign (archived, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (archived, "dim-label");
  gtk_widget_add_css_class (archived, "caption");

  /* In words with an icon, never the color alone; the word says it all to
   * a screen reader. Below the name, so it wraps at 360 pixels wide. */
  gtk_widget_set_halign (over, GTK_ALIGN_START);
  gtk_widget_add_css_class (over, "caption-heading");
  gtk_widget_add_css_class (over, "warning");
  gtk_accessible_update_state (GTK_ACCESSIBLE (over_icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (over_label), 0);
  gtk_label_set_wrap (GTK_LABEL (over_label), TRUE);
  gtk_box_append (GTK_BOX (over), over_icon);
  gtk_box_append (GTK_BOX (over), over_label);
  gtk_widget_set_visible (over, FALSE);

  gtk_widget_add_css_class (arrow, "dim-label");

  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (labels), over);
  gtk_box_append (GTK_BOX (row), avatar);
  gtk_box_append (GTK_BOX (row), labels);
  gtk_box_append (GTK_BOX (row), archived);
  gtk_box_append (GTK_BOX (row), arrow);

  g_object_set_data (G_OBJECT (row), "avatar", avatar);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "archived", archived);
  g_object_set_data (G_OBJECT (row), "over", over);
  g_object_set_data (G_OBJECT (row), "over-label", over_label);

  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MentorPeoplePage         *self)
{
  MentorPerson *person = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  g_autofree char *text = person_subtitle (person);
  gboolean archived = mentor_person_get_archived (person);
  guint load = over_capacity_load (self, mentor_person_get_id (person));
  g_autofree char *over_text = mentor_capacity_dup_over_text (load, mentor_person_get_capacity (person));
  GtkWidget *list_item_widget = gtk_widget_get_parent (row);

  adw_avatar_set_text (g_object_get_data (G_OBJECT (row), "avatar"),
                       mentor_person_get_name (person));
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "name"),
                      mentor_person_get_name (person));
  gtk_label_set_text (GTK_LABEL (subtitle), text);
  gtk_widget_set_visible (subtitle, *text != '\0');
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "archived"), archived);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "over-label"),
                      over_text != NULL ? over_text : "");
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "over"), over_text != NULL);

  /* GTK 4.8 has no GtkListItem:accessible-label; the row a screen reader
   * lands on is the list's item widget, our parent. A flagged mentor's name
   * says so: "Ana Lima, Over capacity: 4 of 3". */
  if (list_item_widget != NULL)
    {
      g_autoptr(GString) a11y_name = g_string_new (mentor_person_get_name (person));

      if (archived)
        g_string_append_printf (a11y_name, ", %s", _("Archived"));
      if (over_text != NULL)
        g_string_append_printf (a11y_name, ", %s", over_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name->str,
                                      -1);
    }

  if (archived)
    gtk_widget_add_css_class (row, "archived");
  else
    gtk_widget_remove_css_class (row, "archived");
}

static void
open_editor (MentorPeoplePage *self,
             MentorPerson     *person);

static void
list_activate_cb (MentorPeoplePage *self,
                  guint             position,
                  GtkListView      *list_view)
{
  g_autoptr(MentorPerson) person = NULL;

  person = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  if (person != NULL)
    open_editor (self, person);
}

static void
search_changed_cb (MentorPeoplePage *self,
                   GtkSearchEntry   *entry)
{
  g_autofree char *folded = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_pointer (&self->search_words, g_strfreev);

  folded = g_utf8_casefold (text, -1);
  g_strstrip (folded);
  if (*folded != '\0')
    {
      g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; words[i] != NULL; i++)
        if (*words[i] != '\0')
          g_strv_builder_add (builder, words[i]);
      self->search_words = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
stop_search_cb (MentorPeoplePage *self,
                GtkSearchEntry   *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
archived_toggled_cb (MentorPeoplePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter),
                      gtk_toggle_button_get_active (self->archived_button)
                      ? GTK_FILTER_CHANGE_LESS_STRICT
                      : GTK_FILTER_CHANGE_MORE_STRICT);
  update_state (self);
}

static void
store_changed_cb (MentorPeoplePage *self,
                  guint             what,
                  MentorStore      *store)
{
  if (what & MENTOR_CHANGE_PEOPLE)
    reload (self);
  else if (what & MENTOR_CHANGE_MENTORSHIPS)
    update_capacity_flags (self, G_LIST_MODEL (self->people));
}

static void
show_mode (MentorPeoplePage *self,
           const char       *name)
{
  gtk_stack_set_visible_child_name (self->mode_stack, name);
  gtk_toggle_button_set_active (g_str_equal (name, "matching")
                                ? self->matching_toggle
                                : self->people_toggle,
                                TRUE);
}

static void
mode_toggled_cb (MentorPeoplePage *self,
                 GtkToggleButton  *button)
{
  /* Both buttons of the group report; only the one turned on counts. */
  if (!gtk_toggle_button_get_active (button))
    return;

  show_mode (self, button == self->matching_toggle ? "matching" : "people");
}

static void
matching_add_toast_cb (MentorPeoplePage *self,
                       AdwToast         *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
emit_toast (MentorPeoplePage *self,
            AdwToast         *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
emit_text_toast (MentorPeoplePage *self,
                 const char       *text)
{
  /* AdwToast 1.2 reads its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 8);
  emit_toast (self, toast);
}

static void
undo_archive_cb (AdwToast    *toast,
                 ArchiveUndo *undo)
{
  g_autoptr(GError) error = NULL;

  if (!mentor_store_set_person_archived (undo->store, undo->id, !undo->archived, &error) &&
      undo->page != NULL)
    emit_text_toast (undo->page, error->message);
}

static void
archive_changed_cb (MentorPeoplePage   *self,
                    gint64              id,
                    const char         *name,
                    gboolean            archived,
                    MentorPersonEditor *editor)
{
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  ArchiveUndo *undo;

  if (archived)
    /* Translators: a toast after archiving a person; %s is the name */
    title = g_strdup_printf (_("%s archived"), name);
  else
    /* Translators: a toast after restoring an archived person; %s is the name */
    title = g_strdup_printf (_("%s restored"), name);

  /* AdwToast 1.2 reads its title as markup: a name may hold "&". */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (ArchiveUndo, 1);
  undo->store = g_object_ref (self->store);
  g_set_weak_pointer (&undo->page, self);
  undo->id = id;
  undo->archived = archived;
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (undo_archive_cb), undo,
                         archive_undo_free, 0);

  emit_toast (self, toast);
}

static void
saved_cb (MentorPeoplePage   *self,
          gint64              id,
          MentorPersonEditor *editor)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  /* Bring the person just written into view, e.g. a new one far down. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (mentor_person_get_id (person) == id)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view),
                                      "list.scroll-to-item", "u", i);
          break;
        }
    }
}

static void
open_editor (MentorPeoplePage *self,
             MentorPerson     *person)
{
  GtkWidget *editor;
  GtkRoot *root;

  if (self->store == NULL)
    return;

  editor = mentor_person_editor_new (self->store, person);
  g_signal_connect_object (editor, "archive-changed",
                           G_CALLBACK (archive_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "saved",
                           G_CALLBACK (saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "add-toast",
                           G_CALLBACK (emit_toast), self,
                           G_CONNECT_SWAPPED);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  mentor_people_page_add_person (MENTOR_PEOPLE_PAGE (widget));
}

static void
mentor_people_page_dispose (GObject *object)
{
  MentorPeoplePage *self = MENTOR_PEOPLE_PAGE (object);

  /* The list view holds the models; drop it before them. The template's
   * child goes through AdwBin first: GTK 4.8's dispose_template would unparent
   * it behind AdwBin's back, and AdwBin would then unparent a dead widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_PEOPLE_PAGE);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (mentor_people_page_parent_class)->dispose (object);
}

static void
mentor_people_page_finalize (GObject *object)
{
  MentorPeoplePage *self = MENTOR_PEOPLE_PAGE (object);

  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->over_capacity, g_hash_table_unref);

  G_OBJECT_CLASS (mentor_people_page_parent_class)->finalize (object);
}

static void
mentor_people_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MentorPeoplePage *self = MENTOR_PEOPLE_PAGE (object);

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
mentor_people_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MentorPeoplePage *self = MENTOR_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_people_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_people_page_class_init (MentorPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_people_page_dispose;
  object_class->finalize = mentor_people_page_finalize;
  object_class->get_property = mentor_people_page_get_property;
  object_class->set_property = mentor_people_page_set_property;

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

  g_type_ensure (MENTOR_TYPE_MATCHING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, people_toggle);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, matching_toggle);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, matching_page);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, archived_button);
  gtk_widget_class_bind_template_child (widget_class, MentorPeoplePage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, matching_add_toast_cb);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
}

static void
mentor_people_page_init (MentorPeoplePage *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->over_capacity = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->people = g_list_store_new (MENTOR_TYPE_PERSON);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->people)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* Typing anywhere in the page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  update_state (self);
}

GtkWidget *
mentor_people_page_new (MentorStore *store)
{
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_PEOPLE_PAGE,
                       "store", store,
                       NULL);
}

MentorStore *
mentor_people_page_get_store (MentorPeoplePage *self)
{
  g_return_val_if_fail (MENTOR_IS_PEOPLE_PAGE (self), NULL);

  return self->store;
}

void
mentor_people_page_set_store (MentorPeoplePage *self,
                              MentorStore      *store)
{
  g_return_if_fail (MENTOR_IS_PEOPLE_PAGE (self));
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

  mentor_matching_page_set_store (self->matching_page, store);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mentor_people_page_start_search (MentorPeoplePage *self)
{
  g_return_if_fail (MENTOR_IS_PEOPLE_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "people") != 0)
    return;

  /* Matching has nothing to search: the search is in the list of people. */
  show_mode (self, "people");

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
mentor_people_page_add_person (MentorPeoplePage *self)
{
  g_return_if_fail (MENTOR_IS_PEOPLE_PAGE (self));

  open_editor (self, NULL);
}
