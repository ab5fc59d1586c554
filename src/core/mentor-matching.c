/* mentor-matching.c — suggesting mentors for mentees, and proposing the match
 *
 * Everything here reads the store through its public lists (people with their
 * skills, mentorships in brief) and ranks in memory: a program has hundreds or
 * a few thousand people, and one snapshot serves every mentee of the Matching
 * page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-match-private.h"
#include "mentor-matching.h"

struct _MentorMatching
{
  GObject      parent_instance;

  GListModel  *people;        /* MentorPerson, sorted by name, archived too */
  GHashTable  *by_id;         /* gint64* -> MentorPerson (borrowed from people) */
  GHashTable  *loads;         /* gint64* -> open mentorships as mentor */
  GHashTable  *has_mentor;    /* gint64* of mentees of an open mentorship */
  GHashTable  *open_pairs;    /* "mentor:mentee" of open mentorships */
  GHashTable  *skill_keys;    /* MentorPerson* -> GHashTable of offered skill keys */
};

G_DEFINE_FINAL_TYPE (MentorMatching, mentor_matching, G_TYPE_OBJECT)

/* The longest reporting line walked: a loop in bad data must not hang us. */
#define MAX_LEVELS 1000

static gboolean
status_is_open (MentorStatus status)
{
  return status == MENTOR_STATUS_PROPOSED || status == MENTOR_STATUS_ACTIVE ||
         status == MENTOR_STATUS_PAUSED;
}

static char *
pair_key (gint64 mentor_id,
          gint64 mentee_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, mentor_id, mentee_id);
}

/* "Public speaking", "public-speaking" and "PUBLIC_SPEAKING " give one key:
 * without case or accents, and any run of spaces or punctuation as one space. */
static char *
skill_key (const char *skill)
{
  g_autofree char *decomposed = g_utf8_normalize (skill, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (decomposed != NULL ? decomposed : "", -1);
  GString *key = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;

      if (!g_unichar_isalnum (c))
        {
          gap = TRUE;
          continue;
        }

      if (gap && key->len > 0)
        g_string_append_c (key, ' ');
      gap = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static GHashTable *
offered_keys (MentorMatching *self,
              MentorPerson   *person)
{
  GHashTable *keys = g_hash_table_lookup (self->skill_keys, person);
  const char * const *offers;

  if (keys != NULL)
    return keys;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  offers = mentor_person_get_offers (person);
  for (guint i = 0; offers != NULL && offers[i] != NULL; i++)
    g_hash_table_add (keys, skill_key (offers[i]));

  g_hash_table_insert (self->skill_keys, person, keys);
  return keys;
}

static guint
lookup_count (GHashTable *table,
              gint64      id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, &id));
}

/* Levels from `from` up its reporting line to `to` (1: to is from's manager),
 * or 0 when `to` is not above `from`. *second gets the person one level below
 * `to` on the way (the link between them when levels is 2). */
static guint
levels_above (MentorMatching *self,
              MentorPerson   *from,
              gint64          to,
              MentorPerson  **second)
{
  MentorPerson *current = from;
  MentorPerson *previous = NULL;

  for (guint level = 1; level <= MAX_LEVELS; level++)
    {
      gint64 manager_id = mentor_person_get_manager_id (current);

      if (manager_id == 0)
        return 0;

      previous = current;
      if (manager_id == to)
        {
          if (second != NULL)
            *second = previous;
          return level;
        }

      current = g_hash_table_lookup (self->by_id, &manager_id);
      if (current == NULL || current == from)
        return 0;
    }

  return 0;
}

/* "leadership", "leadership and networking", "leadership, networking and
 * communication" */
static char *
join_words (const char * const *words)
{
  guint n = g_strv_length ((char **) words);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && i == n - 1)
        /* Translators: between the last two items of a list */
        g_string_append (text, _(" and "));
      else if (i > 0)
        /* Translators: between the items of a list but the last two */
        g_string_append (text, _(", "));
      g_string_append (text, words[i]);
    }

  return g_string_free (text, FALSE);
}

