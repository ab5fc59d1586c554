/* mentor-mentorship-detail.c — the pane that creates and edits one mentorship
 *
 * The form is filled from a stored record (or a blank one) and read back into
 * a copy of it on Create or Save, so nothing reaches the store half-typed and
 * a refusal leaves the input where it was. Above the form, a stored
 * mentorship shows its health with the reasons, its goals and its reviews;
 * those follow the store at once, as the status does.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-accessible.h"
#include "mentor-checkins-group.h"
#include "mentor-date-picker.h"
#include "mentor-goal-editor.h"
#include "mentor-goal-row.h"
#include "mentor-mentorship-detail.h"
#include "mentor-mentorship-dialogs.h"
#include "mentor-mentorship-moves.h"
#include "mentor-mentorship-text.h"
#include "mentor-review-dialog.h"
#include "mentor-review-row.h"
#include "mentor-tag-entry.h"

struct _MentorMentorshipDetail
{
  GtkWidget         parent_instance;

  MentorStore      *store;
  /* The record as stored; NULL while creating or showing nothing. */
  MentorMentorship *original;
  /* What the Mentor and Mentee pickers offer: a "Choose a Person" item first,
   * then people by name. */
  GListStore       *people;
  MentorPerson     *placeholder;

  /* Set while the form is filled from code, so that it does not count as an
   * edit. A counter because fills nest (people inside a whole load). */
  guint             loading;
  guint             creating : 1;
  guint             dirty : 1;
  guint             show_back : 1;

  GtkWidget        *box;
  GtkWidget        *toolbar;
  GtkWidget        *back_button;
  GtkLabel         *dirty_label;
  GtkButton        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkStack         *stack;
  GtkScrolledWindow *scroller;
  GtkLabel         *title_label;
  GtkWidget        *status_box;
  GtkImage         *status_icon;
  GtkLabel         *status_label;
  GtkLabel         *dates_label;
  GtkLabel         *closed_label;
  GtkWidget        *lifecycle_box;
  GtkWidget        *activate_button;
  GtkWidget        *pause_button;
  GtkWidget        *resume_button;
  GtkWidget        *complete_button;
  GtkWidget        *end_button;
  AdwComboRow      *mentor_row;
  AdwComboRow      *mentee_row;
  GtkWidget        *people_hint;
  AdwComboRow      *kind_row;
  AdwComboRow      *mode_row;
  AdwEntryRow      *start_row;
  AdwEntryRow      *end_row;
  GtkSpinButton    *cadence_spin;
  GtkSpinButton    *max_gap_spin;
  GtkLabel         *date_error_label;
  MentorTagEntry   *focus_entry;
  GtkTextView      *expectations_view;
  GtkWidget        *delete_button;

  GtkWidget        *health_group;
  AdwBin           *health_bin;
  MentorCheckinsGroup *checkins_group;
  GtkMenuButton    *more_button;
  GtkWidget        *goals_group;
  GtkListBox       *goals_list;
  GtkWidget        *goals_empty_label;
  GtkWidget        *reviews_group;
  AdwBin           *reviews_bin;
  /* The reviews shown, newest first, for Delete to find by id. */
  GListModel       *reviews;

  const char       *status_class;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_BACK,
  PROP_MENTORSHIP_ID,
  PROP_CREATING,
  PROP_DIRTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorMentorshipDetail, mentor_mentorship_detail, GTK_TYPE_WIDGET)

static const char * const no_words[] = { NULL };

#define GOAL_KEY "mentor-goal"
#define REVIEW_KEY "mentor-review"

/* ---- Small helpers ------------------------------------------------------ */

static void
set_dirty (MentorMentorshipDetail *self,
           gboolean                dirty)
{
  dirty = !!dirty;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.save",
                                 self->creating || dirty);
  gtk_label_set_label (self->dirty_label,
                       (dirty && !self->creating) ? _("Unsaved changes") : "");

  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
