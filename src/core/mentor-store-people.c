/* mentor-store-people.c — people and their skills
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- People --------------------------------------------------------------- */

#define PERSON_COLUMNS \
  "id, name, email, title, organization, department, manager_id, timezone, capacity, archived"

static MentorPerson *
person_from_row (sqlite3_stmt *stmt)
{
  MentorPerson *person = mentor_person_new ();

  mentor_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  mentor_person_set_name (person, mentor_store_column_text (stmt, 1));
  mentor_person_set_email (person, mentor_store_column_text (stmt, 2));
  mentor_person_set_title (person, mentor_store_column_text (stmt, 3));
  mentor_person_set_organization (person, mentor_store_column_text (stmt, 4));
  mentor_person_set_department (person, mentor_store_column_text (stmt, 5));
  mentor_person_set_manager_id (person, MAX (sqlite3_column_int64 (stmt, 6), 0));
  mentor_person_set_timezone (person, mentor_store_column_text (stmt, 7));
  mentor_person_set_capacity (person, mentor_store_column_uint (stmt, 8));
  mentor_person_set_archived (person, sqlite3_column_int (stmt, 9) != 0);

  return person;
}

typedef struct {
  GPtrArray *offers;
  GPtrArray *seeks;
} Skills;

static void
skills_free (gpointer data)
{
  Skills *skills = data;

  g_ptr_array_unref (skills->offers);
  g_ptr_array_unref (skills->seeks);
  g_free (skills);
}

static void
apply_skills (MentorPerson *person,
              Skills       *skills)
{
  g_ptr_array_add (skills->offers, NULL);
  g_ptr_array_add (skills->seeks, NULL);
  mentor_person_set_offers (person, (const char * const *) skills->offers->pdata);
  mentor_person_set_seeks (person, (const char * const *) skills->seeks->pdata);
}

/* Skills of one person (id > 0) or of everyone (id 0), keyed by person id. */
static GHashTable *
load_skills (MentorStore  *self,
             gint64        person_id,
             GError      **error)
{
  g_autoptr(GHashTable) by_person = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT person_id, kind, name FROM person_skill "
                               "WHERE ?1 = 0 OR person_id = ?1 "
                               "ORDER BY person_id, kind, position, rowid",
                               error);
  if (stmt == NULL)
    return NULL;

  by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, skills_free);
  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Skills *skills = g_hash_table_lookup (by_person, &id);

      if (skills == NULL)
        {
          skills = g_new0 (Skills, 1);
          skills->offers = g_ptr_array_new_with_free_func (g_free);
          skills->seeks = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (by_person, g_memdup2 (&id, sizeof id), skills);
        }

      if (g_strcmp0 (mentor_store_column_text (stmt, 1), "offers") == 0)
        g_ptr_array_add (skills->offers, g_strdup (mentor_store_column_text (stmt, 2)));
      else
        g_ptr_array_add (skills->seeks, g_strdup (mentor_store_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&by_person);
}

/* "Émile" sorts with "Emile", whatever the locale's collation knows. */
static char *
sort_folded (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (decomposed != NULL ? decomposed : "", -1);
  GString *bare = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_string_free (bare, FALSE);
}

typedef struct {
  char         *key;
  MentorPerson *person;
} PersonSortItem;

static int
compare_person_items (gconstpointer a,
                      gconstpointer b)
{
  const PersonSortItem *ia = a;
  const PersonSortItem *ib = b;
  int cmp = strcmp (ia->key, ib->key);

  if (cmp != 0)
    return cmp;

  return mentor_person_get_id (ia->person) < mentor_person_get_id (ib->person) ? -1 : 1;
}

GListModel *
mentor_store_list_people (MentorStore *self,
                          gboolean     include_archived)
{
  g_autoptr(GHashTable) skills = NULL;
  g_autoptr(GArray) items = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_PERSON);

  skills = load_skills (self, 0, NULL);
  stmt = mentor_store_prepare (self,
                               "SELECT " PERSON_COLUMNS " FROM person "
                               "WHERE ?1 OR archived = 0",
                               NULL);
  if (stmt == NULL || skills == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);
  items = g_array_new (FALSE, FALSE, sizeof (PersonSortItem));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PersonSortItem item;
      g_autofree char *folded = NULL;
      gint64 id;
      Skills *found;

      item.person = person_from_row (stmt);
      id = mentor_person_get_id (item.person);
      found = g_hash_table_lookup (skills, &id);
      if (found != NULL)
        apply_skills (item.person, found);

      /* Case- and accent-insensitive, in the order of the user's language. */
      folded = sort_folded (mentor_person_get_name (item.person));
      item.key = g_utf8_collate_key (folded, -1);
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);

  g_array_sort (items, compare_person_items);
  for (guint i = 0; i < items->len; i++)
    {
      PersonSortItem *item = &g_array_index (items, PersonSortItem, i);

      g_list_store_append (list, item->person);
      g_object_unref (item->person);
      g_free (item->key);
    }

  return G_LIST_MODEL (list);
}

