/* mentor-month-grid.c — six weeks of days with the meetings of each
 *
 * Forty-two day buttons laid out by hand, with the short lines of each day's
 * meetings drawn over them. How many lines a day shows follows the height it
 * gets (as GNOME Calendar's month view does): whatever does not fit becomes
 * "+2 more", and a day too narrow for words shows dots. Every widget is made
 * once; moving to another month only changes their words, so it stays quick.
 *
 * The lines are decoration for the eye: a screen reader hears each day
 * button's name, which lists the day's meetings with their status in words.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mentor-calendar-text.h"
#include "mentor-month-grid.h"

/* Lines a day shows at most (the UI contract), and the "+N more" labels that
 * can replace the last of them: one per number of lines shown before it. */
#define MAX_LINES 3
#define N_MORE (MAX_LINES + 1)
/* Below this width a day's words would be cut to nothing: dots instead. */
#define LINES_MIN_WIDTH 76
#define CELL_MIN_WIDTH 40
#define CELL_NATURAL_WIDTH 120
#define LINE_MARGIN 5

typedef struct
{
  GtkWidget *button;
  GtkWidget *number;
  GtkWidget *lines[MAX_LINES];
  GtkWidget *line_icons[MAX_LINES];
  GtkWidget *line_labels[MAX_LINES];
  GtkWidget *more[N_MORE];
  GtkWidget *dots;
  guint      n_meetings;
} Cell;

struct _MentorMonthGrid
{
  GtkWidget     parent_instance;

  char         *selected;
  char         *first_day;
  char         *today;
  char         *user_tz;
  GDateWeekday  week_start;
  gboolean      compact;

  GPtrArray    *days;      /* 42 GPtrArray of MentorMeeting, or NULL */

  GtkWidget    *headers[7];
  Cell          cells[MENTOR_CALENDAR_GRID_DAYS];
};

enum {
  PROP_0,
  PROP_SELECTED_DATE,
  PROP_FIRST_DAY,
  PROP_TODAY,
  PROP_WEEK_START,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMonthGrid, mentor_month_grid, GTK_TYPE_WIDGET)

/* ---- Content ---------------------------------------------------------------- */

static char *
cell_date (MentorMonthGrid *self,
           guint            index)
{
  return mentor_date_add_days (self->first_day, (int) index);
}

static guint
selected_index (MentorMonthGrid *self)
{
  int index = mentor_date_days_between (self->first_day, self->selected);

  g_assert (index >= 0 && index < MENTOR_CALENDAR_GRID_DAYS);

  return (guint) index;
}

static void
update_headers (MentorMonthGrid *self)
{
  for (guint column = 0; column < 7; column++)
    {
      GDateWeekday day = mentor_calendar_column_weekday (self->week_start, column);
      g_autofree char *abbreviated = mentor_calendar_weekday_name (day, TRUE);

      gtk_label_set_label (GTK_LABEL (self->headers[column]), abbreviated);
    }
}

static void
set_class (GtkWidget  *widget,
           const char *name,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
update_line (MentorMonthGrid *self,
             Cell            *cell,
             guint            line,
             MentorMeeting   *meeting)
{
  MentorMeetingStatus status = mentor_meeting_get_status (meeting);
  g_autofree char *text = mentor_calendar_line_text (meeting, self->user_tz);

  gtk_label_set_label (GTK_LABEL (cell->line_labels[line]), text);

  /* Scheduled is the plain state; the others carry an icon, never color alone. */
  gtk_widget_set_visible (cell->line_icons[line], status != MENTOR_MEETING_SCHEDULED);
  gtk_image_set_from_icon_name (GTK_IMAGE (cell->line_icons[line]),
                                mentor_calendar_status_icon (status));

  for (MentorMeetingStatus s = 0; s < MENTOR_N_MEETING_STATUSES; s++)
    set_class (cell->lines[line], mentor_calendar_status_class (s), s == status);
}

static void
update_cell (MentorMonthGrid *self,
             guint            index)
{
  Cell *cell = &self->cells[index];
  g_autofree char *date = cell_date (self, index);
  g_autofree char *number = NULL;
  g_autofree char *a11y_name = NULL;
  GPtrArray *meetings = self->days != NULL ? g_ptr_array_index (self->days, index) : NULL;
  gboolean is_today = g_strcmp0 (date, self->today) == 0;
  guint n = meetings != NULL ? meetings->len : 0;

  number = g_strdup_printf ("%d", atoi (date + 8));
  gtk_label_set_label (GTK_LABEL (cell->number), number);

  set_class (cell->button, "other-month", !mentor_calendar_same_month (date, self->selected));
  set_class (cell->button, "selected", g_strcmp0 (date, self->selected) == 0);
  set_class (cell->button, "today", is_today);
  set_class (cell->number, "today", is_today);

  cell->n_meetings = n;
  for (guint line = 0; line < MAX_LINES && line < n; line++)
    {
      update_line (self, cell, line, g_ptr_array_index (meetings, line));
      set_class (cell->lines[line], "other-month", !mentor_calendar_same_month (date, self->selected));
    }

  for (guint k = 0; k < N_MORE; k++)
    {
      g_autofree char *more = n > k ? mentor_calendar_more_text (n - k) : NULL;

      gtk_label_set_label (GTK_LABEL (cell->more[k]), more != NULL ? more : "");
    }

  {
    g_autoptr(GString) dots = g_string_new (NULL);

    for (guint i = 0; i < MIN (n, (guint) MAX_LINES); i++)
      g_string_append (dots, "•");
    gtk_label_set_label (GTK_LABEL (cell->dots), dots->str);
  }

  a11y_name = mentor_calendar_day_a11y_name (date, self->today, meetings, self->user_tz);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (cell->button),
                               GTK_ACCESSIBLE_STATE_SELECTED, g_strcmp0 (date, self->selected) == 0,
                               -1);
}