show_error (MentorMentorshipDetail *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
clear_error (MentorMentorshipDetail *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static char *
dup_trimmed_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static char *
dup_expectations (MentorMentorshipDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->expectations_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
person_label (MentorPerson *person)
{
  if (person == NULL)
    return NULL;

  if (mentor_person_get_archived (person))
    /* TRANSLATORS: a person's name in a picker, for someone archived */
    return g_strdup_printf (_("%s (Archived)"), mentor_person_get_name (person));

  return g_strdup (mentor_person_get_name (person));
}

static gint64
selected_person_id (AdwComboRow *row)
{
  MentorPerson *person = adw_combo_row_get_selected_item (row);

  return person != NULL ? mentor_person_get_id (person) : 0;
}

static void
select_person (MentorMentorshipDetail *self,
               AdwComboRow            *row,
               gint64                  id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint position = 0;

  for (guint i = 1; id != 0 && i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (mentor_person_get_id (person) == id)
        {
          position = i;
          break;
        }
    }

  self->loading++;
  adw_combo_row_set_selected (row, position);
  self->loading--;
}

/* Refills the pickers from the store, keeping what each one had chosen. Archived
 * people are offered only when this mentorship already has them. */
static void
rebuild_people (MentorMentorshipDetail *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 mentor_id, mentee_id;
  guint active = 0;

  mentor_id = selected_person_id (self->mentor_row);
  mentee_id = selected_person_id (self->mentee_row);

  items = g_ptr_array_new ();
  g_ptr_array_add (items, self->placeholder);

  if (self->store != NULL)
    {
      people = mentor_store_list_people (self->store, TRUE);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
          gint64 id = mentor_person_get_id (person);
          gboolean in_this_one = FALSE;

          if (self->original != NULL)
            in_this_one = (id == mentor_mentorship_get_mentor_id (self->original) ||
                           id == mentor_mentorship_get_mentee_id (self->original));

          if (!mentor_person_get_archived (person))
            active++;
          else if (!in_this_one && id != mentor_id && id != mentee_id)
            continue;

          g_ptr_array_add (items, person);
        }
    }

  self->loading++;
  g_list_store_splice (self->people, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       items->pdata, items->len);
  select_person (self, self->mentor_row, mentor_id);
  select_person (self, self->mentee_row, mentee_id);
  self->loading--;

  gtk_widget_set_visible (self->people_hint, self->creating && active < 2);
}

static void
set_date_row (MentorMentorshipDetail *self,
              AdwEntryRow            *row,
              const char             *date)
{
  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (row), date != NULL ? date : "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  self->loading--;
}

/* Checks both date rows and says in words what is wrong below them. */
static gboolean
check_dates (MentorMentorshipDetail *self)
{
  g_autoptr(GString) message = g_string_new (NULL);
  g_autofree char *today = mentor_today ();
  gboolean start_ok = mentor_date_entry_check (GTK_EDITABLE (self->start_row));
  gboolean end_ok = mentor_date_entry_check (GTK_EDITABLE (self->end_row));

  if (!start_ok)
    /* TRANSLATORS: %s is today's date as an example, e.g. 2026-03-12 */
    g_string_append_printf (message, _("Start Date is not a date: write it as year-month-day, for example %s."), today);

  if (!end_ok)
    {
      if (message->len > 0)
        g_string_append_c (message, '\n');
      /* TRANSLATORS: %s is today's date as an example, e.g. 2026-03-12 */
      g_string_append_printf (message, _("Planned End Date is not a date: write it as year-month-day, for example %s."), today);
    }

  gtk_label_set_label (self->date_error_label, message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->date_error_label), message->len > 0);

  return start_ok && end_ok;
}

/* ---- Health, goals and reviews ------------------------------------------ */

/* A sentence in a list, after a small icon that only decorates it. */
static void
append_sentence (GtkWidget  *box,
                 const char *icon_name,
                 const char *text,
                 const char *css_class)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  gtk_box_append (GTK_BOX (line), icon);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);

  gtk_box_append (GTK_BOX (box), line);
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static gboolean
is_editing (MentorMentorshipDetail *self)
{
  return self->original != NULL && !self->creating;
}

/* The level in words with its icon, every reason, and what would help. The
 * card is built afresh each time (see the .ui). */
static GtkWidget *
health_card_new (MentorHealth *health)
{
  MentorHealthLevel level = mentor_health_get_level (health);
  const char * const *reasons = mentor_health_get_reasons (health);
  const char * const *advice = mentor_health_get_advice (health);
  GtkWidget *card, *level_box, *icon, *label;

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "mentor-health-card");

  level_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (level_box, mentor_health_level_class (level));
  icon = gtk_image_new_from_icon_name (mentor_health_level_to_icon_name (level));
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (level_box), icon);
  label = gtk_label_new (mentor_health_level_to_label (level));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (level_box), label);
  gtk_box_append (GTK_BOX (card), level_box);

  if (reasons != NULL && reasons[0] != NULL)
    {
      gtk_box_append (GTK_BOX (card), heading_new (_("Why")));
      for (guint i = 0; reasons[i] != NULL; i++)
        append_sentence (card, "dialog-warning-symbolic", reasons[i], "warning");
    }

  if (advice != NULL && advice[0] != NULL)
    {
      /* On track, the advice is a mere reminder of the next check-in. */
      gtk_box_append (GTK_BOX (card), heading_new (level == MENTOR_HEALTH_ON_TRACK
                                                   ? _("Next Steps")
                                                   : _("What Would Help")));
      for (guint i = 0; advice[i] != NULL; i++)
        append_sentence (card, "go-next-symbolic", advice[i], NULL);
    }

  return card;
}

