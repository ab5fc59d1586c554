/* mentor-report-layout.c — a report as blocks, and the blocks on pages
 *
 * The report is first turned into a flat list of blocks (a heading, a goal
 * with its milestones, a table row…), each measured once with Pango for the
 * page width. Pages are then filled top to bottom: a block that does not fit
 * in what is left of a page starts the next one, so no row or goal is ever
 * cut; a heading keeps to the block after it; a table row that starts a page
 * brings its column titles along. Only a block taller than a whole page is
 * split, between lines of text or between milestones, before pages are
 * filled. Drawing a page then draws its blocks where they were placed.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-report-private.h"

#define MARGIN_SIDE   50.0
#define MARGIN_TOP    64.0
#define MARGIN_BOTTOM 58.0

struct _MentorReportLayout
{
  GObject           parent_instance;

  MentorReport     *report;
  MentorReportPage  page;
  GPtrArray        *blocks;       /* MentorReportBlock, owned, in print order */
  GPtrArray        *pieces;       /* the pieces of blocks broken between pages, owned */
  GArray           *placements;   /* MentorReportPlacement */
  GArray           *page_starts;  /* the first placement of each page */
  int               outline_parent;
};

G_DEFINE_FINAL_TYPE (MentorReportLayout, mentor_report_layout, G_TYPE_OBJECT)

/* Column widths of the tables, as fractions of the body. */
static const double meeting_columns[] = { 0.34, 0.14, 0.52 };
static const double upcoming_columns[] = { 0.34, 0.66 };
static const double action_columns[] = { 0.56, 0.22, 0.22 };
static const double overdue_columns[] = { 0.26, 0.26, 0.28, 0.20 };

static void
block_free (gpointer data)
{
  MentorReportBlock *block = data;

  g_free (block->text);
  g_free (block->label);
  for (guint i = 0; i < MENTOR_REPORT_MAX_COLUMNS; i++)
    g_free (block->cells[i]);
  g_free (block);
}

static MentorReportBlock *
add_block (GPtrArray             *blocks,
           MentorReportBlockKind  kind,
           double                 space_before)
{
  MentorReportBlock *block = g_new0 (MentorReportBlock, 1);

  block->kind = kind;
  block->space_before = space_before;
  block->color_cell = G_MAXUINT;
  g_ptr_array_add (blocks, block);
  return block;
}

static void
add_heading (GPtrArray  *blocks,
             const char *text)
{
  MentorReportBlock *block = add_block (blocks, MENTOR_REPORT_BLOCK_HEADING, 20);

  block->text = g_strdup (text);
  block->keep_with_next = TRUE;
  block->outline = TRUE;
}

static void
add_subheading (GPtrArray  *blocks,
                const char *text)
{
  MentorReportBlock *block = add_block (blocks, MENTOR_REPORT_BLOCK_SUBHEADING, 8);

  block->text = g_strdup (text);
  block->keep_with_next = TRUE;
}

static MentorReportBlock *
add_text (GPtrArray         *blocks,
          MentorReportStyle  style,
          const char        *label,
          const char        *text)
{
  MentorReportBlock *block = add_block (blocks, MENTOR_REPORT_BLOCK_TEXT, 2);

  block->style = style;
  block->label = g_strdup (label);
  block->text = g_strdup (text);
  return block;
}

/* A table row (or header, when header is NULL and is_header); cells is
 * NULL-terminated and copied. */
static MentorReportBlock *
add_row (GPtrArray          *blocks,
         MentorReportBlock  *header,
         const double       *columns,
         const char * const *cells)
{
  MentorReportBlock *block = add_block (blocks, header != NULL ? MENTOR_REPORT_BLOCK_TABLE_ROW
                                                               : MENTOR_REPORT_BLOCK_TABLE_HEADER,
                                        header != NULL ? 0 : 2);

  block->header = header;
  block->columns = columns;
  block->keep_with_next = header == NULL;
  for (guint i = 0; cells[i] != NULL && i < MENTOR_REPORT_MAX_COLUMNS; i++)
    {
      block->cells[i] = g_strdup (cells[i]);
      block->n_cells = i + 1;
    }
  return block;
}

