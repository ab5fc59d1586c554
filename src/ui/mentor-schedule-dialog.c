/* mentor-schedule-dialog.c — schedule a meeting, a series of check-ins, or
 * log a meeting after the fact
 *
 * Everything is pre-filled from the mentorship, so that scheduling a year of
 * check-ins is a glance and a click: the cadence gives the rule (every 2
 * weeks, monthly on the second Tuesday), the weekday of the last meeting (or
 * tomorrow's) the first day, the mentor's zone the zone, the planned end the
 * end. The rule is read back in words with its first dates as it is edited,
 * so what will be stored is never a surprise. The store checks everything
 * again; a refusal is shown here and the input kept.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mentor-accessible.h"
#include "mentor-date-picker.h"
#include "mentor-meeting-fields.h"
#include "mentor-meeting-text.h"
#include "mentor-schedule-dialog.h"

/* Rows of "Ends". */
enum { ENDS_ON_DATE, ENDS_AFTER_COUNT, ENDS_NEVER };

/* Rows of "Status" when logging. */
static const MentorMeetingStatus log_statuses[] = {
  MENTOR_MEETING_HELD, MENTOR_MEETING_MISSED, MENTOR_MEETING_CANCELLED,
};

struct _MentorScheduleDialog
{
  AdwWindow           parent_instance;

  MentorStore        *store;
  gint64              mentorship_id;
  MentorScheduleKind  kind;
  /* gint64 per mentorship_row item; 0 = "Choose a Mentorship". */
  GArray             *mentorship_ids;
  /* Set while fields are filled from code. */
  guint               loading;

  GtkToggleButton    *weekday_buttons[7];
  GtkWidget          *zone_button;

  /* template */
  AdwWindowTitle     *window_title;
  GtkButton          *schedule_button;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  GtkWidget          *summary_box;
  GtkLabel           *rule_label;
  GtkLabel           *dates_label;
  GtkLabel           *horizon_label;
  AdwComboRow        *mentorship_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *time_row;
  GtkSpinButton      *duration_spin;
  AdwEntryRow        *zone_row;
  GtkWidget          *repeat_group;
  AdwComboRow        *repeat_row;
  AdwActionRow       *every_row;
  GtkSpinButton      *every_spin;
  GtkFlowBox         *weekdays_box;
  GtkWidget          *ends_group;
  AdwComboRow        *ends_row;
  AdwEntryRow        *until_row;
  GtkWidget          *count_row;
  GtkSpinButton      *count_spin;
  AdwComboRow        *mode_row;
  AdwEntryRow        *location_row;
  AdwComboRow        *status_row;
  GtkWidget          *notes_box;
  GtkLabel           *notes_label;
  GtkTextView        *notes_view;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_MENTORSHIP_ID,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SCHEDULED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorScheduleDialog, mentor_schedule_dialog, ADW_TYPE_WINDOW)

/* ---- Small helpers ---------------------------------------------------------- */

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
show_error (MentorScheduleDialog *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
clear_error (MentorScheduleDialog *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static gint64
chosen_mentorship (MentorScheduleDialog *self)
{
  guint selected;

  if (self->mentorship_id != 0)
    return self->mentorship_id;

  selected = adw_combo_row_get_selected (self->mentorship_row);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->mentorship_ids->len)
    return 0;

  return g_array_index (self->mentorship_ids, gint64, selected);
}

static GDate *
parse_day (const char *text)
{
  int y, m, d;

  if (!mentor_date_is_valid (text) || sscanf (text, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;

  return g_date_new_dmy (d, m, y);
}

/* The local day of instant in tzid, "YYYY-MM-DD". */
static char *
local_day (const char *instant,
           const char *tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, tzid);

  if (local == NULL || strlen (local) < 10)
    return NULL;

  return g_strndup (local, 10);
}

/* The local day of the mentorship's last meeting that happened or was
 * planned to (not cancelled), or NULL. */
static char *
last_meeting_day (MentorScheduleDialog *self,
                  gint64                mentorship_id)
{
  g_autoptr(GListModel) meetings = mentor_store_list_meetings (self->store, mentorship_id);
  g_autofree char *now = mentor_instant_now ();
  guint n = g_list_model_get_n_items (meetings);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i - 1);
      const char *starts_at = mentor_meeting_get_starts_at (meeting);

      if (mentor_meeting_get_status (meeting) == MENTOR_MEETING_CANCELLED ||
          starts_at == NULL || g_strcmp0 (starts_at, now) > 0)
        continue;

      return local_day (starts_at, mentor_meeting_get_tzid (meeting));
    }

  return NULL;
}

