/* mentor-calendar-page.c — the Calendar view: the month and the agenda
 *
 * The month grid shows the 42 days around the selected day's month, filled
 * from one mentor_store_list_calendar() call; the agenda lists the selected
 * day and the next days with something on them, from one more call. Both are
 * read again when the store says meetings, series, mentorships or people
 * changed. Marking a meeting held, missed or cancelled is one click in the
 * agenda and comes with Undo.
 *
 * Wide, the agenda sits beside the grid; below 700 pixels it goes under a
 * compact grid. The page lays its child out itself to decide that from the
 * width it is given (libadwaita 1.2 has no breakpoints), before the child is
 * measured for that width.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-agenda-row.h"
#include "mentor-calendar-changes.h"
#include "mentor-calendar-page.h"
#include "mentor-calendar-text.h"
#include "mentor-meeting-editor.h"
#include "mentor-month-grid.h"
#include "mentor-schedule-dialog.h"

/* The agenda: the selected day and at most this many days in all … */
#define AGENDA_DAYS 14
/* … found within this many days after it (one query, however sparse) … */
#define AGENDA_LOOKAHEAD_DAYS 92
/* … though this many are asked for first, which is enough in a busy program. */
#define AGENDA_FIRST_DAYS 7
/* … and no more days once this many meetings are listed: a program with a
 * hundred weekly check-ins would otherwise list hundreds of rows. */
#define AGENDA_MAX_MEETINGS 40
/* Narrower than this, the agenda goes below the grid. */
#define NARROW_WIDTH 700
/* The narrowest the page can be (the window's own minimum). */
#define MIN_WIDTH 360

struct _MentorCalendarPage
{
  AdwBin             parent_instance;

  MentorStore       *store;
  GListStore        *items;           /* agenda: day headings, placeholders, meetings */
  GArray            *mentorship_ids;  /* gint64 per dropdown item; 0 = all */
  GHashTable        *modes;           /* mentorship id -> MentorMode + 1 */
  char              *user_tz;
  char              *today;
  char              *loaded_first_day;
  gint64             filter_id;
  gint64             last_open;       /* monotonic time the editor was last opened */
  guint              loading;
  guint              midnight_id;
  guint              agenda_idle_id;
  gulong             after_paint_id;
  GdkFrameClock     *frame_clock;
  gboolean           narrow;

  /* template */
  GtkStack          *stack;
  GtkWidget         *toolbar_box;
  GtkWidget         *filter_box;
  GtkLabel          *month_label;
  GtkDropDown       *mentorship_dropdown;
  GtkWidget         *panes_box;
  MentorMonthGrid   *month_grid;
  GtkWidget         *panes_separator;
  GtkWidget         *agenda_scroller;
  GtkListView       *agenda_list;
  GtkWidget         *empty_sample_button;
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

G_DEFINE_FINAL_TYPE (MentorCalendarPage, mentor_calendar_page, ADW_TYPE_BIN)

static void reload_month  (MentorCalendarPage *self);
static void reload_agenda (MentorCalendarPage *self);
static void queue_agenda  (MentorCalendarPage *self);
static void cancel_queued_agenda (MentorCalendarPage *self);

/* ---- Toasts ----------------------------------------------------------------- */

static void
add_toast (MentorCalendarPage *self,
           AdwToast           *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
add_error_toast (MentorCalendarPage *self,
                 const char         *message)
{
  /* AdwToast 1.2 reads its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 8);
  add_toast (self, toast);
}

/* ---- Changes, with Undo ---------------------------------------------------------- */

static void
change_status (MentorCalendarPage  *self,
               MentorMeeting       *shown,
               MentorMeetingStatus  status)
{
  /* The change reloads the agenda, which lets go of the item shown. */
  g_autoptr(MentorMeeting) meeting = g_object_ref (shown);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || mentor_meeting_get_status (meeting) == status)
    return;

  toast = mentor_calendar_change_status (self->store, meeting, status, GTK_WIDGET (self), &error);
  if (toast == NULL)
    add_error_toast (self, error->message);
  else
    add_toast (self, toast);
}

static void
delete_occurrence (MentorCalendarPage *self,
                   MentorMeeting      *shown)
{
  g_autoptr(MentorMeeting) meeting = g_object_ref (shown);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || mentor_meeting_get_series_id (meeting) == 0)
    return;

  toast = mentor_calendar_delete_occurrence (self->store, meeting, GTK_WIDGET (self), &error);
  if (toast == NULL)
    add_error_toast (self, error->message);
  else
    add_toast (self, toast);
}

static void
open_meeting (MentorCalendarPage *self,
              MentorMeeting      *meeting)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  gint64 now = g_get_monotonic_time ();
  int double_click_ms = 400;

