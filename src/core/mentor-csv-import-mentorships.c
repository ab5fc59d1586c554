/* mentor-csv-import-mentorships.c — checking and writing the rows of a
 * mentorships file
 *
 * The rules are in mentor-csv-import.h. A mentorship is written the way the
 * window makes one: saved (as proposed, or active with its start date), then
 * moved along its lifecycle to paused, completed or ended by the store's own
 * status changes, so that the dates recorded follow the same rules.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-csv-import-private.h"
#include "mentor-records-private.h"
#include "mentor-store-private.h"

typedef struct {
  MentorCsvRow *row;         /* borrowed from the import */
  MentorPerson *mentor;      /* borrowed from the plan's people */
  MentorPerson *mentee;
  MentorKind    kind;
  MentorStatus  status;
  MentorMode    mode;
  guint         cadence;
  char         *closed_on;   /* for completed and ended */
  GStrv         focus;
} PairRow;

typedef struct {
  GListModel *people;
  GHashTable *by_key;      /* email key -> MentorPerson (borrowed) */
  PairRow    *rows;
  guint       n_rows;
} Pairs;

static void
pairs_free (gpointer data)
{
  Pairs *plan = data;

  for (guint i = 0; i < plan->n_rows; i++)
    {
      g_free (plan->rows[i].closed_on);
      g_strfreev (plan->rows[i].focus);
    }
  g_free (plan->rows);
  g_clear_pointer (&plan->by_key, g_hash_table_unref);
  g_clear_object (&plan->people);
  g_free (plan);
}

/* The cell of a column: "" for an empty cell or a column the file lacks. */
static const char *
cell (MentorCsvRow *row,
      const char   *column)
{
  const char *text = mentor_csv_row_get_field (row, column);

  return text != NULL ? text : "";
}

static const char *
optional_cell (MentorCsvRow *row,
               const char   *column)
{
  const char *text = cell (row, column);

  return *text != '\0' ? text : NULL;
}

static gboolean
status_is_open (MentorStatus status)
{
  return status == MENTOR_STATUS_PROPOSED || status == MENTOR_STATUS_ACTIVE ||
         status == MENTOR_STATUS_PAUSED;
}

static void
add_problem (MentorCsvRow *row,
             const char   *format,
             const char   *value)
{
  g_autofree char *text = g_strdup_printf (format, value);

  mentor_csv_row_add_problem (row, text);
}

/* The person of an email cell; adds the problem when there is none. */
static MentorPerson *
find_person (Pairs        *plan,
             MentorCsvRow *row,
             const char   *column,
             const char   *empty_message,
             const char   *unknown_format)
{
  const char *email = cell (row, column);
  g_autofree char *key = NULL;
  MentorPerson *person;

  if (*email == '\0')
    {
      mentor_csv_row_add_problem (row, empty_message);
      return NULL;
    }

  key = mentor_csv_email_key (email);
  person = g_hash_table_lookup (plan->by_key, key);
  if (person == NULL)
    {
      add_problem (row, unknown_format, email);
      return NULL;
    }

  if (mentor_person_get_archived (person))
    {
      add_problem (row, _("%s is archived, so they cannot start a new mentorship."),
                   mentor_person_get_name (person));
      return NULL;
    }

  return person;
}

static void
check_date (MentorCsvRow *row,
            const char   *column,
            const char   *format)
{
  const char *text = cell (row, column);

  if (*text != '\0' && !mentor_date_is_valid (text))
    add_problem (row, format, text);
}

static void
check_words (PairRow *pr)
{
  MentorCsvRow *row = pr->row;
  g_autofree char *kind = mentor_csv_word (cell (row, "kind"));
  g_autofree char *status = mentor_csv_word (cell (row, "status"));
  g_autofree char *mode = mentor_csv_word (cell (row, "mode"));
  const char *cadence = cell (row, "cadence_days");

  pr->kind = MENTOR_KIND_TRADITIONAL;
  pr->status = MENTOR_STATUS_PROPOSED;
  pr->mode = MENTOR_MODE_VIDEO;

  if (*kind != '\0' && !mentor_kind_from_string (kind, &pr->kind))
    add_problem (row, _("“%s” is not a kind of mentorship: use traditional, reverse or peer."),
                 cell (row, "kind"));

  if (*status != '\0' && !mentor_status_from_string (status, &pr->status))
    add_problem (row, _("“%s” is not a status: use proposed, active, paused, completed or ended."),
                 cell (row, "status"));

  if (*mode != '\0' && !mentor_mode_from_string (mode, &pr->mode))
    add_problem (row, _("“%s” is not a way of meeting: use video, phone, in_person or chat."),
                 cell (row, "mode"));

  if (*cadence != '\0' && !mentor_csv_parse_uint (cadence, 366, &pr->cadence))
    add_problem (row, _("The cadence “%s” is not a whole number of days from 0 to 366."),
                 cadence);
}

