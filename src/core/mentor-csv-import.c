/* mentor-csv-import.c — bulk onboarding from CSV: reading the file, the plan,
 * and writing it in one transaction
 *
 * libcsv splits the text into cells; this file turns them into rows with their
 * numbers as a spreadsheet shows them, refuses what is not usable as a whole
 * (encoding, limits, missing columns), and leaves the checks of each row to
 * mentor-csv-import-people.c and mentor-csv-import-mentorships.c.
 */
#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-csv-import-private.h"

G_DEFINE_QUARK (mentor-csv-error-quark, mentor_csv_error)

G_DEFINE_FINAL_TYPE (MentorCsvImport, mentor_csv_import, G_TYPE_OBJECT)

/* libcsv gets the text in pieces of this size, so that a runaway cell (a
 * missing closing quote in a big file) is stopped early. */
#define FEED_BLOCK (64 * 1024)

/* A cell of MENTOR_CSV_MAX_FIELD characters takes at most 4 bytes each. */
#define MAX_FIELD_BYTES (MENTOR_CSV_MAX_FIELD * 4)

typedef struct {
  const char * const *known;      /* column names of the kind */
  const char * const *required;
  const char         *summary;    /* "Imported people: %u added, …" */
  MentorCsvPlanFunc   plan;
  MentorCsvWriteFunc  write;
} KindInfo;

static const char * const people_columns[] = {
  "name", "email", "title", "organization", "department", "manager_email",
  "timezone", "capacity", "offers", "seeks", NULL
};
static const char * const people_required[] = { "name", "email", NULL };

static const char * const mentorship_columns[] = {
  "mentor_email", "mentee_email", "kind", "status", "started_on", "cadence_days",
  "ends_on", "mode", "closed_on", "end_reason", "focus_areas", NULL
};
static const char * const mentorship_required[] = { "mentor_email", "mentee_email", NULL };

static const KindInfo *
kind_info (MentorCsvKind kind)
{
  static const KindInfo infos[] = {
    [MENTOR_CSV_PEOPLE] = {
      people_columns, people_required,
      /* Translators: the summary of an import of people from a CSV file */
      N_("Imported people: %u added, %u updated, %u skipped"),
      mentor_csv_people_plan, mentor_csv_people_write,
    },
    [MENTOR_CSV_MENTORSHIPS] = {
      mentorship_columns, mentorship_required,
      /* Translators: the summary of an import of mentorships from a CSV file */
      N_("Imported mentorships: %u added, %u updated, %u skipped"),
      mentor_csv_mentorships_plan, mentor_csv_mentorships_write,
    },
  };

  g_assert (kind == MENTOR_CSV_PEOPLE || kind == MENTOR_CSV_MENTORSHIPS);
  return &infos[kind];
}

/* ---- helpers shared with the kinds ---------------------------------------- */

char *
mentor_csv_email_key (const char *email)
{
  return g_ascii_strdown (email != NULL ? email : "", -1);
}

GStrv
mentor_csv_split_words (const char *cell)
{
  g_auto(GStrv) parts = g_strsplit (cell != NULL ? cell : "", ";", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *word = g_strstrip (parts[i]);
      char *folded;

      if (*word == '\0')
        continue;

      folded = g_utf8_casefold (word, -1);
      if (!g_hash_table_add (seen, folded))
        continue;

      g_strv_builder_add (builder, word);
    }

  return g_strv_builder_end (builder);
}

char *
mentor_csv_word (const char *cell)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (cell != NULL ? cell : ""));
  char *word = g_ascii_strdown (trimmed, -1);

  for (char *p = word; *p; p++)
    if (*p == ' ' || *p == '-')
      *p = '_';

  return word;
}

