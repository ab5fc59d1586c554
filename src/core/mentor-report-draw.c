/* mentor-report-draw.c — how each block of a report looks on paper
 *
 * Every block is measured and drawn by the same function: with cr NULL it
 * only measures. Units are points; the Pango context is at 72 dpi with
 * unhinted metrics, so a block is as tall on the printer as it was when the
 * pages were broken. Every text goes through show_text(), which also feeds
 * MentorReportPage.collect: the tests read what the pages say from there.
 *
 * Colours are those of the GNOME palette, dark enough to print.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "mentor-report-private.h"

#define FAMILY "Cantarell, DejaVu Sans, sans-serif"

typedef enum {
  FONT_BODY,
  FONT_BODY_BOLD,
  FONT_SMALL,
  FONT_SMALL_BOLD,
  FONT_SMALL_ITALIC,
  FONT_TITLE,
  FONT_HEADING,
  FONT_SUBHEADING,
  FONT_NAME,
  FONT_NUMBER,
  N_FONTS
} Font;

static const char * const font_specs[N_FONTS] = {
  [FONT_BODY]         = FAMILY " 9.5",
  [FONT_BODY_BOLD]    = FAMILY " Bold 9.5",
  [FONT_SMALL]        = FAMILY " 8",
  [FONT_SMALL_BOLD]   = FAMILY " Bold 8",
  [FONT_SMALL_ITALIC] = FAMILY " Italic 8.5",
  [FONT_TITLE]        = FAMILY " Bold 22",
  [FONT_HEADING]      = FAMILY " Bold 14",
  [FONT_SUBHEADING]   = FAMILY " Bold 10.5",
  [FONT_NAME]         = FAMILY " Bold 12.5",
  [FONT_NUMBER]       = FAMILY " Bold 18",
};

static const double colors[MENTOR_REPORT_N_COLORS][3] = {
  [MENTOR_REPORT_COLOR_TEXT]    = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 },
  [MENTOR_REPORT_COLOR_DIM]     = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0 },
  [MENTOR_REPORT_COLOR_RULE]    = { 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0 },
  [MENTOR_REPORT_COLOR_TROUGH]  = { 0xde / 255.0, 0xdd / 255.0, 0xda / 255.0 },
  [MENTOR_REPORT_COLOR_TILE]    = { 0xf6 / 255.0, 0xf5 / 255.0, 0xf4 / 255.0 },
  [MENTOR_REPORT_COLOR_ACCENT]  = { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0 },
  [MENTOR_REPORT_COLOR_PLANNED] = { 0x99 / 255.0, 0xc1 / 255.0, 0xf1 / 255.0 },
  [MENTOR_REPORT_COLOR_GOOD]    = { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0 },
  [MENTOR_REPORT_COLOR_WARNING] = { 0xc6 / 255.0, 0x46 / 255.0, 0x00 / 255.0 },
  [MENTOR_REPORT_COLOR_BAD]     = { 0xc0 / 255.0, 0x1c / 255.0, 0x28 / 255.0 },
  [MENTOR_REPORT_COLOR_PRIVATE] = { 0x81 / 255.0, 0x3d / 255.0, 0x9c / 255.0 },
};

/* Space inside the shaded boxes, and the height of one thin bar. */
#define PAD        8.0
#define BAR_HEIGHT 6.0

void
mentor_report_set_color (cairo_t           *cr,
                         MentorReportColor  color)
{
  g_assert (color < MENTOR_REPORT_N_COLORS);
  cairo_set_source_rgb (cr, colors[color][0], colors[color][1], colors[color][2]);
}

static MentorReportColor
health_color (MentorHealthLevel level)
{
  switch (level)
    {
    case MENTOR_HEALTH_ON_TRACK:        return MENTOR_REPORT_COLOR_GOOD;
    case MENTOR_HEALTH_NEEDS_ATTENTION: return MENTOR_REPORT_COLOR_WARNING;
    case MENTOR_HEALTH_AT_RISK:         return MENTOR_REPORT_COLOR_BAD;
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:                            return MENTOR_REPORT_COLOR_DIM;
    }
}

static PangoLayout *
make_layout (MentorReportPage *page,
             const char       *text,
             Font              font,
             double            width,
             int               max_lines,
             PangoAlignment    align)
{
  PangoLayout *layout = pango_layout_new (page->context);
  PangoFontDescription *desc = pango_font_description_from_string (font_specs[font]);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  /* The page reads left to right even where a name starts in Arabic or
   * Hebrew: the name's own words still run right to left inside it. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  if (max_lines > 0)
    {
      /* Long text in a table cell ends in "…" rather than making a row
       * taller than a page. */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -max_lines);
    }

  return layout;
}

/* Shows text (cr NULL: measures it) with its top-left at (x, y) within width
 * (0: one line, as wide as it is); returns its height, and its width in
 * *out_width. */