static MentorPerson *
load_person (MentorStore  *self,
             gint64        id,
             GError      **error)
{
  g_autoptr(MentorPerson) person = NULL;
  g_autoptr(GHashTable) skills = NULL;
  sqlite3_stmt *stmt;
  gboolean found;
  Skills *person_skills;

  stmt = mentor_store_prepare (self, "SELECT " PERSON_COLUMNS " FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;

  if (!found)
    {
      sqlite3_reset (stmt);
      mentor_store_fail_not_found (error, _("This person is no longer in the data file."));
      return NULL;
    }

  person = person_from_row (stmt);
  sqlite3_reset (stmt);

  skills = load_skills (self, id, error);
  if (skills == NULL)
    return NULL;

  person_skills = g_hash_table_lookup (skills, &id);
  if (person_skills != NULL)
    apply_skills (person, person_skills);

  return g_steal_pointer (&person);
}

MentorPerson *
mentor_store_get_person (MentorStore  *self,
                         gint64        id,
                         GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_person (self, id, error);
}

/* A person's name, or NULL (no error) when there is no such person. */
char *
mentor_store_person_name (MentorStore  *self,
                          gint64        id,
                          gboolean     *archived,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  char *name = NULL;

  stmt = mentor_store_prepare (self, "SELECT name, archived FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;

  if (found)
    {
      name = g_strdup (mentor_store_column_text (stmt, 0));
      if (archived != NULL)
        *archived = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  return name;
}

static gboolean
check_manager (MentorStore  *self,
               gint64        person_id,
               const char   *name,
               gint64        manager_id,
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *manager_name = NULL;
  sqlite3_stmt *stmt;
  gint64 current = manager_id;

  if (manager_id == 0)
    return TRUE;

  if (manager_id == person_id)
    return mentor_store_fail_invalid (error, "%s", _("A person cannot be their own manager."));

  manager_name = mentor_store_person_name (self, manager_id, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (manager_name == NULL)
    return mentor_store_fail_invalid (error, "%s", _("The chosen manager is no longer in the data file."));

  if (person_id == 0)
    return TRUE;

  /* Walk up from the new manager: meeting the person means a loop. */
  stmt = mentor_store_prepare (self, "SELECT manager_id FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint steps = 0; current != 0 && steps < 10000; steps++)
    {
      gboolean found;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, current);
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;

      current = found ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);

      if (current == person_id)
        /* Translators: both are names of people */
        return mentor_store_fail_invalid (error, _("%1$s cannot be the manager of %2$s: "
                                                   "%1$s already reports to %2$s."),
                                          manager_name, name);
    }

  return TRUE;
}

static gboolean
write_skills (MentorStore      *self,
              gint64            person_id,
              MentorSkillKind   kind,
              GPtrArray        *words,
              GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = mentor_store_prepare (self,
                               "INSERT INTO person_skill (person_id, name, kind, position) "
                               "VALUES (?1, ?2, ?3, ?4)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, person_id);
      mentor_store_bind_text (stmt, 2, g_ptr_array_index (words, i));
      mentor_store_bind_text (stmt, 3, mentor_skill_kind_to_string (kind));
      sqlite3_bind_int (stmt, 4, (int) i);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_person_in_transaction (MentorStore   *self,
                            MentorPerson  *person,
                            gint64        *new_id,
                            GError       **error)
{
  g_autofree char *name = mentor_store_trimmed (mentor_person_get_name (person));
  g_autofree char *email = mentor_store_trimmed (mentor_person_get_email (person));
  g_autofree char *title = mentor_store_trimmed (mentor_person_get_title (person));
  g_autofree char *organization = mentor_store_trimmed (mentor_person_get_organization (person));
  g_autofree char *department = mentor_store_trimmed (mentor_person_get_department (person));
  g_autofree char *timezone = mentor_store_trimmed (mentor_person_get_timezone (person));
  g_autoptr(GPtrArray) offers = mentor_store_clean_words (mentor_person_get_offers (person));
  g_autoptr(GPtrArray) seeks = mentor_store_clean_words (mentor_person_get_seeks (person));
  gint64 id = mentor_person_get_id (person);
  gint64 manager_id = mentor_person_get_manager_id (person);
  guint capacity = mentor_person_get_capacity (person);
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (name, error) || !mentor_store_check_utf8 (email, error) ||
      !mentor_store_check_utf8 (title, error) || !mentor_store_check_utf8 (organization, error) ||
      !mentor_store_check_utf8 (department, error) || !mentor_store_check_utf8 (timezone, error))
    return FALSE;

  for (guint i = 0; i < offers->len; i++)
    if (!mentor_store_check_utf8 (g_ptr_array_index (offers, i), error))
      return FALSE;
  for (guint i = 0; i < seeks->len; i++)
    if (!mentor_store_check_utf8 (g_ptr_array_index (seeks, i), error))
      return FALSE;

  if (*name == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Enter a name."));

  if (*email != '\0')
    {
      g_autofree char *other = NULL;
      gboolean found;

      if (!mentor_email_is_valid (email))
        return mentor_store_fail_invalid (error, _("“%s” is not an email address."), email);

      stmt = mentor_store_prepare (self,
                                   "SELECT name FROM person "
                                   "WHERE email <> '' AND lower (email) = lower (?1) AND id <> ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      mentor_store_bind_text (stmt, 1, email);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;
      sqlite3_reset (stmt);

      if (found)
        return mentor_store_fail_invalid (error, _("Another person already uses the email “%s”."), email);
    }

  if (*timezone != '\0' && !mentor_store_check_zone (timezone, error))
    return FALSE;

  if (capacity > 50)
    return mentor_store_fail_invalid (error, "%s", _("A person can take between 0 and 50 mentees."));

  if (!check_manager (self, id, name, manager_id, error))
    return FALSE;

  if (id == 0)
    {
      stmt = mentor_store_prepare (self,
                                   "INSERT INTO person (name, email, title, organization, "
                                   "  department, manager_id, timezone, capacity) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      stmt = mentor_store_prepare (self,
                                   "UPDATE person SET name = ?1, email = ?2, title = ?3, "
                                   "  organization = ?4, department = ?5, manager_id = ?6, "
                                   "  timezone = ?7, capacity = ?8 "
                                   "WHERE id = ?9",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 9, id);
    }

  mentor_store_bind_text (stmt, 1, name);
  mentor_store_bind_text (stmt, 2, email);
  mentor_store_bind_text (stmt, 3, title);
  mentor_store_bind_text (stmt, 4, organization);
  mentor_store_bind_text (stmt, 5, department);
  mentor_store_bind_id (stmt, 6, manager_id);
  mentor_store_bind_text (stmt, 7, timezone);
  sqlite3_bind_int (stmt, 8, (int) capacity);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This person is no longer in the data file."));

  stmt = mentor_store_prepare (self, "DELETE FROM person_skill WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (!write_skills (self, id, MENTOR_SKILL_OFFERS, offers, error) ||
      !write_skills (self, id, MENTOR_SKILL_SEEKS, seeks, error))
    return FALSE;

  /* What was stored is what the record shows. */
  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_title (person, title);
  mentor_person_set_organization (person, organization);
  mentor_person_set_department (person, department);
  mentor_person_set_timezone (person, timezone);
  g_ptr_array_add (offers, NULL);
  g_ptr_array_add (seeks, NULL);
  mentor_person_set_offers (person, (const char * const *) offers->pdata);
  mentor_person_set_seeks (person, (const char * const *) seeks->pdata);

  return TRUE;
}

gboolean
mentor_store_save_person (MentorStore   *self,
                          MentorPerson  *person,
                          GError       **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_person_in_transaction (self, person, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error))
    return FALSE;

  if (new_id != 0)
    mentor_person_set_id (person, new_id);

  return TRUE;
}

gboolean
mentor_store_set_person_archived (MentorStore  *self,
                                  gint64        id,
                                  gboolean      archived,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self, "UPDATE person SET archived = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int (stmt, 1, archived ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      mentor_store_fail_not_found (error, _("This person is no longer in the data file."));
      goto failed;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_delete_person (MentorStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  name = mentor_store_person_name (self, id, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (name == NULL)
    {
      mentor_store_fail_not_found (error, _("This person is no longer in the data file."));
      goto failed;
    }

  stmt = mentor_store_prepare (self,
                               "SELECT 1 FROM mentorship WHERE mentor_id = ?1 OR mentee_id = ?1",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    goto failed;
  sqlite3_reset (stmt);

  if (found)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_IN_USE,
                   _("%s is in a mentorship, so they can be archived but not deleted."),
                   name);
      goto failed;
    }

  /* Their skills go with them; people they managed keep no manager. */
  stmt = mentor_store_prepare (self, "DELETE FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  return mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}