static char *
describe_coverage (const char * const *covered,
                   guint               n_areas)
{
  guint n_covered = g_strv_length ((char **) covered);
  g_autofree char *list = join_words (covered);

  if (n_areas == 0)
    return g_strdup (_("No development areas to match"));

  if (n_covered == 0)
    /* Translators: %u is the number of development areas sought */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Covers none of the %u area",
                                         "Covers none of the %u areas", n_areas),
                            n_areas);

  if (n_areas == 1)
    /* Translators: %s is a development area, e.g. "leadership" */
    return g_strdup_printf (_("Covers %s, the one area sought"), list);

  if (n_covered == 2 && n_areas == 2)
    /* Translators: %s is the two areas, "Leadership and Networking" */
    return g_strdup_printf (_("Covers both areas: %s"), list);

  if (n_covered == n_areas)
    /* Translators: %u is the number of areas, %s the list of them */
    return g_strdup_printf (_("Covers all %u areas: %s"), n_areas, list);

  /* Translators: "Covers leadership and networking of 3 areas" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Covers %s of %u area",
                                       "Covers %s of %u areas", n_areas),
                          list, n_areas);
}

static char *
describe_places (guint load,
                 guint capacity)
{
  if (load > capacity)
    /* Translators: "over capacity (4 mentees for 3 places)" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "over capacity (%u mentees for %u place)",
                                         "over capacity (%u mentees for %u places)",
                                         capacity),
                            load, capacity);

  if (load == capacity)
    return g_strdup (_("no place free"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place free", "%u places free",
                                       capacity - load),
                          capacity - load);
}

static char *
describe_conflict (MentorMatchFlags  flags,
                   guint             levels,
                   MentorPerson     *mentor,
                   MentorPerson     *mentee,
                   MentorPerson     *between)
{
  const char *mentor_name = mentor_person_get_name (mentor);
  const char *mentee_name = mentor_person_get_name (mentee);

  if (flags & MENTOR_MATCH_MENTOR_ABOVE)
    {
      if (levels == 1)
        /* Translators: both are names of people */
        return g_strdup_printf (_("Conflict of interest: %1$s is %2$s’s manager."),
                                mentor_name, mentee_name);
      if (levels == 2)
        return g_strdup_printf (_("Conflict of interest: %1$s is %2$s’s manager’s manager."),
                                mentor_name, mentee_name);
      /* Translators: %1$s and %2$s are names, %3$u a number of levels */
      return g_strdup_printf (_("Conflict of interest: %1$s is %3$u levels above %2$s "
                                "in the reporting line."),
                              mentor_name, mentee_name, levels);
    }

  if (flags & MENTOR_MATCH_MENTOR_BELOW)
    {
      if (levels == 1)
        return g_strdup_printf (_("Conflict of interest: %1$s reports to %2$s."),
                                mentor_name, mentee_name);
      if (levels == 2 && between != NULL)
        /* Translators: "Ana reports to Ben through Carla." */
        return g_strdup_printf (_("Conflict of interest: %1$s reports to %2$s through %3$s."),
                                mentor_name, mentee_name, mentor_person_get_name (between));
      return g_strdup_printf (_("Conflict of interest: %1$s is %3$u levels below %2$s "
                                "in the reporting line."),
                              mentor_name, mentee_name, levels);
    }

  return NULL;
}

static gboolean
same_department (MentorPerson *a,
                 MentorPerson *b)
{
  g_autofree char *da = g_utf8_casefold (mentor_person_get_department (a), -1);
  g_autofree char *db = g_utf8_casefold (mentor_person_get_department (b), -1);

  return *da != '\0' && g_strcmp0 (da, db) == 0;
}

typedef struct {
  MentorMatch *match;
  guint        position;   /* in the people list, which is sorted by name */
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  MentorMatch *ma = ((const Ranked *) a)->match;
  MentorMatch *mb = ((const Ranked *) b)->match;
  gboolean ca = mentor_match_has_conflict (ma);
  gboolean cb = mentor_match_has_conflict (mb);
  guint na = g_strv_length ((char **) mentor_match_get_covered (ma));
  guint nb = g_strv_length ((char **) mentor_match_get_covered (mb));

  if (ca != cb)
    return ca ? 1 : -1;
  /* A full mentor would be overloaded: everyone with a place comes first. */
  if ((mentor_match_get_spare (ma) == 0) != (mentor_match_get_spare (mb) == 0))
    return mentor_match_get_spare (ma) == 0 ? 1 : -1;
  if (na != nb)
    return na > nb ? -1 : 1;
  if (mentor_match_get_spare (ma) != mentor_match_get_spare (mb))
    return mentor_match_get_spare (ma) > mentor_match_get_spare (mb) ? -1 : 1;
  if (mentor_match_get_load (ma) != mentor_match_get_load (mb))
    return mentor_match_get_load (ma) < mentor_match_get_load (mb) ? -1 : 1;

  return ((const Ranked *) a)->position < ((const Ranked *) b)->position ? -1 : 1;
}