static void
check_dates (PairRow    *pr,
             const char *today)
{
  MentorCsvRow *row = pr->row;
  const char *started_on = optional_cell (row, "started_on");
  const char *ends_on = optional_cell (row, "ends_on");
  const char *closed_on = optional_cell (row, "closed_on");
  gboolean closing = pr->status == MENTOR_STATUS_COMPLETED || pr->status == MENTOR_STATUS_ENDED;
  guint before = mentor_csv_row_get_problems (row)[0] != NULL
                 ? g_strv_length ((char **) mentor_csv_row_get_problems (row)) : 0;

  check_date (row, "started_on", _("The start date “%s” is not a date: write it as YYYY-MM-DD."));
  check_date (row, "ends_on", _("The planned end date “%s” is not a date: write it as YYYY-MM-DD."));
  if (closing)
    check_date (row, "closed_on", _("The closing date “%s” is not a date: write it as YYYY-MM-DD."));

  /* Comparing dates needs them valid. */
  if (g_strv_length ((char **) mentor_csv_row_get_problems (row)) != before)
    return;

  if (started_on == NULL &&
      (pr->status == MENTOR_STATUS_ACTIVE || pr->status == MENTOR_STATUS_PAUSED ||
       pr->status == MENTOR_STATUS_COMPLETED))
    mentor_csv_row_add_problem (row, _("An active, paused or completed mentorship needs its "
                                       "start date in started_on."));

  if (started_on != NULL && ends_on != NULL && strcmp (ends_on, started_on) < 0)
    mentor_csv_row_add_problem (row, _("The planned end date is before the start date."));

  if (!closing)
    return;

  /* Closed on the day given, else on the planned end when it has passed, else today. */
  if (closed_on != NULL)
    pr->closed_on = g_strdup (closed_on);
  else if (ends_on != NULL && strcmp (ends_on, today) <= 0)
    pr->closed_on = g_strdup (ends_on);
  else
    pr->closed_on = g_strdup (today);

  if (strcmp (pr->closed_on, today) > 0)
    add_problem (row, _("The closing date “%s” is after today."), pr->closed_on);
  else if (started_on != NULL && strcmp (pr->closed_on, started_on) < 0)
    mentor_csv_row_add_problem (row, _("The closing date is before the start date."));

  if (pr->status == MENTOR_STATUS_ENDED && optional_cell (row, "end_reason") == NULL)
    mentor_csv_row_add_problem (row, _("An ended mentorship needs the reason it ended in end_reason."));
}

static void
check_row (Pairs      *plan,
           PairRow    *pr,
           const char *today)
{
  MentorCsvRow *row = pr->row;
  g_autofree char *label = NULL;

  pr->mentor = find_person (plan, row, "mentor_email", _("The mentor’s email is empty."),
                            _("No one in the data file has the mentor’s email “%s”."));
  pr->mentee = find_person (plan, row, "mentee_email", _("The mentee’s email is empty."),
                            _("No one in the data file has the mentee’s email “%s”."));

  /* Translators: a mentorship as "Mentor → Mentee" */
  label = g_strdup_printf (_("%s → %s"),
                           pr->mentor != NULL ? mentor_person_get_name (pr->mentor)
                                              : cell (row, "mentor_email"),
                           pr->mentee != NULL ? mentor_person_get_name (pr->mentee)
                                              : cell (row, "mentee_email"));
  mentor_csv_row_set_label (row, label);

  if (pr->mentor != NULL && pr->mentor == pr->mentee)
    mentor_csv_row_add_problem (row, _("A mentor and mentee must be two different people."));

  check_words (pr);
  check_dates (pr, today);

  if (*cell (row, "focus_areas") != '\0')
    pr->focus = mentor_csv_split_words (cell (row, "focus_areas"));
}