static void
update_health (MentorMentorshipDetail *self)
{
  MentorHealth *health = is_editing (self) ? mentor_mentorship_get_health (self->original) : NULL;
  MentorHealthLevel level = health != NULL ? mentor_health_get_level (health) : MENTOR_HEALTH_NONE;

  /* Proposed and closed ones have no health to show. */
  gtk_widget_set_visible (self->health_group, level != MENTOR_HEALTH_NONE);
  adw_bin_set_child (self->health_bin, level != MENTOR_HEALTH_NONE ? health_card_new (health) : NULL);
}

static GtkWidget *
goal_row_new (MentorGoal *goal)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = mentor_goal_row_new ();

  mentor_goal_row_set_goal (MENTOR_GOAL_ROW (content), goal);
  gtk_widget_set_margin_top (content, 10);
  gtk_widget_set_margin_bottom (content, 10);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The row takes the focus: it says what the goal row inside it says. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, content, NULL,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), GOAL_KEY, g_object_ref (goal), g_object_unref);

  return row;
}

static void
update_goals (MentorMentorshipDetail *self)
{
  g_autoptr(GListModel) goals = NULL;
  GtkWidget *child;
  guint n = 0;

  gtk_widget_set_visible (self->goals_group, is_editing (self) && self->store != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list))) != NULL)
    gtk_list_box_remove (self->goals_list, child);

  if (!is_editing (self) || self->store == NULL)
    return;

  goals = mentor_store_list_goals (self->store, mentor_mentorship_get_id (self->original));
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorGoal) goal = g_list_model_get_item (goals, i);

      gtk_list_box_append (self->goals_list, goal_row_new (goal));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->goals_list), n > 0);
  gtk_widget_set_visible (self->goals_empty_label, n == 0);
}

static gboolean
reviews_apply (MentorMentorshipDetail *self)
{
  MentorStatus status;

  if (!is_editing (self))
    return FALSE;

  /* Each side reviews a relationship that is under way. */
  status = mentor_mentorship_get_status (self->original);
  return status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED;
}

static GtkWidget *
review_row_new (MentorMentorshipDetail *self,
                MentorReview           *review)
{
  const char *name = mentor_mentorship_author_name (self->original, mentor_review_get_author (review));
  g_autofree char *a11y_name = mentor_review_dup_a11y_name (review, name);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = mentor_review_row_new (review, name);

  gtk_widget_set_margin_top (content, 10);
  gtk_widget_set_margin_bottom (content, 10);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                  -1);
  return row;
}

/* Whose review is due (or next due) and the reviews written, built afresh
 * each time as the health card is (see the .ui). */