/* The match of one possible mentor, or NULL when they cannot mentor this mentee. */
static MentorMatch *
match_for (MentorMatching *self,
           MentorPerson   *mentee,
           MentorPerson   *mentor)
{
  gint64 mentee_id = mentor_person_get_id (mentee);
  gint64 mentor_id = mentor_person_get_id (mentor);
  const char * const *seeks = mentor_person_get_seeks (mentee);
  g_autoptr(GPtrArray) covered = g_ptr_array_new ();
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pair = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *conflict = NULL;
  MentorPerson *between = NULL;
  MentorMatchFlags flags = MENTOR_MATCH_NONE;
  GHashTable *offered;
  guint n_areas = 0;
  guint load, capacity, levels;

  if (mentor_id == mentee_id || mentor_person_get_archived (mentor))
    return NULL;

  capacity = mentor_person_get_capacity (mentor);
  if (capacity == 0)
    return NULL;

  pair = pair_key (mentor_id, mentee_id);
  if (g_hash_table_contains (self->open_pairs, pair))
    return NULL;

  offered = offered_keys (self, mentor);
  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    {
      g_autofree char *key = skill_key (seeks[i]);

      if (*key == '\0')
        continue;

      n_areas++;
      g_ptr_array_add (g_hash_table_contains (offered, key) ? covered : uncovered,
                       (gpointer) seeks[i]);
    }

  if (n_areas > 0 && covered->len == 0)
    return NULL;

  g_ptr_array_add (covered, NULL);
  g_ptr_array_add (uncovered, NULL);

  load = lookup_count (self->loads, mentor_id);
  if (load >= capacity)
    flags |= MENTOR_MATCH_NO_PLACE;
  if (same_department (mentor, mentee))
    flags |= MENTOR_MATCH_SAME_DEPARTMENT;

  levels = levels_above (self, mentee, mentor_id, NULL);
  if (levels > 0)
    flags |= MENTOR_MATCH_MENTOR_ABOVE;
  else
    {
      levels = levels_above (self, mentor, mentee_id, &between);
      if (levels > 0)
        flags |= MENTOR_MATCH_MENTOR_BELOW;
    }

  g_ptr_array_add (parts, describe_coverage ((const char * const *) covered->pdata, n_areas));
  g_ptr_array_add (parts, describe_places (load, capacity));
  if (flags & MENTOR_MATCH_SAME_DEPARTMENT)
    g_ptr_array_add (parts, g_strdup (_("same department")));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the reasons of a suggestion, and the
   * full stop that ends them: "Covers leadership of 2 areas; 1 place free." */
  joined = g_strjoinv (_("; "), (char **) parts->pdata);
  explanation = g_strconcat (joined, _("."), NULL);
  conflict = describe_conflict (flags, levels, mentor, mentee, between);

  return mentor_match_new (mentor, mentee_id,
                           (const char * const *) covered->pdata,
                           (const char * const *) uncovered->pdata,
                           load, flags, levels, explanation, conflict);
}

static void
mentor_matching_finalize (GObject *object)
{
  MentorMatching *self = (MentorMatching *) object;

  g_clear_pointer (&self->skill_keys, g_hash_table_unref);
  g_clear_pointer (&self->open_pairs, g_hash_table_unref);
  g_clear_pointer (&self->has_mentor, g_hash_table_unref);
  g_clear_pointer (&self->loads, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (mentor_matching_parent_class)->finalize (object);
}

static void
mentor_matching_class_init (MentorMatchingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mentor_matching_finalize;
}

static void
mentor_matching_init (MentorMatching *self)
{
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->loads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->has_mentor = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->open_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->skill_keys = g_hash_table_new_full (NULL, NULL, NULL,
                                            (GDestroyNotify) g_hash_table_unref);
}

MentorMatching *
mentor_matching_new (MentorStore  *store,
                     GError      **error)
{
  g_autoptr(MentorMatching) self = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  guint n;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mentorships = mentor_store_list_mentorships_brief (store, error);
  if (mentorships == NULL)
    return NULL;

  self = g_object_new (MENTOR_TYPE_MATCHING, NULL);
  self->people = mentor_store_list_people (store, TRUE);

  n = g_list_model_get_n_items (self->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (self->people, i);
      gint64 id = mentor_person_get_id (person);

      /* The list holds the reference; the table borrows it. */
      g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), person);
    }

  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      gint64 mentor_id = mentor_mentorship_get_mentor_id (m);
      gint64 mentee_id = mentor_mentorship_get_mentee_id (m);

      if (!status_is_open (mentor_mentorship_get_status (m)))
        continue;

      g_hash_table_insert (self->loads, g_memdup2 (&mentor_id, sizeof mentor_id),
                           GUINT_TO_POINTER (lookup_count (self->loads, mentor_id) + 1));
      g_hash_table_add (self->has_mentor, g_memdup2 (&mentee_id, sizeof mentee_id));
      g_hash_table_add (self->open_pairs, pair_key (mentor_id, mentee_id));
    }

  return g_steal_pointer (&self);
}