static char *
pair_key (gint64      mentor_id,
          gint64      mentee_id,
          const char *started_on)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s",
                          mentor_id, mentee_id, started_on != NULL ? started_on : "");
}

/* Leaves out a row whose mentorship the data file (or an earlier row) holds
 * already: open pairs once, and each start date of a pair once. */
static void
check_duplicate (PairRow    *pr,
                 GHashTable *open_pairs,
                 GHashTable *starts)
{
  MentorCsvRow *row = pr->row;
  const char *started_on = optional_cell (row, "started_on");
  gint64 mentor_id = mentor_person_get_id (pr->mentor);
  gint64 mentee_id = mentor_person_get_id (pr->mentee);
  g_autofree char *open_key = pair_key (mentor_id, mentee_id, NULL);
  g_autofree char *start_key = pair_key (mentor_id, mentee_id, started_on);
  guint earlier;

  if (status_is_open (pr->status) && g_hash_table_contains (open_pairs, open_key))
    {
      g_autofree char *reason = NULL;

      earlier = GPOINTER_TO_UINT (g_hash_table_lookup (open_pairs, open_key));
      if (earlier != 0)
        reason = g_strdup_printf (_("Row %u already has an open mentorship of this pair."),
                                  earlier);
      else
        /* Translators: both are names of people */
        reason = g_strdup_printf (_("%1$s and %2$s already have an open mentorship."),
                                  mentor_person_get_name (pr->mentor),
                                  mentor_person_get_name (pr->mentee));
      mentor_csv_row_skip (row, reason);
      return;
    }

  if (started_on != NULL && g_hash_table_contains (starts, start_key))
    {
      g_autofree char *reason = NULL;

      earlier = GPOINTER_TO_UINT (g_hash_table_lookup (starts, start_key));
      if (earlier != 0)
        reason = g_strdup_printf (_("Row %u has the same mentorship."), earlier);
      else
        reason = g_strdup (_("This mentorship is already in the data file."));
      mentor_csv_row_skip (row, reason);
      return;
    }

  /* The row number marks pairs that come from the file. */
  if (status_is_open (pr->status))
    g_hash_table_insert (open_pairs, g_steal_pointer (&open_key),
                         GUINT_TO_POINTER (mentor_csv_row_get_number (row)));
  if (started_on != NULL)
    g_hash_table_insert (starts, g_steal_pointer (&start_key),
                         GUINT_TO_POINTER (mentor_csv_row_get_number (row)));
}

static void
describe (PairRow *pr)
{
  g_autofree char *text = NULL;

  /* Translators: %1$s is a status ("Active"), %2$s a kind ("Traditional") */
  text = g_strdup_printf (_("New mentorship: %1$s, %2$s."),
                          mentor_status_to_label (pr->status),
                          mentor_kind_to_label (pr->kind));
  mentor_csv_row_set_action (pr->row, MENTOR_CSV_ACTION_ADD);
  mentor_csv_row_set_description (pr->row, text);
}

gboolean
mentor_csv_mentorships_plan (MentorCsvImport  *self,
                             GError          **error)
{
  Pairs *plan;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GHashTable) open_pairs = NULL;
  g_autoptr(GHashTable) starts = NULL;
  g_autofree char *today = mentor_today ();
  guint n;

  mentorships = mentor_store_list_mentorships_brief (self->store, error);
  if (mentorships == NULL)
    return FALSE;

  plan = g_new0 (Pairs, 1);
  plan->people = mentor_store_list_people (self->store, TRUE);
  plan->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->n_rows = self->row_array->len;
  plan->rows = g_new0 (PairRow, plan->n_rows);
  mentor_csv_import_set_plan_data (self, plan, pairs_free);

  n = g_list_model_get_n_items (plan->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (plan->people, i);

      if (*mentor_person_get_email (person) != '\0')
        g_hash_table_insert (plan->by_key, mentor_csv_email_key (mentor_person_get_email (person)),
                             person);
    }

  /* What the data file holds: the value 0 marks a pair not from the file. */
  open_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      gint64 mentor_id = mentor_mentorship_get_mentor_id (m);
      gint64 mentee_id = mentor_mentorship_get_mentee_id (m);

      if (status_is_open (mentor_mentorship_get_status (m)))
        g_hash_table_insert (open_pairs, pair_key (mentor_id, mentee_id, NULL), NULL);
      if (mentor_mentorship_get_started_on (m) != NULL)
        g_hash_table_insert (starts, pair_key (mentor_id, mentee_id,
                                               mentor_mentorship_get_started_on (m)),
                             NULL);
    }

  for (guint i = 0; i < plan->n_rows; i++)
    {
      PairRow *pr = &plan->rows[i];

      pr->row = g_ptr_array_index (self->row_array, i);
      mentor_csv_row_reset (pr->row);
      check_row (plan, pr, today);

      if (mentor_csv_row_is_bad (pr->row))
        continue;

      check_duplicate (pr, open_pairs, starts);
      if (mentor_csv_row_get_action (pr->row) != MENTOR_CSV_ACTION_SKIP)
        describe (pr);
    }

  return TRUE;
}

