/* mentor-tag-entry.c — a list of short words (skills, focus areas) as tags
 *
 * Template-free: a vertical box of wrapping pills, an entry, and wrapping
 * one-click suggestions.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-tag-entry.h"

/* More than this many suggestions at once would crowd a narrow dialog. */
#define MAX_SUGGESTIONS_SHOWN 8

struct _MentorTagEntry
{
  GtkWidget  parent_instance;

  char      *title;
  GPtrArray *tags;        /* char*, in the order added */
  GPtrArray *suggestions; /* char* */

  GtkWidget *tags_box;
  GtkWidget *entry;
  GtkWidget *suggestions_box;

  /* Set while the entry's text is rewritten after a comma, so the rewrite does
   * not count as typing. */
  guint      splitting : 1;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorTagEntry, mentor_tag_entry, GTK_TYPE_WIDGET)

/* The entry inside. GTK 4.8's GtkEntry has no activate signal for
 * gtk_widget_activate(), which is what a screen reader's "activate" action
 * calls; this one has, so that action turns the text into tags as Enter does.
 * Private to this file: nothing else needs it. */
#define MENTOR_TYPE_TAG_TEXT (mentor_tag_text_get_type ())
G_DECLARE_FINAL_TYPE (MentorTagText, mentor_tag_text, MENTOR, TAG_TEXT, GtkEntry)

struct _MentorTagText
{
  GtkEntry parent_instance;
};

G_DEFINE_FINAL_TYPE (MentorTagText, mentor_tag_text, GTK_TYPE_ENTRY)

static void
mentor_tag_text_class_init (MentorTagTextClass *klass)
{
  gtk_widget_class_set_activate_signal_from_name (GTK_WIDGET_CLASS (klass), "activate");
}

static void
mentor_tag_text_init (MentorTagText *self)
{
}

/* Lays its widget's children out in lines, each child at its natural width,
 * wrapping when a line is full: pills read like words in a sentence, however
 * narrow the dialog. (GtkFlowBox would align them in columns.) Private to
 * this file. */
#define MENTOR_TYPE_WRAP_LAYOUT (mentor_wrap_layout_get_type ())
G_DECLARE_FINAL_TYPE (MentorWrapLayout, mentor_wrap_layout, MENTOR, WRAP_LAYOUT, GtkLayoutManager)

#define WRAP_SPACING 6

struct _MentorWrapLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (MentorWrapLayout, mentor_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* Places the visible children in lines for the given width; with allocate,
 * also allocates them. Returns the height used. */
static int
wrap_children (GtkWidget *widget,
               int        width,
               gboolean   allocate)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;
  int y = 0;
  int line_height = 0;
  GtkWidget *line_start = NULL;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_width, nat_width, child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, &nat_width, NULL, NULL);
      child_width = width > 0 ? CLAMP (nat_width, min_width, MAX (min_width, width)) : nat_width;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width,
                          NULL, &child_height, NULL, NULL);

      if (line_start != NULL && width > 0 && x + child_width > width)
        {
          y += line_height + WRAP_SPACING;
          x = 0;
          line_height = 0;
          line_start = NULL;
        }

      if (line_start == NULL)
        line_start = child;

      if (allocate)
        {
          GtkAllocation area = { rtl ? width - x - child_width : x, y, child_width, child_height };

          gtk_widget_size_allocate (child, &area, -1);
        }

      x += child_width + WRAP_SPACING;
      line_height = MAX (line_height, child_height);
    }

  return line_start != NULL ? y + line_height : y;
}

static GtkSizeRequestMode
mentor_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mentor_wrap_layout_measure (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            GtkOrientation    orientation,
                            int               for_size,
                            int              *minimum,
                            int              *natural,
                            int              *minimum_baseline,
                            int              *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0;
      int nat = 0;
      int n = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                              &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat + (n > 0 ? WRAP_SPACING : 0);
          n++;
        }

      *minimum = min;
      *natural = nat;
    }
  else
    {
      int height = wrap_children (widget, for_size, FALSE);

      *minimum = height;
      *natural = height;
    }
}

static void
mentor_wrap_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             int               width,
                             int               height,
                             int               baseline)
{
  wrap_children (widget, width, TRUE);
}

static void
mentor_wrap_layout_class_init (MentorWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = mentor_wrap_layout_get_request_mode;
  layout_class->measure = mentor_wrap_layout_measure;
  layout_class->allocate = mentor_wrap_layout_allocate;
}

static void
mentor_wrap_layout_init (MentorWrapLayout *self)
{
}

/* A box whose children wrap: GtkBox only inserts the children; the layout
 * is ours. */
static GtkWidget *
wrap_box_new (const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_layout_manager (box, g_object_new (MENTOR_TYPE_WRAP_LAYOUT, NULL));
  gtk_widget_add_css_class (box, css_class);
  gtk_widget_set_visible (box, FALSE);

  return box;
}