static void
update_cells (MentorMonthGrid *self)
{
  g_autofree char *title = mentor_calendar_month_title (self->selected);

  for (guint i = 0; i < MENTOR_CALENDAR_GRID_DAYS; i++)
    update_cell (self, i);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
focus_selected (MentorMonthGrid *self)
{
  gtk_widget_grab_focus (self->cells[selected_index (self)].button);
}

/* ---- Signal callbacks ----------------------------------------------------------- */

static void
day_clicked_cb (GtkButton       *button,
                MentorMonthGrid *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autofree char *date = cell_date (self, index);

  mentor_month_grid_set_selected_date (self, date);
  focus_selected (self);
}

static void
move_selection (MentorMonthGrid *self,
                int              days,
                int              months)
{
  g_autofree char *date = NULL;

  if (months != 0)
    date = mentor_calendar_add_months (self->selected, months);
  else
    date = mentor_date_add_days (self->selected, days);

  if (date == NULL)
    return;

  mentor_month_grid_set_selected_date (self, date);
  focus_selected (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MentorMonthGrid       *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  /* Shortcuts with modifiers belong to the page and the window. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_selection (self, rtl ? 1 : -1, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_selection (self, rtl ? -1 : 1, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -7, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 7, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_selection (self, 0, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_selection (self, 0, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (self->today != NULL)
        {
          mentor_month_grid_set_selected_date (self, self->today);
          focus_selected (self);
        }
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* ---- Layout ------------------------------------------------------------------------ */

static int
natural_height (GtkWidget *widget,
                int        for_width)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, for_width, NULL, &natural, NULL, NULL);
  return natural;
}

static int
header_height (MentorMonthGrid *self)
{
  int height = 0;

  for (guint column = 0; column < 7; column++)
    height = MAX (height, natural_height (self->headers[column], -1));

  return height;
}

static void
mentor_month_grid_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (widget);
  Cell *cell = &self->cells[0];

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int header_min = 0;

      for (guint column = 0; column < 7; column++)
        {
          int min = 0;

          gtk_widget_measure (self->headers[column], orientation, -1, &min, NULL, NULL, NULL);
          header_min = MAX (header_min, min);
        }

      *minimum = 7 * MAX (CELL_MIN_WIDTH, header_min);
      *natural = MAX (*minimum, 7 * CELL_NATURAL_WIDTH);
    }
  else
    {
      int header = header_height (self);
      int top = 0;
      int line = natural_height (cell->lines[0], -1);
      int dots = natural_height (cell->dots, -1);

      gtk_widget_measure (cell->button, GTK_ORIENTATION_VERTICAL, -1, &top, NULL, NULL, NULL);

      /* The least: a day number and its dots. Natural: three lines and the
       * "+N more" below them, unless asked to stay compact. */
      *minimum = header + 6 * (top + dots);
      *natural = self->compact ? *minimum
                               : header + 6 * (top + (MAX_LINES + 1) * line + LINE_MARGIN);
    }

  if (minimum_baseline != NULL)
    *minimum_baseline = -1;
  if (natural_baseline != NULL)
    *natural_baseline = -1;
}