  if (self->store == NULL || meeting == NULL)
    return;

  /* A click activates a row; a double click, out of habit, must not open
   * the meeting twice. */
  g_object_get (settings, "gtk-double-click-time", &double_click_ms, NULL);
  if (now - self->last_open < (gint64) double_click_ms * 1000)
    return;
  self->last_open = now;

  mentor_meeting_editor_present (GTK_WIDGET (self), self->store, meeting);
}

/* ---- The agenda ------------------------------------------------------------------ */

/* Equal in everything a row shows, so an unchanged row can stay as it is and
 * the agenda keeps its place when one meeting changes. */
static gboolean
item_equal (GObject *a,
            GObject *b)
{
  MentorMeeting *ma, *mb;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  if (GTK_IS_STRING_OBJECT (a))
    return g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (a)),
                      gtk_string_object_get_string (GTK_STRING_OBJECT (b))) == 0;

  ma = MENTOR_MEETING (a);
  mb = MENTOR_MEETING (b);

  return mentor_meeting_get_id (ma) == mentor_meeting_get_id (mb) &&
         mentor_meeting_get_series_id (ma) == mentor_meeting_get_series_id (mb) &&
         mentor_meeting_get_mentorship_id (ma) == mentor_meeting_get_mentorship_id (mb) &&
         mentor_meeting_get_status (ma) == mentor_meeting_get_status (mb) &&
         mentor_meeting_get_duration_min (ma) == mentor_meeting_get_duration_min (mb) &&
         mentor_meeting_get_mode (ma) == mentor_meeting_get_mode (mb) &&
         g_strcmp0 (mentor_meeting_get_recurrence_id (ma), mentor_meeting_get_recurrence_id (mb)) == 0 &&
         g_strcmp0 (mentor_meeting_get_starts_at (ma), mentor_meeting_get_starts_at (mb)) == 0 &&
         g_strcmp0 (mentor_meeting_get_tzid (ma), mentor_meeting_get_tzid (mb)) == 0 &&
         g_strcmp0 (mentor_meeting_get_location (ma), mentor_meeting_get_location (mb)) == 0 &&
         g_strcmp0 (mentor_meeting_get_mentorship_title (ma), mentor_meeting_get_mentorship_title (mb)) == 0;
}

/* Replaces the shown items with fresh ones, splicing only the middle part
 * that differs. */
static void
show_items (MentorCalendarPage *self,
            GPtrArray          *fresh)
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

/* The agenda's days from the selected one. A week is asked for first: in a
 * busy program it holds AGENDA_MAX_MEETINGS already, and with a thousand
 * weekly series the whole lookahead took half a second to expand
 * (bench/bench-frames.c). The days are the same either way: the longer list
 * only adds meetings after the week, past the limit the week reached. */