gboolean
mentor_csv_parse_uint (const char *text,
                       guint       max,
                       guint      *out)
{
  guint64 value = 0;

  if (text == NULL || *text == '\0' || strlen (text) > 9)
    return FALSE;

  for (const char *p = text; *p; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (guint) (*p - '0');
    }

  if (value > max)
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

char *
mentor_csv_join_words (const char * const *words)
{
  guint n = words != NULL ? g_strv_length ((char **) words) : 0;
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

void
mentor_csv_row_failed (MentorCsvRow  *row,
                       GError       **error,
                       GError        *cause)
{
  /* Translators: %u is a row number of the CSV file, %s a sentence */
  g_set_error (error, cause->domain, cause->code, _("Row %u: %s"),
               mentor_csv_row_get_number (row), cause->message);
}

/* ---- reading --------------------------------------------------------------- */

typedef struct {
  GPtrArray *records;      /* Record*, in file order */
  GPtrArray *cells;        /* cells of the row being read */
  guint      row;          /* rows finished, blank ones included */
  gboolean   last_was_cr;  /* the last row ended with CR: a LF right after belongs to it */
  GError    *error;
} Reader;

typedef struct {
  guint      number;
  GPtrArray *cells;
} Record;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_clear_pointer (&record->cells, g_ptr_array_unref);
  g_free (record);
}

static void
field_cb (void   *text,
          size_t  length,
          void   *data)
{
  Reader *reader = data;
  guint number = reader->row + 1;
  const char *end;

  if (reader->error != NULL)
    return;

  if (!g_utf8_validate_len (text != NULL ? text : "", length, &end))
    {
      g_set_error (&reader->error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING,
                   _("Row %u is not UTF-8 text. Save the file as “CSV UTF-8” in your "
                     "spreadsheet and try again."),
                   number);
      return;
    }

  if (length > MENTOR_CSV_MAX_FIELD &&
      g_utf8_strlen (text, length) > MENTOR_CSV_MAX_FIELD)
    {
      g_set_error (&reader->error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                   _("Row %u has a cell longer than %u characters."),
                   number, MENTOR_CSV_MAX_FIELD);
      return;
    }

  if (reader->cells->len >= MENTOR_CSV_MAX_COLUMNS)
    {
      g_set_error (&reader->error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                   _("Row %u has more than %u cells."), number, MENTOR_CSV_MAX_COLUMNS);
      return;
    }

  g_ptr_array_add (reader->cells, g_strstrip (g_strndup (text != NULL ? text : "", length)));
}

static void
row_cb (int   terminator,
        void *data)
{
  Reader *reader = data;
  gboolean blank = TRUE;

  if (reader->error != NULL)
    return;

  /* With CSV_REPALL_NL every line end is reported: the LF of a CRLF comes as
   * a row of its own, which is not a row of the spreadsheet. */
  if (terminator == '\n' && reader->last_was_cr && reader->cells->len == 0)
    {
      reader->last_was_cr = FALSE;
      return;
    }
  reader->last_was_cr = terminator == '\r';
  reader->row++;

  for (guint i = 0; i < reader->cells->len && blank; i++)
    blank = *(const char *) g_ptr_array_index (reader->cells, i) == '\0';

  if (!blank)
    {
      Record *record = g_new0 (Record, 1);

      if (reader->records->len > MENTOR_CSV_MAX_ROWS)
        {
          g_set_error (&reader->error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                       _("The file has more than %u rows. Split it into smaller files."),
                       MENTOR_CSV_MAX_ROWS);
          g_free (record);
          return;
        }

      record->number = reader->row;
      record->cells = g_steal_pointer (&reader->cells);
      g_ptr_array_add (reader->records, record);
      reader->cells = g_ptr_array_new_with_free_func (g_free);
    }
  else
    g_ptr_array_set_size (reader->cells, 0);
}

static gboolean
check_encoding (const guint8  *data,
                gsize          length,
                GError       **error)
{
  if ((length >= 2 && data[0] == 0xff && data[1] == 0xfe) ||
      (length >= 2 && data[0] == 0xfe && data[1] == 0xff) ||
      (length >= 4 && data[1] == 0 && data[3] == 0) ||
      (length >= 4 && data[0] == 0 && data[2] == 0))
    {
      g_set_error_literal (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING,
                           _("The file is in UTF-16. Save it as “CSV UTF-8” in your "
                             "spreadsheet and try again."));
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_ENCODING,
                           _("The file holds NUL bytes, so it is not a CSV text file."));
      return FALSE;
    }

  return TRUE;
}