static void
place (GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height)
{
  int min_width = 0;

  /* Measured before it is placed, as GTK asks; never narrower than it can be. */
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MAX (width, min_width), height }, -1);
}

static void
allocate_cell (MentorMonthGrid *self,
               Cell            *cell,
               gboolean         rtl,
               int              x,
               int              y,
               int              width,
               int              height,
               int              line_height)
{
  int top = 0;
  int rows;
  int inner = MAX (0, width - 2 * LINE_MARGIN);
  guint shown = 0;
  int more = -1;
  gboolean words = width >= LINES_MIN_WIDTH;

  place (cell->button, x, y, width, height);
  gtk_widget_measure (cell->button, GTK_ORIENTATION_VERTICAL, width, NULL, &top, NULL, NULL);

  rows = line_height > 0 ? (height - top - LINE_MARGIN) / line_height : 0;
  rows = MAX (rows, 0);

  if (words && cell->n_meetings > 0 && rows > 0)
    {
      if (cell->n_meetings <= (guint) MIN (rows, MAX_LINES))
        shown = cell->n_meetings;
      else
        {
          shown = (guint) MIN (rows - 1, MAX_LINES);
          more = (int) shown;
        }
    }

  for (guint line = 0; line < MAX_LINES; line++)
    {
      gboolean visible = line < shown;

      gtk_widget_set_child_visible (cell->lines[line], visible);
      if (visible)
        place (cell->lines[line], x + LINE_MARGIN, y + top + (int) line * line_height,
               inner, line_height);
    }

  for (int k = 0; k < N_MORE; k++)
    {
      gboolean visible = k == more;

      gtk_widget_set_child_visible (cell->more[k], visible);
      if (visible)
        place (cell->more[k], x + LINE_MARGIN, y + top + (int) shown * line_height,
               inner, line_height);
    }

  /* No room for words: dots say there is something, the agenda says what. */
  {
    gboolean dots = cell->n_meetings > 0 && shown == 0 && more < 0;

    gtk_widget_set_child_visible (cell->dots, dots);
    if (dots)
      {
        int dots_height = natural_height (cell->dots, inner);
        int number_width = 0;

        /* Centred under the day number. */
        gtk_widget_measure (cell->number, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &number_width, NULL, NULL);
        number_width = CLAMP (number_width, 0, inner);
        place (cell->dots, rtl ? x + width - LINE_MARGIN - number_width : x + LINE_MARGIN,
               MIN (y + top, y + height - dots_height), number_width, dots_height);
      }
  }
}

static void
mentor_month_grid_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int header = header_height (self);
  int line_height = natural_height (self->cells[0].lines[0], -1);
  int body = MAX (0, height - header);

  for (int column = 0; column < 7; column++)
    {
      int shown_column = rtl ? 6 - column : column;
      int x0 = shown_column * width / 7;
      int x1 = (shown_column + 1) * width / 7;

      place (self->headers[column], x0, 0, x1 - x0, header);
    }

  for (int row = 0; row < 6; row++)
    {
      int y0 = header + row * body / 6;
      int y1 = header + (row + 1) * body / 6;

      for (int column = 0; column < 7; column++)
        {
          int shown_column = rtl ? 6 - column : column;
          int x0 = shown_column * width / 7;
          int x1 = (shown_column + 1) * width / 7;

          allocate_cell (self, &self->cells[row * 7 + column], rtl, x0, y0, x1 - x0, y1 - y0, line_height);
        }
    }
}

/* Tab enters the grid at the selected day and leaves it from there: the 42
 * days are one stop, walked with the arrow keys. */
static gboolean
mentor_month_grid_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (widget);

  if (gtk_widget_get_focus_child (widget) != NULL)
    return direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD;

  return gtk_widget_grab_focus (self->cells[selected_index (self)].button);
}

static gboolean
mentor_month_grid_grab_focus (GtkWidget *widget)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (widget);

  return gtk_widget_grab_focus (self->cells[selected_index (self)].button);
}

static void
mentor_month_grid_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  gtk_widget_queue_allocate (widget);
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
mentor_month_grid_dispose (GObject *object)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->days, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_month_grid_parent_class)->dispose (object);
}