static void
update_reviews (MentorMentorshipDetail *self)
{
  g_autofree char *today = NULL;
  g_autofree char *due[2] = { NULL, NULL };
  GtkWidget *content;
  guint n;

  g_clear_object (&self->reviews);

  if (!is_editing (self) || self->store == NULL)
    {
      adw_bin_set_child (self->reviews_bin, NULL);
      gtk_widget_set_visible (self->reviews_group, FALSE);
      return;
    }

  self->reviews = mentor_store_list_reviews (self->store, mentor_mentorship_get_id (self->original));
  n = g_list_model_get_n_items (self->reviews);

  /* A proposed one has none yet, and a closed one without any has nothing to say. */
  gtk_widget_set_visible (self->reviews_group, reviews_apply (self) || n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.add-review", reviews_apply (self));

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  today = mentor_today ();
  mentor_store_reviews_due (self->store, mentor_mentorship_get_id (self->original), today,
                            &due[MENTOR_OWNER_MENTOR], &due[MENTOR_OWNER_MENTEE]);
  for (MentorOwner side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
    {
      g_autofree char *text = NULL;
      gboolean is_due = FALSE;

      if (due[side] == NULL)
        continue;

      text = mentor_review_dup_due_text (mentor_mentorship_author_name (self->original, side),
                                         due[side], today, &is_due);
      append_sentence (content, is_due ? "alarm-symbolic" : "x-office-calendar-symbolic",
                       text, is_due ? "warning" : "dim-label");
    }

  if (n > 0)
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reviews"),
                                      -1);
      if (gtk_widget_get_first_child (content) != NULL)
        gtk_widget_set_margin_top (list, 12);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MentorReview) review = g_list_model_get_item (self->reviews, i);

          gtk_list_box_append (GTK_LIST_BOX (list), review_row_new (self, review));
        }
      gtk_box_append (GTK_BOX (content), list);
    }
  else
    {
      GtkWidget *none = gtk_label_new (_("No reviews yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      if (gtk_widget_get_first_child (content) != NULL)
        gtk_widget_set_margin_top (none, 12);
      gtk_box_append (GTK_BOX (content), none);
    }

  adw_bin_set_child (self->reviews_bin, content);
}

/* The parts of the pane that show the store's view of the mentorship. */
static void
update_sections (MentorMentorshipDetail *self)
{
  update_health (self);
  update_goals (self);
  update_reviews (self);
  mentor_checkins_group_set_mentorship (self->checkins_group, self->store,
                                        is_editing (self) ? self->original : NULL);
}

static void
update_header (MentorMentorshipDetail *self)
{
  MentorMentorship *m = self->original;
  g_autofree char *title = NULL;
  g_autofree char *closed = NULL;
  g_autoptr(GString) dates = g_string_new (NULL);
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  gboolean editing = (m != NULL && !self->creating);

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (self->status_box, self->status_class);
      self->status_class = NULL;
    }

  if (editing)
    {
      g_autofree char *since = NULL;
      g_autofree char *until = NULL;
      guint cadence;

      status = mentor_mentorship_get_status (m);
      title = mentor_mentorship_dup_title (m);
      closed = mentor_mentorship_dup_closed_text (m);

      until = mentor_mentorship_format_date (mentor_mentorship_get_ends_on (m));
      cadence = mentor_mentorship_get_cadence_days (m);

      since = mentor_mentorship_dup_start_text (m);
      g_string_append (dates, since);

      if (until != NULL)
        /* TRANSLATORS: follows "Since <date>" or "Starts <date>"; %s is a date such as "12 Mar 2026" */
        g_string_append_printf (dates, _(" · Planned until %s"), until);

      if (cadence > 0)
        {
          g_string_append (dates, " · ");
          g_string_append_printf (dates,
                                  /* TRANSLATORS: how often they meet */
                                  ngettext ("Meets every day", "Meets every %u days", cadence),
                                  cadence);
        }
    }
  else
    {
      title = g_strdup (_("New Mentorship"));
      g_string_append (dates, _("Starts as Proposed. Activate it once both have agreed the terms."));
    }

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->status_label, mentor_status_to_label (status));
  gtk_image_set_from_icon_name (self->status_icon, mentor_mentorship_status_icon (status));
  self->status_class = mentor_mentorship_status_class (status);
  gtk_widget_add_css_class (self->status_box, self->status_class);
  gtk_label_set_label (self->dates_label, dates->str);
  gtk_label_set_label (self->closed_label, closed != NULL ? closed : "");
  gtk_widget_set_visible (GTK_WIDGET (self->closed_label), closed != NULL);

  /* Only the moves the lifecycle allows from here. */
  gtk_widget_set_visible (self->activate_button, editing && status == MENTOR_STATUS_PROPOSED);
  gtk_widget_set_visible (self->pause_button, editing && status == MENTOR_STATUS_ACTIVE);
  gtk_widget_set_visible (self->resume_button, editing && status == MENTOR_STATUS_PAUSED);
  gtk_widget_set_visible (self->complete_button,
                          editing && mentor_status_can_change (status, MENTOR_STATUS_COMPLETED));
  gtk_widget_set_visible (self->end_button,
                          editing && mentor_status_can_change (status, MENTOR_STATUS_ENDED));
  gtk_widget_set_visible (self->lifecycle_box,
                          editing && (status == MENTOR_STATUS_PROPOSED ||
                                      status == MENTOR_STATUS_ACTIVE ||
                                      status == MENTOR_STATUS_PAUSED));

  gtk_widget_set_visible (self->delete_button, editing);
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), editing);
  if (editing)
    {
      g_autoptr(GMenuModel) menu = mentor_mentorship_menu_new (mentor_mentorship_get_id (m));

      gtk_menu_button_set_menu_model (self->more_button, menu);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.set-status", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.end-early", editing);

  gtk_button_set_label (self->save_button, self->creating ? _("Create") : _("Save"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.add-goal", editing);
  update_sections (self);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), editing || self->creating);
}

/* Fills every field from a record; the form is clean afterwards. */
static void
load_form (MentorMentorshipDetail *self,
           MentorMentorship       *m)
{
  const char * const *areas;
  const char *expectations;

  g_assert (MENTOR_IS_MENTORSHIP (m));

  self->loading++;

  /* Forget the old choice, so the rebuild keeps only what this record has. */
  adw_combo_row_set_selected (self->mentor_row, 0);
  adw_combo_row_set_selected (self->mentee_row, 0);
  rebuild_people (self);
  select_person (self, self->mentor_row, mentor_mentorship_get_mentor_id (m));
  select_person (self, self->mentee_row, mentor_mentorship_get_mentee_id (m));

  adw_combo_row_set_selected (self->kind_row, mentor_mentorship_get_kind (m));
  adw_combo_row_set_selected (self->mode_row, mentor_mentorship_get_mode (m));
  set_date_row (self, self->start_row, mentor_mentorship_get_started_on (m));
  set_date_row (self, self->end_row, mentor_mentorship_get_ends_on (m));
  gtk_spin_button_set_value (self->cadence_spin, mentor_mentorship_get_cadence_days (m));
  gtk_spin_button_set_value (self->max_gap_spin, mentor_mentorship_get_max_gap_days (m));

  areas = mentor_mentorship_get_focus_areas (m);
  mentor_tag_entry_set_tags (self->focus_entry, areas != NULL ? areas : no_words);

  expectations = mentor_mentorship_get_expectations (m);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->expectations_view),
                            expectations != NULL ? expectations : "", -1);

  gtk_label_set_label (self->date_error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_error_label), FALSE);

  self->loading--;

  update_header (self);
  set_dirty (self, FALSE);
}

