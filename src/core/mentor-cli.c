/* mentor-cli.c — the command line: the options that need no display
 *
 * Each command is a row of `commands`: the option that names it and a function
 * that does the work on the opened store and says in one line what it did.
 * Commands write their output atomically and leave the data file as it was on
 * any error; that is the work of the functions they call.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-cli.h"
#include "mentor-core.h"

/* What a command gets: the opened store, the options, the argument of its own
 * option (a file or folder, NULL for a flag). It fills *summary with one line
 * for stdout, or error. */
typedef gboolean (*MentorCliFunc) (MentorStore   *store,
                                   GVariantDict  *options,
                                   const char    *argument,
                                   char         **summary,
                                   GError       **error);

static gboolean
run_demo (MentorStore   *store,
          GVariantDict  *options,
          const char    *argument,
          char         **summary,
          GError       **error)
{
  if (!mentor_demo_fill (store, summary, error))
    return FALSE;

  if (*summary == NULL)
    *summary = g_strdup (_("Sample program added"));
  return TRUE;
}

/* At most this many problems are printed; the rest are counted. */
#define CLI_MAX_PROBLEMS 50

static void
print_lines (char **lines)
{
  guint n = g_strv_length (lines);

  for (guint i = 0; i < n && i < CLI_MAX_PROBLEMS; i++)
    g_printerr ("%s\n", lines[i]);
  if (n > CLI_MAX_PROBLEMS)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "… and %u more\n", "… and %u more\n",
                             n - CLI_MAX_PROBLEMS),
                n - CLI_MAX_PROBLEMS);
}

/* --import-people and --import-mentorships: every problem on stderr; without
 * --skip-bad-rows a bad row means nothing is imported. */
static gboolean
run_csv_import (MentorStore    *store,
                MentorCsvKind   kind,
                GVariantDict   *options,
                const char     *argument,
                char          **summary,
                GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (argument);
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) problems = NULL;
  gboolean skip = g_variant_dict_contains (options, "skip-bad-rows");
  const char * const *notes;

  plan = mentor_csv_import_read_file (store, kind, file, error);
  if (plan == NULL)
    return FALSE;

  notes = mentor_csv_import_get_notes (plan);
  for (guint i = 0; notes[i] != NULL; i++)
    g_printerr ("%s\n", notes[i]);

  if (mentor_csv_import_apply (plan, skip, summary, &local_error))
    {
      problems = mentor_csv_import_dup_problems (plan, TRUE);
      print_lines (problems);
      return TRUE;
    }

  problems = mentor_csv_import_dup_problems (plan, FALSE);
  print_lines (problems);

  if (g_error_matches (local_error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_BAD_ROWS))
    /* Translators: %s is "Nothing imported: 3 rows have problems." */
    g_set_error (error, local_error->domain, local_error->code,
                 _("%s Fix them or use --skip-bad-rows."), local_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

static gboolean
run_import_people (MentorStore   *store,
                   GVariantDict  *options,
                   const char    *argument,
                   char         **summary,
                   GError       **error)
{
  return run_csv_import (store, MENTOR_CSV_PEOPLE, options, argument, summary, error);
}

static gboolean
run_import_mentorships (MentorStore   *store,
                        GVariantDict  *options,
                        const char    *argument,
                        char         **summary,
                        GError       **error)
{
  return run_csv_import (store, MENTOR_CSV_MENTORSHIPS, options, argument, summary, error);
}

/* --report FILE.pdf [--mentorship ID] [--from DATE] [--to DATE]: the period
 * defaults to the last 3 months up to today; a --from alone runs to today, a
 * --to alone starts 3 months before it. */
static gboolean
run_report (MentorStore   *store,
            GVariantDict  *options,
            const char    *argument,
            char         **summary,
            GError       **error)
{
  g_autoptr(MentorReport) report = NULL;
  g_autofree char *today = mentor_today ();
  g_autofree char *default_from = NULL;
  g_autofree char *default_to = NULL;
  g_autofree char *pages_text = NULL;
  MentorReportOptions report_options;
  const char *from = NULL;
  const char *to = NULL;
  gint64 mentorship_id = 0;
  guint pages = 0;
  guint n;

  mentor_report_options_init (&report_options, today);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);
  if (from == NULL && to != NULL && mentor_date_is_valid (to))
    {
      mentor_report_period_dates (MENTOR_REPORT_LAST_3_MONTHS, to, &default_from, &default_to);
      from = default_from;
    }
  if (from == NULL)
    from = report_options.from;
  if (to == NULL)
    to = today;
  if (!mentor_report_options_set_period (&report_options, from, to, error))
    return FALSE;

  if (g_variant_dict_lookup (options, "mentorship", "x", &mentorship_id))
    {
      report_options.scope = MENTOR_REPORT_ONE;
      report_options.mentorship_id = mentorship_id;
    }

  report = mentor_report_gather (store, &report_options, today, error);
  if (report == NULL ||
      !mentor_report_write_pdf (report, argument, 0, 0, &pages, NULL, error))
    return FALSE;

  n = mentor_report_get_n_mentorships (report);
  /* TRANSLATORS: the start of "Wrote a 14-page report of 10 mentorships to FILE". */
  pages_text = g_strdup_printf (ngettext ("Wrote a %u-page report", "Wrote a %u-page report", pages), pages);
  /* TRANSLATORS: %s is "Wrote a 14-page report", then the mentorships and the file. */
  *summary = g_strdup_printf (ngettext ("%s of %u mentorship to %s", "%s of %u mentorships to %s", n),
                              pages_text, n, argument);
  return TRUE;
}