/* ---- The rule as the fields say it ------------------------------------------ */

static void
weekday_set_active (MentorScheduleDialog *self,
                    guint                 mask)
{
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (self->weekday_buttons[i], (mask & (1u << i)) != 0);
}

static guint
weekday_mask (MentorScheduleDialog *self)
{
  guint mask = 0;

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->weekday_buttons[i]))
      mask |= 1u << i;

  return mask;
}

/* Reads the repeat fields. The monthly rules take their weekday or day from
 * the start date, so that the series starts on one of its own occurrences.
 * Returns a sentence for what is wrong, or NULL. */
static char *
read_repeat (MentorScheduleDialog *self,
             const GDate          *start,
             MentorRepeat         *repeat)
{
  guint day = g_date_get_day (start);
  guint ends = adw_combo_row_get_selected (self->ends_row);

  memset (repeat, 0, sizeof *repeat);
  repeat->interval = (guint) gtk_spin_button_get_value_as_int (self->every_spin);

  switch (adw_combo_row_get_selected (self->repeat_row))
    {
    case 1:
      repeat->kind = MENTOR_REPEAT_MONTHLY_WEEKDAY;
      repeat->weekday = g_date_get_weekday (start);
      repeat->week_of_month = (int) (day - 1) / 7 + 1;
      /* A fifth Tuesday is not in every month; the last one is. */
      if (repeat->week_of_month > 4)
        repeat->week_of_month = -1;
      break;

    case 2:
      repeat->kind = MENTOR_REPEAT_MONTHLY_DAY;
      repeat->month_day = day;
      break;

    default:
      repeat->kind = MENTOR_REPEAT_WEEKLY;
      repeat->weekdays = weekday_mask (self);
      if (repeat->weekdays == 0)
        return g_strdup (_("Choose at least one day of the week."));
      break;
    }

  if (ends == ENDS_ON_DATE)
    {
      g_autofree char *until = dup_trimmed (GTK_EDITABLE (self->until_row));
      g_autoptr(GDate) until_day = parse_day (until);

      if (until_day == NULL)
        {
          g_autofree char *today = mentor_today ();

          gtk_widget_add_css_class (GTK_WIDGET (self->until_row), "error");
          /* TRANSLATORS: %s is today's date as an example, e.g. 2026-03-12 */
          return g_strdup_printf (_("End Date is not a date: write it as year-month-day, for example %s."), today);
        }
      gtk_widget_remove_css_class (GTK_WIDGET (self->until_row), "error");
      if (g_date_compare (until_day, start) < 0)
        return g_strdup (_("The check-ins would end before they start: choose an end date after the start."));

      g_strlcpy (repeat->until, until, sizeof repeat->until);
    }
  else if (ends == ENDS_AFTER_COUNT)
    repeat->count = (guint) gtk_spin_button_get_value_as_int (self->count_spin);

  return NULL;
}

/* What the fields say, checked: the local start "YYYY-MM-DDTHH:MM:SS", the
 * zone and, for a series, its rule. Returns a sentence for what is wrong (and
 * marks the field), or NULL. */
static char *
read_when (MentorScheduleDialog  *self,
           char                 **local_out,
           char                 **tzid_out,
           char                 **rrule_out)
{
  g_autofree char *date = dup_trimmed (GTK_EDITABLE (self->date_row));
  g_autofree char *tzid = dup_trimmed (GTK_EDITABLE (self->zone_row));
  g_autofree char *today = mentor_today ();
  g_autoptr(GDate) day = NULL;
  g_autofree char *first_day = NULL;
  guint hour = 0;
  guint minute = 0;

  day = parse_day (date);
  if (day == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      /* TRANSLATORS: the first %s is a field's name, the second today's date as an example */
      return g_strdup_printf (_("%s is not a date: write it as year-month-day, for example %s."),
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->date_row)), today);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  if (!mentor_clock_entry_check (GTK_EDITABLE (self->time_row), &hour, &minute))
    return g_strdup (_("Time is not a time of day: write it as hours and minutes, for example 09:30."));

  if (!mentor_zone_entry_check (GTK_EDITABLE (self->zone_row)))
    return g_strdup (_("Time Zone is not a known zone: write it as Area/City, for example Europe/Berlin, or choose one from the list."));

  first_day = g_strdup (date);

  if (self->kind == MENTOR_SCHEDULE_RECURRING)
    {
      MentorRepeat repeat;
      g_autoptr(GError) error = NULL;
      g_autofree char *problem = read_repeat (self, day, &repeat);
      g_autofree char *rrule = NULL;
      g_autofree char *on_rule = NULL;

      if (problem != NULL)
        return g_steal_pointer (&problem);

      rrule = mentor_repeat_to_rrule (&repeat, tzid, &error);
      if (rrule == NULL)
        return g_strdup (error->message);

      /* A weekly rule on Tuesdays from a Monday starts on the Tuesday. */
      on_rule = mentor_repeat_first_day (&repeat, date);
      if (on_rule != NULL)
        {
          g_free (first_day);
          first_day = g_steal_pointer (&on_rule);
        }

      if (rrule_out != NULL)
        *rrule_out = g_steal_pointer (&rrule);
    }

  if (local_out != NULL)
    *local_out = g_strdup_printf ("%sT%02u:%02u:00", first_day, hour, minute);
  if (tzid_out != NULL)
    *tzid_out = g_steal_pointer (&tzid);

  return NULL;
}