/* Spreadsheets set to some languages write ";" between cells: a first line
 * with ";" and no "," is read that way (a tab likewise). */
static unsigned char
guess_delimiter (const char *text,
                 gsize       length)
{
  const char *end = memchr (text, '\n', length);
  gsize first = end != NULL ? (gsize) (end - text) : length;
  gboolean comma = memchr (text, ',', first) != NULL;

  if (!comma && memchr (text, ';', first) != NULL)
    return ';';
  if (!comma && memchr (text, '\t', first) != NULL)
    return '\t';

  return CSV_COMMA;
}

/* Tabs are cells of their own when they separate cells. */
static int
is_space_not_tab (unsigned char c)
{
  return c == CSV_SPACE;
}

static GPtrArray *
read_records (const char  *text,
              gsize        length,
              GError     **error)
{
  struct csv_parser parser;
  Reader reader = { 0 };
  unsigned char delimiter;
  gsize done = 0;

  /* Strict: a stray quote is refused with its row rather than read as a guess
   * that could shift cells into the wrong columns; spreadsheets never write one. */
  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
    {
      g_set_error_literal (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ,
                           _("There is not enough memory to read the file."));
      return NULL;
    }

  delimiter = guess_delimiter (text, length);
  csv_set_delim (&parser, delimiter);
  if (delimiter == '\t')
    csv_set_space_func (&parser, is_space_not_tab);

  reader.records = g_ptr_array_new_with_free_func (record_free);
  reader.cells = g_ptr_array_new_with_free_func (g_free);

  while (done < length && reader.error == NULL)
    {
      gsize block = MIN (FEED_BLOCK, length - done);

      if (csv_parse (&parser, text + done, block, field_cb, row_cb, &reader) != block)
        {
          if (reader.error != NULL)
            break;
          if (csv_error (&parser) == CSV_EPARSE)
            g_set_error (&reader.error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_PARSE,
                         _("Row %u has a quote (\") in the wrong place: a cell with quotes "
                           "must start and end with one, and a quote inside it is written "
                           "twice (\"\")."),
                         reader.row + 1);
          else
            g_set_error_literal (&reader.error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ,
                                 _("There is not enough memory to read the file."));
          break;
        }
      done += block;

      /* A cell still growing past the limit: stop before reading it all. */
      if (reader.error == NULL && parser.entry_pos > MAX_FIELD_BYTES)
        {
          if (parser.quoted)
            g_set_error (&reader.error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                         _("Row %u has a cell longer than %u characters. Is a closing "
                           "quote (\") missing?"),
                         reader.row + 1, MENTOR_CSV_MAX_FIELD);
          else
            g_set_error (&reader.error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                         _("Row %u has a cell longer than %u characters."),
                         reader.row + 1, MENTOR_CSV_MAX_FIELD);
        }
    }

  if (reader.error == NULL &&
      csv_fini (&parser, field_cb, row_cb, &reader) != 0 && reader.error == NULL)
    g_set_error (&reader.error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_PARSE,
                 _("The file ends inside a quoted cell of row %u: a closing quote (\") "
                   "is missing."),
                 reader.row + 1);

  csv_free (&parser);
  g_ptr_array_unref (reader.cells);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      g_ptr_array_unref (reader.records);
      return NULL;
    }

  return reader.records;
}

/* Other names HR systems and spreadsheets give the same columns. */
static const struct {
  const char *alias;
  const char *column;
} aliases[] = {
  { "full_name", "name" },
  { "e_mail", "email" },
  { "email_address", "email" },
  { "job_title", "title" },
  { "company", "organization" },
  { "organisation", "organization" },
  { "manager_e_mail", "manager_email" },
  { "time_zone", "timezone" },
  { "mentor_e_mail", "mentor_email" },
  { "mentee_e_mail", "mentee_email" },
  { "start_date", "started_on" },
  { "end_date", "ends_on" },
  { "cadence", "cadence_days" },
};

