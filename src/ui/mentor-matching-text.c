/* mentor-matching-text.c — the words of the coordinator tools: Matching and
 * the CSV import preview
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-matching-text.h"

/* ---- Matching ----------------------------------------------------------- */

guint
mentor_match_badges (MentorMatchFlags  flags,
                     MentorMatchBadge *badges)
{
  guint n = 0;

  g_return_val_if_fail (badges != NULL, 0);

  /* The most serious first: a conflict is a reason not to propose at all. */
  if (flags & MENTOR_MATCH_CONFLICT)
    badges[n++] = (MentorMatchBadge) { _("Conflict of interest"), "dialog-warning-symbolic", "error" };
  if (flags & MENTOR_MATCH_NO_PLACE)
    badges[n++] = (MentorMatchBadge) { _("At capacity"), "user-busy-symbolic", "warning" };
  if (flags & MENTOR_MATCH_SAME_DEPARTMENT)
    badges[n++] = (MentorMatchBadge) { _("Same department"), "network-workgroup-symbolic", "dim-label" };

  g_assert (n <= MENTOR_MATCH_MAX_BADGES);

  return n;
}

char *
mentor_matching_dup_word_list (const char * const *words)
{
  guint n = words != NULL ? g_strv_length ((char **) words) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  if (n == 0)
    return g_strdup ("");
  if (n == 1)
    return g_strdup (words[0]);

  for (guint i = 0; i < n - 1; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between items of a list, as in "leadership, networking and speaking" */
        g_string_append (text, _(", "));
      g_string_append (text, words[i]);
    }

  /* TRANSLATORS: the list so far, then its last item: "leadership, networking and speaking" */
  return g_strdup_printf (_("%s and %s"), text->str, words[n - 1]);
}

char *
mentor_matching_dup_seeks_text (const char * const *seeks)
{
  g_autofree char *list = NULL;

  if (seeks == NULL || seeks[0] == NULL)
    return NULL;

  list = mentor_matching_dup_word_list (seeks);
  /* TRANSLATORS: a mentee's development areas, as in "Seeks leadership and networking" */
  return g_strdup_printf (_("Seeks %s"), list);
}

char *
mentor_matching_dup_propose_name (const char *mentor,
                                  const char *mentee)
{
  g_return_val_if_fail (mentor != NULL, NULL);
  g_return_val_if_fail (mentee != NULL, NULL);

  /* TRANSLATORS: the accessible name of a Propose button: mentor, then mentee */
  return g_strdup_printf (_("Propose %s for %s"), mentor, mentee);
}

char *
mentor_matching_dup_proposed_text (const char *mentor,
                                   const char *mentee)
{
  g_return_val_if_fail (mentor != NULL, NULL);
  g_return_val_if_fail (mentee != NULL, NULL);

  /* TRANSLATORS: a toast after proposing a mentorship: mentor, then mentee */
  return g_strdup_printf (_("Proposed %s as mentor for %s"), mentor, mentee);
}