/* ---- What the dialog shows -------------------------------------------------- */

static void
update_summary (MentorScheduleDialog *self)
{
  g_autofree char *local = NULL;
  g_autofree char *tzid = NULL;
  g_autofree char *rrule = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *words = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *today = NULL;
  guint ends;
  guint every;

  if (self->kind != MENTOR_SCHEDULE_RECURRING || self->loading > 0)
    return;

  every = (guint) gtk_spin_button_get_value_as_int (self->every_spin);
  if (adw_combo_row_get_selected (self->repeat_row) == 0)
    adw_action_row_set_subtitle (self->every_row, ngettext ("Week", "Weeks", every));
  else
    adw_action_row_set_subtitle (self->every_row, ngettext ("Month", "Months", every));

  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_box), adw_combo_row_get_selected (self->repeat_row) == 0);

  ends = adw_combo_row_get_selected (self->ends_row);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), ends == ENDS_ON_DATE);
  gtk_widget_set_visible (self->count_row, ends == ENDS_AFTER_COUNT);
  gtk_widget_set_visible (GTK_WIDGET (self->horizon_label), ends == ENDS_NEVER);

  problem = read_when (self, &local, &tzid, &rrule);
  if (problem != NULL)
    {
      gtk_label_set_label (self->rule_label, _("Check-ins as the fields below say"));
      gtk_label_set_label (self->dates_label, problem);
      return;
    }

  today = mentor_today ();
  words = mentor_recurrence_describe (local, tzid, rrule);
  dates = mentor_meeting_dup_first_dates (local, tzid, rrule, 3, today);

  if (words != NULL)
    {
      g_autofree char *minutes = mentor_meeting_format_duration ((guint) gtk_spin_button_get_value_as_int (self->duration_spin));
      /* TRANSLATORS: the rule in words, its length and its zone:
       * "Every 2 weeks on Tuesday at 09:00 until 30 Jun 2027, 45 minutes, Europe/Berlin" */
      g_autofree char *line = g_strdup_printf (_("%s, %s, %s"), words, minutes, tzid);

      gtk_label_set_label (self->rule_label, line);
    }
  else
    gtk_label_set_label (self->rule_label, "");

  if (dates != NULL)
    {
      /* TRANSLATORS: the first dates of a series: "First: Tue 10 Mar, Tue 24 Mar and Tue 7 Apr" */
      g_autofree char *line = g_strdup_printf (_("First: %s"), dates);

      gtk_label_set_label (self->dates_label, line);
    }
  else
    gtk_label_set_label (self->dates_label, _("These fields give no check-in."));
}