/* Reads the form into record. Returns a sentence saying what is missing or
 * wrong, or NULL when the record is ready for the store. */
static char *
read_form (MentorMentorshipDetail *self,
           MentorMentorship       *record)
{
  g_autofree char *started_on = NULL;
  g_autofree char *ends_on = NULL;
  g_autofree char *expectations = NULL;
  g_auto(GStrv) areas = NULL;
  gint64 mentor_id, mentee_id;

  mentor_id = selected_person_id (self->mentor_row);
  mentee_id = selected_person_id (self->mentee_row);

  if (mentor_id == 0 && mentee_id == 0)
    return g_strdup (_("Choose a mentor and a mentee."));
  if (mentor_id == 0)
    return g_strdup (_("Choose a mentor."));
  if (mentee_id == 0)
    return g_strdup (_("Choose a mentee."));

  if (!check_dates (self))
    return g_strdup (gtk_label_get_label (self->date_error_label));

  started_on = dup_trimmed_text (GTK_EDITABLE (self->start_row));
  ends_on = dup_trimmed_text (GTK_EDITABLE (self->end_row));
  expectations = dup_expectations (self);
  areas = mentor_tag_entry_get_tags (self->focus_entry);

  mentor_mentorship_set_mentor_id (record, mentor_id);
  mentor_mentorship_set_mentee_id (record, mentee_id);
  mentor_mentorship_set_kind (record, adw_combo_row_get_selected (self->kind_row));
  mentor_mentorship_set_mode (record, adw_combo_row_get_selected (self->mode_row));
  mentor_mentorship_set_started_on (record, *started_on != '\0' ? started_on : NULL);
  mentor_mentorship_set_ends_on (record, *ends_on != '\0' ? ends_on : NULL);
  mentor_mentorship_set_cadence_days (record, gtk_spin_button_get_value_as_int (self->cadence_spin));
  mentor_mentorship_set_max_gap_days (record, gtk_spin_button_get_value_as_int (self->max_gap_spin));
  mentor_mentorship_set_expectations (record, expectations);
  mentor_mentorship_set_focus_areas (record, (const char * const *) areas);

  return NULL;
}

static void
show_form (MentorMentorshipDetail *self)
{
  gtk_stack_set_visible_child_name (self->stack, "form");
  /* A new record starts at the top, not where the last one was scrolled. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
form_changed_cb (MentorMentorshipDetail *self)
{
  if (self->loading > 0)
    return;

  set_dirty (self, TRUE);
}

static void
date_changed_cb (MentorMentorshipDetail *self,
                 GtkEditable            *row)
{
  /* Flag a bad date when the person leaves the row or saves, not while the
   * date is half typed; but clear the flag as soon as it is right again. */
  if (gtk_widget_has_css_class (GTK_WIDGET (row), "error") ||
      gtk_widget_get_visible (GTK_WIDGET (self->date_error_label)))
    {
      if (mentor_date_entry_check (row))
        check_dates (self);
    }

  form_changed_cb (self);
}

static void
date_focus_leave_cb (MentorMentorshipDetail  *self,
                     GtkEventControllerFocus *controller)
{
  check_dates (self);
}