static void
mentor_month_grid_finalize (GObject *object)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (object);

  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->first_day, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->user_tz, g_free);

  G_OBJECT_CLASS (mentor_month_grid_parent_class)->finalize (object);
}

static void
mentor_month_grid_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DATE:
      g_value_set_string (value, self->selected);
      break;

    case PROP_FIRST_DAY:
      g_value_set_string (value, self->first_day);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    case PROP_WEEK_START:
      g_value_set_uint (value, self->week_start);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_month_grid_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MentorMonthGrid *self = MENTOR_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DATE:
      mentor_month_grid_set_selected_date (self, g_value_get_string (value));
      break;

    case PROP_TODAY:
      mentor_month_grid_set_today (self, g_value_get_string (value));
      break;

    case PROP_WEEK_START:
      mentor_month_grid_set_week_start (self, g_value_get_uint (value));
      break;

    case PROP_COMPACT:
      mentor_month_grid_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_month_grid_class_init (MentorMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_month_grid_dispose;
  object_class->finalize = mentor_month_grid_finalize;
  object_class->get_property = mentor_month_grid_get_property;
  object_class->set_property = mentor_month_grid_set_property;

  widget_class->measure = mentor_month_grid_measure;
  widget_class->size_allocate = mentor_month_grid_size_allocate;
  widget_class->focus = mentor_month_grid_focus;
  widget_class->grab_focus = mentor_month_grid_grab_focus;
  widget_class->direction_changed = mentor_month_grid_direction_changed;

  properties[PROP_SELECTED_DATE] =
    g_param_spec_string ("selected-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_DAY] =
    g_param_spec_string ("first-day", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_WEEK_START] =
    g_param_spec_uint ("week-start", NULL, NULL,
                       G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_MONDAY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "monthgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static GtkWidget *
hidden_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_can_target (label, FALSE);
  /* The day button's name says it all; these are for the eye. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  return label;
}

static void
mentor_month_grid_init (MentorMonthGrid *self)
{
  GtkEventController *keys;

  self->week_start = mentor_calendar_locale_week_start ();
  self->user_tz = mentor_user_timezone ();
  self->today = mentor_today ();
  self->selected = g_strdup (self->today);
  self->first_day = mentor_calendar_grid_first_day (self->selected, self->week_start);

  for (guint column = 0; column < 7; column++)
    {
      self->headers[column] = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (self->headers[column]), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (self->headers[column], "mentor-weekday");
      gtk_widget_set_parent (self->headers[column], GTK_WIDGET (self));
    }

  /* The buttons first, so that the lines drawn after them lie on top. */
  for (guint i = 0; i < MENTOR_CALENDAR_GRID_DAYS; i++)
    {
      Cell *cell = &self->cells[i];

      cell->number = gtk_label_new (NULL);
      gtk_widget_set_halign (cell->number, GTK_ALIGN_START);
      gtk_widget_set_valign (cell->number, GTK_ALIGN_START);
      gtk_widget_add_css_class (cell->number, "mentor-day-number");

      cell->button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (cell->button), cell->number);
      gtk_widget_add_css_class (cell->button, "mentor-day");
      g_object_set_data (G_OBJECT (cell->button), "index", GUINT_TO_POINTER (i));
      g_signal_connect (cell->button, "clicked", G_CALLBACK (day_clicked_cb), self);
      gtk_widget_set_parent (cell->button, GTK_WIDGET (self));
    }

  for (guint i = 0; i < MENTOR_CALENDAR_GRID_DAYS; i++)
    {
      Cell *cell = &self->cells[i];

      for (guint line = 0; line < MAX_LINES; line++)
        {
          cell->lines[line] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
          cell->line_icons[line] = gtk_image_new ();
          cell->line_labels[line] = hidden_label ("mentor-day-line");
          gtk_widget_set_hexpand (cell->line_labels[line], TRUE);
          gtk_box_append (GTK_BOX (cell->lines[line]), cell->line_icons[line]);
          gtk_box_append (GTK_BOX (cell->lines[line]), cell->line_labels[line]);
          gtk_widget_add_css_class (cell->lines[line], "mentor-day-meeting");
          gtk_widget_set_can_target (cell->lines[line], FALSE);
          gtk_accessible_update_state (GTK_ACCESSIBLE (cell->lines[line]),
                                       GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                       -1);
          gtk_widget_set_parent (cell->lines[line], GTK_WIDGET (self));
          gtk_widget_set_child_visible (cell->lines[line], FALSE);
        }

      for (guint k = 0; k < N_MORE; k++)
        {
          cell->more[k] = hidden_label ("mentor-day-more");
          gtk_widget_set_parent (cell->more[k], GTK_WIDGET (self));
          gtk_widget_set_child_visible (cell->more[k], FALSE);
        }

      cell->dots = hidden_label ("mentor-day-dots");
      gtk_label_set_xalign (GTK_LABEL (cell->dots), 0.5);
      gtk_widget_set_parent (cell->dots, GTK_WIDGET (self));
      gtk_widget_set_child_visible (cell->dots, FALSE);
    }

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_headers (self);
  update_cells (self);
}

/* ---- Public API ---------------------------------------------------------------------- */

GtkWidget *
mentor_month_grid_new (void)
{
  return g_object_new (MENTOR_TYPE_MONTH_GRID, NULL);
}

const char *
mentor_month_grid_get_selected_date (MentorMonthGrid *self)
{
  g_return_val_if_fail (MENTOR_IS_MONTH_GRID (self), NULL);

  return self->selected;
}

void
mentor_month_grid_set_selected_date (MentorMonthGrid *self,
                                     const char      *date)
{
  g_autofree char *first_day = NULL;
  g_autofree char *old = NULL;

  g_return_if_fail (MENTOR_IS_MONTH_GRID (self));
  g_return_if_fail (date != NULL && mentor_date_is_valid (date));

  if (g_strcmp0 (self->selected, date) == 0)
    return;

  old = g_steal_pointer (&self->selected);
  self->selected = g_strdup (date);
  first_day = mentor_calendar_grid_first_day (date, self->week_start);

  if (g_strcmp0 (first_day, self->first_day) != 0 || !mentor_calendar_same_month (old, date))
    {
      /* Another month: what the grid held belongs to other days. */
      g_clear_pointer (&self->days, g_ptr_array_unref);
      g_free (self->first_day);
      self->first_day = g_steal_pointer (&first_day);
      update_cells (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
    }
  else
    {
      int old_index = mentor_date_days_between (self->first_day, old);

      if (old_index >= 0 && old_index < MENTOR_CALENDAR_GRID_DAYS)
        update_cell (self, (guint) old_index);
      update_cell (self, selected_index (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DATE]);
}

const char *
mentor_month_grid_get_first_day (MentorMonthGrid *self)
{
  g_return_val_if_fail (MENTOR_IS_MONTH_GRID (self), NULL);

  return self->first_day;
}

const char *
mentor_month_grid_get_today (MentorMonthGrid *self)
{
  g_return_val_if_fail (MENTOR_IS_MONTH_GRID (self), NULL);

  return self->today;
}

void
mentor_month_grid_set_today (MentorMonthGrid *self,
                             const char      *today)
{
  g_return_if_fail (MENTOR_IS_MONTH_GRID (self));
  g_return_if_fail (today != NULL && mentor_date_is_valid (today));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  update_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

GDateWeekday
mentor_month_grid_get_week_start (MentorMonthGrid *self)
{
  g_return_val_if_fail (MENTOR_IS_MONTH_GRID (self), G_DATE_MONDAY);

  return self->week_start;
}

void
mentor_month_grid_set_week_start (MentorMonthGrid *self,
                                  GDateWeekday     week_start)
{
  g_return_if_fail (MENTOR_IS_MONTH_GRID (self));
  g_return_if_fail (g_date_valid_weekday (week_start));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  g_free (self->first_day);
  self->first_day = mentor_calendar_grid_first_day (self->selected, week_start);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  update_headers (self);
  update_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

gboolean
mentor_month_grid_get_compact (MentorMonthGrid *self)
{
  g_return_val_if_fail (MENTOR_IS_MONTH_GRID (self), FALSE);

  return self->compact;
}

void
mentor_month_grid_set_compact (MentorMonthGrid *self,
                               gboolean         compact)
{
  g_return_if_fail (MENTOR_IS_MONTH_GRID (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

void
mentor_month_grid_set_meetings (MentorMonthGrid *self,
                                GListModel      *meetings)
{
  g_return_if_fail (MENTOR_IS_MONTH_GRID (self));
  g_return_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings));

  g_clear_pointer (&self->days, g_ptr_array_unref);
  if (meetings != NULL)
    self->days = mentor_calendar_bucket_days (meetings, self->first_day,
                                              MENTOR_CALENDAR_GRID_DAYS, self->user_tz);
  update_cells (self);
}