static double
show_text (MentorReportPage  *page,
           cairo_t           *cr,
           const char        *text,
           Font               font,
           MentorReportColor  color,
           double             x,
           double             y,
           double             width,
           int                max_lines,
           PangoAlignment     align,
           double            *out_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  if (text == NULL || *text == '\0')
    {
      if (out_width != NULL)
        *out_width = 0;
      return 0;
    }

  if (page->collect != NULL)
    {
      g_string_append (page->collect, text);
      g_string_append_c (page->collect, '\n');
    }

  layout = make_layout (page, text, font, width, max_lines, align);
  pango_layout_get_size (layout, &w, &h);
  if (out_width != NULL)
    *out_width = (double) w / PANGO_SCALE;

  if (cr != NULL)
    {
      cairo_save (cr);
      mentor_report_set_color (cr, color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }

  return (double) h / PANGO_SCALE;
}

/* The width of one line of text. */
static double
text_width (MentorReportPage *page,
            const char       *text,
            Font              font)
{
  g_autoptr(PangoLayout) layout = make_layout (page, text, font, 0, 0, PANGO_ALIGN_LEFT);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
fill_rect (cairo_t           *cr,
           MentorReportColor  color,
           double             x,
           double             y,
           double             w,
           double             h,
           double             r)
{
  if (cr == NULL || w <= 0 || h <= 0)
    return;
  mentor_report_set_color (cr, color);
  rounded_rect (cr, x, y, w, h, r);
  cairo_fill (cr);
}

static void
hline (cairo_t           *cr,
       MentorReportColor  color,
       double             x,
       double             y,
       double             w,
       double             thickness)
{
  if (cr == NULL)
    return;
  mentor_report_set_color (cr, color);
  cairo_rectangle (cr, x, y, w, thickness);
  cairo_fill (cr);
}

/* A progress bar: the trough, and done of total filled. */
static void
progress_bar (cairo_t           *cr,
              MentorReportColor  color,
              double             x,
              double             y,
              double             w,
              guint              done,
              guint              total)
{
  fill_rect (cr, MENTOR_REPORT_COLOR_TROUGH, x, y, w, BAR_HEIGHT, BAR_HEIGHT / 2);
  if (total > 0 && done > 0)
    fill_rect (cr, color, x, y, w * MIN (done, total) / total, BAR_HEIGHT, BAR_HEIGHT / 2);
}

/* A pill with white text; returns its width (measures when cr is NULL). */
static double
pill (MentorReportPage  *page,
      cairo_t           *cr,
      const char        *text,
      MentorReportColor  color,
      double             right,
      double             y,
      double            *height)
{
  double w = text_width (page, text, FONT_SMALL_BOLD) + 12;
  double h = 14;

  if (cr != NULL)
    {
      fill_rect (cr, color, right - w, y, w, h, h / 2);
      cairo_save (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      {
        g_autoptr(PangoLayout) layout = make_layout (page, text, FONT_SMALL_BOLD, 0, 0, PANGO_ALIGN_LEFT);
        int lw, lh;

        pango_layout_get_size (layout, &lw, &lh);
        cairo_move_to (cr, right - w + 6, y + (h - (double) lh / PANGO_SCALE) / 2);
        pango_cairo_show_layout (cr, layout);
      }
      cairo_restore (cr);
    }
  if (page->collect != NULL)
    {
      g_string_append (page->collect, text);
      g_string_append_c (page->collect, '\n');
    }
  if (height != NULL)
    *height = h;
  return w;
}

/* A check box, ticked when done. */
static void
check_box (cairo_t  *cr,
           double    x,
           double    y,
           gboolean  done)
{
  const double s = 7.5;

  if (cr == NULL)
    return;

  cairo_save (cr);
  if (done)
    {
      fill_rect (cr, MENTOR_REPORT_COLOR_GOOD, x, y, s, s, 1.5);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, x + 1.7, y + s / 2);
      cairo_line_to (cr, x + s * 0.42, y + s - 1.8);
      cairo_line_to (cr, x + s - 1.5, y + 1.8);
      cairo_stroke (cr);
    }
  else
    {
      mentor_report_set_color (cr, MENTOR_REPORT_COLOR_DIM);
      cairo_set_line_width (cr, 0.8);
      rounded_rect (cr, x + 0.4, y + 0.4, s - 0.8, s - 0.8, 1.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static char *
date_label (const char *date)
{
  return date != NULL && mentor_date_is_valid (date) ? mentor_date_to_label (date) : g_strdup ("");
}

/* ---- The blocks ------------------------------------------------------------- */

static double
draw_title (MentorReportPage        *page,
            const MentorReportBlock *block,
            cairo_t                 *cr,
            double                   y)
{
  double x = page->left, w = page->width;
  double h = 0;

  h += show_text (page, cr, block->text, FONT_TITLE, MENTOR_REPORT_COLOR_TEXT,
                  x, y + h, w, 0, PANGO_ALIGN_LEFT, NULL);
  h += 2;
  for (guint i = 0; i < block->n_cells; i++)
    {
      MentorReportColor color = i == 0 ? MENTOR_REPORT_COLOR_TEXT
                              : i == block->color_cell ? block->color
                              : MENTOR_REPORT_COLOR_DIM;

      h += show_text (page, cr, block->cells[i], i == 0 ? FONT_SUBHEADING : FONT_BODY,
                      color, x, y + h, w, 0, PANGO_ALIGN_LEFT, NULL);
      h += 1;
    }
  h += 8;
  hline (cr, MENTOR_REPORT_COLOR_ACCENT, x, y + h, w, 2);
  return h + 2;
}

static double
draw_heading (MentorReportPage        *page,
              const MentorReportBlock *block,
              cairo_t                 *cr,
              double                   y)
{
  double h = show_text (page, cr, block->text, FONT_HEADING, MENTOR_REPORT_COLOR_TEXT,
                        page->left, y, page->width, 0, PANGO_ALIGN_LEFT, NULL);

  h += 3;
  hline (cr, MENTOR_REPORT_COLOR_RULE, page->left, y + h, page->width, 0.8);
  return h + 0.8 + 6;
}

static double
draw_subheading (MentorReportPage        *page,
                 const MentorReportBlock *block,
                 cairo_t                 *cr,
                 double                   y)
{
  return show_text (page, cr, block->text, FONT_SUBHEADING, MENTOR_REPORT_COLOR_ACCENT,
                    page->left, y, page->width, 0, PANGO_ALIGN_LEFT, NULL) + 3;
}

static double
draw_text (MentorReportPage        *page,
           const MentorReportBlock *block,
           cairo_t                 *cr,
           double                   y)
{
  double x = page->left, w = page->width, h = 0;
  Font font = FONT_BODY;
  MentorReportColor color = MENTOR_REPORT_COLOR_TEXT;
  MentorReportColor bar = MENTOR_REPORT_N_COLORS;

  switch (block->style)
    {
    case MENTOR_REPORT_STYLE_DIM:
      color = MENTOR_REPORT_COLOR_DIM;
      break;
    case MENTOR_REPORT_STYLE_EMPTY:
      font = FONT_SMALL_ITALIC;
      color = MENTOR_REPORT_COLOR_DIM;
      break;
    case MENTOR_REPORT_STYLE_SUMMARY:
      font = FONT_SMALL;
      bar = MENTOR_REPORT_COLOR_TROUGH;
      break;
    case MENTOR_REPORT_STYLE_PRIVATE:
      font = FONT_SMALL;
      bar = MENTOR_REPORT_COLOR_PRIVATE;
      break;
    case MENTOR_REPORT_STYLE_BODY:
    default:
      break;
    }

  /* Summaries and notes hang under their meeting, marked by a bar. */
  if (bar != MENTOR_REPORT_N_COLORS)
    {
      x += 14;
      w -= 14;
    }

  if (block->label != NULL)
    h += show_text (page, cr, block->label, FONT_SMALL_BOLD,
                    block->style == MENTOR_REPORT_STYLE_PRIVATE ? MENTOR_REPORT_COLOR_PRIVATE
                                                                : MENTOR_REPORT_COLOR_DIM,
                    x, y, w, 0, PANGO_ALIGN_LEFT, NULL) + 1;
  h += show_text (page, cr, block->text, font, color, x, y + h, w, 0, PANGO_ALIGN_LEFT, NULL);

  if (bar != MENTOR_REPORT_N_COLORS && cr != NULL)
    fill_rect (cr, bar, x - 8, y, 2.5, h, 1);

  return h + 2;
}

/* Tiles of counts: statuses (first 0), or goals and meetings (first 1). */
static double
draw_tiles (MentorReportPage        *page,
            const MentorReportBlock *block,
            cairo_t                 *cr,
            double                   y)
{
  MentorReport *report = page->report;
  char *numbers[5] = { NULL, };
  const char *labels[5] = { NULL, };
  MentorReportColor number_colors[5];
  guint n = 0;
  guint per_row;
  double gap = 8, tile_w, tile_h = 0, h = 0;

  if (block->first == 0)
    {
      static const MentorStatus order[] = {
        MENTOR_STATUS_ACTIVE, MENTOR_STATUS_PAUSED, MENTOR_STATUS_PROPOSED,
        MENTOR_STATUS_COMPLETED, MENTOR_STATUS_ENDED,
      };

      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          numbers[n] = g_strdup_printf ("%u", report->by_status[order[i]]);
          labels[n] = mentor_status_to_label (order[i]);
          number_colors[n] = MENTOR_REPORT_COLOR_TEXT;
          n++;
        }
    }
  else
    {
      numbers[n] = g_strdup_printf ("%u", report->goals_by_status[MENTOR_GOAL_ACHIEVED]);
      labels[n] = _("Goals achieved");
      number_colors[n++] = MENTOR_REPORT_COLOR_GOOD;
      numbers[n] = g_strdup_printf ("%u", report->goals_by_status[MENTOR_GOAL_OPEN]);
      labels[n] = _("Goals open");
      number_colors[n++] = MENTOR_REPORT_COLOR_ACCENT;
      numbers[n] = g_strdup_printf ("%u", report->overdue->len);
      labels[n] = _("Milestones overdue");
      number_colors[n++] = report->overdue->len > 0 ? MENTOR_REPORT_COLOR_BAD : MENTOR_REPORT_COLOR_TEXT;
      /* TRANSLATORS: meetings held of meetings planned, in a tile. */
      numbers[n] = g_strdup_printf (_("%u of %u"), report->held, report->planned);
      labels[n] = _("Meetings held of planned");
      number_colors[n++] = MENTOR_REPORT_COLOR_TEXT;
    }

  /* Narrow paper takes the tiles on two rows. */
  per_row = page->width / n >= 80 ? n : (n + 1) / 2;
  tile_w = (page->width - gap * (per_row - 1)) / per_row;

  for (guint row = 0; row * per_row < n; row++)
    {
      /* Every tile of a row is as tall as the tallest. */
      tile_h = 0;
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = row * per_row; i < MIN (n, (row + 1) * per_row); i++)
          {
            GString *collect = page->collect;
            double x = page->left + (i - row * per_row) * (tile_w + gap);
            double th;

            if (pass == 1)
              fill_rect (cr, MENTOR_REPORT_COLOR_TILE, x, y + h, tile_w, tile_h, 6);
            else
              page->collect = NULL;   /* the first pass only measures */
            th = PAD;
            th += show_text (page, pass == 1 ? cr : NULL, numbers[i], FONT_NUMBER, number_colors[i],
                             x + PAD, y + h + th, tile_w - 2 * PAD, 1, PANGO_ALIGN_LEFT, NULL);
            th += show_text (page, pass == 1 ? cr : NULL, labels[i], FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                             x + PAD, y + h + th, tile_w - 2 * PAD, 2, PANGO_ALIGN_LEFT, NULL);
            th += PAD;
            tile_h = MAX (tile_h, th);
            page->collect = collect;
          }
      h += tile_h + gap;
    }

  for (guint i = 0; i < n; i++)
    g_free (numbers[i]);
  return h;
}

/* Active and paused mentorships by health as one stacked bar, with a legend. */
static double
draw_health_bar (MentorReportPage        *page,
                 const MentorReportBlock *block,
                 cairo_t                 *cr,
                 double                   y)
{
  static const MentorHealthLevel levels[] = {
    MENTOR_HEALTH_ON_TRACK, MENTOR_HEALTH_NEEDS_ATTENTION, MENTOR_HEALTH_AT_RISK,
  };
  MentorReport *report = page->report;
  guint total = 0;
  double x = page->left, w = page->width, h = 0, lx, line_h = 0;

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    total += report->by_health[levels[i]];

  h += show_text (page, cr, block->text, FONT_SMALL_BOLD, MENTOR_REPORT_COLOR_DIM,
                  x, y, w, 0, PANGO_ALIGN_LEFT, NULL) + 3;

  if (total == 0)
    return h + show_text (page, cr, _("No mentorship is active or paused."), FONT_SMALL_ITALIC,
                          MENTOR_REPORT_COLOR_DIM, x, y + h, w, 0, PANGO_ALIGN_LEFT, NULL) + 4;

  if (cr != NULL)
    {
      double bx = x;

      cairo_save (cr);
      rounded_rect (cr, x, y + h, w, 12, 6);
      cairo_clip (cr);
      for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
        {
          double seg = w * report->by_health[levels[i]] / total;

          fill_rect (cr, health_color (levels[i]), bx, y + h, seg, 12, 0);
          bx += seg;
        }
      cairo_restore (cr);
    }
  h += 12 + 5;

  /* The legend flows like words: a swatch and "On Track 6" each. */
  lx = x;
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autofree char *text = g_strdup_printf (C_("health legend", "%s %u"),
                                               mentor_health_level_to_label (levels[i]),
                                               report->by_health[levels[i]]);
      double tw = text_width (page, text, FONT_SMALL) + 12;

      if (lx > x && lx + tw > x + w)
        {
          lx = x;
          h += line_h + 2;
        }
      fill_rect (cr, health_color (levels[i]), lx, y + h + 2, 8, 8, 2);
      line_h = show_text (page, cr, text, FONT_SMALL, MENTOR_REPORT_COLOR_TEXT,
                          lx + 11, y + h, 0, 0, PANGO_ALIGN_LEFT, NULL);
      lx += tw + 14;
    }

  return h + line_h + 4;
}

/* A round step for the value axis: 1, 2, 5, 10, 20, 50… */
static guint
axis_step (guint max)
{
  guint step = 1;

  while (max / step > 5)
    {
      if (max / (step * 2) <= 5)
        return step * 2;
      if (max / (step * 5) <= 5)
        return step * 5;
      step *= 10;
    }
  return step;
}

/* Meetings held against planned per month: two bars a month. */
static double
draw_chart (MentorReportPage        *page,
            const MentorReportBlock *block,
            cairo_t                 *cr,
            double                   y)
{
  GPtrArray *months = page->report->months;
  const double plot_h = 110, axis_w = 26;
  double x = page->left, w = page->width, h = 0;
  double plot_top, plot_x, plot_w, group_w, bar_w;
  guint max = 0, step, top_value, label_every;
  double legend_w;

  for (guint i = 0; i < months->len; i++)
    {
      MentorReportMonth *m = g_ptr_array_index (months, i);
      max = MAX (max, MAX (m->planned, m->held));
    }

  /* The legend, right-aligned above the plot. */
  legend_w = text_width (page, _("Planned"), FONT_SMALL) + text_width (page, _("Held"), FONT_SMALL) + 40;
  {
    double lx = x + w - legend_w;

    fill_rect (cr, MENTOR_REPORT_COLOR_PLANNED, lx, y + 2, 8, 8, 2);
    show_text (page, cr, _("Planned"), FONT_SMALL, MENTOR_REPORT_COLOR_TEXT, lx + 11, y, 0, 0, PANGO_ALIGN_LEFT, NULL);
    lx += text_width (page, _("Planned"), FONT_SMALL) + 20;
    fill_rect (cr, MENTOR_REPORT_COLOR_ACCENT, lx, y + 2, 8, 8, 2);
    h = show_text (page, cr, _("Held"), FONT_SMALL, MENTOR_REPORT_COLOR_TEXT, lx + 11, y, 0, 0, PANGO_ALIGN_LEFT, NULL);
  }
  h += 8;

  plot_top = y + h;
  plot_x = x + axis_w;
  plot_w = w - axis_w;
  step = axis_step (MAX (max, 1));
  top_value = ((MAX (max, 1) + step - 1) / step) * step;

  /* Grid lines and their values. */
  for (guint v = 0; v <= top_value; v += step)
    {
      double gy = plot_top + plot_h - plot_h * v / top_value;
      g_autofree char *value = g_strdup_printf ("%u", v);

      hline (cr, v == 0 ? MENTOR_REPORT_COLOR_RULE : MENTOR_REPORT_COLOR_TROUGH,
             plot_x, gy, plot_w, v == 0 ? 0.8 : 0.4);
      show_text (page, cr, value, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                 x, gy - 5, axis_w - 5, 0, PANGO_ALIGN_RIGHT, NULL);
    }

  if (months->len == 0)
    return h + plot_h + 6;

  group_w = plot_w / months->len;
  bar_w = MIN (22.0, group_w * 0.34);
  /* Long periods label every second or third month. */
  label_every = 1;
  while (group_w * label_every < 42)
    label_every++;

  for (guint i = 0; i < months->len; i++)
    {
      MentorReportMonth *m = g_ptr_array_index (months, i);
      double cx = plot_x + group_w * i + group_w / 2;
      double ph = plot_h * m->planned / top_value;
      double hh = plot_h * m->held / top_value;
      double base = plot_top + plot_h;

      fill_rect (cr, MENTOR_REPORT_COLOR_PLANNED, cx - bar_w - 1, base - ph, bar_w, ph, MIN (2.0, ph / 2));
      fill_rect (cr, MENTOR_REPORT_COLOR_ACCENT, cx + 1, base - hh, bar_w, hh, MIN (2.0, hh / 2));

      if (group_w >= 30)
        {
          g_autofree char *planned = g_strdup_printf ("%u", m->planned);
          g_autofree char *held = g_strdup_printf ("%u", m->held);

          show_text (page, cr, planned, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                     cx - bar_w - 7, base - ph - 11, bar_w + 12, 0, PANGO_ALIGN_CENTER, NULL);
          show_text (page, cr, held, FONT_SMALL_BOLD, MENTOR_REPORT_COLOR_TEXT,
                     cx - 5, base - hh - 11, bar_w + 12, 0, PANGO_ALIGN_CENTER, NULL);
        }
      if (i % label_every == 0)
        show_text (page, cr, m->label, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                   cx - group_w * label_every / 2, base + 3, group_w * label_every, 1,
                   PANGO_ALIGN_CENTER, NULL);
    }

  h += plot_h + 3 + 12;
  if (max == 0)
    h += show_text (page, cr, _("No meetings were planned in this period."), FONT_SMALL_ITALIC,
                    MENTOR_REPORT_COLOR_DIM, plot_x, y + h, plot_w, 0, PANGO_ALIGN_CENTER, NULL);
  else if (strcmp (page->report->options.to, page->report->today) > 0)
    {
      g_autofree char *today = date_label (page->report->today);
      /* TRANSLATORS: under the meetings chart of a period that runs past today. */
      g_autofree char *note = g_strdup_printf (_("Meetings scheduled from %s on count as planned."), today);

      h += 4 + show_text (page, cr, note, FONT_SMALL_ITALIC, MENTOR_REPORT_COLOR_DIM,
                          plot_x, y + h + 4, plot_w, 0, PANGO_ALIGN_LEFT, NULL);
    }
  return h + 6;
}

/* A mentorship's name, terms and health, on a shaded card. */
static double
draw_mentorship (MentorReportPage        *page,
                 const MentorReportBlock *block,
                 cairo_t                 *cr,
                 double                   y)
{
  const MentorReportMentorship *m = block->mentorship;
  double x = page->left + PAD, w = page->width - 2 * PAD;
  double h = PAD, pill_w = 0, pill_h = 0, name_h;

  /* Drawn after measuring, so the card's height is known. */
  if (cr != NULL)
    fill_rect (cr, MENTOR_REPORT_COLOR_TILE, page->left, y, page->width, block->height - 6, 6);

  if (block->cells[3] != NULL)
    pill_w = pill (page, cr, block->cells[3], health_color (m->health), x + w, y + h, &pill_h) + 8;
  name_h = show_text (page, cr, block->cells[0], FONT_NAME, MENTOR_REPORT_COLOR_TEXT,
                      x, y + h, w - pill_w, 3, PANGO_ALIGN_LEFT, NULL);
  h += MAX (name_h, pill_h) + 2;
  h += show_text (page, cr, block->cells[1], FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                  x, y + h, w, 3, PANGO_ALIGN_LEFT, NULL);
  if (block->cells[2] != NULL)
    h += 1 + show_text (page, cr, block->cells[2], FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                        x, y + h, w, 3, PANGO_ALIGN_LEFT, NULL);

  if (m->reasons != NULL && m->reasons[0] != NULL)
    {
      h += 4;
      for (guint i = 0; m->reasons[i] != NULL; i++)
        {
          if (cr != NULL)
            {
              mentor_report_set_color (cr, health_color (m->health));
              /* The text before leaves a current point: without a new
               * path the dot would be joined to it by a line. */
              cairo_new_path (cr);
              cairo_arc (cr, x + 3, y + h + 5.5, 2, 0, 2 * G_PI);
              cairo_fill (cr);
            }
          h += show_text (page, cr, m->reasons[i], FONT_SMALL, MENTOR_REPORT_COLOR_TEXT,
                          x + 10, y + h, w - 10, 3, PANGO_ALIGN_LEFT, NULL) + 1;
        }
    }

  return h + PAD + 6;
}

static char *
milestone_note (const MentorReportMilestone *ms,
                MentorReportColor           *color)
{
  g_autofree char *due = date_label (ms->due_on);
  g_autofree char *done = date_label (ms->done_on);

  *color = MENTOR_REPORT_COLOR_DIM;
  if (ms->done_on != NULL)
    /* TRANSLATORS: when a milestone was ticked off. */
    return g_strdup_printf (_("Done %s"), done);
  if (ms->days_overdue > 0)
    {
      *color = MENTOR_REPORT_COLOR_BAD;
      return g_strdup_printf (ngettext ("Due %s, %u day late", "Due %s, %u days late", ms->days_overdue),
                              due, ms->days_overdue);
    }
  if (ms->due_on != NULL)
    return g_strdup_printf (_("Due %s"), due);
  return NULL;
}

static MentorReportColor
goal_color (const MentorReportGoal *goal)
{
  switch (goal->status)
    {
    case MENTOR_GOAL_ACHIEVED: return MENTOR_REPORT_COLOR_GOOD;
    case MENTOR_GOAL_DROPPED:  return MENTOR_REPORT_COLOR_RULE;
    case MENTOR_GOAL_OPEN:
    case MENTOR_N_GOAL_STATUSES:
    default:                   return MENTOR_REPORT_COLOR_ACCENT;
    }
}

/* The height of one milestone line (and draws it). */
static double
draw_milestone (MentorReportPage            *page,
                cairo_t                     *cr,
                const MentorReportMilestone *ms,
                double                       x,
                double                       y,
                double                       w)
{
  MentorReportColor color;
  g_autofree char *note = milestone_note (ms, &color);
  double note_w = note != NULL ? MIN (text_width (page, note, FONT_SMALL), w * 0.4) : 0;
  double th, nh;

  check_box (cr, x, y + 2, ms->done_on != NULL);
  th = show_text (page, cr, ms->title, FONT_SMALL,
                  ms->done_on != NULL ? MENTOR_REPORT_COLOR_DIM : MENTOR_REPORT_COLOR_TEXT,
                  x + 13, y, w - 13 - note_w - 10, 3, PANGO_ALIGN_LEFT, NULL);
  nh = show_text (page, cr, note, FONT_SMALL, color,
                  x + w - note_w, y, note_w, 2, PANGO_ALIGN_RIGHT, NULL);
  return MAX (th, nh) + 2;
}

static double
goal_head (MentorReportPage        *page,
           const MentorReportBlock *block,
           cairo_t                 *cr,
           double                   x,
           double                   y,
           double                   w)
{
  const MentorReportGoal *goal = block->goal;
  g_autofree char *aside = NULL;
  g_autofree char *title = NULL;
  g_autofree char *target = date_label (goal->target_on);
  double aside_w, h, th;

  if (goal->target_on != NULL)
    /* TRANSLATORS: a goal's status and its target date. */
    aside = g_strdup_printf (_("%s · target %s"), mentor_goal_status_to_label (goal->status), target);
  else
    aside = g_strdup (mentor_goal_status_to_label (goal->status));
  aside_w = MIN (text_width (page, aside, FONT_SMALL), w * 0.4);

  title = block->continued ? g_strdup_printf (_("%s (continued)"), goal->title) : g_strdup (goal->title);
  th = show_text (page, cr, title, FONT_BODY_BOLD, MENTOR_REPORT_COLOR_TEXT,
                  x, y, w - aside_w - 10, 4, PANGO_ALIGN_LEFT, NULL);
  show_text (page, cr, aside, FONT_SMALL, goal_color (goal) == MENTOR_REPORT_COLOR_RULE
                                           ? MENTOR_REPORT_COLOR_DIM : goal_color (goal),
             x + w - aside_w, y + 1, aside_w, 2, PANGO_ALIGN_RIGHT, NULL);
  h = th + 2;

  if (block->continued)
    return h + 2;

  {
    g_autoptr(GString) about = g_string_new (NULL);

    if (goal->focus_area != NULL)
      g_string_append (about, goal->focus_area);
    if (goal->success_measure != NULL)
      {
        if (about->len > 0)
          g_string_append (about, " · ");
        /* TRANSLATORS: how mentor and mentee will know a goal is met. */
        g_string_append_printf (about, _("Success: %s"), goal->success_measure);
      }
    if (goal->status == MENTOR_GOAL_DROPPED && goal->drop_reason != NULL)
      {
        if (about->len > 0)
          g_string_append (about, " · ");
        g_string_append_printf (about, _("Dropped: %s"), goal->drop_reason);
      }
    if (about->len > 0)
      h += show_text (page, cr, about->str, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                      x, y + h, w, 3, PANGO_ALIGN_LEFT, NULL) + 3;
  }

  {
    g_autofree char *progress = NULL;
    double bar_w = MIN (160.0, w * 0.45);

    if (goal->total > 0)
      progress = g_strdup_printf (ngettext ("%u of %u milestone done", "%u of %u milestones done", goal->total),
                                  goal->done, goal->total);
    else
      progress = g_strdup (_("No milestones yet"));

    progress_bar (cr, goal_color (goal), x, y + h + 2.5, bar_w, goal->done, goal->total);
    h += show_text (page, cr, progress, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
                    x + bar_w + 8, y + h, w - bar_w - 8, 1, PANGO_ALIGN_LEFT, NULL) + 4;
  }

  return h;
}

/* A goal: title, status and target, focus and measure, progress bar, and its
 * milestones [first, last). */
static double
draw_goal (MentorReportPage        *page,
           const MentorReportBlock *block,
           cairo_t                 *cr,
           double                   y)
{
  const MentorReportGoal *goal = block->goal;
  double x = page->left + 10, w = page->width - 10;
  double h = goal_head (page, block, cr, x, y, w);

  for (guint i = block->first; i < block->last && i < goal->milestones->len; i++)
    h += draw_milestone (page, cr, g_ptr_array_index (goal->milestones, i), x + 4, y + h, w - 4);

  /* A bar down the left edge in the goal's colour ties it together. */
  if (cr != NULL)
    fill_rect (cr, goal_color (goal), page->left, y + 1, 2.5, h - 2, 1);

  return h + 6;
}

static double
draw_table (MentorReportPage        *page,
            const MentorReportBlock *block,
            cairo_t                 *cr,
            double                   y)
{
  gboolean header = block->kind == MENTOR_REPORT_BLOCK_TABLE_HEADER;
  double x = page->left, h = 0, gap = 8;

  for (guint i = 0; i < block->n_cells; i++)
    {
      double cw = page->width * block->columns[i];
      MentorReportColor color = header ? MENTOR_REPORT_COLOR_DIM
                              : i == block->color_cell ? block->color
                              : MENTOR_REPORT_COLOR_TEXT;
      Font font = header ? FONT_SMALL_BOLD : i == block->color_cell ? FONT_SMALL_BOLD : FONT_SMALL;

      h = MAX (h, show_text (page, cr, block->cells[i], font, color,
                             x, y + 3, cw - gap, 4, PANGO_ALIGN_LEFT, NULL));
      x += cw;
    }
  h += 6;
  hline (cr, header ? MENTOR_REPORT_COLOR_RULE : MENTOR_REPORT_COLOR_TROUGH,
         page->left, y + h - 0.6, page->width, header ? 0.8 : 0.5);
  return h;
}

/* A mentorship at risk or needing attention, and why. */
static double
draw_health_item (MentorReportPage        *page,
                  const MentorReportBlock *block,
                  cairo_t                 *cr,
                  double                   y)
{
  const MentorReportMentorship *m = block->mentorship;
  double x = page->left, w = page->width, h, pill_w, pill_h;

  pill_w = pill (page, cr, block->label, health_color (m->health), x + w, y, &pill_h);
  h = MAX (pill_h, show_text (page, cr, block->text, FONT_BODY_BOLD, MENTOR_REPORT_COLOR_TEXT,
                              x, y, w - pill_w - 8, 3, PANGO_ALIGN_LEFT, NULL)) + 2;
  for (guint i = 0; m->reasons != NULL && m->reasons[i] != NULL; i++)
    {
      if (cr != NULL)
        {
          mentor_report_set_color (cr, health_color (m->health));
          cairo_new_path (cr);
          cairo_arc (cr, x + 3, y + h + 5.5, 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      h += show_text (page, cr, m->reasons[i], FONT_SMALL, MENTOR_REPORT_COLOR_TEXT,
                      x + 10, y + h, w - 10, 3, PANGO_ALIGN_LEFT, NULL) + 1;
    }
  return h + 6;
}

double
mentor_report_draw_block (MentorReportPage        *page,
                          const MentorReportBlock *block,
                          cairo_t                 *cr,
                          double                   y)
{
  g_assert (page != NULL);
  g_assert (block != NULL);

  switch (block->kind)
    {
    case MENTOR_REPORT_BLOCK_TITLE:        return draw_title (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_HEADING:      return draw_heading (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_SUBHEADING:   return draw_subheading (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_TEXT:         return draw_text (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_TILES:        return draw_tiles (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_HEALTH_BAR:   return draw_health_bar (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_CHART:        return draw_chart (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_MENTORSHIP:   return draw_mentorship (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_GOAL:         return draw_goal (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_TABLE_HEADER:
    case MENTOR_REPORT_BLOCK_TABLE_ROW:    return draw_table (page, block, cr, y);
    case MENTOR_REPORT_BLOCK_HEALTH_ITEM:  return draw_health_item (page, block, cr, y);
    default:
      g_assert_not_reached ();
    }
}

void
mentor_report_draw_furniture (MentorReportPage *page,
                              cairo_t          *cr,
                              guint             index,
                              guint             n_pages)
{
  MentorReport *report = page->report;
  g_autofree char *number = NULL;
  g_autofree char *today = date_label (report->today);
  g_autofree char *prepared = NULL;
  double header_y = page->top - 30;
  double footer_y = page->bottom + 14;
  double period_w;

  g_assert (page != NULL);

  /* Header: the program on the left, the period on the right. */
  period_w = MIN (text_width (page, report->period_label, FONT_SMALL), page->width / 2);
  show_text (page, cr, report->program_name, FONT_SMALL_BOLD, MENTOR_REPORT_COLOR_TEXT,
             page->left, header_y, page->width - period_w - 12, 1, PANGO_ALIGN_LEFT, NULL);
  show_text (page, cr, report->period_label, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
             page->left + page->width - period_w, header_y, period_w, 1, PANGO_ALIGN_RIGHT, NULL);
  hline (cr, MENTOR_REPORT_COLOR_RULE, page->left, header_y + 14, page->width, 0.5);

  /* Footer: when it was made (and a warning when it holds private notes),
   * and the page number. */
  hline (cr, MENTOR_REPORT_COLOR_RULE, page->left, footer_y - 4, page->width, 0.5);
  /* TRANSLATORS: page footer, "Page 3 of 14". */
  number = g_strdup_printf (_("Page %u of %u"), index + 1, n_pages);
  show_text (page, cr, number, FONT_SMALL, MENTOR_REPORT_COLOR_DIM,
             page->left + page->width / 2, footer_y, page->width / 2, 1, PANGO_ALIGN_RIGHT, NULL);
  if (report->options.include_private_notes)
    prepared = g_strdup_printf (_("Prepared %s · Contains private notes"), today);
  else
    prepared = g_strdup_printf (_("Prepared %s with Mentor"), today);
  show_text (page, cr, prepared, FONT_SMALL,
             report->options.include_private_notes ? MENTOR_REPORT_COLOR_PRIVATE : MENTOR_REPORT_COLOR_DIM,
             page->left, footer_y, page->width / 2, 1, PANGO_ALIGN_LEFT, NULL);
}

guint *
mentor_report_split_text (MentorReportPage        *page,
                          const MentorReportBlock *block,
                          double                   first_height,
                          double                   rest_height,
                          guint                   *n_starts)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  gboolean indented = block->style == MENTOR_REPORT_STYLE_SUMMARY ||
                      block->style == MENTOR_REPORT_STYLE_PRIVATE;
  double w = page->width - (indented ? 14 : 0);
  Font font = block->style == MENTOR_REPORT_STYLE_BODY || block->style == MENTOR_REPORT_STYLE_DIM
              ? FONT_BODY : FONT_SMALL;
  double piece_top = 0;
  double room;
  guint zero = 0;

  g_assert (block->kind == MENTOR_REPORT_BLOCK_TEXT);

  /* What a piece needs besides its lines: the lead-in label on the first,
   * the spacing after every one, and a little to spare for rounding. */
  room = first_height - 4;
  if (block->label != NULL)
    room -= show_text (page, NULL, block->label, FONT_SMALL_BOLD, MENTOR_REPORT_COLOR_DIM,
                       0, 0, w, 0, PANGO_ALIGN_LEFT, NULL) + 1;

  g_array_append_val (starts, zero);
  layout = make_layout (page, block->text, font, w, 0, PANGO_ALIGN_LEFT);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle rect;
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      top = (double) rect.y / PANGO_SCALE;
      bottom = (double) (rect.y + rect.height) / PANGO_SCALE;
      /* A piece holds at least one line, so a tiny first room still moves
       * the text on; the caller checks that the first piece fits. */
      if (bottom - piece_top > room && top > piece_top)
        {
          guint start = (guint) line->start_index;

          g_array_append_val (starts, start);
          piece_top = top;
          room = rest_height - 4;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  *n_starts = starts->len;
  return (guint *) g_array_free (g_steal_pointer (&starts), FALSE);
}

guint *
mentor_report_split_goal (MentorReportPage        *page,
                          const MentorReportBlock *block,
                          double                   first_height,
                          double                   rest_height,
                          guint                   *n_starts)
{
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  const MentorReportGoal *goal = block->goal;
  MentorReportBlock continued = *block;
  double x = page->left + 10, w = page->width - 10;
  double h, room = first_height;
  guint first = block->first;

  g_assert (block->kind == MENTOR_REPORT_BLOCK_GOAL);

  continued.continued = TRUE;
  g_array_append_val (starts, first);
  /* As draw_goal() measures: the head, the milestones, 6 after. */
  h = goal_head (page, block, NULL, x, 0, w) + 6;
  for (guint i = block->first; i < block->last && i < goal->milestones->len; i++)
    {
      double mh = draw_milestone (page, NULL, g_ptr_array_index (goal->milestones, i), x + 4, 0, w - 4);

      if (h + mh > room && i > g_array_index (starts, guint, starts->len - 1))
        {
          g_array_append_val (starts, i);
          h = goal_head (page, &continued, NULL, x, 0, w) + 6;
          room = rest_height;
        }
      h += mh;
    }

  *n_starts = starts->len;
  return (guint *) g_array_free (g_steal_pointer (&starts), FALSE);
}