static MentorReportColor
meeting_color (MentorMeetingStatus status)
{
  switch (status)
    {
    case MENTOR_MEETING_HELD:      return MENTOR_REPORT_COLOR_GOOD;
    case MENTOR_MEETING_MISSED:    return MENTOR_REPORT_COLOR_BAD;
    case MENTOR_MEETING_CANCELLED: return MENTOR_REPORT_COLOR_DIM;
    case MENTOR_MEETING_SCHEDULED:
    case MENTOR_N_MEETING_STATUSES:
    default:                       return MENTOR_REPORT_COLOR_ACCENT;
    }
}

static char *
date_label (const char *date)
{
  return date != NULL && mentor_date_is_valid (date) ? mentor_date_to_label (date) : NULL;
}

/* "Traditional · Active since 12 Jan 2026 · planned to end 30 Jun 2026 ·
 * meets every 14 days · Video". */
static char *
mentorship_terms (const MentorReportMentorship *m)
{
  g_autoptr(GString) terms = g_string_new (mentor_kind_to_label (m->kind));
  g_autofree char *started = date_label (m->started_on);
  g_autofree char *ends = date_label (m->ends_on);
  g_autofree char *closed = date_label (m->closed_on);
  gboolean open = m->status == MENTOR_STATUS_ACTIVE || m->status == MENTOR_STATUS_PAUSED;

  g_string_append (terms, " · ");
  if (open && started != NULL)
    /* TRANSLATORS: a mentorship's status and its start, "Active since 12 Jan 2026". */
    g_string_append_printf (terms, _("%s since %s"), mentor_status_to_label (m->status), started);
  else if (m->status == MENTOR_STATUS_COMPLETED && closed != NULL)
    g_string_append_printf (terms, _("Completed on %s"), closed);
  else if (m->status == MENTOR_STATUS_ENDED && closed != NULL && m->end_reason != NULL)
    g_string_append_printf (terms, _("Ended on %s — %s"), closed, m->end_reason);
  else if (m->status == MENTOR_STATUS_ENDED && closed != NULL)
    g_string_append_printf (terms, _("Ended on %s"), closed);
  else if (m->status == MENTOR_STATUS_PROPOSED && started != NULL)
    g_string_append_printf (terms, _("Proposed to start %s"), started);
  else
    g_string_append (terms, mentor_status_to_label (m->status));

  if ((open || m->status == MENTOR_STATUS_PROPOSED) && ends != NULL)
    {
      g_string_append (terms, " · ");
      g_string_append_printf (terms, _("planned to end %s"), ends);
    }
  if (m->cadence_days > 0)
    {
      g_string_append (terms, " · ");
      g_string_append_printf (terms, ngettext ("meets every %u day", "meets every %u days", m->cadence_days),
                              m->cadence_days);
    }
  if (m->mode < MENTOR_N_MODES)
    {
      g_string_append (terms, " · ");
      g_string_append (terms, mentor_mode_to_label (m->mode));
    }

  return g_string_free (g_steal_pointer (&terms), FALSE);
}

static void
add_meeting_row (GPtrArray                 *blocks,
                 MentorReportBlock         *header,
                 const MentorReportMeeting *meeting)
{
  const char *cells[] = {
    meeting->when,
    mentor_meeting_status_to_label (meeting->status),
    meeting->agenda != NULL ? meeting->agenda : "—",
    NULL
  };
  MentorReportBlock *row = add_row (blocks, header, meeting_columns, cells);

  row->color_cell = 1;
  row->color = meeting_color (meeting->status);
  /* A meeting and the first lines of what was said in it stay together. */
  row->keep_with_next = meeting->summary != NULL || meeting->private_notes != NULL;

  if (meeting->summary != NULL)
    add_text (blocks, MENTOR_REPORT_STYLE_SUMMARY, _("Shared summary"), meeting->summary)->keep_with_next =
      meeting->private_notes != NULL;
  if (meeting->private_notes != NULL)
    add_text (blocks, MENTOR_REPORT_STYLE_PRIVATE, _("Private notes"), meeting->private_notes);
}