static void
end_dialog_response_cb (MentorMentorshipDetail *self,
                        const char             *response,
                        AdwMessageDialog       *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 id;

  if (g_strcmp0 (response, "end") != 0 || self->original == NULL || self->store == NULL)
    return;

  reason = mentor_mentorship_end_dialog_dup_reason (dialog);
  id = mentor_mentorship_get_id (self->original);

  if (!mentor_store_set_mentorship_status (self->store, id, MENTOR_STATUS_ENDED, reason, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

static void
goal_activated_cb (MentorMentorshipDetail *self,
                   GtkListBoxRow          *row,
                   GtkListBox             *list)
{
  MentorGoal *goal = g_object_get_data (G_OBJECT (row), GOAL_KEY);

  if (goal == NULL || !is_editing (self) || self->store == NULL)
    return;

  mentor_goal_editor_present (GTK_WIDGET (self), self->store,
                              mentor_mentorship_get_id (self->original), goal);
}

static void
review_dialog_response_cb (MentorMentorshipDetail *self,
                           const char             *response,
                           MentorReviewDialog     *dialog)
{
  g_autoptr(MentorReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;

  if (g_strcmp0 (response, "add") != 0 || !is_editing (self) || self->store == NULL)
    return;

  note = mentor_review_dialog_dup_note (dialog);
  review = mentor_review_new ();
  mentor_review_set_mentorship_id (review, mentor_mentorship_get_id (self->original));
  mentor_review_set_author (review, mentor_review_dialog_get_author (dialog));
  mentor_review_set_rating (review, mentor_review_dialog_get_rating (dialog));
  mentor_review_set_note (review, note);

  if (!mentor_store_save_review (self->store, review, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

static void
undo_delete_review_cb (MentorMentorshipDetail *self,
                       AdwToast               *toast)
{
  g_autoptr(GError) error = NULL;
  MentorReview *copy = g_object_get_data (G_OBJECT (toast), REVIEW_KEY);

  if (copy == NULL || self->store == NULL)
    return;

  /* Stored again as a new row: the same review, written the same day. */
  if (!mentor_store_save_review (self->store, copy, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_object_set_data (G_OBJECT (toast), REVIEW_KEY, NULL);
}

static void
review_toast_dismissed_cb (AdwToast *toast)
{
  /* Once the toast is gone, so is the chance to undo. */
  g_object_set_data (G_OBJECT (toast), REVIEW_KEY, NULL);
}

static void
store_changed_cb (MentorMentorshipDetail *self,
                  guint                   what,
                  MentorStore            *store)
{
  if ((what & MENTOR_CHANGE_PEOPLE) != 0)
    rebuild_people (self);
  /* Goals, reviews and health follow through the page, which hands over a
   * fresh record whenever the mentorship's health may have changed. */
}

/* ---- Actions ------------------------------------------------------------ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);
  g_autoptr(MentorMentorship) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  gboolean was_creating;
  gint64 id;

  if (self->store == NULL)
    return;

  record = self->original != NULL && !self->creating
    ? mentor_mentorship_copy (self->original)
    : mentor_mentorship_new ();

  problem = read_form (self, record);
  if (problem != NULL)
    {
      show_error (self, problem);
      return;
    }

  if (!mentor_store_save_mentorship (self->store, record, &error))
    {
      show_error (self, error->message);
      return;
    }

  clear_error (self);
  was_creating = self->creating;
  id = mentor_mentorship_get_id (record);

  if (was_creating)
    {
      self->creating = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATING]);
    }

  set_dirty (self, FALSE);

  /* The store's "changed" already handed us the fresh record (through the
   * page) while the form was still marked as edited; show it as stored now. */
  if (!was_creating && self->original != NULL)
    load_form (self, self->original);
  else
    update_header (self);

  g_signal_emit (self, signals[SAVED], 0, id);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  MentorStatus status;

  if (self->original == NULL || self->store == NULL)
    return;

  if (!mentor_status_from_string (g_variant_get_string (parameter, NULL), &status))
    g_return_if_reached ();

  if (!mentor_store_set_mentorship_status (self->store,
                                           mentor_mentorship_get_id (self->original),
                                           status, NULL, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

static void
end_early_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  if (self->original == NULL)
    return;

  title = mentor_mentorship_dup_title (self->original);
  root = gtk_widget_get_root (widget);
  dialog = mentor_mentorship_end_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, title);
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);

  if (!is_editing (self) || self->store == NULL)
    return;

  mentor_goal_editor_present (widget, self->store, mentor_mentorship_get_id (self->original), NULL);
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);
  g_autofree char *mentor_due = NULL;
  g_autofree char *mentee_due = NULL;
  g_autofree char *today = NULL;
  MentorReviewDialog *dialog;
  MentorOwner author = MENTOR_OWNER_MENTOR;
  GtkRoot *root;

  if (!reviews_apply (self) || self->store == NULL)
    return;

  /* Offer first the side whose review is due. */
  today = mentor_today ();
  mentor_store_reviews_due (self->store, mentor_mentorship_get_id (self->original), today,
                            &mentor_due, &mentee_due);
  if ((mentor_due == NULL || strcmp (mentor_due, today) > 0) &&
      mentee_due != NULL && strcmp (mentee_due, today) <= 0)
    author = MENTOR_OWNER_MENTEE;

  root = gtk_widget_get_root (widget);
  dialog = mentor_review_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->original, author);
  g_signal_connect_object (dialog, "response", G_CALLBACK (review_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (widget);
  g_autoptr(MentorReview) copy = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorReview) review = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  if (self->store == NULL)
    return;

  for (guint i = 0; self->reviews != NULL && i < g_list_model_get_n_items (self->reviews); i++)
    {
      g_autoptr(MentorReview) item = g_list_model_get_item (self->reviews, i);

      if (mentor_review_get_id (item) == id)
        {
          review = g_steal_pointer (&item);
          break;
        }
    }

  if (review == NULL)
    return;

  /* What Undo stores again: everything but the id. */
  copy = mentor_review_new ();
  mentor_review_set_mentorship_id (copy, mentor_review_get_mentorship_id (review));
  mentor_review_set_author (copy, mentor_review_get_author (review));
  mentor_review_set_rating (copy, mentor_review_get_rating (review));
  mentor_review_set_note (copy, mentor_review_get_note (review));
  mentor_review_set_written_on (copy, mentor_review_get_written_on (review));

  if (!mentor_store_delete_review (self->store, id, &error))
    {
      show_error (self, error->message);
      return;
    }

  clear_error (self);

  toast = adw_toast_new (_("Review deleted"));
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), REVIEW_KEY, g_steal_pointer (&copy), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_review_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (toast, "dismissed", G_CALLBACK (review_toast_dismissed_cb), NULL);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);

  /* The button pressed went with its row. */
  gtk_widget_grab_focus (GTK_WIDGET (self->reviews_group));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  clear_error (MENTOR_MENTORSHIP_DETAIL (widget));
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_mentorship_detail_dispose (GObject *object)
{
  MentorMentorshipDetail *self = (MentorMentorshipDetail *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_MENTORSHIP_DETAIL);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_object (&self->reviews);
  g_clear_object (&self->people);
  g_clear_object (&self->placeholder);

  G_OBJECT_CLASS (mentor_mentorship_detail_parent_class)->dispose (object);
}

static void
mentor_mentorship_detail_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_BACK:
      g_value_set_boolean (value, self->show_back);
      break;

    case PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, mentor_mentorship_detail_get_mentorship_id (self));
      break;

    case PROP_CREATING:
      g_value_set_boolean (value, self->creating);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_detail_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  MentorMentorshipDetail *self = MENTOR_MENTORSHIP_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_mentorship_detail_set_store (self, g_value_get_object (value));
      break;

    case PROP_SHOW_BACK:
      mentor_mentorship_detail_set_show_back (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_detail_class_init (MentorMentorshipDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_mentorship_detail_dispose;
  object_class->get_property = mentor_mentorship_detail_get_property;
  object_class->set_property = mentor_mentorship_detail_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_SHOW_BACK] =
    g_param_spec_boolean ("show-back", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_CREATING] =
    g_param_spec_boolean ("creating", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MENTOR_TYPE_TAG_ENTRY);
  g_type_ensure (MENTOR_TYPE_DATE_PICKER);
  g_type_ensure (MENTOR_TYPE_MENTORSHIP_MOVES);
  g_type_ensure (MENTOR_TYPE_CHECKINS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-mentorship-detail.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, box);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, toolbar);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, back_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, dirty_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, save_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, status_box);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, status_icon);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, dates_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, closed_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, lifecycle_box);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, activate_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, pause_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, resume_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, complete_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, end_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, mentee_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, people_hint);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, mode_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, start_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, end_row);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, max_gap_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, health_group);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, health_bin);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, checkins_group);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, more_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, goals_group);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, goals_list);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, goals_empty_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, reviews_group);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, reviews_bin);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, focus_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, expectations_view);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipDetail, delete_button);

  gtk_widget_class_install_action (widget_class, "detail.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "detail.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "detail.end-early", NULL, end_early_action);
  gtk_widget_class_install_action (widget_class, "detail.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "detail.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "detail.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "detail.delete-review", "x", delete_review_action);

  /* Ctrl+S saves, as in any editor; Ctrl+Return too, as in a dialog. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "detail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "detail.save", NULL);
}

static void
setup_choices (MentorMentorshipDetail *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);

  /* Positions are the enum values, so a selection reads back as one. */
  for (MentorKind kind = 0; kind < MENTOR_N_KINDS; kind++)
    gtk_string_list_append (kinds, mentor_kind_to_label (kind));
  for (MentorMode mode = 0; mode < MENTOR_N_MODES; mode++)
    gtk_string_list_append (modes, mentor_mode_to_label (mode));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (modes));
}

