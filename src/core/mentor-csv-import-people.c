/* mentor-csv-import-people.c — checking and writing the rows of a people file
 *
 * The rules are in mentor-csv-import.h. Checks run on the whole file at once,
 * because a row can only be judged with the others: duplicate emails, managers
 * that are on other rows, loops of managers. The write goes through
 * mentor_store_save_person(), managers before the people who report to them,
 * so that every save sees its manager already in the data file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-csv-import-private.h"

typedef struct {
  MentorCsvRow  *row;           /* borrowed from the import */
  char          *key;           /* email key; NULL when the email is unusable */
  char          *manager_key;   /* NULL when the manager cell is empty or missing */
  MentorPerson  *existing;      /* the person the email matches (borrowed), or NULL */
  int            manager_row;   /* index of the manager's row in the file, or -1 */
  gint64         manager_id;    /* the manager in the data file, when not on a row */
  gboolean       has_capacity;
  guint          capacity;
  GStrv          offers;        /* NULL: the cell is empty or missing */
  GStrv          seeks;
} PersonRow;

typedef struct {
  GListModel *people;     /* MentorPerson, archived too */
  GHashTable *by_key;     /* email key -> MentorPerson (borrowed) */
  GHashTable *by_id;      /* gint64* -> MentorPerson (borrowed) */
  GHashTable *row_of_id;  /* gint64* of a person updated by a good row -> row index + 1 */
  PersonRow  *rows;
  guint       n_rows;
  GArray     *order;      /* row indexes, managers first */
} People;

static void
people_free (gpointer data)
{
  People *plan = data;

  for (guint i = 0; i < plan->n_rows; i++)
    {
      g_free (plan->rows[i].key);
      g_free (plan->rows[i].manager_key);
      g_strfreev (plan->rows[i].offers);
      g_strfreev (plan->rows[i].seeks);
    }
  g_free (plan->rows);
  g_clear_pointer (&plan->order, g_array_unref);
  g_clear_pointer (&plan->row_of_id, g_hash_table_unref);
  g_clear_pointer (&plan->by_id, g_hash_table_unref);
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

static gboolean
good (People *plan,
      guint   i)
{
  return !mentor_csv_row_is_bad (plan->rows[i].row);
}

/* "4 and 9", "4, 9 and 12" */
static char *
row_numbers (People *plan,
             GArray *indexes)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < indexes->len; i++)
    {
      guint index = g_array_index (indexes, guint, i);

      g_ptr_array_add (numbers, g_strdup_printf ("%u", mentor_csv_row_get_number (plan->rows[index].row)));
    }
  g_ptr_array_add (numbers, NULL);

  return mentor_csv_join_words ((const char * const *) numbers->pdata);
}

static void
check_cells (People   *plan,
             guint     i,
             GHashTable *rows_by_key)
{
  PersonRow *pr = &plan->rows[i];
  MentorCsvRow *row = pr->row;
  const char *name = cell (row, "name");
  const char *email = cell (row, "email");
  const char *timezone = cell (row, "timezone");
  const char *capacity = cell (row, "capacity");
  const char *manager = cell (row, "manager_email");
  g_autofree char *label = NULL;

  if (*name != '\0' && *email != '\0')
    label = g_strdup_printf ("%s <%s>", name, email);
  mentor_csv_row_set_label (row, label != NULL ? label : (*name != '\0' ? name : email));

  if (*name == '\0')
    mentor_csv_row_add_problem (row, _("The name is empty."));

  if (*email == '\0')
    mentor_csv_row_add_problem (row, _("The email is empty."));
  else if (!mentor_email_is_valid (email))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not an email address."), email);

      mentor_csv_row_add_problem (row, problem);
    }
  else
    {
      GArray *indexes;

      pr->key = mentor_csv_email_key (email);
      indexes = g_hash_table_lookup (rows_by_key, pr->key);
      if (indexes == NULL)
        {
          indexes = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (rows_by_key, g_strdup (pr->key), indexes);
        }
      g_array_append_val (indexes, i);
    }

  if (*timezone != '\0' && !mentor_timezone_is_valid (timezone))
    {
      g_autofree char *problem =
        g_strdup_printf (_("“%s” is not a known time zone: use a name such as Europe/Berlin "
                           "or America/New_York."),
                         timezone);

      mentor_csv_row_add_problem (row, problem);
    }

  if (*capacity != '\0')
    {
      if (mentor_csv_parse_uint (capacity, 50, &pr->capacity))
        pr->has_capacity = TRUE;
      else
        {
          g_autofree char *problem =
            g_strdup_printf (_("The capacity “%s” is not a whole number from 0 to 50."), capacity);

          mentor_csv_row_add_problem (row, problem);
        }
    }

  if (*manager != '\0')
    {
      if (!mentor_email_is_valid (manager))
        {
          g_autofree char *problem =
            g_strdup_printf (_("The manager’s email “%s” is not an email address."), manager);

          mentor_csv_row_add_problem (row, problem);
        }
      else
        pr->manager_key = mentor_csv_email_key (manager);
    }

  if (*cell (row, "offers") != '\0')
    pr->offers = mentor_csv_split_words (cell (row, "offers"));
  if (*cell (row, "seeks") != '\0')
    pr->seeks = mentor_csv_split_words (cell (row, "seeks"));
}

