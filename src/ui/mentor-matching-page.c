/* mentor-matching-page.c — mentees without a mentor, with suggested mentors
 *
 * A GtkListView of MentorMatchCard, one per mentee, so that a program of
 * thousands only ranks mentors for the mentees on screen. The page takes a
 * new MentorMatching (one look at the program) after every change of people
 * or mentorships, but only while it is on screen: hidden, it just notes that
 * it is out of date and catches up when shown.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-match-card.h"
#include "mentor-matching-page.h"
#include "mentor-matching-text.h"
#include "mentor-propose.h"

struct _MentorMatchingPage
{
  AdwBin          parent_instance;

  MentorStore    *store;
  MentorMatching *matching;
  GListStore     *mentees; /* MentorPerson, as matching last saw them */
  GPtrArray      *cards;   /* the factory's cards alive now (not owned) */
  gboolean        out_of_date;

  /* template */
  GtkStack       *stack;
  GtkLabel       *count_label;
  GtkListView    *list_view;
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

G_DEFINE_FINAL_TYPE (MentorMatchingPage, mentor_matching_page, ADW_TYPE_BIN)

static void
emit_text_toast (MentorMatchingPage *self,
                 const char         *text)
{
  /* AdwToast 1.2 reads its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 8);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
update_state (MentorMatchingPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->mentees));
  g_autofree char *count = mentor_matching_dup_count_text (n);

  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "matches");
  else if (self->store == NULL || mentor_store_is_empty (self->store))
    gtk_stack_set_visible_child_name (self->stack, "no-people");
  else
    gtk_stack_set_visible_child_name (self->stack, "all-matched");
}

/* Changes only the rows that differ, so the list keeps its scroll position
 * when one mentee leaves it. */
static void
mirror_mentees (MentorMatchingPage *self,
                GListModel         *fresh)
{
  GListModel *old = G_LIST_MODEL (self->mentees);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new = g_list_model_get_n_items (fresh);
  guint prefix = 0;
  guint suffix = 0;
  g_autoptr(GPtrArray) middle = NULL;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(MentorPerson) a = g_list_model_get_item (old, prefix);
      g_autoptr(MentorPerson) b = g_list_model_get_item (fresh, prefix);

      if (mentor_person_get_id (a) != mentor_person_get_id (b))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(MentorPerson) a = g_list_model_get_item (old, n_old - 1 - suffix);
      g_autoptr(MentorPerson) b = g_list_model_get_item (fresh, n_new - 1 - suffix);

      if (mentor_person_get_id (a) != mentor_person_get_id (b))
        break;
      suffix++;
    }

  middle = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = prefix; i < n_new - suffix; i++)
    g_ptr_array_add (middle, g_list_model_get_item (fresh, i));

  if (n_old - prefix - suffix > 0 || middle->len > 0)
    g_list_store_splice (self->mentees, prefix, n_old - prefix - suffix,
                         middle->pdata, middle->len);
}

static void
reload (MentorMatchingPage *self)
{
  g_autoptr(MentorMatching) matching = NULL;
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;

  self->out_of_date = FALSE;

  if (self->store != NULL)
    {
      matching = mentor_matching_new (self->store, &error);
      if (matching == NULL)
        {
          emit_text_toast (self, error->message);
          return;
        }
      fresh = mentor_matching_get_mentees_without_mentor (matching);
    }
  else
    fresh = G_LIST_MODEL (g_list_store_new (MENTOR_TYPE_PERSON));

  g_set_object (&self->matching, matching);
  mirror_mentees (self, fresh);

  /* The rows the splice kept still show the old look at the program: a
   * mentor who just took a mentee may have no place left. */
  for (guint i = 0; i < self->cards->len; i++)
    {
      MentorMatchCard *card = g_ptr_array_index (self->cards, i);
      gint64 id = mentor_match_card_get_mentee_id (card);

      if (id != 0)
        mentor_match_card_show (card, self->matching, id, MENTOR_MATCHING_PAGE_SUGGESTIONS);
    }

  update_state (self);
}

static void
store_changed_cb (MentorMatchingPage *self,
                  guint               what,
                  MentorStore        *store)
{
  if ((what & (MENTOR_CHANGE_PEOPLE | MENTOR_CHANGE_MENTORSHIPS)) == 0)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->out_of_date = TRUE;
}

/* A card is dropped by the list view when it no longer needs it; the weak
 * reference takes it out of the page's list at that moment, whatever the
 * order in which GTK lets go of the item and its child. */