/* --export-csv DIR: four CSV files for spreadsheets. */
static gboolean
run_export_csv (MentorStore   *store,
                GVariantDict  *options,
                const char    *argument,
                char         **summary,
                GError       **error)
{
  guint rows[MENTOR_CSV_EXPORT_N_FILES] = { 0, };
  g_autofree char *mentorships = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *milestones = NULL;
  g_autofree char *counts = NULL;

  if (!mentor_csv_export (store, argument, rows, error))
    return FALSE;

  mentorships = g_strdup_printf (ngettext ("%u mentorship", "%u mentorships", rows[MENTOR_CSV_EXPORT_MENTORSHIPS]),
                                 rows[MENTOR_CSV_EXPORT_MENTORSHIPS]);
  meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", rows[MENTOR_CSV_EXPORT_MEETINGS]),
                              rows[MENTOR_CSV_EXPORT_MEETINGS]);
  goals = g_strdup_printf (ngettext ("%u goal", "%u goals", rows[MENTOR_CSV_EXPORT_GOALS]),
                           rows[MENTOR_CSV_EXPORT_GOALS]);
  milestones = g_strdup_printf (ngettext ("%u milestone", "%u milestones", rows[MENTOR_CSV_EXPORT_MILESTONES]),
                                rows[MENTOR_CSV_EXPORT_MILESTONES]);
  /* TRANSLATORS: the counts of what a CSV export wrote, listed. */
  counts = g_strdup_printf (_("%s, %s, %s and %s"), mentorships, meetings, goals, milestones);
  /* TRANSLATORS: %s are the counts ("10 mentorships, 52 meetings, …") and the folder. */
  *summary = g_strdup_printf (_("Wrote %s as CSV files to %s"), counts, argument);
  return TRUE;
}

/* The alarm lead of exported check-ins: the window's preference when its
 * schema is installed (as in a real installation), else Mentor's default. */
static guint
ics_reminder_minutes (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "reminder-minutes"))
    return MENTOR_ICS_DEFAULT_REMINDER_MINUTES;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) MAX (g_settings_get_int (settings, "reminder-minutes"), 0);
}

/* --export-ics FILE [--mentorship ID] */
static gboolean
run_export_ics (MentorStore   *store,
                GVariantDict  *options,
                const char    *argument,
                char         **summary,
                GError       **error)
{
  g_autoptr(MentorIcsExport) export = NULL;
  MentorIcsExportCounts counts = { 0, };
  gint64 mentorship_id = 0;

  g_variant_dict_lookup (options, "mentorship", "x", &mentorship_id);
  if (mentorship_id < 0)
    mentorship_id = 0;

  export = mentor_ics_export_collect (store, mentorship_id, error);
  if (export == NULL)
    return FALSE;

  mentor_ics_export_set_reminder (export, ics_reminder_minutes ());
  if (!mentor_ics_export_write (export, argument, &counts, error))
    return FALSE;

  *summary = mentor_ics_export_describe (&counts, argument);
  return TRUE;
}

/* --import-ics FILE [--mentorship ID]: events no mentorship matches by the
 * emails of their people go to --mentorship; without it, nothing is
 * imported and they are listed. Events Mentor cannot keep are listed and
 * left out; everything else is written in one transaction. */