static void rebuild_suggestions (MentorTagEntry *self);
static void tags_changed        (MentorTagEntry *self);

static gboolean
same_word (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

static gboolean
has_tag (MentorTagEntry *self,
         const char     *word)
{
  for (guint i = 0; i < self->tags->len; i++)
    if (same_word (g_ptr_array_index (self->tags, i), word))
      return TRUE;

  return FALSE;
}

/* Splits text on commas into trimmed, non-empty words, appending those not yet
 * in tags (nor earlier in the same text). Returns TRUE when one was added. */
static gboolean
add_words (MentorTagEntry *self,
           GPtrArray      *tags,
           const char     *text)
{
  g_auto(GStrv) parts = NULL;
  gboolean added = FALSE;

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *word = g_strstrip (parts[i]);
      gboolean dup = FALSE;

      if (*word == '\0')
        continue;

      for (guint j = 0; j < tags->len && !dup; j++)
        dup = same_word (g_ptr_array_index (tags, j), word);

      if (!dup)
        {
          g_ptr_array_add (tags, g_strdup (word));
          added = TRUE;
        }
    }

  return added;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
remove_clicked_cb (MentorTagEntry *self,
                   GtkButton      *button)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "mentor-tag");

  for (guint i = 0; i < self->tags->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->tags, i), tag) == 0)
        {
          /* The button goes away with its pill: keep the keyboard user in the
           * entry rather than nowhere. */
          gtk_widget_grab_focus (self->entry);
          g_ptr_array_remove_index (self->tags, i);
          break;
        }
    }

  tags_changed (self);
}

static void
rebuild_tags (MentorTagEntry *self)
{
  clear_box (self->tags_box);

  for (guint i = 0; i < self->tags->len; i++)
    {
      const char *tag = g_ptr_array_index (self->tags, i);
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), tag);
      GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (tag);
      GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");

      gtk_widget_add_css_class (pill, "mentor-tag");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_widget_set_tooltip_text (label, tag);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "mentor-tag", g_strdup (tag), g_free);
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (remove_clicked_cb), self,
                               G_CONNECT_SWAPPED);

      gtk_box_append (GTK_BOX (pill), label);
      gtk_box_append (GTK_BOX (pill), button);
      gtk_box_append (GTK_BOX (self->tags_box), pill);
    }

  gtk_widget_set_visible (self->tags_box, self->tags->len > 0);
}

static void
tags_changed (MentorTagEntry *self)
{
  rebuild_tags (self);
  rebuild_suggestions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
suggestion_clicked_cb (MentorTagEntry *self,
                       GtkButton      *button)
{
  const char *word = g_object_get_data (G_OBJECT (button), "mentor-tag");

  gtk_widget_grab_focus (self->entry);

  /* Picking a suggestion replaces what was being typed to find it. */
  self->splitting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  self->splitting = FALSE;

  if (add_words (self, self->tags, word))
    tags_changed (self);
  else
    rebuild_suggestions (self);
}

static void
rebuild_suggestions (MentorTagEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *needle = NULL;
  guint shown = 0;

  clear_box (self->suggestions_box);

  if (text != NULL && *text != '\0')
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      needle = g_utf8_casefold (stripped, -1);
    }

  for (guint i = 0; i < self->suggestions->len && shown < MAX_SUGGESTIONS_SHOWN; i++)
    {
      const char *word = g_ptr_array_index (self->suggestions, i);
      g_autofree char *add_label = NULL;
      GtkWidget *button;
      GtkWidget *content;

      if (has_tag (self, word))
        continue;

      if (needle != NULL && *needle != '\0')
        {
          g_autofree char *folded = g_utf8_casefold (word, -1);

          if (strstr (folded, needle) == NULL)
            continue;
        }

      add_label = g_strdup_printf (_("Add %s"), word);
      content = g_object_new (ADW_TYPE_BUTTON_CONTENT,
                              "icon-name", "list-add-symbolic",
                              "label", word,
                              NULL);
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "mentor-suggestion");
      gtk_widget_set_tooltip_text (button, add_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                      -1);
      mentor_accessible_keep_own_label (GTK_BUTTON (button));
      g_object_set_data_full (G_OBJECT (button), "mentor-tag", g_strdup (word), g_free);
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (suggestion_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (self->suggestions_box), button);
      shown++;
    }

  gtk_widget_set_visible (self->suggestions_box, shown > 0);
}

