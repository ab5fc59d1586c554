/* mentor-person-editor.c — the modal window that adds or edits one person
 *
 * Every save starts from a fresh copy of the person as it was opened, so a
 * refused save leaves nothing half-applied; the input stays in the fields and
 * the store's sentence shows above them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-person-editor.h"
#include "mentor-suggest-dialog.h"
#include "mentor-tag-entry.h"

struct _MentorPersonEditor
{
  AdwWindow       parent_instance;

  MentorStore    *store;
  MentorPerson   *person;      /* as opened; NULL for a new person */
  GArray         *manager_ids; /* gint64 per manager_row item; 0 = no manager */
  GtkStringFilter *timezone_filter;

  /* template */
  GtkWidget      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *email_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *organization_row;
  AdwEntryRow    *department_row;
  AdwComboRow    *manager_row;
  AdwEntryRow    *timezone_row;
  GtkPopover     *timezone_popover;
  GtkSearchEntry *timezone_search;
  GtkListView    *timezone_list;
  GtkSpinButton  *capacity_spin;
  MentorTagEntry *offers_entry;
  MentorTagEntry *seeks_entry;
  GtkWidget      *suggest_button;
  GtkWidget      *archive_button;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  ARCHIVE_CHANGED,
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorPersonEditor, mentor_person_editor, ADW_TYPE_WINDOW)

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_ascii_strcasecmp (*(const char * const *) a, *(const char * const *) b);
}

/* The IANA zone names, read once from the system's tzdata: canonical zones
 * and their links (so "Europe/Amsterdam" is there too), sorted. */
static GListModel *
zone_names (void)
{
  static GtkStringList *zones;

  if (zones == NULL)
    {
      const char *tzdir = g_getenv ("TZDIR");
      g_autofree char *zi_path = g_build_filename (tzdir != NULL ? tzdir : "/usr/share/zoneinfo",
                                                   "tzdata.zi", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      if (g_file_get_contents (zi_path, &contents, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            {
              g_auto(GStrv) fields = NULL;
              const char *name = NULL;

              /* "Z Name …" is a zone, "L Target Name" a link to one. */
              if (g_str_has_prefix (lines[i], "Z "))
                {
                  fields = g_strsplit (lines[i], " ", 3);
                  name = fields[1];
                }
              else if (g_str_has_prefix (lines[i], "L "))
                {
                  fields = g_strsplit (lines[i], " ", 4);
                  name = g_strv_length (fields) >= 3 ? fields[2] : NULL;
                }

              /* Area/Location names only: the old "EST5EDT"-style ones
               * confuse more than they help. */
              if (name != NULL && strchr (name, '/') != NULL &&
                  !g_str_has_prefix (name, "Etc/") &&
                  !g_str_has_prefix (name, "SystemV/"))
                g_ptr_array_add (names, g_strdup (name));
            }
        }

      g_ptr_array_add (names, g_strdup ("UTC"));
      g_ptr_array_sort (names, compare_names);
      g_ptr_array_add (names, NULL);

      zones = gtk_string_list_new ((const char * const *) names->pdata);
    }

  return G_LIST_MODEL (zones);
}

static void
setup_zone_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_zone_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *zone = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (zone));
}

/* Empty is allowed; otherwise the same check the store makes on save. */
static gboolean
timezone_is_known (const char *name)
{
  return name == NULL || *name == '\0' || mentor_timezone_is_valid (name);
}

static void
show_error (MentorPersonEditor *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static char *
row_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  return g_strdup (g_strstrip (text));
}