/* Where a row's manager is: another row, a person of the data file, or nowhere
 * (a problem). Returns TRUE when the row became bad. */
static gboolean
resolve_manager (People     *plan,
                 guint       i,
                 GHashTable *rows_by_key)
{
  PersonRow *pr = &plan->rows[i];
  MentorPerson *in_data;
  GArray *on_rows;

  pr->manager_row = -1;
  pr->manager_id = 0;
  if (pr->manager_key == NULL || !good (plan, i))
    return FALSE;

  if (pr->key != NULL && strcmp (pr->key, pr->manager_key) == 0)
    {
      mentor_csv_row_add_problem (pr->row, _("A person cannot be their own manager."));
      return TRUE;
    }

  in_data = g_hash_table_lookup (plan->by_key, pr->manager_key);
  on_rows = g_hash_table_lookup (rows_by_key, pr->manager_key);

  if (on_rows != NULL && good (plan, g_array_index (on_rows, guint, 0)))
    {
      pr->manager_row = (int) g_array_index (on_rows, guint, 0);
      return FALSE;
    }

  if (in_data != NULL)
    {
      pr->manager_id = mentor_person_get_id (in_data);
      return FALSE;
    }

  if (on_rows != NULL)
    {
      g_autofree char *problem =
        g_strdup_printf (_("The manager is on row %u, which has problems, so this row "
                           "cannot be imported either."),
                         mentor_csv_row_get_number (plan->rows[g_array_index (on_rows, guint, 0)].row));

      mentor_csv_row_add_problem (pr->row, problem);
    }
  else
    {
      g_autofree char *problem =
        g_strdup_printf (_("No one in the file or the data file has the manager’s email “%s”."),
                         cell (pr->row, "manager_email"));

      mentor_csv_row_add_problem (pr->row, problem);
    }

  return TRUE;
}

/* The reporting line after the import, as nodes: a row is -(index + 1), a
 * person of the data file who is on no good row is their id, 0 is nobody. */
static gint64
node_of_person (People *plan,
                gint64  id)
{
  guint row;

  if (id == 0)
    return 0;

  row = GPOINTER_TO_UINT (g_hash_table_lookup (plan->row_of_id, &id));
  return row != 0 ? -(gint64) row : id;
}

static gint64
manager_node (People *plan,
              gint64  node)
{
  if (node < 0)
    {
      PersonRow *pr = &plan->rows[-node - 1];

      if (pr->manager_row >= 0)
        return -(gint64) (pr->manager_row + 1);
      if (pr->manager_id != 0)
        return node_of_person (plan, pr->manager_id);
      /* An empty cell keeps the manager an updated person has. */
      if (pr->manager_key == NULL && pr->existing != NULL)
        return node_of_person (plan, mentor_person_get_manager_id (pr->existing));
      return 0;
    }
  else
    {
      MentorPerson *person = g_hash_table_lookup (plan->by_id, &node);

      return person != NULL ? node_of_person (plan, mentor_person_get_manager_id (person)) : 0;
    }
}

static const char *
node_email (People *plan,
            gint64  node)
{
  if (node < 0)
    return cell (plan->rows[-node - 1].row, "email");
  else
    {
      MentorPerson *person = g_hash_table_lookup (plan->by_id, &node);

      if (person == NULL)
        return "";
      return *mentor_person_get_email (person) != '\0' ? mentor_person_get_email (person)
                                                      : mentor_person_get_name (person);
    }
}