static GPtrArray *
agenda_days (MentorCalendarPage *self,
             const char         *selected)
{
  static const guint spans[] = { AGENDA_FIRST_DAYS, AGENDA_LOOKAHEAD_DAYS };
  GPtrArray *days = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autoptr(GListModel) meetings = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      guint listed = 0;

      if (self->store != NULL &&
          mentor_calendar_day_range (selected, spans[i], self->user_tz, &from, &to))
        meetings = mentor_store_list_calendar (self->store, self->filter_id, from, to);

      g_clear_pointer (&days, g_ptr_array_unref);
      days = mentor_calendar_agenda_days (meetings, selected, AGENDA_DAYS, AGENDA_MAX_MEETINGS,
                                          self->user_tz);

      for (guint j = 0; j < days->len; j++)
        listed += ((MentorCalendarDay *) g_ptr_array_index (days, j))->meetings->len;
      if (listed >= AGENDA_MAX_MEETINGS || days->len >= AGENDA_DAYS)
        break;
    }

  return days;
}

static void
reload_agenda (MentorCalendarPage *self)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) days = NULL;
  const char *selected = mentor_month_grid_get_selected_date (self->month_grid);

  cancel_queued_agenda (self);

  days = agenda_days (self, selected);

  for (guint i = 0; i < days->len; i++)
    {
      MentorCalendarDay *day = g_ptr_array_index (days, i);

      g_ptr_array_add (fresh, gtk_string_object_new (day->date));
      /* An empty string: "No check-ins on this day" under the selected day. */
      if (day->meetings->len == 0)
        g_ptr_array_add (fresh, gtk_string_object_new (""));
      for (guint j = 0; j < day->meetings->len; j++)
        g_ptr_array_add (fresh, g_object_ref (g_ptr_array_index (day->meetings, j)));
    }

  show_items (self, fresh);
}

static gboolean
agenda_idle_cb (gpointer data)
{
  MentorCalendarPage *self = data;

  self->agenda_idle_id = 0;
  reload_agenda (self);

  return G_SOURCE_REMOVE;
}

static void
agenda_after_paint_cb (MentorCalendarPage *self,
                       GdkFrameClock      *clock)
{
  g_clear_signal_handler (&self->after_paint_id, clock);
  g_clear_object (&self->frame_clock);

  if (self->agenda_idle_id == 0)
    self->agenda_idle_id = g_idle_add (agenda_idle_cb, self);
}

/* A day chosen with the mouse or the keys: the grid shows it in the next
 * frame, and the agenda (dozens of rows to make) right after that frame.
 * Held-down arrow or Page keys rebuild the agenda at most once a frame, for
 * the day selected by then. */
static void
queue_agenda (MentorCalendarPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->agenda_idle_id != 0 || self->after_paint_id != 0)
    return;

  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      reload_agenda (self);
      return;
    }

  self->frame_clock = g_object_ref (clock);
  self->after_paint_id = g_signal_connect_object (clock, "after-paint",
                                                  G_CALLBACK (agenda_after_paint_cb), self,
                                                  G_CONNECT_SWAPPED);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
