/* mentor-report.c — report options, periods, paper, and the PDF file
 *
 * The model is gathered in mentor-report-data.c, laid out in
 * mentor-report-layout.c and drawn in mentor-report-draw.c.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "mentor-atomic-file.h"
#include "mentor-report-private.h"

/* ---- Options and periods --------------------------------------------------- */

static void
copy_date (char        dest[11],
           const char *date)
{
  g_strlcpy (dest, date, 11);
}

void
mentor_report_options_init (MentorReportOptions *options,
                            const char          *today)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_if_fail (options != NULL);
  g_return_if_fail (today == NULL || mentor_date_is_valid (today));

  memset (options, 0, sizeof *options);
  mentor_report_period_dates (MENTOR_REPORT_LAST_3_MONTHS, today, &from, &to);
  copy_date (options->from, from);
  copy_date (options->to, to);
  options->scope = MENTOR_REPORT_ALL;
  options->status = MENTOR_STATUS_ACTIVE;
  options->include_summaries = TRUE;
  options->include_private_notes = FALSE;
}

gboolean
mentor_report_options_set_period (MentorReportOptions *options,
                                  const char          *from,
                                  const char          *to,
                                  GError             **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (from == NULL || !mentor_date_is_valid (from))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                   _("“%s” is not a date: write the first day of the report as YYYY-MM-DD."),
                   from != NULL ? from : "");
      return FALSE;
    }
  if (to == NULL || !mentor_date_is_valid (to))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                   _("“%s” is not a date: write the last day of the report as YYYY-MM-DD."),
                   to != NULL ? to : "");
      return FALSE;
    }
  if (strcmp (from, to) > 0)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                   _("The report would start on %s, after its last day %s: the first day must come first."),
                   from, to);
      return FALSE;
    }

  /* from and to may be options' own fields: copy through locals. */
  {
    char f[11], t[11];

    copy_date (f, from);
    copy_date (t, to);
    memcpy (options->from, f, sizeof f);
    memcpy (options->to, t, sizeof t);
  }
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

void
mentor_report_period_dates (MentorReportPeriod   period,
                            const char          *today,
                            char               **from,
                            char               **to)
{
  g_autofree char *own_today = NULL;
  GDate day, first, last;
  int y, m, d;
  int quarter_month;

  g_return_if_fail (today == NULL || mentor_date_is_valid (today));
  g_return_if_fail (from != NULL && to != NULL);

  if (today == NULL)
    today = own_today = mentor_today ();
  sscanf (today, "%d-%d-%d", &y, &m, &d);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  quarter_month = ((m - 1) / 3) * 3 + 1;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);

  switch (period)
    {
    case MENTOR_REPORT_LAST_QUARTER:
      g_date_set_dmy (&first, 1, (GDateMonth) quarter_month, (GDateYear) y);
      g_date_subtract_months (&first, 3);
      last = first;
      g_date_add_months (&last, 3);
      g_date_subtract_days (&last, 1);
      break;

    case MENTOR_REPORT_LAST_3_MONTHS:
      /* Up to and including today: 11 Dec – 10 Mar. */
      first = day;
      g_date_subtract_months (&first, 3);
      g_date_add_days (&first, 1);
      last = day;
      break;

    case MENTOR_REPORT_THIS_QUARTER:
    default:
      g_date_set_dmy (&first, 1, (GDateMonth) quarter_month, (GDateYear) y);
      last = first;
      g_date_add_months (&last, 3);
      g_date_subtract_days (&last, 1);
      break;
    }

  *from = format_date (&first);
  *to = format_date (&last);
}

char *
mentor_report_quarter_name (const char *from,
                            const char *to)
{
  int fy, fm, fd;
  g_autofree char *end = NULL;
  GDate last;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  if (!mentor_date_is_valid (from) || !mentor_date_is_valid (to) ||
      sscanf (from, "%d-%d-%d", &fy, &fm, &fd) != 3 ||
      fd != 1 || (fm - 1) % 3 != 0)
    return NULL;

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 1, (GDateMonth) fm, (GDateYear) fy);
  g_date_add_months (&last, 3);
  g_date_subtract_days (&last, 1);
  end = format_date (&last);
  if (!g_str_equal (end, to))
    return NULL;

  return g_strdup_printf ("%04d-Q%d", fy, (fm - 1) / 3 + 1);
}

char *
mentor_report_suggest_file_name (const char *from,
                                 const char *to)
{
  g_autofree char *quarter = NULL;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  quarter = mentor_report_quarter_name (from, to);
  if (quarter != NULL)
    /* TRANSLATORS: the file name offered for a report of one quarter, e.g.
     * "Mentoring Report 2026-Q1.pdf". */
    return g_strdup_printf (_("Mentoring Report %s.pdf"), quarter);

  /* TRANSLATORS: the file name offered for a report of a period, first and
   * last day as YYYY-MM-DD. */
  return g_strdup_printf (_("Mentoring Report %s to %s.pdf"), from, to);
}