static void
fill_managers (MentorPersonEditor *self)
{
  g_autoptr(GListModel) people = mentor_store_list_people (self->store, TRUE);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 self_id = self->person != NULL ? mentor_person_get_id (self->person) : 0;
  gint64 manager_id = self->person != NULL ? mentor_person_get_manager_id (self->person) : 0;
  guint selected = 0;
  guint n = g_list_model_get_n_items (people);
  gint64 no_manager = 0;

  g_array_set_size (self->manager_ids, 0);

  gtk_string_list_append (names, _("No Manager"));
  g_array_append_val (self->manager_ids, no_manager);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
      gint64 id = mentor_person_get_id (person);
      const char *name = mentor_person_get_name (person);
      gboolean same_name = FALSE;

      if (id == self_id)
        continue;
      /* Archived people are not offered, unless they already are the manager. */
      if (mentor_person_get_archived (person) && id != manager_id)
        continue;

      for (guint j = 0; j < n && !same_name; j++)
        {
          g_autoptr(MentorPerson) other = g_list_model_get_item (people, j);

          same_name = j != i && g_utf8_collate (name, mentor_person_get_name (other)) == 0;
        }

      if (same_name && *mentor_person_get_email (person) != '\0')
        {
          /* Translators: a person's name and email, to tell two of the same name apart */
          g_autofree char *label = g_strdup_printf (_("%s (%s)"), name,
                                                    mentor_person_get_email (person));
          gtk_string_list_append (names, label);
        }
      else
        gtk_string_list_append (names, name);

      g_array_append_val (self->manager_ids, id);
      if (id == manager_id)
        selected = self->manager_ids->len - 1;
    }

  adw_combo_row_set_model (self->manager_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->manager_row, selected);
}

/* Most used first, then by name. */
static int
compare_by_use (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  const char *word_a = *(const char * const *) a;
  const char *word_b = *(const char * const *) b;
  guint count_a = GPOINTER_TO_UINT (g_hash_table_lookup (counts, word_a));
  guint count_b = GPOINTER_TO_UINT (g_hash_table_lookup (counts, word_b));

  if (count_a != count_b)
    return count_a > count_b ? -1 : 1;

  return g_utf8_collate (word_a, word_b);
}

static void
fill_suggestions (MentorPersonEditor *self)
{
  g_autoptr(GListModel) people = mentor_store_list_people (self->store, TRUE);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char * const *standard = mentor_standard_focus_areas ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  /* What others already use comes first, so the program keeps one name per
   * skill and matching mentors to mentees works. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
      const char * const *lists[2] = { mentor_person_get_offers (person),
                                       mentor_person_get_seeks (person) };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint j = 0; lists[l] != NULL && lists[l][j] != NULL; j++)
          {
            char *folded = g_utf8_casefold (lists[l][j], -1);
            guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, folded));

            if (count == 0)
              g_hash_table_insert (labels, g_strdup (folded), g_strdup (lists[l][j]));
            g_hash_table_insert (counts, folded, GUINT_TO_POINTER (count + 1));
          }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (words, key);

  g_ptr_array_sort_with_data (words, compare_by_use, counts);

  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) all = NULL;

    for (guint i = 0; i < words->len; i++)
      g_strv_builder_add (builder, g_hash_table_lookup (labels, g_ptr_array_index (words, i)));
    /* The standard focus areas are what most people seek to grow in. */
    for (guint i = 0; standard != NULL && standard[i] != NULL; i++)
      g_strv_builder_add (builder, standard[i]);

    all = g_strv_builder_end (builder);
    mentor_tag_entry_set_suggestions (self->offers_entry, (const char * const *) all);
    mentor_tag_entry_set_suggestions (self->seeks_entry, (const char * const *) all);
  }
}