cancel_queued_agenda (MentorCalendarPage *self)
{
  g_clear_handle_id (&self->agenda_idle_id, g_source_remove);
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

static MentorMode
mentorship_mode (MentorCalendarPage *self,
                 gint64              id)
{
  gpointer mode = g_hash_table_lookup (self->modes, &id);

  return mode != NULL ? (MentorMode) (GPOINTER_TO_UINT (mode) - 1) : MENTOR_N_MODES;
}

static void
row_set_status_cb (MentorAgendaRow    *row,
                   guint               status,
                   MentorCalendarPage *self)
{
  MentorMeeting *meeting = mentor_agenda_row_get_meeting (row);

  if (meeting != NULL && status < MENTOR_N_MEETING_STATUSES)
    change_status (self, meeting, (MentorMeetingStatus) status);
}

static void
row_delete_occurrence_cb (MentorAgendaRow    *row,
                          MentorCalendarPage *self)
{
  MentorMeeting *meeting = mentor_agenda_row_get_meeting (row);

  if (meeting != NULL)
    delete_occurrence (self, meeting);
}

static void
row_open_cb (MentorAgendaRow    *row,
             MentorCalendarPage *self)
{
  open_meeting (self, mentor_agenda_row_get_meeting (row));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MentorCalendarPage       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *today = gtk_label_new (_("Today"));
  GtkWidget *nothing = gtk_label_new (_("No check-ins on this day"));
  GtkWidget *row = mentor_agenda_row_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (today, "mentor-today-tag");
  gtk_widget_add_css_class (today, "caption-heading");
  gtk_widget_set_valign (today, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (heading_box, "mentor-agenda-day");
  gtk_box_append (GTK_BOX (heading_box), heading);
  gtk_box_append (GTK_BOX (heading_box), today);

  gtk_label_set_xalign (GTK_LABEL (nothing), 0);
  gtk_label_set_wrap (GTK_LABEL (nothing), TRUE);
  gtk_widget_add_css_class (nothing, "dim-label");
  gtk_widget_add_css_class (nothing, "mentor-agenda-nothing");

  gtk_box_append (GTK_BOX (box), heading_box);
  gtk_box_append (GTK_BOX (box), nothing);
  gtk_box_append (GTK_BOX (box), row);
  g_object_set_data (G_OBJECT (box), "heading-box", heading_box);
  g_object_set_data (G_OBJECT (box), "heading", heading);
  g_object_set_data (G_OBJECT (box), "today", today);
  g_object_set_data (G_OBJECT (box), "nothing", nothing);
  g_object_set_data (G_OBJECT (box), "row", row);

  g_signal_connect_object (row, "set-status", G_CALLBACK (row_set_status_cb), self, 0);
  g_signal_connect_object (row, "delete-occurrence", G_CALLBACK (row_delete_occurrence_cb), self, 0);
  g_signal_connect_object (row, "open", G_CALLBACK (row_open_cb), self, 0);

  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MentorCalendarPage       *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *heading_box = g_object_get_data (G_OBJECT (box), "heading-box");
  GtkWidget *heading = g_object_get_data (G_OBJECT (box), "heading");
  GtkWidget *today = g_object_get_data (G_OBJECT (box), "today");
  GtkWidget *nothing = g_object_get_data (G_OBJECT (box), "nothing");
  GtkWidget *row = g_object_get_data (G_OBJECT (box), "row");
  GtkWidget *list_item_widget = gtk_widget_get_parent (box);
  g_autofree char *a11y_name = NULL;
  gboolean is_meeting = MENTOR_IS_MEETING (object);
  const char *date = NULL;

  if (!is_meeting)
    date = gtk_string_object_get_string (GTK_STRING_OBJECT (object));

  gtk_widget_set_visible (heading_box, !is_meeting && *date != '\0');
  gtk_widget_set_visible (nothing, !is_meeting && *date == '\0');
  gtk_widget_set_visible (row, is_meeting);
  gtk_list_item_set_activatable (item, is_meeting);
  /* Day headings take the focus too (the list has no selection to show):
   * GTK 4.8's list view gives the keyboard focus to its first item, a
   * heading, and refuses it altogether when that item cannot take it. */
  gtk_list_item_set_selectable (item, TRUE);

  if (is_meeting)
    {
      MentorMeeting *meeting = MENTOR_MEETING (object);

      mentor_agenda_row_set_mentorship_mode (MENTOR_AGENDA_ROW (row),
                                             mentorship_mode (self, mentor_meeting_get_mentorship_id (meeting)));
      mentor_agenda_row_set_meeting (MENTOR_AGENDA_ROW (row), meeting);
      a11y_name = mentor_calendar_meeting_a11y_name (meeting, self->user_tz);
    }
  else if (*date != '\0')
    {
      g_autofree char *title = mentor_calendar_day_title (date, self->today);
      gboolean is_today = g_strcmp0 (date, self->today) == 0;

      gtk_label_set_label (GTK_LABEL (heading), title);
      gtk_widget_set_visible (today, is_today);
      mentor_agenda_row_set_meeting (MENTOR_AGENDA_ROW (row), NULL);
      /* TRANSLATORS: a day heading of the agenda for today, as a screen reader says it */
      a11y_name = is_today ? g_strdup_printf (_("%s, today"), title) : g_steal_pointer (&title);
    }
  else
    {
      mentor_agenda_row_set_meeting (MENTOR_AGENDA_ROW (row), NULL);
      a11y_name = g_strdup (gtk_label_get_label (GTK_LABEL (nothing)));
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
                MentorCalendarPage       *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  mentor_agenda_row_set_meeting (g_object_get_data (G_OBJECT (box), "row"), NULL);
}

static void
agenda_activate_cb (MentorCalendarPage *self,
                    guint               position,
                    GtkListView        *list_view)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL && MENTOR_IS_MEETING (item))
    open_meeting (self, MENTOR_MEETING (item));
}

/* ---- The month --------------------------------------------------------------------- */

static void
reload_month (MentorCalendarPage *self)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *title = NULL;
  const char *first_day = mentor_month_grid_get_first_day (self->month_grid);

  /* One query for the 42 days shown, however many series there are. */
  if (self->store != NULL &&
      mentor_calendar_day_range (first_day, MENTOR_CALENDAR_GRID_DAYS, self->user_tz, &from, &to))
    meetings = mentor_store_list_calendar (self->store, self->filter_id, from, to);

  mentor_month_grid_set_meetings (self->month_grid, meetings);

  g_free (self->loaded_first_day);
  self->loaded_first_day = g_strdup (first_day);

  title = mentor_calendar_month_title (mentor_month_grid_get_selected_date (self->month_grid));
  gtk_label_set_label (self->month_label, title);
}