/* ---- Paper ---------------------------------------------------------------- */

gboolean
mentor_report_locale_uses_letter (const char *locale)
{
  /* The territories whose glibc locales use Letter, as "_XX" after the
   * language: the United States and Canada, and the Americas that follow
   * them. */
  static const char * const letter[] = {
    "_US", "_CA", "_MX", "_CL", "_CO", "_CR", "_GT", "_NI", "_PA", "_PH",
    "_PR", "_SV", "_VE",
  };

  if (locale == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (letter); i++)
    {
      const char *at = strstr (locale, letter[i]);

      /* "en_US", "en_US.UTF-8", "en_US@euro": the territory ends there. */
      if (at != NULL && (at[3] == '\0' || at[3] == '.' || at[3] == '@'))
        return TRUE;
    }

  return FALSE;
}

void
mentor_report_default_page_size (double *width,
                                 double *height)
{
  gboolean letter;

  g_return_if_fail (width != NULL && height != NULL);

#if defined(__GLIBC__)
  {
    /* glibc knows the paper of every locale (LC_PAPER); GTK reads it the same
     * way. The values are millimetres, passed as the pointer itself. */
    intptr_t mm_width = (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
    intptr_t mm_height = (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

    if (mm_width > 0 && mm_height > 0 && mm_width < 2000 && mm_height < 2000)
      {
        if (mm_width == 216 && mm_height == 279)
          {
            *width = MENTOR_REPORT_LETTER_WIDTH;
            *height = MENTOR_REPORT_LETTER_HEIGHT;
          }
        else if (mm_width == 210 && mm_height == 297)
          {
            *width = MENTOR_REPORT_A4_WIDTH;
            *height = MENTOR_REPORT_A4_HEIGHT;
          }
        else
          {
            *width = mm_width * 72.0 / 25.4;
            *height = mm_height * 72.0 / 25.4;
          }
        return;
      }
  }
#endif

  letter = mentor_report_locale_uses_letter (setlocale (LC_PAPER, NULL));
  *width = letter ? MENTOR_REPORT_LETTER_WIDTH : MENTOR_REPORT_A4_WIDTH;
  *height = letter ? MENTOR_REPORT_LETTER_HEIGHT : MENTOR_REPORT_A4_HEIGHT;
}

/* ---- PDF ------------------------------------------------------------------ */

typedef struct {
  int     fd;
  int     saved_errno;
} PdfSink;

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfSink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_file_error (GError     **error,
                int          saved_errno,
                const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write the report to “%s”: %s."),
               display, g_strerror (saved_errno));
  return FALSE;
}

gboolean
mentor_report_write_pdf (MentorReport  *report,
                         const char    *path,
                         double         width,
                         double         height,
                         guint         *n_pages,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(MentorReportLayout) layout = NULL;
  MentorAtomicFile out = MENTOR_ATOMIC_FILE_INIT;
  g_autofree char *title = NULL;
  g_autofree char *created = NULL;
  g_autoptr(GDateTime) now = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  PdfSink sink = { -1, 0 };
  guint pages;

  g_return_val_if_fail (MENTOR_IS_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0)
    mentor_report_default_page_size (&width, &height);

  /* The report takes the place of path only once it is whole (see
   * mentor-atomic-file.h). Private notes are for the eyes of whoever asked
   * for them: such a report is readable by its owner only, as the data
   * file is. */
  if (!mentor_atomic_file_open (&out, path, report->options.include_private_notes ? 0600 : 0644))
    return set_file_error (error, errno, path);
  sink.fd = out.fd;

  layout = mentor_report_layout_new (report, width, height);
  pages = mentor_report_layout_get_n_pages (layout);

  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, &sink, width, height);
  title = g_strdup_printf ("%s — %s", report->program_name, report->period_label);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Mentor " PACKAGE_VERSION);
  now = g_date_time_new_now_utc ();
  created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  cr = cairo_create (surface);
  for (guint i = 0; i < pages; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      cairo_save (cr);
      mentor_report_layout_draw_page (layout, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  if (status != CAIRO_STATUS_SUCCESS)
    {
      if (sink.saved_errno != 0)
        set_file_error (error, sink.saved_errno, path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not draw the report: %s."), cairo_status_to_string (status));
      goto failed;
    }

  if (!mentor_atomic_file_commit (&out))
    {
      set_file_error (error, errno, path);
      goto failed;
    }
  mentor_atomic_file_clear (&out);

  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;

failed:
  mentor_atomic_file_clear (&out);
  return FALSE;
}