static void
add_mentorship_section (GPtrArray                    *blocks,
                        const MentorReportMentorship *m,
                        gboolean                      outline)
{
  MentorReportBlock *card = add_block (blocks, MENTOR_REPORT_BLOCK_MENTORSHIP, 18);
  MentorReportBlock *header;
  gboolean open = m->status == MENTOR_STATUS_ACTIVE || m->status == MENTOR_STATUS_PAUSED ||
                  m->status == MENTOR_STATUS_PROPOSED;

  card->mentorship = m;
  card->keep_with_next = TRUE;
  card->outline = outline;
  card->cells[0] = mentor_report_mentorship_title (m);
  card->cells[1] = mentorship_terms (m);
  if (m->focus_areas != NULL && m->focus_areas[0] != NULL)
    {
      g_autofree char *areas = g_strjoinv (", ", m->focus_areas);
      /* TRANSLATORS: the focus areas of a mentorship. */
      card->cells[2] = g_strdup_printf (_("Focus: %s"), areas);
    }
  if (m->health != MENTOR_HEALTH_NONE)
    card->cells[3] = g_strdup (mentor_health_level_to_label (m->health));
  card->n_cells = 4;
  card->text = g_strdup (card->cells[0]);

  add_subheading (blocks, _("Goals"));
  for (guint i = 0; i < m->goals->len; i++)
    {
      const MentorReportGoal *goal = g_ptr_array_index (m->goals, i);
      MentorReportBlock *block = add_block (blocks, MENTOR_REPORT_BLOCK_GOAL, 2);

      block->goal = goal;
      block->first = 0;
      block->last = goal->milestones->len;
      block->text = g_strdup (goal->title);
    }
  if (m->goals->len == 0)
    add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL, _("No goals set yet."));

  add_subheading (blocks, _("Meetings in the Period"));
  if (m->meetings->len > 0)
    {
      const char *titles[] = { _("When"), _("Status"), _("Agenda"), NULL };

      header = add_row (blocks, NULL, meeting_columns, titles);
      for (guint i = 0; i < m->meetings->len; i++)
        add_meeting_row (blocks, header, g_ptr_array_index (m->meetings, i));
    }
  else
    add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL, _("No meetings in this period."));

  if (open)
    {
      add_subheading (blocks, _("Upcoming Check-ins"));
      if (m->upcoming->len > 0)
        {
          const char *titles[] = { _("When"), _("Agenda"), NULL };

          header = add_row (blocks, NULL, upcoming_columns, titles);
          for (guint i = 0; i < m->upcoming->len; i++)
            {
              const MentorReportMeeting *meeting = g_ptr_array_index (m->upcoming, i);
              const char *cells[] = { meeting->when, meeting->agenda != NULL ? meeting->agenda : "—", NULL };

              add_row (blocks, header, upcoming_columns, cells);
            }
        }
      else
        add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL,
                  _("No check-in is scheduled for the coming weeks."));
    }

  if (m->actions->len > 0)
    {
      const char *titles[] = { _("Open Action Item"), _("Owner"), _("Due"), NULL };

      add_subheading (blocks, _("Open Action Items"));
      header = add_row (blocks, NULL, action_columns, titles);
      for (guint i = 0; i < m->actions->len; i++)
        {
          const MentorReportAction *action = g_ptr_array_index (m->actions, i);
          g_autofree char *due = date_label (action->due_on);
          g_autofree char *late = NULL;
          const char *cells[] = { action->text, action->owner_name, NULL, NULL };
          MentorReportBlock *row;

          if (action->days_overdue > 0)
            late = g_strdup_printf (ngettext ("%s, %u day late", "%s, %u days late", action->days_overdue),
                                    due, action->days_overdue);
          cells[2] = late != NULL ? late : due != NULL ? due : "—";
          row = add_row (blocks, header, action_columns, cells);
          if (action->days_overdue > 0)
            {
              row->color_cell = 2;
              row->color = MENTOR_REPORT_COLOR_BAD;
            }
        }
    }
}