static void
selected_date_cb (MentorCalendarPage *self)
{
  const char *selected = mentor_month_grid_get_selected_date (self->month_grid);
  g_autofree char *title = mentor_calendar_month_title (selected);

  if (self->loading > 0)
    return;

  if (g_strcmp0 (mentor_month_grid_get_first_day (self->month_grid), self->loaded_first_day) != 0)
    reload_month (self);

  gtk_label_set_label (self->month_label, title);
  queue_agenda (self);
}

/* ---- The mentorship filter --------------------------------------------------------- */

static gboolean
is_open (MentorMentorship *mentorship)
{
  MentorStatus status = mentor_mentorship_get_status (mentorship);

  return status == MENTOR_STATUS_PROPOSED || status == MENTOR_STATUS_ACTIVE ||
         status == MENTOR_STATUS_PAUSED;
}

/* "All Mentorships" then each open mentorship, in the order of the
 * Mentorships view; a closed one only while it is the one shown. */
static void
rebuild_mentorships (MentorCalendarPage *self)
{
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = 0;
  gint64 all = 0;
  gboolean found = FALSE;
  guint n;

  g_array_set_size (self->mentorship_ids, 0);
  g_hash_table_remove_all (self->modes);

  gtk_string_list_append (titles, _("All Mentorships"));
  g_array_append_val (self->mentorship_ids, all);

  /* Names only: their health took most of the time with a large program. */
  mentorships = self->store != NULL ? mentor_store_list_mentorships_without_health (self->store) : NULL;
  n = mentorships != NULL ? g_list_model_get_n_items (mentorships) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      g_autofree char *title = NULL;
      gint64 id = mentor_mentorship_get_id (m);
      gint64 *key = g_new (gint64, 1);

      *key = id;
      g_hash_table_insert (self->modes, key, GUINT_TO_POINTER (mentor_mentorship_get_mode (m) + 1));

      if (!is_open (m) && id != self->filter_id)
        continue;

      title = mentor_mentorship_dup_title (m);
      gtk_string_list_append (titles, title);
      g_array_append_val (self->mentorship_ids, id);
      if (id == self->filter_id)
        {
          selected = self->mentorship_ids->len - 1;
          found = TRUE;
        }
    }

  /* The mentorship shown is gone: show them all. */
  if (!found)
    self->filter_id = 0;

  self->loading++;
  gtk_drop_down_set_model (self->mentorship_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->mentorship_dropdown, selected);
  self->loading--;
}