enum { UNSEEN, ON_PATH, DONE };

/* Marks every good row on a loop of managers bad; returns how many. */
static guint
find_loops (People *plan)
{
  g_autoptr(GHashTable) state = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint found = 0;

  g_hash_table_remove_all (plan->row_of_id);
  for (guint i = 0; i < plan->n_rows; i++)
    if (good (plan, i) && plan->rows[i].existing != NULL)
      {
        gint64 id = mentor_person_get_id (plan->rows[i].existing);

        g_hash_table_insert (plan->row_of_id, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
      }

  for (guint i = 0; i < plan->n_rows; i++)
    {
      gint64 node = -(gint64) (i + 1);
      guint where;

      if (!good (plan, i) || g_hash_table_contains (state, &node))
        continue;

      g_array_set_size (path, 0);
      while (node != 0)
        {
          where = GPOINTER_TO_UINT (g_hash_table_lookup (state, &node));
          if (where != UNSEEN)
            break;
          g_hash_table_insert (state, g_memdup2 (&node, sizeof node), GUINT_TO_POINTER (ON_PATH));
          g_array_append_val (path, node);
          node = manager_node (plan, node);
        }

      if (node != 0 && GPOINTER_TO_UINT (g_hash_table_lookup (state, &node)) == ON_PATH)
        {
          /* The loop is the end of the path, from node on. */
          guint start = 0;

          while (g_array_index (path, gint64, start) != node)
            start++;

          for (guint j = start; j < path->len; j++)
            {
              gint64 member = g_array_index (path, gint64, j);
              g_autoptr(GPtrArray) emails = NULL;
              g_autofree char *chain = NULL;
              g_autofree char *problem = NULL;

              if (member > 0)
                continue;

              emails = g_ptr_array_new ();
              for (guint k = 0; k <= path->len - start; k++)
                g_ptr_array_add (emails, (gpointer) node_email (plan, g_array_index (path, gint64, start + (j - start + k) % (path->len - start))));
              g_ptr_array_add (emails, NULL);

              chain = g_strjoinv (" → ", (char **) emails->pdata);
              problem = g_strdup_printf (_("The managers go round in a loop: %s."), chain);
              mentor_csv_row_add_problem (plan->rows[-member - 1].row, problem);
              found++;
            }
        }

      for (guint j = 0; j < path->len; j++)
        g_hash_table_insert (state, g_memdup2 (&g_array_index (path, gint64, j), sizeof (gint64)),
                             GUINT_TO_POINTER (DONE));
    }

  return found;
}

/* Good rows, each after the row of its manager. */
static GArray *
managers_first (People *plan)
{
  g_autofree guint8 *placed = g_new0 (guint8, plan->n_rows);
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (guint), plan->n_rows);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < plan->n_rows; i++)
    {
      guint top;

      if (!good (plan, i) || placed[i])
        continue;

      /* Climb to the highest manager not placed yet, then place on the way down. */
      g_array_set_size (stack, 0);
      top = i;
      while (TRUE)
        {
          int manager = plan->rows[top].manager_row;

          g_array_append_val (stack, top);
          if (manager < 0 || placed[manager] || !good (plan, (guint) manager) ||
              stack->len > plan->n_rows)
            break;
          top = (guint) manager;
        }

      for (guint j = stack->len; j > 0; j--)
        {
          guint index = g_array_index (stack, guint, j - 1);

          if (!placed[index])
            {
              placed[index] = 1;
              g_array_append_val (order, index);
            }
        }
    }

  return order;
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;
  guint nb = b != NULL ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;

  for (guint i = 0; i < na; i++)
    if (strcmp (a[i], b[i]) != 0)
      return FALSE;

  return TRUE;
}