static void
add_title (GPtrArray    *blocks,
           MentorReport *report)
{
  MentorReportBlock *title = add_block (blocks, MENTOR_REPORT_BLOCK_TITLE, 0);
  g_autofree char *today = mentor_date_to_label (report->today);
  guint n = report->mentorships->len;

  if (report->options.scope == MENTOR_REPORT_ONE && n == 1)
    {
      title->text = mentor_report_mentorship_title (g_ptr_array_index (report->mentorships, 0));
      /* TRANSLATORS: under the title of a one-mentorship report: the period. */
      title->cells[0] = g_strdup_printf (_("Mentorship report · %s"), report->period_label);
      /* TRANSLATORS: the program, and the day the report was made. */
      title->cells[1] = g_strdup_printf (_("%s · prepared %s"), report->program_name, today);
    }
  else
    {
      title->text = g_strdup (report->program_name);
      /* TRANSLATORS: under the title of a program report: the period. */
      title->cells[0] = g_strdup_printf (_("Progress report · %s"), report->period_label);
      title->cells[1] = g_strdup_printf (ngettext ("%u mentorship · prepared %s",
                                                   "%u mentorships · prepared %s", n),
                                         n, today);
    }
  title->n_cells = 2;

  if (report->options.include_private_notes)
    {
      title->cells[2] = g_strdup (_("This report includes private notes. Share it only with the people who wrote them."));
      title->n_cells = 3;
      title->color_cell = 2;
      title->color = MENTOR_REPORT_COLOR_PRIVATE;
    }
  else if (!report->options.include_summaries)
    {
      title->cells[2] = g_strdup (_("Meeting summaries are left out."));
      title->n_cells = 3;
    }
}

static void
add_program_part (GPtrArray    *blocks,
                  MentorReport *report)
{
  MentorReportBlock *block;
  guint shown = 0;

  add_heading (blocks, _("At a Glance"));
  block = add_block (blocks, MENTOR_REPORT_BLOCK_TILES, 0);
  block->first = 0;
  block->keep_with_next = TRUE;
  block = add_block (blocks, MENTOR_REPORT_BLOCK_TILES, 0);
  block->first = 1;
  block = add_block (blocks, MENTOR_REPORT_BLOCK_HEALTH_BAR, 6);
  block->text = g_strdup (_("Health of active and paused mentorships"));

  add_heading (blocks, _("Meetings Held and Planned"));
  add_block (blocks, MENTOR_REPORT_BLOCK_CHART, 4);

  add_heading (blocks, _("Relationships at Risk"));
  for (MentorHealthLevel level = MENTOR_HEALTH_AT_RISK; level >= MENTOR_HEALTH_NEEDS_ATTENTION; level--)
    for (guint i = 0; i < report->mentorships->len; i++)
      {
        const MentorReportMentorship *m = g_ptr_array_index (report->mentorships, i);

        if (m->health != level)
          continue;
        block = add_block (blocks, MENTOR_REPORT_BLOCK_HEALTH_ITEM, 4);
        block->mentorship = m;
        block->text = mentor_report_mentorship_title (m);
        block->label = g_strdup (mentor_health_level_to_label (m->health));
        shown++;
      }
  if (shown == 0)
    add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL,
              report->by_health[MENTOR_HEALTH_ON_TRACK] > 0
              ? _("Every active and paused mentorship is on track.")
              : _("No mentorship is active or paused."));

  add_heading (blocks, _("Overdue Milestones"));
  if (report->overdue->len > 0)
    {
      const char *titles[] = { _("Mentorship"), _("Goal"), _("Milestone"), _("Due"), NULL };
      MentorReportBlock *header = add_row (blocks, NULL, overdue_columns, titles);

      for (guint i = 0; i < report->overdue->len; i++)
        {
          const MentorReportOverdue *o = g_ptr_array_index (report->overdue, i);
          g_autofree char *due = mentor_date_to_label (o->due_on);
          g_autofree char *late = g_strdup_printf (ngettext ("%s, %u day late", "%s, %u days late",
                                                             o->days_overdue),
                                                   due, o->days_overdue);
          const char *cells[] = { o->mentorship, o->goal, o->milestone, late, NULL };

          block = add_row (blocks, header, overdue_columns, cells);
          block->color_cell = 3;
          block->color = MENTOR_REPORT_COLOR_BAD;
        }
    }
  else
    add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL, _("No milestone is overdue."));

  add_heading (blocks, _("Mentorships"));
  for (guint i = 0; i < report->mentorships->len; i++)
    add_mentorship_section (blocks, g_ptr_array_index (report->mentorships, i), TRUE);
  if (report->mentorships->len == 0)
    add_text (blocks, MENTOR_REPORT_STYLE_EMPTY, NULL, _("No mentorship was open during this period."));
}