static void
watch_date_row (MentorMentorshipDetail *self,
                AdwEntryRow            *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (date_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
  g_signal_connect_object (row, "changed", G_CALLBACK (date_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
mentor_mentorship_detail_init (MentorMentorshipDetail *self)
{
  g_autoptr(GtkExpression) name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->people = g_list_store_new (MENTOR_TYPE_PERSON);
  self->placeholder = mentor_person_new ();
  mentor_person_set_name (self->placeholder, _("Choose a Person"));
  g_list_store_append (self->people, self->placeholder);

  name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (person_label), NULL, NULL);
  adw_combo_row_set_expression (self->mentor_row, name);
  adw_combo_row_set_expression (self->mentee_row, name);
  adw_combo_row_set_model (self->mentor_row, G_LIST_MODEL (self->people));
  adw_combo_row_set_model (self->mentee_row, G_LIST_MODEL (self->people));

  setup_choices (self);

  mentor_tag_entry_set_suggestions (self->focus_entry, mentor_standard_focus_areas ());

  g_signal_connect_object (self->mentor_row, "notify::selected", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mentee_row, "notify::selected", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mode_row, "notify::selected", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cadence_spin, "value-changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->max_gap_spin, "value-changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->goals_list, "row-activated", G_CALLBACK (goal_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->focus_entry, "changed", G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->expectations_view), "changed",
                           G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  watch_date_row (self, self->start_row);
  watch_date_row (self, self->end_row);

  gtk_stack_set_visible_child_name (self->stack, "none");
  update_header (self);
  set_dirty (self, FALSE);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_mentorship_detail_new (void)
{
  return g_object_new (MENTOR_TYPE_MENTORSHIP_DETAIL, NULL);
}

MentorStore *
mentor_mentorship_detail_get_store (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), NULL);

  return self->store;
}

void
mentor_mentorship_detail_set_store (MentorMentorshipDetail *self,
                                    MentorStore            *store)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  /* A record of another file means nothing here. */
  g_clear_object (&self->original);
  self->creating = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "none");
  rebuild_people (self);
  update_header (self);
  set_dirty (self, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mentor_mentorship_detail_set_mentorship (MentorMentorshipDetail *self,
                                         MentorMentorship       *mentorship)
{
  gint64 old_id;

  g_return_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self));
  g_return_if_fail (mentorship == NULL || MENTOR_IS_MENTORSHIP (mentorship));

  old_id = mentor_mentorship_detail_get_mentorship_id (self);

  if (mentorship != NULL && self->original != NULL && !self->creating && self->dirty &&
      mentor_mentorship_get_id (mentorship) == old_id)
    {
      const char *old_start = mentor_mentorship_get_started_on (self->original);
      const char *new_start = mentor_mentorship_get_started_on (mentorship);
      g_autofree char *typed_start = dup_trimmed_text (GTK_EDITABLE (self->start_row));

      /* Keep what was typed; but activating fills in an unset start date, and
       * the form should show it unless the person typed one meanwhile. */
      if ((old_start == NULL || *old_start == '\0') && new_start != NULL && *typed_start == '\0')
        set_date_row (self, self->start_row, new_start);

      g_set_object (&self->original, mentorship);
      update_header (self);
      return;
    }

  if (self->creating)
    {
      self->creating = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATING]);
    }

  g_set_object (&self->original, mentorship);

  if (mentorship == NULL)
    {
      clear_error (self);
      gtk_stack_set_visible_child_name (self->stack, "none");
      update_header (self);
      set_dirty (self, FALSE);
    }
  else
    {
      if (mentor_mentorship_get_id (mentorship) != old_id)
        {
          clear_error (self);
          show_form (self);
        }
      gtk_stack_set_visible_child_name (self->stack, "form");
      load_form (self, mentorship);
    }

  if (old_id != mentor_mentorship_detail_get_mentorship_id (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_ID]);
}