static void
filter_changed_cb (MentorCalendarPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->mentorship_dropdown);
  gint64 id = 0;

  if (self->loading > 0)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected < self->mentorship_ids->len)
    id = g_array_index (self->mentorship_ids, gint64, selected);

  if (id == self->filter_id)
    return;

  self->filter_id = id;
  reload_month (self);
  reload_agenda (self);
}

/* Drop-down items: the button ellipsizes a long "<Mentor> → <Mentee>" so it
 * fits at 360 px; the open list shows them whole. */
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
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
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

/* ---- State ------------------------------------------------------------------------ */

/* The empty state is for a program with no meetings and no series at all;
 * a mentorship filtered to nothing still shows its (empty) month. */
static void
update_state (MentorCalendarPage *self)
{
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) meetings = NULL;
  gboolean any = FALSE;

  if (self->store != NULL)
    {
      series = mentor_store_list_series (self->store, 0);
      any = series != NULL && g_list_model_get_n_items (series) > 0;
      if (!any)
        {
          meetings = mentor_store_list_meetings (self->store, 0);
          any = meetings != NULL && g_list_model_get_n_items (meetings) > 0;
        }
    }

  gtk_stack_set_visible_child_name (self->stack, any ? "calendar" : "empty");
  /* Sample data only ever goes into an empty file. */
  gtk_widget_set_visible (self->empty_sample_button,
                          self->store != NULL && mentor_store_is_empty (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-meeting", self->store != NULL);
}

static void
update_today (MentorCalendarPage *self)
{
  g_autofree char *today = mentor_today ();
  gboolean was_selected;

  if (g_strcmp0 (today, self->today) == 0)
    return;

  /* Whoever looked at today keeps looking at today after midnight. */
  was_selected = g_strcmp0 (self->today, mentor_month_grid_get_selected_date (self->month_grid)) == 0;

  g_free (self->today);
  self->today = g_steal_pointer (&today);
  mentor_month_grid_set_today (self->month_grid, self->today);

  if (was_selected)
    mentor_month_grid_set_selected_date (self->month_grid, self->today);
  else
    reload_agenda (self);
}

static void schedule_midnight (MentorCalendarPage *self);

static gboolean
midnight_cb (gpointer data)
{
  MentorCalendarPage *self = data;

  self->midnight_id = 0;
  update_today (self);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

/* One timeout to the next local midnight, so "today" moves on by itself. */
static void
schedule_midnight (MentorCalendarPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  cancel_queued_agenda (self);

  start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  tomorrow = g_date_time_add_days (start, 1);
  wait = g_date_time_difference (tomorrow, now);

  self->midnight_id = g_timeout_add_seconds ((guint) (wait / G_TIME_SPAN_SECOND) + 1, midnight_cb, self);
}

static void
reload (MentorCalendarPage *self)
{
  rebuild_mentorships (self);
  update_state (self);
  reload_month (self);
  reload_agenda (self);
}

static void
store_changed_cb (MentorCalendarPage *self,
                  guint               what,
                  MentorStore        *store)
{
  /* Names make the mentorship titles; a mentorship's mode says how its
   * meetings happen; meetings and series are the calendar itself. */
  if (what & (MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_PEOPLE))
    rebuild_mentorships (self);

  if (what & (MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_SERIES |
              MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_PEOPLE))
    {
      update_state (self);
      reload_month (self);
      reload_agenda (self);
    }
}

/* ---- Layout --------------------------------------------------------------------------- */

static void
set_narrow (MentorCalendarPage *self,
            gboolean            narrow)
{
  if (self->narrow == narrow && gtk_orientable_get_orientation (GTK_ORIENTABLE (self->panes_box)) ==
                                (narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL))
    return;

  self->narrow = narrow;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes_separator),
                                  narrow ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);

  /* Narrow: the grid keeps to its day numbers and the agenda takes the rest. */
  mentor_month_grid_set_compact (self->month_grid, narrow);
  gtk_widget_set_vexpand (GTK_WIDGET (self->month_grid), !narrow);
  gtk_widget_set_size_request (self->agenda_scroller, narrow ? -1 : 360, narrow ? 120 : -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->mentorship_dropdown), narrow);
  /* "September 2026" beside three buttons in 360 pixels. */
  if (narrow)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->month_label), "title-3");
      gtk_widget_add_css_class (GTK_WIDGET (self->month_label), "title-4");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->month_label), "title-4");
      gtk_widget_add_css_class (GTK_WIDGET (self->month_label), "title-3");
    }
  gtk_widget_set_halign (self->filter_box, narrow ? GTK_ALIGN_FILL : GTK_ALIGN_END);
}