char *
mentor_match_dup_a11y_name (MentorMatch *match)
{
  MentorMatchBadge badges[MENTOR_MATCH_MAX_BADGES];
  g_autoptr(GString) text = NULL;
  const char *explanation;
  const char *conflict;
  guint n;

  g_return_val_if_fail (MENTOR_IS_MATCH (match), NULL);

  text = g_string_new (mentor_person_get_name (mentor_match_get_mentor (match)));
  explanation = mentor_match_get_explanation (match);
  conflict = mentor_match_get_conflict (match);

  if (explanation != NULL && *explanation != '\0')
    g_string_append_printf (text, ". %s", explanation);
  if (text->len > 0 && text->str[text->len - 1] != '.')
    g_string_append_c (text, '.');

  /* The conflict in a whole sentence says more than its badge. */
  if (conflict != NULL && *conflict != '\0')
    g_string_append_printf (text, " %s", conflict);

  n = mentor_match_badges (mentor_match_get_flags (match) & ~MENTOR_MATCH_CONFLICT, badges);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *folded_text = g_utf8_casefold (text->str, -1);
      g_autofree char *folded_word = g_utf8_casefold (badges[i].word, -1);

      /* "same department" is often in the explanation already. */
      if (strstr (folded_text, folded_word) == NULL)
        g_string_append_printf (text, " %s.", badges[i].word);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mentor_matching_dup_count_text (guint n_mentees)
{
  /* TRANSLATORS: over the Matching list */
  return g_strdup_printf (ngettext ("%u mentee without a mentor",
                                    "%u mentees without a mentor", n_mentees),
                          n_mentees);
}

/* ---- Capacity in the People list ---------------------------------------- */

char *
mentor_capacity_dup_over_text (guint load,
                               guint capacity)
{
  if (load <= capacity)
    return NULL;

  /* TRANSLATORS: a mentor with more mentees than they can take: mentees now, then capacity */
  return g_strdup_printf (_("Over capacity: %u of %u"), load, capacity);
}

/* ---- The import preview ------------------------------------------------- */

const char *
mentor_csv_action_word (MentorCsvAction action)
{
  switch (action)
    {
    case MENTOR_CSV_ACTION_ADD:
      return C_("import action", "Add");
    case MENTOR_CSV_ACTION_UPDATE:
      return C_("import action", "Update");
    case MENTOR_CSV_ACTION_UNCHANGED:
      return C_("import action", "Up to date");
    case MENTOR_CSV_ACTION_SKIP:
      return C_("import action", "Skip");
    case MENTOR_CSV_ACTION_BAD:
      return C_("import action", "Problem");
    case MENTOR_N_CSV_ACTIONS:
    default:
      return "";
    }
}

const char *
mentor_csv_action_icon (MentorCsvAction action)
{
  switch (action)
    {
    case MENTOR_CSV_ACTION_ADD:
      return "list-add-symbolic";
    case MENTOR_CSV_ACTION_UPDATE:
      return "document-edit-symbolic";
    case MENTOR_CSV_ACTION_UNCHANGED:
      return "emblem-ok-symbolic";
    case MENTOR_CSV_ACTION_SKIP:
      return "action-unavailable-symbolic";
    case MENTOR_CSV_ACTION_BAD:
      return "dialog-warning-symbolic";
    case MENTOR_N_CSV_ACTIONS:
    default:
      return "dialog-question-symbolic";
    }
}

const char *
mentor_csv_action_class (MentorCsvAction action)
{
  switch (action)
    {
    case MENTOR_CSV_ACTION_ADD:
      return "success";
    case MENTOR_CSV_ACTION_UPDATE:
      return "accent";
    case MENTOR_CSV_ACTION_BAD:
      return "error";
    case MENTOR_CSV_ACTION_UNCHANGED:
    case MENTOR_CSV_ACTION_SKIP:
    case MENTOR_N_CSV_ACTIONS:
    default:
      return "dim-label";
    }
}

guint
mentor_csv_import_count_to_write (MentorCsvImport *import)
{
  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (import), 0);

  return mentor_csv_import_count (import, MENTOR_CSV_ACTION_ADD) +
         mentor_csv_import_count (import, MENTOR_CSV_ACTION_UPDATE);
}

const char *
mentor_csv_kind_title (MentorCsvKind kind)
{
  return kind == MENTOR_CSV_MENTORSHIPS ? _("Import Mentorships") : _("Import People");
}

char *
mentor_csv_dup_import_label (MentorCsvKind kind,
                             guint         n)
{
  if (n == 0)
    return g_strdup (C_("import button", "Import"));

  if (kind == MENTOR_CSV_MENTORSHIPS)
    /* TRANSLATORS: the button that writes the good rows of a CSV file */
    return g_strdup_printf (ngettext ("Import %u Mentorship", "Import %u Mentorships", n), n);

  /* TRANSLATORS: the button that writes the good rows of a CSV file */
  return g_strdup_printf (ngettext ("Import %u Person", "Import %u People", n), n);
}