static void
prefill (MentorScheduleDialog *self)
{
  gint64 id = chosen_mentorship (self);
  g_autoptr(MentorMentorship) m = NULL;
  g_autofree char *today = mentor_today ();
  g_autofree char *last = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *title = NULL;
  MentorRepeat repeat;

  if (id != 0)
    m = mentor_store_get_mentorship (self->store, id, NULL);

  self->loading++;

  if (m != NULL)
    {
      title = mentor_mentorship_dup_title (m);
      last = last_meeting_day (self, id);
      adw_combo_row_set_selected (self->mode_row, mentor_mentorship_get_mode (m));
    }
  adw_window_title_set_subtitle (self->window_title, title);

  zone = mentor_mentorship_dup_planning_zone (self->store, m);
  gtk_editable_set_text (GTK_EDITABLE (self->zone_row), zone);
  mentor_zone_button_set_mentorship (self->zone_button, self->store, id);

  if (self->kind == MENTOR_SCHEDULE_LOG)
    {
      /* An hour ago, on the hour: a meeting just held is the usual case. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) before = g_date_time_add_hours (now, -1);
      g_autofree char *day = g_date_time_format (before, "%Y-%m-%d");
      g_autofree char *clock = mentor_clock_text (g_date_time_get_hour (before), 0);
      g_autofree char *own = mentor_user_timezone ();

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), day);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), clock);
      /* Logged in the user's clock: that is the time they remember. */
      gtk_editable_set_text (GTK_EDITABLE (self->zone_row), own);
    }
  else
    {
      first_day = mentor_meeting_first_series_day (today, last);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), first_day);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), "09:00");
    }

  gtk_spin_button_set_value (self->duration_spin, 45);

  if (self->kind == MENTOR_SCHEDULE_RECURRING)
    {
      const char *ends_on = m != NULL ? mentor_mentorship_get_ends_on (m) : NULL;

      mentor_meeting_repeat_for_cadence (m != NULL ? mentor_mentorship_get_cadence_days (m) : 0,
                                         first_day, &repeat);
      adw_combo_row_set_selected (self->repeat_row, repeat.kind);
      gtk_spin_button_set_value (self->every_spin, repeat.interval);
      weekday_set_active (self, repeat.weekdays);

      if (ends_on != NULL && mentor_date_is_valid (ends_on) && g_strcmp0 (ends_on, first_day) >= 0)
        {
          adw_combo_row_set_selected (self->ends_row, ENDS_ON_DATE);
          gtk_editable_set_text (GTK_EDITABLE (self->until_row), ends_on);
        }
      else
        {
          /* No planned end: a year of check-ins is the usual agreement, and
           * "Never" is one click away. */
          g_autoptr(GDate) day = parse_day (first_day);

          g_date_add_years (day, 1);
          adw_combo_row_set_selected (self->ends_row, ENDS_ON_DATE);
          {
            g_autofree char *year_later = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day),
                                                           g_date_get_month (day), g_date_get_day (day));
            gtk_editable_set_text (GTK_EDITABLE (self->until_row), year_later);
          }
        }
    }

  self->loading--;

  update_summary (self);
}

static void
fill_mentorships (MentorScheduleDialog *self)
{
  g_autoptr(GListModel) mentorships = mentor_store_list_mentorships (self->store);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (self->mentorship_ids, 0);
  gtk_string_list_append (titles, _("Choose a Mentorship"));
  g_array_append_val (self->mentorship_ids, none);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorStatus status = mentor_mentorship_get_status (m);
      g_autofree char *title = NULL;
      gint64 id;

      /* Only those still meeting, or about to. */
      if (status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED)
        continue;

      title = mentor_mentorship_dup_title (m);
      id = mentor_mentorship_get_id (m);
      gtk_string_list_append (titles, title);
      g_array_append_val (self->mentorship_ids, id);
    }

  self->loading++;
  adw_combo_row_set_model (self->mentorship_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->mentorship_row, 0);
  self->loading--;
}

/* ---- Saving ----------------------------------------------------------------- */

static gboolean
save_series (MentorScheduleDialog  *self,
             gint64                 mentorship_id,
             const char            *local,
             const char            *tzid,
             const char            *rrule,
             gint64                *id,
             GError               **error)
{
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autofree char *location = dup_trimmed (GTK_EDITABLE (self->location_row));

  mentor_checkin_series_set_mentorship_id (series, mentorship_id);
  mentor_checkin_series_set_dtstart (series, local);
  mentor_checkin_series_set_tzid (series, tzid);
  mentor_checkin_series_set_duration_min (series, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));
  mentor_checkin_series_set_rrule (series, rrule);
  mentor_checkin_series_set_exdates (series, "");
  mentor_checkin_series_set_location (series, location);
  mentor_checkin_series_set_mode (series, adw_combo_row_get_selected (self->mode_row));

  if (!mentor_store_save_series (self->store, series, error))
    return FALSE;

  *id = mentor_checkin_series_get_id (series);
  return TRUE;
}