static gboolean
run_import_ics (MentorStore   *store,
                GVariantDict  *options,
                const char    *argument,
                char         **summary,
                GError       **error)
{
  g_autoptr(MentorIcsParsed) parsed = NULL;
  g_autoptr(MentorIcsPlan) plan = NULL;
  g_autofree char *name = g_filename_display_basename (argument);
  const char * const *warnings;
  MentorIcsCounts counts = { 0, };
  GListModel *items;
  gint64 mentorship_id = 0;
  guint unmatched;

  if (g_variant_dict_lookup (options, "mentorship", "x", &mentorship_id))
    {
      g_autoptr(MentorMentorship) mentorship = mentor_store_get_mentorship (store, mentorship_id, error);

      if (mentorship == NULL)
        return FALSE;
    }

  parsed = mentor_ics_parse_file (argument, NULL, error);
  if (parsed == NULL)
    return FALSE;

  plan = mentor_ics_plan_new (store, g_steal_pointer (&parsed), mentorship_id);

  unmatched = mentor_ics_plan_count_unmatched (plan);
  if (unmatched > 0)
    {
      g_autofree char *which = mentor_ics_plan_describe_unmatched (plan, CLI_MAX_PROBLEMS);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_NO_MENTORSHIP,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing imported: no mentorship matches %u event. "
                                "Give the mentorship it belongs to with --mentorship ID.\n%s",
                                "Nothing imported: no mentorship matches %u events. "
                                "Give the mentorship they belong to with --mentorship ID.\n%s",
                                unmatched),
                   unmatched, which);
      return FALSE;
    }

  warnings = mentor_ics_plan_get_warnings (plan);
  for (guint i = 0; warnings != NULL && warnings[i] != NULL; i++)
    g_printerr ("%s: %s\n", name, warnings[i]);

  items = mentor_ics_plan_get_items (plan);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MentorIcsItem) item = g_list_model_get_item (items, i);

      if (mentor_ics_item_get_problem (item) != NULL)
        /* TRANSLATORS: an event left out of an import: "invites.ics:12: “Lunch”: It has no start time." */
        g_printerr (_("%s:%u: “%s” left out: %s\n"), name, mentor_ics_item_get_line (item),
                    mentor_ics_item_get_title (item), mentor_ics_item_get_problem (item));
    }

  if (!mentor_ics_plan_apply (plan, &counts, error))
    return FALSE;

  *summary = mentor_ics_counts_describe (&counts, name);
  return TRUE;
}

/* reads_only: the command changes nothing in the data file, so it runs
 * beside a Mentor window open on it (MENTOR_STORE_OPEN_SHARED); the others
 * are refused while a window holds the file. */
static const struct {
  const char    *option;
  gboolean       takes_path;
  gboolean       reads_only;
  MentorCliFunc  func;
} commands[] = {
  { "demo", FALSE, FALSE, run_demo },
  { "export-ics", TRUE, TRUE, run_export_ics },
  { "import-ics", TRUE, FALSE, run_import_ics },
  { "import-people", TRUE, FALSE, run_import_people },
  { "import-mentorships", TRUE, FALSE, run_import_mentorships },
  { "report", TRUE, TRUE, run_report },
  { "export-csv", TRUE, TRUE, run_export_csv },
};

static const GOptionEntry option_entries[] = {
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the check-ins as an iCalendar file (--mentorship for one), then exit"), N_("FILE.ics") },
  { "import-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the events of an iCalendar file (--mentorship for those no one matches), then exit"),
    N_("FILE.ics") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill an empty data file with a sample program, then exit"), NULL },
  { "mentorship", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Work on the mentorship with this ID only"), N_("ID") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("First day of the report (YYYY-MM-DD)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Last day of the report (YYYY-MM-DD)"), N_("DATE") },
  { "import-people", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import people from a CSV file, then exit"), N_("FILE.csv") },
  { "import-mentorships", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import mentorships from a CSV file, then exit"), N_("FILE.csv") },
  { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the good rows of a CSV file and skip the bad ones"), NULL },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a progress report as PDF (--mentorship, --from, --to choose what), then exit"), N_("FILE.pdf") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write mentorships, meetings, goals and milestones as CSV files into a folder, then exit"), N_("DIR") },
  { NULL }
};

const GOptionEntry *
mentor_cli_option_entries (void)
{
  return option_entries;
}

int
mentor_cli_run (const char   *database_path,
                GVariantDict *options)
{
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *argument = NULL;
  const char *named = NULL;
  MentorCliFunc func = NULL;
  MentorStoreOpenFlags open_flags = MENTOR_STORE_OPEN_DEFAULT;

  g_return_val_if_fail (database_path != NULL, 1);
  g_return_val_if_fail (options != NULL, 1);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_variant_dict_contains (options, commands[i].option))
        continue;

      if (named != NULL)
        {
          g_printerr (_("mentor: --%s and --%s cannot be used together\n"),
                      named, commands[i].option);
          return 2;
        }

      named = commands[i].option;
      func = commands[i].func;
      if (commands[i].reads_only)
        open_flags = MENTOR_STORE_OPEN_SHARED;
      if (commands[i].takes_path)
        {
          const char *path = NULL;

          if (!g_variant_dict_lookup (options, commands[i].option, "^&ay", &path) ||
              path == NULL || *path == '\0')
            {
              g_printerr (_("mentor: --%s needs a file name\n"), commands[i].option);
              return 2;
            }
          argument = g_canonicalize_filename (path, NULL);
        }
    }

  if (func == NULL)
    return -1;

  store = mentor_store_open_full (database_path, open_flags, &error);
  if (store == NULL || !func (store, options, argument, &summary, &error))
    {
      g_printerr ("mentor: %s\n", error->message);
      return 1;
    }

  if (summary != NULL)
    g_print ("%s\n", summary);
  return 0;
}