void
mentor_mentorship_detail_new_mentorship (MentorMentorshipDetail *self)
{
  g_autoptr(MentorMentorship) blank = NULL;
  gint64 old_id;

  g_return_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self));

  old_id = mentor_mentorship_detail_get_mentorship_id (self);

  g_clear_object (&self->original);
  if (!self->creating)
    {
      self->creating = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATING]);
    }

  blank = mentor_mentorship_new ();
  clear_error (self);
  show_form (self);
  load_form (self, blank);

  if (old_id != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_ID]);
}

gint64
mentor_mentorship_detail_get_mentorship_id (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), 0);

  if (self->creating || self->original == NULL)
    return 0;

  return mentor_mentorship_get_id (self->original);
}

gboolean
mentor_mentorship_detail_get_creating (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), FALSE);

  return self->creating;
}

gboolean
mentor_mentorship_detail_get_dirty (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), FALSE);

  return self->dirty;
}

gboolean
mentor_mentorship_detail_get_show_back (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), FALSE);

  return self->show_back;
}

void
mentor_mentorship_detail_set_show_back (MentorMentorshipDetail *self,
                                        gboolean                show_back)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self));

  show_back = !!show_back;
  if (self->show_back == show_back)
    return;

  self->show_back = show_back;
  gtk_widget_set_visible (self->back_button, show_back);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BACK]);
}

GtkWidget *
mentor_mentorship_detail_get_toolbar (MentorMentorshipDetail *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self), NULL);

  return self->toolbar;
}

void
mentor_mentorship_detail_focus_form (MentorMentorshipDetail *self)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP_DETAIL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->mentor_row));
}
