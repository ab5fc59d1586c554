/* mentor-ics-scan.c — the bytes of a received file, before libical sees them
 *
 * libical takes time quadratic in the length of one physical line (measured
 * on 3.0.16: 6 s for a 10 MB line), recurses over nested components, and
 * says nothing about a file cut short. So the bytes are checked first, in
 * one pass that keeps nothing but where each component begins: the
 * encoding (UTF-16 and binary data are named as such), the length of each
 * line, BEGIN/END pairs (a component inside one of its own kind is one that
 * never ended), the depth, the number of events, and the end of the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-ics-parsed.h"

/* ---- Words for errors ------------------------------------------------------ */

/* A piece of the file fit to quote in a sentence: valid UTF-8, short. */
char *
mentor_ics_quote (const char *text,
       gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  glong chars = g_utf8_strlen (valid, -1);

  if (chars > 60)
    {
      g_autofree char *start = g_utf8_substring (valid, 0, 57);
      return g_strconcat (start, "…", NULL);
    }

  return g_steal_pointer (&valid);
}

guint
mentor_ics_line_at (const char *text,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n')
      line++;

  return line;
}

gboolean
mentor_ics_check_encoding (const char  *data,
                gsize        length,
                GError     **error)
{
  const guchar *bytes = (const guchar *) data;
  const char *bad = NULL;

  if (length >= 2 && ((bytes[0] == 0xff && bytes[1] == 0xfe) || (bytes[0] == 0xfe && bytes[1] == 0xff)))
    goto utf16;
  /* Without a byte-order mark: "B\0E\0" or "\0B\0E". */
  if (length >= 4 && ((bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) ||
                      (bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0)))
    goto utf16;

  bad = memchr (data, '\0', length);
  if (bad != NULL)
    {
      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_ENCODING,
                   _("Line %u of the file holds binary data, not calendar text."),
                   mentor_ics_line_at (data, bad - data));
      return FALSE;
    }

  if (!g_utf8_validate (data, length, &bad))
    {
      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_ENCODING,
                   _("Line %u of the file is not UTF-8 text. Save the file as UTF-8 and import it again."),
                   mentor_ics_line_at (data, bad - data));
      return FALSE;
    }

  return TRUE;

utf16:
  g_set_error_literal (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_ENCODING,
                       _("The file is saved as UTF-16. Save it as UTF-8 and import it again."));
  return FALSE;
}

typedef struct {
  GPtrArray *names;   /* open components, upper case */
  GArray    *lines;   /* the line each began on */
  guint      n_events;
  gboolean   seen_content;
} Nesting;

gboolean
mentor_ics_starts_with (const char *line,
                  const char *word)
{
  return g_ascii_strncasecmp (line, word, strlen (word)) == 0;
}

/* One logical (unfolded) line; only its first bytes are kept, enough for
 * BEGIN and END. */