/* "Manager Email " -> "manager_email", "Time Zone" -> "timezone" */
static char *
column_name (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  GString *name = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = g_strstrip (folded); *p; p++)
    {
      if (*p == ' ' || *p == '-' || *p == '_')
        {
          gap = TRUE;
          continue;
        }
      if (gap && name->len > 0)
        g_string_append_c (name, '_');
      gap = FALSE;
      g_string_append_c (name, *p);
    }

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (strcmp (name->str, aliases[i].alias) == 0)
      g_string_assign (name, aliases[i].column);

  return g_string_free (name, FALSE);
}

static void
add_note (MentorCsvImport *self,
          char            *note)
{
  g_ptr_array_index (self->notes, self->notes->len - 1) = note;
  g_ptr_array_add (self->notes, NULL);
}

static char *
quoted_list (GPtrArray *names)
{
  g_autoptr(GPtrArray) quoted = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (quoted, g_strdup_printf (_("“%s”"), (char *) g_ptr_array_index (names, i)));
  g_ptr_array_add (quoted, NULL);

  return mentor_csv_join_words ((const char * const *) quoted->pdata);
}

/* Maps the header to column indexes; refuses missing required columns and
 * known ones named twice; notes the columns that are not used. */
static GHashTable *
read_header (MentorCsvImport  *self,
             Record           *header,
             GError          **error)
{
  const KindInfo *info = kind_info (self->kind);
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  for (guint i = 0; i < header->cells->len; i++)
    {
      const char *cell = g_ptr_array_index (header->cells, i);
      g_autofree char *name = column_name (cell);

      if (*name == '\0')
        continue;

      if (!g_strv_contains (info->known, name))
        {
          g_ptr_array_add (unknown, (gpointer) cell);
          continue;
        }

      if (g_hash_table_contains (columns, name))
        {
          g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS,
                       _("The column “%s” is named twice in the first row."), name);
          return NULL;
        }

      g_hash_table_insert (columns, g_steal_pointer (&name), GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; info->required[i] != NULL; i++)
    if (!g_hash_table_contains (columns, info->required[i]))
      g_ptr_array_add (missing, (gpointer) info->required[i]);

  if (missing->len > 0)
    {
      g_autofree char *list = quoted_list (missing);
      g_autoptr(GPtrArray) required = g_ptr_array_new ();
      g_autofree char *required_list = NULL;

      for (guint i = 0; info->required[i] != NULL; i++)
        g_ptr_array_add (required, (gpointer) info->required[i]);
      required_list = quoted_list (required);

      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_COLUMNS,
                   /* Translators: "The file has no “email” column. Its first row
                    * must name the columns, with at least “name” and “email”." */
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file has no %s column. Its first row must name the "
                                "columns, with at least %s.",
                                "The file has no %s columns. Its first row must name the "
                                "columns, with at least %s.",
                                missing->len),
                   list, required_list);
      return NULL;
    }

  if (unknown->len > 0)
    {
      g_autofree char *list = quoted_list (unknown);

      add_note (self, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The column %s is not used and was ignored.",
                                                    "The columns %s are not used and were ignored.",
                                                    unknown->len),
                                       list));
    }

  return g_steal_pointer (&columns);
}