static void
entry_changed_cb (MentorTagEntry *self,
                  GtkEditable    *editable)
{
  const char *text;
  const char *comma;

  if (self->splitting)
    return;

  text = gtk_editable_get_text (editable);
  comma = strrchr (text, ',');

  if (comma != NULL)
    {
      g_autofree char *head = g_strndup (text, comma - text);
      g_autofree char *tail = g_strdup (comma + 1);

      self->splitting = TRUE;
      gtk_editable_set_text (editable, g_strchug (tail));
      gtk_editable_set_position (editable, -1);
      self->splitting = FALSE;

      if (add_words (self, self->tags, head))
        {
          tags_changed (self);
          return;
        }
    }

  rebuild_suggestions (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
entry_activate_cb (MentorTagEntry *self,
                   GtkEntry       *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gboolean added;

  if (*g_strstrip (text) == '\0')
    return;

  self->splitting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  self->splitting = FALSE;

  added = add_words (self, self->tags, text);
  if (added)
    tags_changed (self);
  else
    {
      /* Only duplicates: the text is already there as tags. */
      rebuild_suggestions (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static gboolean
mentor_tag_entry_grab_focus (GtkWidget *widget)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (widget);

  return gtk_widget_grab_focus (self->entry);
}

static void
mentor_tag_entry_constructed (GObject *object)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (object);

  G_OBJECT_CLASS (mentor_tag_entry_parent_class)->constructed (object);

  if (self->title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                    -1);
}

static void
mentor_tag_entry_dispose (GObject *object)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  self->tags_box = NULL;
  self->entry = NULL;
  self->suggestions_box = NULL;

  G_OBJECT_CLASS (mentor_tag_entry_parent_class)->dispose (object);
}

static void
mentor_tag_entry_finalize (GObject *object)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_tag_entry_parent_class)->finalize (object);
}

static void
mentor_tag_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TAGS:
      {
        GStrvBuilder *builder = g_strv_builder_new ();

        for (guint i = 0; i < self->tags->len; i++)
          g_strv_builder_add (builder, g_ptr_array_index (self->tags, i));
        g_value_take_boxed (value, g_strv_builder_end (builder));
        g_strv_builder_unref (builder);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_tag_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MentorTagEntry *self = MENTOR_TAG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      break;

    case PROP_TAGS:
      mentor_tag_entry_set_tags (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_tag_entry_class_init (MentorTagEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_tag_entry_constructed;
  object_class->dispose = mentor_tag_entry_dispose;
  object_class->finalize = mentor_tag_entry_finalize;
  object_class->get_property = mentor_tag_entry_get_property;
  object_class->set_property = mentor_tag_entry_set_property;

  widget_class->grab_focus = mentor_tag_entry_grab_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mentortagentry");
}

static void
mentor_tag_entry_init (MentorTagEntry *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->suggestions = g_ptr_array_new_with_free_func (g_free);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->tags_box = wrap_box_new ("mentor-tags");
  gtk_widget_set_parent (self->tags_box, GTK_WIDGET (self));

  self->entry = g_object_new (MENTOR_TYPE_TAG_TEXT, NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry),
                                  _("Type and press Enter; separate with commas"));
  gtk_widget_set_hexpand (self->entry, TRUE);
  g_signal_connect_object (self->entry, "changed",
                           G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entry, "activate",
                           G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));

  self->suggestions_box = wrap_box_new ("mentor-suggestions");
  gtk_widget_set_parent (self->suggestions_box, GTK_WIDGET (self));
}

GtkWidget *
mentor_tag_entry_new (const char *title)
{
  return g_object_new (MENTOR_TYPE_TAG_ENTRY,
                       "title", title,
                       NULL);
}

void
mentor_tag_entry_set_tags (MentorTagEntry     *self,
                           const char * const *tags)
{
  g_autoptr(GPtrArray) next = NULL;
  gboolean same;

  g_return_if_fail (MENTOR_IS_TAG_ENTRY (self));

  next = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    add_words (self, next, tags[i]);

  same = next->len == self->tags->len;
  for (guint i = 0; same && i < next->len; i++)
    same = g_strcmp0 (g_ptr_array_index (next, i), g_ptr_array_index (self->tags, i)) == 0;
  if (same)
    return;

  g_ptr_array_unref (self->tags);
  self->tags = g_steal_pointer (&next);
  tags_changed (self);
}

char **
mentor_tag_entry_get_tags (MentorTagEntry *self)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (MENTOR_IS_TAG_ENTRY (self), NULL);

  all = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->tags->len; i++)
    g_ptr_array_add (all, g_strdup (g_ptr_array_index (self->tags, i)));
  add_words (self, all, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  g_ptr_array_add (all, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&all), FALSE);
}

void
mentor_tag_entry_set_suggestions (MentorTagEntry     *self,
                                  const char * const *words)
{
  g_return_if_fail (MENTOR_IS_TAG_ENTRY (self));

  g_ptr_array_set_size (self->suggestions, 0);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      gboolean dup = FALSE;

      for (guint j = 0; j < self->suggestions->len && !dup; j++)
        dup = same_word (g_ptr_array_index (self->suggestions, j), words[i]);
      if (!dup && *words[i] != '\0')
        g_ptr_array_add (self->suggestions, g_strdup (words[i]));
    }

  rebuild_suggestions (self);
}