static gboolean
scan_logical_line (GArray       *begins,
                   Nesting      *nesting,
                   const char   *line,
                   guint         line_no,
                   gsize         offset,
                   GError      **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (line));
  gboolean begin = mentor_ics_starts_with (trimmed, "BEGIN:");
  gboolean end = mentor_ics_starts_with (trimmed, "END:");
  g_autofree char *name = NULL;
  guint depth = nesting->names->len;

  if (*trimmed == '\0')
    return TRUE;

  if (!nesting->seen_content && !(begin && g_ascii_strcasecmp (trimmed + 6, "VCALENDAR") == 0))
    {
      g_autofree char *shown = mentor_ics_quote (trimmed, -1);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_NOT_ICALENDAR,
                   _("This is not an iCalendar file: it should begin with “BEGIN:VCALENDAR”, "
                     "but line %u reads “%s”."), line_no, shown);
      return FALSE;
    }
  nesting->seen_content = TRUE;

  if (!begin && !end)
    {
      if (depth == 0)
        {
          g_autofree char *shown = mentor_ics_quote (trimmed, -1);

          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                       _("Line %u, “%s”, is outside the calendar."), line_no, shown);
          return FALSE;
        }
      return TRUE;
    }

  name = g_ascii_strup (g_strstrip (trimmed + (begin ? 6 : 4)), -1);
  if (*name == '\0' || strlen (name) > 64)
    {
      g_autofree char *shown = mentor_ics_quote (trimmed, -1);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                   _("Line %u, “%s”, does not name a calendar component."), line_no, shown);
      return FALSE;
    }

  if (begin)
    {
      MentorIcsBegin where = { line_no, offset };

      if (depth == 0 && strcmp (name, "VCALENDAR") != 0)
        {
          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                       _("Line %u begins a %s outside the calendar."), line_no, name);
          return FALSE;
        }

      /* No component may hold one of its own kind: a second BEGIN:VEVENT
       * means the first one never ended. */
      for (guint i = 0; i < depth; i++)
        if (strcmp (g_ptr_array_index (nesting->names, i), name) == 0)
          {
            g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                         _("Line %u begins a %s inside the %s that began on line %u and never ended."),
                         line_no, name, name, g_array_index (nesting->lines, guint, i));
            return FALSE;
          }

      if (depth >= MENTOR_ICS_MAX_DEPTH)
        {
          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                       _("Line %u nests components more than %u deep."), line_no, MENTOR_ICS_MAX_DEPTH);
          return FALSE;
        }

      if (strcmp (name, "VEVENT") == 0 && ++nesting->n_events > MENTOR_ICS_MAX_EVENTS)
        {
          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG,
                       _("The file holds more than %u events; Mentor imports up to %u at a time."),
                       MENTOR_ICS_MAX_EVENTS, MENTOR_ICS_MAX_EVENTS);
          return FALSE;
        }

      g_ptr_array_add (nesting->names, g_steal_pointer (&name));
      g_array_append_val (nesting->lines, line_no);
      g_array_append_val (begins, where);
      return TRUE;
    }

  if (depth == 0 || strcmp (g_ptr_array_index (nesting->names, depth - 1), name) != 0)
    {
      if (depth == 0)
        g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                     _("Line %u ends a %s that never began."), line_no, name);
      else
        g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                     _("Line %u ends a %s, but the %s that began on line %u is still open."),
                     line_no, name, (const char *) g_ptr_array_index (nesting->names, depth - 1),
                     g_array_index (nesting->lines, guint, depth - 1));
      return FALSE;
    }

  g_ptr_array_remove_index (nesting->names, depth - 1);
  g_array_remove_index (nesting->lines, depth - 1);
  return TRUE;
}

#define KEPT_BYTES 128

gboolean
mentor_ics_scan (const char  *text,
                 gsize        text_length,
                 GArray      *begins,
                 GError     **error)
{
  const char *p = text;
  const char *end = text + text_length;
  g_autoptr(GString) logical = g_string_new (NULL);
  guint logical_line = 0;
  gsize logical_offset = 0;
  guint line_no = 0;
  Nesting nesting = { 0, };
  gboolean ok = TRUE;

  nesting.names = g_ptr_array_new_with_free_func (g_free);
  nesting.lines = g_array_new (FALSE, FALSE, sizeof (guint));

  while (ok && p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      const char *line_end = newline != NULL ? newline : end;
      gsize length = line_end - p;

      if (length > 0 && p[length - 1] == '\r')
        length--;
      line_no++;

      if (length > MENTOR_ICS_MAX_LINE_BYTES)
        {
          g_autofree char *size = g_format_size (length);

          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG,
                       _("Line %u of the file is %s long: calendar files are written in short lines, "
                         "so this is not one."), line_no, size);
          ok = FALSE;
          break;
        }

      if (length > 0 && (p[0] == ' ' || p[0] == '\t') && logical_line != 0)
        {
          /* A folded line continues the one before. */
          if (logical->len < KEPT_BYTES)
            g_string_append_len (logical, p + 1, MIN (length - 1, KEPT_BYTES));
        }
      else
        {
          if (logical_line != 0)
            ok = scan_logical_line (begins, &nesting, logical->str, logical_line, logical_offset, error);
          g_string_truncate (logical, 0);
          g_string_append_len (logical, p, MIN (length, KEPT_BYTES));
          logical_line = line_no;
          logical_offset = p - text;
        }

      p = newline != NULL ? newline + 1 : end;
    }

  if (ok && logical_line != 0)
    ok = scan_logical_line (begins, &nesting, logical->str, logical_line, logical_offset, error);

  if (ok && !nesting.seen_content)
    {
      g_set_error_literal (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_EMPTY, _("The file is empty."));
      ok = FALSE;
    }

  if (ok && nesting.names->len > 0)
    {
      guint last = nesting.names->len - 1;

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                   _("The file ends before the %s that began on line %u is closed: it may have been cut short."),
                   (const char *) g_ptr_array_index (nesting.names, last),
                   g_array_index (nesting.lines, guint, last));
      ok = FALSE;
    }

  g_ptr_array_unref (nesting.names);
  g_array_unref (nesting.lines);
  return ok;
}