static gboolean
load_rows (MentorCsvImport  *self,
           GBytes           *bytes,
           GError          **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) columns = NULL;
  const char *text;
  gsize length;
  Record *header;
  guint first_long = 0;

  text = g_bytes_get_data (bytes, &length);
  if (length > MENTOR_CSV_MAX_BYTES)
    {
      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                   _("The file is larger than %u MB. Split it into smaller files."),
                   MENTOR_CSV_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (text == NULL)
    text = "";
  if (!check_encoding ((const guint8 *) text, length, error))
    return FALSE;

  /* The byte-order mark that spreadsheets put before UTF-8. */
  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  records = read_records (text, length, error);
  if (records == NULL)
    return FALSE;

  if (records->len == 0)
    {
      g_set_error_literal (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_EMPTY,
                           _("The file is empty: its first row must name the columns."));
      return FALSE;
    }

  header = g_ptr_array_index (records, 0);
  columns = read_header (self, header, error);
  if (columns == NULL)
    return FALSE;

  for (guint i = 1; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);
      g_autoptr(MentorCsvRow) row = NULL;

      if (first_long == 0 && record->cells->len > header->cells->len)
        for (guint j = header->cells->len; j < record->cells->len; j++)
          if (*(const char *) g_ptr_array_index (record->cells, j) != '\0')
            {
              first_long = record->number;
              break;
            }

      row = mentor_csv_row_new (record->number, columns, g_steal_pointer (&record->cells));
      g_ptr_array_add (self->row_array, g_object_ref (row));
    }

  if (first_long != 0)
    add_note (self, g_strdup_printf (_("Some rows have more cells than the first row has "
                                       "columns (the first is row %u); the extra cells "
                                       "were ignored."),
                                     first_long));

  return TRUE;
}

/* ---- the plan --------------------------------------------------------------- */

void
mentor_csv_import_set_plan_data (MentorCsvImport *self,
                                 gpointer         data,
                                 GDestroyNotify   free_func)
{
  if (self->plan_data != NULL && self->plan_data_free != NULL)
    self->plan_data_free (self->plan_data);

  self->plan_data = data;
  self->plan_data_free = free_func;
}

static void
mentor_csv_import_dispose (GObject *object)
{
  MentorCsvImport *self = (MentorCsvImport *) object;

  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->row_array, g_ptr_array_unref);
  mentor_csv_import_set_plan_data (self, NULL, NULL);

  G_OBJECT_CLASS (mentor_csv_import_parent_class)->dispose (object);
}

static void
mentor_csv_import_finalize (GObject *object)
{
  MentorCsvImport *self = (MentorCsvImport *) object;

  g_clear_pointer (&self->notes, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_csv_import_parent_class)->finalize (object);
}

static void
mentor_csv_import_class_init (MentorCsvImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mentor_csv_import_dispose;
  object_class->finalize = mentor_csv_import_finalize;
}

static void
mentor_csv_import_init (MentorCsvImport *self)
{
  self->rows = g_list_store_new (MENTOR_TYPE_CSV_ROW);
  self->row_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->notes, NULL);
}

MentorCsvImport *
mentor_csv_import_read_bytes (MentorStore    *store,
                              MentorCsvKind   kind,
                              GBytes         *bytes,
                              GError        **error)
{
  g_autoptr(MentorCsvImport) self = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == MENTOR_CSV_PEOPLE || kind == MENTOR_CSV_MENTORSHIPS, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MENTOR_TYPE_CSV_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;

  if (!load_rows (self, bytes, error) || !kind_info (kind)->plan (self, error))
    return NULL;

  g_list_store_splice (self->rows, 0, 0, self->row_array->pdata, self->row_array->len);

  return g_steal_pointer (&self);
}

MentorCsvImport *
mentor_csv_import_read_file (MentorStore    *store,
                             MentorCsvKind   kind,
                             GFile          *file,
                             GError        **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  /* Look at the size first: a huge file is refused without reading it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ,
                   _("“%s” is a folder, not a CSV file."), name);
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > MENTOR_CSV_MAX_BYTES)
    {
      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_TOO_BIG,
                   _("The file is larger than %u MB. Split it into smaller files."),
                   MENTOR_CSV_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      /* Translators: %1$s is a file name, %2$s what went wrong */
      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ,
                   _("“%1$s” cannot be read: %2$s"), name, local_error->message);
      return NULL;
    }

  return mentor_csv_import_read_bytes (store, kind, bytes, error);
}

MentorCsvKind
mentor_csv_import_get_kind (MentorCsvImport *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), MENTOR_CSV_PEOPLE);

  return self->kind;
}

GListModel *
mentor_csv_import_get_rows (MentorCsvImport *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), NULL);

  return G_LIST_MODEL (self->rows);
}