GListModel *
mentor_matching_get_mentees_without_mentor (MentorMatching *self)
{
  GListStore *list;
  guint n;

  g_return_val_if_fail (MENTOR_IS_MATCHING (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_PERSON);
  n = g_list_model_get_n_items (self->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (self->people, i);
      const char * const *seeks = mentor_person_get_seeks (person);
      gint64 id = mentor_person_get_id (person);

      if (mentor_person_get_archived (person) || seeks == NULL || seeks[0] == NULL ||
          g_hash_table_contains (self->has_mentor, &id))
        continue;

      g_list_store_append (list, person);
    }

  return G_LIST_MODEL (list);
}

GListModel *
mentor_matching_suggest (MentorMatching *self,
                         gint64          mentee_id,
                         guint           max)
{
  g_autoptr(GArray) ranked = NULL;
  GListStore *list;
  MentorPerson *mentee;
  guint n;

  g_return_val_if_fail (MENTOR_IS_MATCHING (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_MATCH);
  mentee = g_hash_table_lookup (self->by_id, &mentee_id);
  if (mentee == NULL)
    return G_LIST_MODEL (list);

  ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  n = g_list_model_get_n_items (self->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorPerson) mentor = g_list_model_get_item (self->people, i);
      Ranked item = { match_for (self, mentee, mentor), i };

      if (item.match != NULL)
        g_array_append_val (ranked, item);
    }

  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      MentorMatch *match = g_array_index (ranked, Ranked, i).match;

      if (max == 0 || i < max)
        g_list_store_append (list, match);
      g_object_unref (match);
    }

  return G_LIST_MODEL (list);
}

MentorPerson *
mentor_matching_get_person (MentorMatching *self,
                            gint64          id)
{
  g_return_val_if_fail (MENTOR_IS_MATCHING (self), NULL);

  return g_hash_table_lookup (self->by_id, &id);
}

guint
mentor_matching_get_load (MentorMatching *self,
                          gint64          person_id)
{
  g_return_val_if_fail (MENTOR_IS_MATCHING (self), 0);

  return lookup_count (self->loads, person_id);
}

gboolean
mentor_matching_is_over_capacity (MentorMatching *self,
                                  gint64          person_id)
{
  MentorPerson *person;

  g_return_val_if_fail (MENTOR_IS_MATCHING (self), FALSE);

  person = g_hash_table_lookup (self->by_id, &person_id);
  return person != NULL &&
         lookup_count (self->loads, person_id) > mentor_person_get_capacity (person);
}

typedef struct {
  gint64 mentor_id;
  gint64 mentee_id;
  gint64 new_id;
} Proposal;

static gboolean
propose_in_batch (MentorStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  Proposal *proposal = user_data;
  g_autoptr(MentorMatching) matching = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorMatch) match = NULL;
  g_autofree char *pair = NULL;
  MentorPerson *mentor, *mentee;

  /* Checked inside the transaction, so two clicks never make two proposals. */
  matching = mentor_matching_new (store, error);
  if (matching == NULL)
    return FALSE;

  mentor = mentor_matching_get_person (matching, proposal->mentor_id);
  mentee = mentor_matching_get_person (matching, proposal->mentee_id);
  if (mentor == NULL || mentee == NULL)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                           _("This person is no longer in the data file."));
      return FALSE;
    }

  pair = pair_key (proposal->mentor_id, proposal->mentee_id);
  if (g_hash_table_contains (matching->open_pairs, pair))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                   /* Translators: both are names of people */
                   _("%1$s and %2$s already have an open mentorship."),
                   mentor_person_get_name (mentor), mentor_person_get_name (mentee));
      return FALSE;
    }

  m = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (m, proposal->mentor_id);
  mentor_mentorship_set_mentee_id (m, proposal->mentee_id);
  mentor_mentorship_set_kind (m, MENTOR_KIND_TRADITIONAL);

  /* Focus on what the mentor can help with; match_for() is NULL for a mentor
   * who covers nothing or cannot take mentees, which propose does not refuse. */
  match = match_for (matching, mentee, mentor);
  if (match != NULL)
    mentor_mentorship_set_focus_areas (m, mentor_match_get_covered (match));

  if (!mentor_store_save_mentorship (store, m, error))
    return FALSE;

  proposal->new_id = mentor_mentorship_get_id (m);
  return TRUE;
}

gint64
mentor_matching_propose (MentorStore  *store,
                         gint64        mentor_id,
                         gint64        mentee_id,
                         GError      **error)
{
  Proposal proposal = { mentor_id, mentee_id, 0 };

  g_return_val_if_fail (MENTOR_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!mentor_store_batch (store, propose_in_batch, &proposal, error))
    return 0;

  return proposal.new_id;
}