static void
fill_fields (MentorPersonEditor *self)
{
  MentorPerson *person = self->person;

  fill_managers (self);
  fill_suggestions (self);

  if (person == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Person"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("Add"));
      gtk_widget_set_visible (self->archive_button, FALSE);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("Save"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), mentor_person_get_name (person));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), mentor_person_get_email (person));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), mentor_person_get_title (person));
  gtk_editable_set_text (GTK_EDITABLE (self->organization_row), mentor_person_get_organization (person));
  gtk_editable_set_text (GTK_EDITABLE (self->department_row), mentor_person_get_department (person));
  gtk_editable_set_text (GTK_EDITABLE (self->timezone_row), mentor_person_get_timezone (person));
  gtk_spin_button_set_value (self->capacity_spin, mentor_person_get_capacity (person));
  mentor_tag_entry_set_tags (self->offers_entry, mentor_person_get_offers (person));
  mentor_tag_entry_set_tags (self->seeks_entry, mentor_person_get_seeks (person));

  /* Suggestions come from the stored development areas; a new or archived
   * person, or one who seeks nothing, has none to ask for. */
  {
    const char * const *seeks = mentor_person_get_seeks (person);
    gboolean can_suggest = !mentor_person_get_archived (person) && seeks != NULL && seeks[0] != NULL;

    gtk_widget_set_visible (self->suggest_button, can_suggest);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.suggest-mentor", can_suggest);
  }

  gtk_widget_set_visible (self->archive_button, TRUE);
  gtk_button_set_label (GTK_BUTTON (self->archive_button),
                        mentor_person_get_archived (person)
                        ? _("Restore Person")
                        : _("Archive Person"));
}

static void
timezone_changed_cb (MentorPersonEditor *self)
{
  g_autofree char *text = row_text (self->timezone_row);

  if (timezone_is_known (text))
    gtk_widget_remove_css_class (GTK_WIDGET (self->timezone_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->timezone_row), "error");
}

static void
timezone_popover_show_cb (MentorPersonEditor *self)
{
  /* Start from what is typed in the row: "Berlin" finds Europe/Berlin. */
  g_autofree char *text = row_text (self->timezone_row);

  gtk_editable_set_text (GTK_EDITABLE (self->timezone_search),
                         timezone_is_known (text) ? "" : text);
  gtk_widget_grab_focus (GTK_WIDGET (self->timezone_search));
}

static void
timezone_search_changed_cb (MentorPersonEditor *self,
                            GtkSearchEntry     *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  /* People type "new york" for America/New_York. */
  g_strdelimit (g_strstrip (text), " ", '_');
  gtk_string_filter_set_search (self->timezone_filter, text);
}

static void
choose_timezone (MentorPersonEditor *self,
                 guint               position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->timezone_list));
  g_autoptr(GtkStringObject) zone = g_list_model_get_item (model, position);

  if (zone == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->timezone_row), gtk_string_object_get_string (zone));
  gtk_popover_popdown (self->timezone_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->timezone_row));
}

static void
timezone_search_activate_cb (MentorPersonEditor *self)
{
  choose_timezone (self, 0);
}