char *
mentor_csv_dup_other_counts (guint unchanged,
                             guint skipped)
{
  g_autofree char *same = NULL;
  g_autofree char *skip = NULL;

  if (unchanged > 0)
    /* TRANSLATORS: rows of an import whose person is already as the file says */
    same = g_strdup_printf (ngettext ("%u already up to date", "%u already up to date", unchanged),
                            unchanged);
  if (skipped > 0)
    /* TRANSLATORS: rows of an import left out as harmless, e.g. a pair already matched */
    skip = g_strdup_printf (ngettext ("%u skipped", "%u skipped", skipped), skipped);

  if (same != NULL && skip != NULL)
    /* TRANSLATORS: "5 already up to date, 2 skipped" */
    return g_strdup_printf (_("%s, %s"), same, skip);

  return g_strdup (same != NULL ? same : skip);
}

static const char *
field_or_empty (MentorCsvRow *row,
                const char   *column)
{
  const char *value = mentor_csv_row_get_field (row, column);

  return value != NULL ? value : "";
}

char *
mentor_csv_row_dup_title (MentorCsvRow  *row,
                          MentorCsvKind  kind)
{
  const char *label;

  g_return_val_if_fail (MENTOR_IS_CSV_ROW (row), NULL);

  if (kind == MENTOR_CSV_PEOPLE)
    {
      const char *name = field_or_empty (row, "name");

      return g_strdup (*name != '\0' ? name : _("No name"));
    }

  label = mentor_csv_row_get_label (row);
  if (label != NULL && *label != '\0')
    return g_strdup (label);

  /* TRANSLATORS: a mentorship row of an import whose people are not known: their emails */
  return g_strdup_printf (_("%s → %s"), field_or_empty (row, "mentor_email"),
                          field_or_empty (row, "mentee_email"));
}

char *
mentor_csv_row_dup_subtitle (MentorCsvRow  *row,
                             MentorCsvKind  kind)
{
  const char *email;

  g_return_val_if_fail (MENTOR_IS_CSV_ROW (row), NULL);

  if (kind != MENTOR_CSV_PEOPLE)
    return NULL;

  email = field_or_empty (row, "email");
  return *email != '\0' ? g_strdup (email) : g_strdup (_("No email"));
}

char *
mentor_csv_row_dup_detail (MentorCsvRow  *row,
                           MentorCsvKind  kind)
{
  const char * const *problems;
  const char *description;

  g_return_val_if_fail (MENTOR_IS_CSV_ROW (row), NULL);

  problems = mentor_csv_row_get_problems (row);
  description = mentor_csv_row_get_description (row);

  switch (mentor_csv_row_get_action (row))
    {
    case MENTOR_CSV_ACTION_BAD:
    case MENTOR_CSV_ACTION_SKIP:
      /* Every problem, so one pass over the file fixes them all. */
      if (problems != NULL && problems[0] != NULL)
        return g_strjoinv ("\n", (char **) problems);
      break;

    case MENTOR_CSV_ACTION_ADD:
      /* "New person." says no more than "Add". */
      if (kind == MENTOR_CSV_PEOPLE)
        return NULL;
      break;

    case MENTOR_CSV_ACTION_UNCHANGED:
      return NULL;

    case MENTOR_CSV_ACTION_UPDATE:
    case MENTOR_N_CSV_ACTIONS:
    default:
      break;
    }

  return description != NULL && *description != '\0' ? g_strdup (description) : NULL;
}

char *
mentor_csv_row_dup_number_text (MentorCsvRow *row)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (row), NULL);

  /* TRANSLATORS: a row of a spreadsheet, as the spreadsheet numbers it */
  return g_strdup_printf (_("Row %u"), mentor_csv_row_get_number (row));
}

char *
mentor_csv_row_dup_a11y_name (MentorCsvRow  *row,
                              MentorCsvKind  kind)
{
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (MENTOR_IS_CSV_ROW (row), NULL);

  number = mentor_csv_row_dup_number_text (row);
  title = mentor_csv_row_dup_title (row, kind);
  subtitle = mentor_csv_row_dup_subtitle (row, kind);
  detail = mentor_csv_row_dup_detail (row, kind);

  text = g_string_new (number);
  g_string_append_printf (text, ", %s", title);
  if (subtitle != NULL)
    g_string_append_printf (text, ", %s", subtitle);
  g_string_append_printf (text, ", %s", mentor_csv_action_word (mentor_csv_row_get_action (row)));
  if (detail != NULL)
    {
      g_strdelimit (detail, "\n", ' ');
      g_string_append_printf (text, ": %s", detail);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