static void
mentor_calendar_page_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  gtk_widget_measure (child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);

  /* Wide, the grid and the agenda side by side need more than a narrow
   * window has; narrow, they stack. So the page can always be as narrow as
   * the window, and lays itself out for the width it gets. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (*minimum, MIN_WIDTH);
      *natural = MAX (*natural, *minimum);
    }
}

static void
mentor_calendar_page_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  int min_width = 0;

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  /* Decided before the child is measured for this width, as libadwaita's
   * breakpoints do; the changes only queue another layout of what is
   * already being laid out. */
  set_narrow (self, width < NARROW_WIDTH);

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_allocate (child, MAX (width, min_width), height, baseline, NULL);
}

/* ---- Actions ---------------------------------------------------------------------------- */

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);
  g_autofree char *date = mentor_calendar_add_months (mentor_month_grid_get_selected_date (self->month_grid), -1);

  mentor_calendar_page_select_date (self, date);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);
  g_autofree char *date = mentor_calendar_add_months (mentor_month_grid_get_selected_date (self->month_grid), 1);

  mentor_calendar_page_select_date (self, date);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  mentor_calendar_page_go_today (MENTOR_CALENDAR_PAGE (widget));
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);

  if (self->store == NULL)
    return;

  /* For the mentorship shown, or the dialog asks which. */
  mentor_schedule_dialog_present (widget, self->store, self->filter_id, MENTOR_SCHEDULE_ONE_OFF);
}

/* ---- GObject ------------------------------------------------------------------------------ */

static void
mentor_calendar_page_map (GtkWidget *widget)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);

  GTK_WIDGET_CLASS (mentor_calendar_page_parent_class)->map (widget);

  /* Coming back after a night away. */
  update_today (self);
}

static void
mentor_calendar_page_unmap (GtkWidget *widget)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (widget);

  /* No frame to wait for any more: bring the agenda up to date now. */
  if (self->agenda_idle_id != 0 || self->after_paint_id != 0)
    reload_agenda (self);

  GTK_WIDGET_CLASS (mentor_calendar_page_parent_class)->unmap (widget);
}