static void
timezone_activate_cb (MentorPersonEditor *self,
                      guint               position)
{
  choose_timezone (self, position);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (widget);
  g_autoptr(MentorPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *organization = row_text (self->organization_row);
  g_autofree char *department = row_text (self->department_row);
  g_autofree char *timezone = row_text (self->timezone_row);
  g_auto(GStrv) offers = mentor_tag_entry_get_tags (self->offers_entry);
  g_auto(GStrv) seeks = mentor_tag_entry_get_tags (self->seeks_entry);
  guint selected = adw_combo_row_get_selected (self->manager_row);
  gint64 manager_id = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->manager_ids->len)
    manager_id = g_array_index (self->manager_ids, gint64, selected);

  person = self->person != NULL ? mentor_person_copy (self->person) : mentor_person_new ();
  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_title (person, title);
  mentor_person_set_organization (person, organization);
  mentor_person_set_department (person, department);
  mentor_person_set_manager_id (person, manager_id);
  mentor_person_set_timezone (person, timezone);
  gtk_spin_button_update (self->capacity_spin);
  mentor_person_set_capacity (person, gtk_spin_button_get_value_as_int (self->capacity_spin));
  mentor_person_set_offers (person, (const char * const *) offers);
  mentor_person_set_seeks (person, (const char * const *) seeks);

  if (!mentor_store_save_person (self->store, person, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, mentor_person_get_id (person));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
toggle_archived_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gboolean archived;
  gint64 id;

  if (self->person == NULL)
    return;

  id = mentor_person_get_id (self->person);
  archived = !mentor_person_get_archived (self->person);

  if (!mentor_store_set_person_archived (self->store, id, archived, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ARCHIVE_CHANGED], 0,
                 id, mentor_person_get_name (self->person), archived);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
suggestion_toast_cb (MentorPersonEditor *self,
                     AdwToast           *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
suggest_mentor_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (widget);
  GtkWidget *dialog;

  if (self->person == NULL)
    return;

  dialog = mentor_suggest_dialog_new (self->store, mentor_person_get_id (self->person));
  g_signal_connect_object (dialog, "add-toast",
                           G_CALLBACK (suggestion_toast_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
mentor_person_editor_constructed (GObject *object)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (object);

  G_OBJECT_CLASS (mentor_person_editor_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));

  fill_fields (self);
}

static gboolean
focus_name_cb (gpointer data)
{
  MentorPersonEditor *self = data;

  if (self->name_row != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return G_SOURCE_REMOVE;
}

static void
mentor_person_editor_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (mentor_person_editor_parent_class)->map (widget);

  /* Focus the name once the window is up. Grabbing it earlier (constructed,
   * or map itself) moves the focus before GTK 4.8 has set up the window for
   * screen readers, which then see an unshown "filler" or get a broken reply
   * that cuts the application off the accessibility bus. */
  g_idle_add_full (G_PRIORITY_LOW, focus_name_cb, g_object_ref (widget), g_object_unref);
}

static void
mentor_person_editor_dispose (GObject *object)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_PERSON_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->timezone_filter);

  G_OBJECT_CLASS (mentor_person_editor_parent_class)->dispose (object);
}

static void
mentor_person_editor_finalize (GObject *object)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (object);

  g_clear_pointer (&self->manager_ids, g_array_unref);

  G_OBJECT_CLASS (mentor_person_editor_parent_class)->finalize (object);
}

static void
mentor_person_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_person_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MentorPersonEditor *self = MENTOR_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_PERSON:
      {
        MentorPerson *person = g_value_get_object (value);

        g_clear_object (&self->person);
        /* A copy: the list keeps showing the stored state until Save. */
        if (person != NULL)
          self->person = mentor_person_copy (person);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_person_editor_class_init (MentorPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_person_editor_constructed;
  object_class->dispose = mentor_person_editor_dispose;
  object_class->finalize = mentor_person_editor_finalize;
  object_class->get_property = mentor_person_editor_get_property;
  object_class->set_property = mentor_person_editor_set_property;

  widget_class->map = mentor_person_editor_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         MENTOR_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  signals[ARCHIVE_CHANGED] =
    g_signal_new ("archive-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_BOOLEAN);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MENTOR_TYPE_TAG_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, organization_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, manager_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, timezone_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, timezone_popover);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, timezone_search);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, timezone_list);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, offers_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, seeks_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, MentorPersonEditor, archive_button);
  gtk_widget_class_bind_template_callback (widget_class, timezone_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, timezone_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, timezone_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, timezone_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, timezone_activate_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-archived", NULL, toggle_archived_action);
  gtk_widget_class_install_action (widget_class, "editor.suggest-mentor", NULL, suggest_mentor_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
mentor_person_editor_init (MentorPersonEditor *self)
{
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->manager_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.suggest-mentor", FALSE);

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  self->timezone_filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_ignore_case (self->timezone_filter, TRUE);
  gtk_string_filter_set_match_mode (self->timezone_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);

  filtered = gtk_filter_list_model_new (g_object_ref (zone_names ()),
                                        g_object_ref (GTK_FILTER (self->timezone_filter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->timezone_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_zone_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_zone_cb), NULL);
  gtk_list_view_set_factory (self->timezone_list, factory);
  g_object_unref (factory);
}

GtkWidget *
mentor_person_editor_new (MentorStore  *store,
                          MentorPerson *person)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || MENTOR_IS_PERSON (person), NULL);

  return g_object_new (MENTOR_TYPE_PERSON_EDITOR,
                       "store", store,
                       "person", person,
                       NULL);
}