const char * const *
mentor_csv_import_get_notes (MentorCsvImport *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), NULL);

  return (const char * const *) self->notes->pdata;
}

guint
mentor_csv_import_count (MentorCsvImport *self,
                         MentorCsvAction  action)
{
  guint count = 0;

  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), 0);

  for (guint i = 0; i < self->row_array->len; i++)
    if (mentor_csv_row_get_action (g_ptr_array_index (self->row_array, i)) == action)
      count++;

  return count;
}

char **
mentor_csv_import_dup_problems (MentorCsvImport *self,
                                gboolean         with_skipped)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), NULL);

  for (guint i = 0; i < self->row_array->len; i++)
    {
      MentorCsvRow *row = g_ptr_array_index (self->row_array, i);
      MentorCsvAction action = mentor_csv_row_get_action (row);
      const char * const *problems = mentor_csv_row_get_problems (row);

      if (action != MENTOR_CSV_ACTION_BAD && !(with_skipped && action == MENTOR_CSV_ACTION_SKIP))
        continue;

      for (guint j = 0; problems[j] != NULL; j++)
        {
          g_autofree char *line = g_strdup_printf (_("Row %u: %s"),
                                                   mentor_csv_row_get_number (row),
                                                   problems[j]);

          g_strv_builder_add (builder, line);
        }
    }

  return g_strv_builder_end (builder);
}

typedef struct {
  MentorCsvImport *self;
  gboolean         skip_bad_rows;
} Apply;

static gboolean
apply_in_batch (MentorStore  *store,
                gpointer      user_data,
                GError      **error)
{
  Apply *apply = user_data;
  MentorCsvImport *self = apply->self;
  const KindInfo *info = kind_info (self->kind);
  guint bad;

  /* The data may have changed since the preview: check again, inside the
   * transaction, so that what is written is what was checked. */
  if (!info->plan (self, error))
    return FALSE;

  bad = mentor_csv_import_count (self, MENTOR_CSV_ACTION_BAD);
  if (bad > 0 && !apply->skip_bad_rows)
    {
      g_set_error (error, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_BAD_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing imported: %u row has problems.",
                                "Nothing imported: %u rows have problems.", bad),
                   bad);
      return FALSE;
    }

  return info->write (self, apply->skip_bad_rows, error);
}

gboolean
mentor_csv_import_apply (MentorCsvImport  *self,
                         gboolean          skip_bad_rows,
                         char            **summary,
                         GError          **error)
{
  Apply apply = { self, skip_bad_rows };
  GString *text;
  guint unchanged;

  g_return_val_if_fail (MENTOR_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (!self->applied, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_batch (self->store, apply_in_batch, &apply, error))
    {
      /* The rows say what the check found; ids of a rolled-back write are void. */
      for (guint i = 0; i < self->row_array->len; i++)
        {
          MentorCsvRow *row = g_ptr_array_index (self->row_array, i);

          if (mentor_csv_row_get_action (row) == MENTOR_CSV_ACTION_ADD)
            mentor_csv_row_set_record_id (row, 0);
        }
      return FALSE;
    }

  self->applied = TRUE;

  if (summary == NULL)
    return TRUE;

  text = g_string_new (NULL);
  g_string_append_printf (text, _(kind_info (self->kind)->summary),
                          mentor_csv_import_count (self, MENTOR_CSV_ACTION_ADD),
                          mentor_csv_import_count (self, MENTOR_CSV_ACTION_UPDATE),
                          mentor_csv_import_count (self, MENTOR_CSV_ACTION_SKIP) +
                          mentor_csv_import_count (self, MENTOR_CSV_ACTION_BAD));
  unchanged = mentor_csv_import_count (self, MENTOR_CSV_ACTION_UNCHANGED);
  if (unchanged > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "; %u already up to date",
                                               "; %u already up to date", unchanged),
                            unchanged);
  g_string_append (text, _("."));
  *summary = g_string_free (text, FALSE);

  return TRUE;
}