static void
mentor_calendar_page_dispose (GObject *object)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  cancel_queued_agenda (self);

  /* The list view holds the models; drop it before them. The template's
   * child goes through AdwBin first: GTK 4.8's dispose_template would unparent
   * it behind AdwBin's back, and AdwBin would then unparent a dead widget. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_CALENDAR_PAGE);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (mentor_calendar_page_parent_class)->dispose (object);
}

static void
mentor_calendar_page_finalize (GObject *object)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (object);

  g_clear_pointer (&self->mentorship_ids, g_array_unref);
  g_clear_pointer (&self->modes, g_hash_table_unref);
  g_clear_pointer (&self->user_tz, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->loaded_first_day, g_free);

  G_OBJECT_CLASS (mentor_calendar_page_parent_class)->finalize (object);
}

static void
mentor_calendar_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (object);

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
mentor_calendar_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MentorCalendarPage *self = MENTOR_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_calendar_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_calendar_page_class_init (MentorCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_calendar_page_dispose;
  object_class->finalize = mentor_calendar_page_finalize;
  object_class->get_property = mentor_calendar_page_get_property;
  object_class->set_property = mentor_calendar_page_set_property;

  widget_class->measure = mentor_calendar_page_measure;
  widget_class->size_allocate = mentor_calendar_page_size_allocate;
  widget_class->map = mentor_calendar_page_map;
  widget_class->unmap = mentor_calendar_page_unmap;

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

  g_type_ensure (MENTOR_TYPE_MONTH_GRID);
  g_type_ensure (MENTOR_TYPE_AGENDA_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, toolbar_box);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, month_label);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, mentorship_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, panes_box);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, month_grid);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, panes_separator);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, agenda_scroller);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, MentorCalendarPage, empty_sample_button);
  gtk_widget_class_bind_template_callback (widget_class, agenda_activate_cb);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-meeting", NULL, new_meeting_action);

  /* As in GNOME Calendar. Page Up, Page Down and Home work in the grid. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "calendar.next-month", NULL);
}

static void
mentor_calendar_page_init (MentorCalendarPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_drop_down (self->mentorship_dropdown);

  /* The page lays out its child itself (see size_allocate), not AdwBin's
   * layout manager. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->mentorship_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->modes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->user_tz = mentor_user_timezone ();
  self->today = mentor_today ();
  self->narrow = FALSE;

  mentor_month_grid_set_today (self->month_grid, self->today);
  mentor_month_grid_set_selected_date (self->month_grid, self->today);
  g_signal_connect_object (self->month_grid, "notify::selected-date",
                           G_CALLBACK (selected_date_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_item_cb), self);
  gtk_list_view_set_factory (self->agenda_list, factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_list_view_set_model (self->agenda_list, GTK_SELECTION_MODEL (selection));

  set_choice_factories (self->mentorship_dropdown);
  mentor_accessible_name_choices (GTK_WIDGET (self->mentorship_dropdown));
  g_signal_connect_object (self->mentorship_dropdown, "notify::selected",
                           G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  schedule_midnight (self);
  reload (self);
}

/* ---- Public API ------------------------------------------------------------------------------ */

GtkWidget *
mentor_calendar_page_new (MentorStore *store)
{
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_CALENDAR_PAGE,
                       "store", store,
                       NULL);
}

MentorStore *
mentor_calendar_page_get_store (MentorCalendarPage *self)
{
  g_return_val_if_fail (MENTOR_IS_CALENDAR_PAGE (self), NULL);

  return self->store;
}

void
mentor_calendar_page_set_store (MentorCalendarPage *self,
                                MentorStore        *store)
{
  g_return_if_fail (MENTOR_IS_CALENDAR_PAGE (self));
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
mentor_calendar_page_show_mentorship (MentorCalendarPage *self,
                                      gint64              mentorship_id)
{
  g_return_if_fail (MENTOR_IS_CALENDAR_PAGE (self));
  g_return_if_fail (mentorship_id >= 0);

  if (self->filter_id == mentorship_id)
    return;

  /* Rebuilt so that a closed mentorship can be shown too. */
  self->filter_id = mentorship_id;
  rebuild_mentorships (self);
  reload_month (self);
  reload_agenda (self);
}

void
mentor_calendar_page_go_today (MentorCalendarPage *self)
{
  g_return_if_fail (MENTOR_IS_CALENDAR_PAGE (self));

  update_today (self);
  mentor_calendar_page_select_date (self, self->today);
}

const char *
mentor_calendar_page_get_selected_date (MentorCalendarPage *self)
{
  g_return_val_if_fail (MENTOR_IS_CALENDAR_PAGE (self), NULL);

  return mentor_month_grid_get_selected_date (self->month_grid);
}

void
mentor_calendar_page_select_date (MentorCalendarPage *self,
                                  const char         *date)
{
  g_return_if_fail (MENTOR_IS_CALENDAR_PAGE (self));
  g_return_if_fail (date != NULL && mentor_date_is_valid (date));

  mentor_month_grid_set_selected_date (self->month_grid, date);
}