/* Blocks that may be split between pages: paragraphs at any line, and a
 * goal between milestones, but only one too tall for a whole page. */
static gboolean
can_split (MentorReportLayout      *self,
           const MentorReportBlock *block)
{
  return block->kind == MENTOR_REPORT_BLOCK_TEXT ||
         (block->kind == MENTOR_REPORT_BLOCK_GOAL &&
          block->height > self->page.bottom - self->page.top);
}

/* The least of a block that must fit beside what keeps with it. */
static double
least_height (MentorReportLayout      *self,
              const MentorReportBlock *block)
{
  /* Two lines of a paragraph, or a goal's head and a milestone or two. */
  if (can_split (self, block))
    return MIN (block->height, block->kind == MENTOR_REPORT_BLOCK_TEXT ? 40.0 : 90.0);
  return block->height;
}

/* The pieces of a block broken at starts: new blocks, measured, owned by
 * self->pieces. */
static GPtrArray *
make_pieces (MentorReportLayout      *self,
             const MentorReportBlock *block,
             const guint             *starts,
             guint                    n_starts)
{
  GPtrArray *pieces = g_ptr_array_new ();

  for (guint k = 0; k < n_starts; k++)
    {
      MentorReportBlock *piece = g_new0 (MentorReportBlock, 1);

      *piece = *block;
      memset (piece->cells, 0, sizeof piece->cells);
      piece->label = k == 0 ? g_strdup (block->label) : NULL;
      piece->continued = k > 0 || block->continued;
      piece->keep_with_next = k == n_starts - 1 ? block->keep_with_next : FALSE;
      piece->space_before = k == 0 ? block->space_before : 0;
      if (block->kind == MENTOR_REPORT_BLOCK_TEXT)
        {
          gsize end = k + 1 < n_starts ? starts[k + 1] : strlen (block->text);

          piece->text = g_strndup (block->text + starts[k], end - starts[k]);
          g_strchomp (piece->text);
        }
      else
        {
          piece->text = g_strdup (block->text);
          piece->first = starts[k];
          piece->last = k + 1 < n_starts ? starts[k + 1] : block->last;
        }
      piece->height = mentor_report_draw_block (&self->page, piece, NULL, 0);
      g_ptr_array_add (self->pieces, piece);
      g_ptr_array_add (pieces, piece);
    }

  return pieces;
}

static void
place (MentorReportLayout      *self,
       const MentorReportBlock *block,
       guint                    page,
       double                   y)
{
  MentorReportPlacement placement = { block, page, y };

  g_array_append_val (self->placements, placement);
}

/* Fills the pages top to bottom. A block that does not fit in what is left
 * of a page goes to the next one, and what keeps with the next block goes
 * with it; a paragraph (or a goal taller than a page) is broken instead,
 * its first piece filling the page. */