static void
card_finalized_cb (gpointer  data,
                   GObject  *where_the_card_was)
{
  MentorMatchingPage *self = data;

  g_ptr_array_remove_fast (self->cards, where_the_card_was);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MentorMatchingPage       *self)
{
  GtkWidget *card = mentor_match_card_new ();

  gtk_widget_add_css_class (card, "mentor-match-card");
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, card);
  g_ptr_array_add (self->cards, card);
  g_object_weak_ref (G_OBJECT (card), card_finalized_cb, self);
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MentorMatchingPage       *self)
{
  MentorPerson *mentee = gtk_list_item_get_item (item);
  GtkWidget *card = gtk_list_item_get_child (item);
  GtkWidget *list_item_widget = gtk_widget_get_parent (card);

  mentor_match_card_show (MENTOR_MATCH_CARD (card), self->matching,
                          mentor_person_get_id (mentee), MENTOR_MATCHING_PAGE_SUGGESTIONS);

  /* GTK 4.8 has no GtkListItem:accessible-label; the row a screen reader
   * lands on is the list's item widget, our parent. */
  if (list_item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    mentor_person_get_name (mentee),
                                    -1);
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MentorMatchingPage       *self)
{
  mentor_match_card_show (MENTOR_MATCH_CARD (gtk_list_item_get_child (item)), NULL, 0, 0);
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (widget);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mentor_name = NULL;
  g_autofree char *mentee_name = NULL;
  MentorPerson *mentor;
  MentorPerson *mentee;
  gint64 mentor_id;
  gint64 mentee_id;

  if (self->store == NULL || self->matching == NULL)
    return;

  g_variant_get (param, "(xx)", &mentor_id, &mentee_id);
  mentor = mentor_matching_get_person (self->matching, mentor_id);
  mentee = mentor_matching_get_person (self->matching, mentee_id);
  if (mentor == NULL || mentee == NULL)
    return;

  /* The names outlive the look at the program that the change replaces. */
  mentor_name = g_strdup (mentor_person_get_name (mentor));
  mentee_name = g_strdup (mentor_person_get_name (mentee));

  toast = mentor_propose_match (self->store, mentor_id, mentor_name, mentee_id, mentee_name,
                                GTK_WIDGET (self), &error);
  if (toast == NULL)
    {
      emit_text_toast (self, error->message);
      return;
    }

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
mentor_matching_page_map (GtkWidget *widget)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (widget);

  GTK_WIDGET_CLASS (mentor_matching_page_parent_class)->map (widget);

  if (self->out_of_date)
    reload (self);
}

static void
mentor_matching_page_dispose (GObject *object)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (object);

  /* The list view holds the models; drop it before them. The template's
   * child goes through AdwBin first: GTK 4.8's dispose_template would unparent
   * it behind AdwBin's back, and AdwBin would then unparent a dead widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_MATCHING_PAGE);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->matching);
  g_clear_object (&self->mentees);

  G_OBJECT_CLASS (mentor_matching_page_parent_class)->dispose (object);
}

static void
mentor_matching_page_finalize (GObject *object)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (object);

  /* The cards went with the list view in dispose; any left over must not
   * report to a page that is gone. */
  for (guint i = 0; i < self->cards->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->cards, i), card_finalized_cb, self);
  g_clear_pointer (&self->cards, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_matching_page_parent_class)->finalize (object);
}

static void
mentor_matching_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (object);

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
mentor_matching_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MentorMatchingPage *self = MENTOR_MATCHING_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_matching_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_matching_page_class_init (MentorMatchingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_matching_page_dispose;
  object_class->finalize = mentor_matching_page_finalize;
  object_class->get_property = mentor_matching_page_get_property;
  object_class->set_property = mentor_matching_page_set_property;

  widget_class->map = mentor_matching_page_map;

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

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-matching-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorMatchingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorMatchingPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMatchingPage, list_view);

  gtk_widget_class_install_action (widget_class, "matching.propose", "(xx)", propose_action);
}

static void
mentor_matching_page_init (MentorMatchingPage *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->mentees = g_list_store_new (MENTOR_TYPE_PERSON);
  self->cards = g_ptr_array_new ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->mentees)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  update_state (self);
}

GtkWidget *
mentor_matching_page_new (MentorStore *store)
{
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_MATCHING_PAGE,
                       "store", store,
                       NULL);
}

MentorStore *
mentor_matching_page_get_store (MentorMatchingPage *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCHING_PAGE (self), NULL);

  return self->store;
}

void
mentor_matching_page_set_store (MentorMatchingPage *self,
                                MentorStore        *store)
{
  g_return_if_fail (MENTOR_IS_MATCHING_PAGE (self));
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

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->out_of_date = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