static gboolean
write_row (MentorCsvImport  *self,
           PairRow          *pr,
           GError          **error)
{
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  const char *started_on = optional_cell (pr->row, "started_on");
  gint64 id;

  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (pr->mentor));
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (pr->mentee));
  mentor_mentorship_set_kind (m, pr->kind);
  mentor_mentorship_set_started_on (m, started_on);
  mentor_mentorship_set_ends_on (m, optional_cell (pr->row, "ends_on"));
  mentor_mentorship_set_cadence_days (m, pr->cadence);
  mentor_mentorship_set_mode (m, pr->mode);
  if (pr->focus != NULL)
    mentor_mentorship_set_focus_areas (m, (const char * const *) pr->focus);

  /* Whatever went past proposed started: it is saved active, then moved on.
   * An ended one without a start date was ended while proposed. */
  if (pr->status != MENTOR_STATUS_PROPOSED &&
      (pr->status != MENTOR_STATUS_ENDED || started_on != NULL))
    mentor_mentorship_set_status (m, MENTOR_STATUS_ACTIVE);

  if (!mentor_store_save_mentorship (self->store, m, error))
    return FALSE;

  id = mentor_mentorship_get_id (m);
  switch (pr->status)
    {
    case MENTOR_STATUS_PAUSED:
      if (!mentor_store_set_mentorship_status (self->store, id, MENTOR_STATUS_PAUSED, NULL, error))
        return FALSE;
      break;
    case MENTOR_STATUS_COMPLETED:
    case MENTOR_STATUS_ENDED:
      if (!mentor_store_set_mentorship_status_on (self->store, id, pr->status,
                                                  cell (pr->row, "end_reason"),
                                                  pr->closed_on, error))
        return FALSE;
      break;
    case MENTOR_STATUS_PROPOSED:
    case MENTOR_STATUS_ACTIVE:
    case MENTOR_N_STATUSES:
    default:
      break;
    }

  mentor_csv_row_set_record_id (pr->row, id);
  return TRUE;
}

gboolean
mentor_csv_mentorships_write (MentorCsvImport  *self,
                              gboolean          skip_bad_rows,
                              GError          **error)
{
  Pairs *plan = self->plan_data;

  g_assert (plan != NULL);

  for (guint i = 0; i < plan->n_rows; i++)
    {
      PairRow *pr = &plan->rows[i];
      g_autoptr(GError) local_error = NULL;

      if (mentor_csv_row_get_action (pr->row) != MENTOR_CSV_ACTION_ADD)
        continue;

      /* A row is saved, then moved along its lifecycle: all of it or nothing. */
      if (!mentor_store_begin (self->store, error))
        return FALSE;

      if (!write_row (self, pr, &local_error))
        {
          mentor_store_rollback (self->store);
          mentor_csv_row_set_record_id (pr->row, 0);

          if (skip_bad_rows &&
              (g_error_matches (local_error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID) ||
               g_error_matches (local_error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_LIFECYCLE)))
            {
              mentor_csv_row_add_problem (pr->row, local_error->message);
              continue;
            }
          mentor_csv_row_failed (pr->row, error, local_error);
          return FALSE;
        }

      if (!mentor_store_commit (self->store, MENTOR_CHANGE_MENTORSHIPS, error))
        return FALSE;
    }

  return TRUE;
}