static void
paginate (MentorReportLayout *self)
{
  double top = self->page.top, bottom = self->page.bottom, body = bottom - top;
  double y = top;
  guint page = 0, zero = 0;

  g_array_append_val (self->page_starts, zero);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const MentorReportBlock *block = g_ptr_array_index (self->blocks, i);
      g_autoptr(GPtrArray) pieces = NULL;
      double space = y > top ? block->space_before : 0;
      double chain = space + block->height;

      /* A heading (and what else keeps with what follows) needs room for
       * itself and the start of the next block on the same page. */
      if (block->keep_with_next)
        for (guint j = i; j + 1 < self->blocks->len; j++)
          {
            const MentorReportBlock *prev = g_ptr_array_index (self->blocks, j);
            const MentorReportBlock *next = g_ptr_array_index (self->blocks, j + 1);
            double least = least_height (self, next);

            if (!prev->keep_with_next || chain + next->space_before + least > body)
              break;
            chain += next->space_before + least;
            if (least < next->height)
              break;
          }

      if (y + chain > bottom && can_split (self, block))
        {
          g_autofree guint *starts = NULL;
          guint n_starts = 0;

          /* Fill this page with the first piece when one fits, else start
           * on the next page. */
          starts = block->kind == MENTOR_REPORT_BLOCK_TEXT
                   ? mentor_report_split_text (&self->page, block, bottom - y - space, body, &n_starts)
                   : mentor_report_split_goal (&self->page, block, bottom - y - space, body, &n_starts);
          if (n_starts > 1)
            {
              pieces = make_pieces (self, block, starts, n_starts);
              if (y + space + ((MentorReportBlock *) pieces->pdata[0])->height > bottom)
                {
                  /* Not even the first piece fits here: break for a fresh page. */
                  g_clear_pointer (&starts, g_free);
                  g_clear_pointer (&pieces, g_ptr_array_unref);
                  if (block->height > body)
                    {
                      starts = block->kind == MENTOR_REPORT_BLOCK_TEXT
                               ? mentor_report_split_text (&self->page, block, body, body, &n_starts)
                               : mentor_report_split_goal (&self->page, block, body, body, &n_starts);
                      pieces = make_pieces (self, block, starts, n_starts);
                    }
                }
            }
        }

      if (pieces == NULL || y + space + ((MentorReportBlock *) pieces->pdata[0])->height > bottom)
        {
          if (y > top && y + chain > bottom)
            {
              guint start = self->placements->len;

              page++;
              g_array_append_val (self->page_starts, start);
              y = top;
              space = 0;

              /* A table that goes on shows its column titles again. */
              if (block->kind == MENTOR_REPORT_BLOCK_TABLE_ROW && block->header != NULL)
                {
                  place (self, block->header, page, y);
                  y += block->header->height;
                }
            }
        }

      if (pieces == NULL)
        {
          place (self, block, page, y + space);
          y += space + block->height;
          continue;
        }

      for (guint k = 0; k < pieces->len; k++)
        {
          const MentorReportBlock *piece = g_ptr_array_index (pieces, k);

          if (k > 0)
            {
              guint start = self->placements->len;

              page++;
              g_array_append_val (self->page_starts, start);
              y = top;
              space = 0;
            }
          place (self, piece, page, y + space);
          y += space + piece->height;
        }
    }
}

static void
add_outline (MentorReportLayout      *self,
             cairo_t                 *cr,
             const MentorReportBlock *block,
             guint                    page,
             double                   y)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  g_autofree char *link = NULL;
  const char *text;
  int parent;

  if (!block->outline || cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    return;

  text = block->kind == MENTOR_REPORT_BLOCK_MENTORSHIP ? block->cells[0] : block->text;
  if (text == NULL)
    return;

  link = g_strdup_printf ("page=%u pos=[%.1f %.1f]", page + 1, self->page.left, y);
  if (block->kind == MENTOR_REPORT_BLOCK_HEADING)
    {
      self->outline_parent = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, text, link,
                                                            CAIRO_PDF_OUTLINE_FLAG_OPEN);
      return;
    }
  parent = self->outline_parent;
  cairo_pdf_surface_add_outline (surface, parent, text, link, 0);
}