/* What an update changes, as words for "Updates the …". */
static void
describe (People *plan,
          guint   i)
{
  PersonRow *pr = &plan->rows[i];
  MentorPerson *p = pr->existing;
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;
  const struct {
    const char *column;
    const char *stored;
    const char *label;
  } texts[] = {
    { "name", p != NULL ? mentor_person_get_name (p) : NULL, N_("name") },
    { "email", p != NULL ? mentor_person_get_email (p) : NULL, N_("email") },
    { "title", p != NULL ? mentor_person_get_title (p) : NULL, N_("title") },
    { "organization", p != NULL ? mentor_person_get_organization (p) : NULL, N_("organization") },
    { "department", p != NULL ? mentor_person_get_department (p) : NULL, N_("department") },
    { "timezone", p != NULL ? mentor_person_get_timezone (p) : NULL, N_("time zone") },
  };

  if (p == NULL)
    {
      mentor_csv_row_set_action (pr->row, MENTOR_CSV_ACTION_ADD);
      mentor_csv_row_set_description (pr->row, _("New person."));
      return;
    }

  mentor_csv_row_set_record_id (pr->row, mentor_person_get_id (p));

  for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
    {
      const char *value = cell (pr->row, texts[j].column);

      if (*value != '\0' && strcmp (value, texts[j].stored) != 0)
        g_ptr_array_add (changes, (gpointer) _(texts[j].label));
    }

  if (pr->manager_row >= 0 || pr->manager_id != 0)
    {
      gint64 now = mentor_person_get_manager_id (p);
      MentorPerson *manager_existing = pr->manager_row >= 0
                                       ? plan->rows[pr->manager_row].existing : NULL;
      gint64 then = pr->manager_row >= 0
                    ? (manager_existing != NULL ? mentor_person_get_id (manager_existing) : -1)
                    : pr->manager_id;

      if (now != then)
        g_ptr_array_add (changes, (gpointer) _("manager"));
    }

  if (pr->has_capacity && pr->capacity != mentor_person_get_capacity (p))
    g_ptr_array_add (changes, (gpointer) _("capacity"));
  if (pr->offers != NULL &&
      !strv_equal0 ((const char * const *) pr->offers, mentor_person_get_offers (p)))
    g_ptr_array_add (changes, (gpointer) _("skills offered"));
  if (pr->seeks != NULL &&
      !strv_equal0 ((const char * const *) pr->seeks, mentor_person_get_seeks (p)))
    g_ptr_array_add (changes, (gpointer) _("development areas"));

  if (changes->len == 0)
    {
      mentor_csv_row_set_action (pr->row, MENTOR_CSV_ACTION_UNCHANGED);
      mentor_csv_row_set_description (pr->row, _("Already up to date."));
      return;
    }

  g_ptr_array_add (changes, NULL);
  list = mentor_csv_join_words ((const char * const *) changes->pdata);
  if (mentor_person_get_archived (p))
    /* Translators: %s is a list such as "title and department" */
    text = g_strdup_printf (_("Updates the %s of this archived person."), list);
  else
    /* Translators: %s is a list such as "title and department" */
    text = g_strdup_printf (_("Updates the %s."), list);

  mentor_csv_row_set_action (pr->row, MENTOR_CSV_ACTION_UPDATE);
  mentor_csv_row_set_description (pr->row, text);
}

gboolean
mentor_csv_people_plan (MentorCsvImport  *self,
                        GError          **error)
{
  People *plan = g_new0 (People, 1);
  g_autoptr(GHashTable) rows_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  GArray *indexes;
  guint n;

  plan->people = mentor_store_list_people (self->store, TRUE);
  plan->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  plan->row_of_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  plan->n_rows = self->row_array->len;
  plan->rows = g_new0 (PersonRow, plan->n_rows);
  mentor_csv_import_set_plan_data (self, plan, people_free);

  n = g_list_model_get_n_items (plan->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (plan->people, i);
      gint64 id = mentor_person_get_id (person);

      g_hash_table_insert (plan->by_id, g_memdup2 (&id, sizeof id), person);
      if (*mentor_person_get_email (person) != '\0')
        g_hash_table_insert (plan->by_key, mentor_csv_email_key (mentor_person_get_email (person)),
                             person);
    }

  for (guint i = 0; i < plan->n_rows; i++)
    {
      plan->rows[i].row = g_ptr_array_index (self->row_array, i);
      plan->rows[i].manager_row = -1;
      mentor_csv_row_reset (plan->rows[i].row);
      check_cells (plan, i, rows_by_key);
    }

  /* Every row of an email that is on several rows is bad: which one is right
   * is for the person who made the file to say. */
  g_hash_table_iter_init (&iter, rows_by_key);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &indexes))
    {
      g_autofree char *numbers = NULL;

      if (indexes->len < 2)
        continue;

      numbers = row_numbers (plan, indexes);
      for (guint j = 0; j < indexes->len; j++)
        {
          PersonRow *pr = &plan->rows[g_array_index (indexes, guint, j)];
          g_autofree char *problem =
            /* Translators: %1$s is an email, %2$s row numbers such as "4 and 9" */
            g_strdup_printf (_("The email “%1$s” is on rows %2$s: each person needs their own."),
                             cell (pr->row, "email"), numbers);

          mentor_csv_row_add_problem (pr->row, problem);
        }
    }

  for (guint i = 0; i < plan->n_rows; i++)
    if (plan->rows[i].key != NULL)
      plan->rows[i].existing = g_hash_table_lookup (plan->by_key, plan->rows[i].key);

  /* A bad row can make its reports bad (a new manager missing), and a loop
   * found makes rows bad: repeat until nothing changes. */
  while (TRUE)
    {
      gboolean changed = FALSE;

      for (guint i = 0; i < plan->n_rows; i++)
        changed |= resolve_manager (plan, i, rows_by_key);

      if (!changed && find_loops (plan) == 0)
        break;
    }

  for (guint i = 0; i < plan->n_rows; i++)
    if (good (plan, i))
      describe (plan, i);

  g_clear_pointer (&plan->order, g_array_unref);
  plan->order = managers_first (plan);

  return TRUE;
}