static gboolean
save_meeting (MentorScheduleDialog  *self,
              gint64                 mentorship_id,
              const char            *local,
              const char            *tzid,
              gint64                *id,
              GError               **error)
{
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autofree char *location = dup_trimmed (GTK_EDITABLE (self->location_row));
  g_autofree char *notes = mentor_text_view_dup_text (self->notes_view);
  g_autofree char *starts_at = mentor_local_to_instant (local, tzid);
  g_autofree char *now = mentor_instant_now ();

  if (starts_at == NULL)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                   /* TRANSLATORS: %s is a time zone such as Europe/Berlin */
                   _("This day and time cannot be placed in %s."), tzid);
      return FALSE;
    }

  if (self->kind == MENTOR_SCHEDULE_LOG && g_strcmp0 (starts_at, now) > 0)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                           _("A meeting to log has already happened: choose a day and time in the past, or use Schedule Meeting for one ahead."));
      return FALSE;
    }
  if (self->kind == MENTOR_SCHEDULE_ONE_OFF && g_strcmp0 (starts_at, now) < 0)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                           _("This day and time have passed: choose one ahead, or use Log Meeting for a meeting that already happened."));
      return FALSE;
    }

  mentor_meeting_set_mentorship_id (meeting, mentorship_id);
  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, tzid);
  mentor_meeting_set_duration_min (meeting, (guint) gtk_spin_button_get_value_as_int (self->duration_spin));
  mentor_meeting_set_location (meeting, location);
  mentor_meeting_set_mode (meeting, adw_combo_row_get_selected (self->mode_row));

  if (self->kind == MENTOR_SCHEDULE_LOG)
    {
      guint selected = adw_combo_row_get_selected (self->status_row);

      mentor_meeting_set_status (meeting, log_statuses[MIN (selected, G_N_ELEMENTS (log_statuses) - 1)]);
      mentor_meeting_set_summary (meeting, notes);
    }
  else
    {
      mentor_meeting_set_status (meeting, MENTOR_MEETING_SCHEDULED);
      mentor_meeting_set_agenda (meeting, notes);
    }

  if (!mentor_store_save_meeting (self->store, meeting, error))
    return FALSE;

  *id = mentor_meeting_get_id (meeting);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *local = NULL;
  g_autofree char *tzid = NULL;
  g_autofree char *rrule = NULL;
  gint64 mentorship_id = chosen_mentorship (self);
  gint64 id = 0;
  gboolean ok;

  if (mentorship_id == 0)
    {
      show_error (self, _("Choose the mentorship these meetings are for."));
      gtk_widget_grab_focus (GTK_WIDGET (self->mentorship_row));
      return;
    }

  problem = read_when (self, &local, &tzid, &rrule);
  if (problem != NULL)
    {
      show_error (self, problem);
      return;
    }

  if (self->kind == MENTOR_SCHEDULE_RECURRING)
    ok = save_series (self, mentorship_id, local, tzid, rrule, &id, &error);
  else
    ok = save_meeting (self, mentorship_id, local, tzid, &id, &error);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SCHEDULED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Signal callbacks ------------------------------------------------------- */

static void
field_changed_cb (MentorScheduleDialog *self)
{
  if (self->loading > 0)
    return;

  update_summary (self);
}

static void
mentorship_selected_cb (MentorScheduleDialog *self)
{
  if (self->loading > 0)
    return;

  clear_error (self);
  prefill (self);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
mentor_schedule_dialog_constructed (GObject *object)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (object);
  const char *title;
  gboolean recurring = self->kind == MENTOR_SCHEDULE_RECURRING;

  G_OBJECT_CLASS (mentor_schedule_dialog_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));

  switch (self->kind)
    {
    case MENTOR_SCHEDULE_RECURRING:
      title = _("Schedule Check-ins");
      break;
    case MENTOR_SCHEDULE_LOG:
      title = _("Log Meeting");
      break;
    case MENTOR_SCHEDULE_ONE_OFF:
    default:
      title = _("Schedule Meeting");
      break;
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->schedule_button,
                        self->kind == MENTOR_SCHEDULE_LOG ? _("Log") : _("Schedule"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 recurring ? _("Starts") : _("Date"));
  gtk_widget_set_visible (self->summary_box, recurring);
  gtk_widget_set_visible (self->repeat_group, recurring);
  gtk_widget_set_visible (self->ends_group, recurring);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), self->kind == MENTOR_SCHEDULE_LOG);
  gtk_widget_set_visible (self->notes_box, !recurring);
  /* The text view is named by this label (its mnemonic widget), which it
   * follows; a label of its own as well would be said twice. */
  gtk_label_set_label (self->notes_label,
                       self->kind == MENTOR_SCHEDULE_LOG ? _("Shared Summary") : _("Agenda"));

  {
    /* TRANSLATORS: %d is a number of years */
    g_autofree char *horizon = g_strdup_printf (ngettext ("Without an end, check-ins are planned for %d year from the start and stop there.",
                                                          "Without an end, check-ins are planned for %d years from the start and stop there.",
                                                          MENTOR_RECURRENCE_HORIZON_YEARS),
                                                MENTOR_RECURRENCE_HORIZON_YEARS);
    gtk_label_set_label (self->horizon_label, horizon);
  }

  if (self->mentorship_id == 0)
    {
      fill_mentorships (self);
      gtk_widget_set_visible (GTK_WIDGET (self->mentorship_row), TRUE);
    }

  prefill (self);

  if (self->mentorship_id == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->mentorship_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
mentor_schedule_dialog_dispose (GObject *object)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_SCHEDULE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mentor_schedule_dialog_parent_class)->dispose (object);
}