static void
mentor_report_layout_finalize (GObject *object)
{
  MentorReportLayout *self = MENTOR_REPORT_LAYOUT (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_object (&self->page.context);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (mentor_report_layout_parent_class)->finalize (object);
}

static void
mentor_report_layout_class_init (MentorReportLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mentor_report_layout_finalize;
}

static void
mentor_report_layout_init (MentorReportLayout *self)
{
  self->placements = g_array_new (FALSE, FALSE, sizeof (MentorReportPlacement));
  self->pieces = g_ptr_array_new_with_free_func (block_free);
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

MentorReportLayout *
mentor_report_layout_new (MentorReport *report,
                          double        width,
                          double        height)
{
  g_autoptr(MentorReportLayout) self = NULL;
  cairo_font_options_t *font_options;
  PangoFontMap *font_map;

  g_return_val_if_fail (MENTOR_IS_REPORT (report), NULL);
  g_return_val_if_fail (width >= 2 * MARGIN_SIDE + 100, NULL);
  g_return_val_if_fail (height >= MARGIN_TOP + MARGIN_BOTTOM + 100, NULL);

  self = g_object_new (MENTOR_TYPE_REPORT_LAYOUT, NULL);
  self->report = g_object_ref (report);

  /* Points, and metrics that do not snap to a screen's pixels: the pages
   * measure the same for the PDF and for any printer. The font map is this
   * thread's own, so a layout may be made off the main thread. */
  font_map = pango_cairo_font_map_get_default ();
  self->page.context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->page.context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->page.context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (self->page.context, FALSE);
  /* Strong left to right: a paragraph that starts with an Arabic name stays
   * a left-to-right line (the default, weak, would turn it around). */
  pango_context_set_base_dir (self->page.context, PANGO_DIRECTION_LTR);

  self->page.report = report;
  self->page.page_width = width;
  self->page.page_height = height;
  self->page.left = MARGIN_SIDE;
  self->page.width = width - 2 * MARGIN_SIDE;
  self->page.top = MARGIN_TOP;
  self->page.bottom = height - MARGIN_BOTTOM;

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  add_title (self->blocks, report);
  if (report->options.scope == MENTOR_REPORT_ONE && report->mentorships->len == 1)
    add_mentorship_section (self->blocks, g_ptr_array_index (report->mentorships, 0), FALSE);
  else
    add_program_part (self->blocks, report);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      MentorReportBlock *block = g_ptr_array_index (self->blocks, i);

      block->height = mentor_report_draw_block (&self->page, block, NULL, 0);
    }
  paginate (self);

  return g_steal_pointer (&self);
}

guint
mentor_report_layout_get_n_pages (MentorReportLayout *self)
{
  g_return_val_if_fail (MENTOR_IS_REPORT_LAYOUT (self), 0);

  return self->page_starts->len;
}

void
mentor_report_layout_get_page_size (MentorReportLayout *self,
                                    double             *width,
                                    double             *height)
{
  g_return_if_fail (MENTOR_IS_REPORT_LAYOUT (self));

  if (width != NULL)
    *width = self->page.page_width;
  if (height != NULL)
    *height = self->page.page_height;
}

void
mentor_report_layout_draw_page (MentorReportLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  guint first, last;

  g_return_if_fail (MENTOR_IS_REPORT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                           : self->placements->len;
  if (page == 0)
    self->outline_parent = CAIRO_PDF_OUTLINE_ROOT;

  cairo_save (cr);
  /* The paper is white even where a printer preview shows it grey. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->page.page_width, self->page.page_height);
  cairo_fill (cr);

  mentor_report_draw_furniture (&self->page, cr, page, self->page_starts->len);
  for (guint i = first; i < last; i++)
    {
      const MentorReportPlacement *p = &g_array_index (self->placements, MentorReportPlacement, i);

      add_outline (self, cr, p->block, page, p->y);
      mentor_report_draw_block (&self->page, p->block, cr, p->y);
    }
  cairo_restore (cr);
}

guint
mentor_report_layout_get_n_placements (MentorReportLayout *self)
{
  g_return_val_if_fail (MENTOR_IS_REPORT_LAYOUT (self), 0);

  return self->placements->len;
}

const MentorReportPlacement *
mentor_report_layout_get_placement (MentorReportLayout *self,
                                    guint               index)
{
  g_return_val_if_fail (MENTOR_IS_REPORT_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->placements->len, NULL);

  return &g_array_index (self->placements, MentorReportPlacement, index);
}

void
mentor_report_layout_get_body (MentorReportLayout *self,
                               double             *top,
                               double             *bottom)
{
  g_return_if_fail (MENTOR_IS_REPORT_LAYOUT (self));

  if (top != NULL)
    *top = self->page.top;
  if (bottom != NULL)
    *bottom = self->page.bottom;
}

char *
mentor_report_layout_dup_text (MentorReportLayout *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_pages;

  g_return_val_if_fail (MENTOR_IS_REPORT_LAYOUT (self), NULL);

  n_pages = self->page_starts->len;
  self->page.collect = text;
  for (guint page = 0; page < n_pages; page++)
    mentor_report_draw_furniture (&self->page, NULL, page, n_pages);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const MentorReportPlacement *p = &g_array_index (self->placements, MentorReportPlacement, i);

      mentor_report_draw_block (&self->page, p->block, NULL, p->y);
    }
  self->page.collect = NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}