static void
set_if_given (MentorPerson *person,
              MentorCsvRow *row,
              const char   *column,
              void        (*setter) (MentorPerson *, const char *))
{
  const char *value = cell (row, column);

  if (*value != '\0')
    setter (person, value);
}

gboolean
mentor_csv_people_write (MentorCsvImport  *self,
                         gboolean          skip_bad_rows,
                         GError          **error)
{
  People *plan = self->plan_data;

  g_assert (plan != NULL);

  for (guint k = 0; k < plan->order->len; k++)
    {
      guint i = g_array_index (plan->order, guint, k);
      PersonRow *pr = &plan->rows[i];
      MentorCsvAction action = mentor_csv_row_get_action (pr->row);
      g_autoptr(MentorPerson) person = NULL;
      g_autoptr(GError) local_error = NULL;

      if (action != MENTOR_CSV_ACTION_ADD && action != MENTOR_CSV_ACTION_UPDATE)
        continue;

      person = pr->existing != NULL ? mentor_person_copy (pr->existing) : mentor_person_new ();
      set_if_given (person, pr->row, "name", mentor_person_set_name);
      set_if_given (person, pr->row, "email", mentor_person_set_email);
      set_if_given (person, pr->row, "title", mentor_person_set_title);
      set_if_given (person, pr->row, "organization", mentor_person_set_organization);
      set_if_given (person, pr->row, "department", mentor_person_set_department);
      set_if_given (person, pr->row, "timezone", mentor_person_set_timezone);
      if (pr->has_capacity)
        mentor_person_set_capacity (person, pr->capacity);
      if (pr->offers != NULL)
        mentor_person_set_offers (person, (const char * const *) pr->offers);
      if (pr->seeks != NULL)
        mentor_person_set_seeks (person, (const char * const *) pr->seeks);

      if (pr->manager_row >= 0)
        {
          MentorCsvRow *manager = plan->rows[pr->manager_row].row;

          /* Its row was written first; when the store refused it, so is this one. */
          if (mentor_csv_row_is_bad (manager))
            {
              g_autofree char *problem =
                g_strdup_printf (_("The manager is on row %u, which could not be imported, "
                                   "so this row cannot be imported either."),
                                 mentor_csv_row_get_number (manager));

              mentor_csv_row_add_problem (pr->row, problem);
              continue;
            }
          mentor_person_set_manager_id (person, mentor_csv_row_get_record_id (manager));
        }
      else if (pr->manager_id != 0)
        mentor_person_set_manager_id (person, pr->manager_id);

      if (!mentor_store_save_person (self->store, person, &local_error))
        {
          /* Only the data file itself failing ends a skipping import. */
          if (skip_bad_rows && g_error_matches (local_error, MENTOR_STORE_ERROR,
                                                MENTOR_STORE_ERROR_INVALID))
            {
              mentor_csv_row_add_problem (pr->row, local_error->message);
              continue;
            }
          mentor_csv_row_failed (pr->row, error, local_error);
          return FALSE;
        }

      mentor_csv_row_set_record_id (pr->row, mentor_person_get_id (person));
    }

  return TRUE;
}