static void
mentor_schedule_dialog_finalize (GObject *object)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (object);

  g_clear_pointer (&self->mentorship_ids, g_array_unref);

  G_OBJECT_CLASS (mentor_schedule_dialog_parent_class)->finalize (object);
}

static void
mentor_schedule_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;

    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_schedule_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MentorScheduleDialog *self = MENTOR_SCHEDULE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_MENTORSHIP_ID:
      self->mentorship_id = g_value_get_int64 (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_schedule_dialog_class_init (MentorScheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_schedule_dialog_constructed;
  object_class->dispose = mentor_schedule_dialog_dispose;
  object_class->finalize = mentor_schedule_dialog_finalize;
  object_class->get_property = mentor_schedule_dialog_get_property;
  object_class->set_property = mentor_schedule_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       MENTOR_SCHEDULE_ONE_OFF, MENTOR_SCHEDULE_LOG, MENTOR_SCHEDULE_ONE_OFF,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SCHEDULED] =
    g_signal_new ("scheduled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (MENTOR_TYPE_DATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-schedule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, schedule_button);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, summary_box);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, rule_label);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, dates_label);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, horizon_label);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, mentorship_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, zone_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, repeat_group);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, every_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, every_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, ends_group);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, ends_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, count_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, count_spin);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, mode_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, notes_box);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, MentorScheduleDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "schedule.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "schedule.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "schedule.save", NULL);
}

static void
mentor_schedule_dialog_init (MentorScheduleDialog *self)
{
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);   /* a Monday */
  g_autoptr(GListModel) modes = mentor_mode_model_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->mentorship_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_combo_row_set_model (self->mode_row, modes);

  self->zone_button = mentor_zone_button_new (GTK_EDITABLE (self->zone_row));
  adw_entry_row_add_suffix (self->zone_row, self->zone_button);

  /* One toggle per weekday, Monday first (the bits of MentorRepeat). */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, i);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      GtkWidget *toggle = gtk_toggle_button_new_with_label (short_name);

      gtk_widget_set_tooltip_text (toggle, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, long_name,
                                      -1);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
      self->weekday_buttons[i] = GTK_TOGGLE_BUTTON (toggle);
      gtk_flow_box_append (self->weekdays_box, toggle);
      /* The toggle takes the focus, not an unnamed cell around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (toggle), FALSE);
    }

  g_signal_connect_object (self->mentorship_row, "notify::selected",
                           G_CALLBACK (mentorship_selected_cb), self, G_CONNECT_SWAPPED);
}

/* ---- Public API ------------------------------------------------------------- */

GtkWidget *
mentor_schedule_dialog_new (MentorStore        *store,
                            gint64              mentorship_id,
                            MentorScheduleKind  kind)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (kind <= MENTOR_SCHEDULE_LOG, NULL);

  return g_object_new (MENTOR_TYPE_SCHEDULE_DIALOG,
                       "store", store,
                       "mentorship-id", mentorship_id,
                       "kind", (guint) kind,
                       NULL);
}

void
mentor_schedule_dialog_present (GtkWidget          *parent,
                                MentorStore        *store,
                                gint64              mentorship_id,
                                MentorScheduleKind  kind)
{
  GtkWidget *dialog;
  GtkRoot *root = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (MENTOR_IS_STORE (store));

  dialog = mentor_schedule_dialog_new (store, mentorship_id, kind);

  if (parent != NULL)
    root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (dialog));
}
