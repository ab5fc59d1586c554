/* mentor-ics-plan.c — what importing a file would do, and doing it
 *
 * (Writing the plan is mentor-ics-apply.c; comparing fields, mentor-ics-state.c.)
 *
 * Each event becomes an entry: its item (what the preview shows), the event
 * read from the file, what the store already holds under its key (UID,
 * RECURRENCE-ID), and for an occurrence its series (in the file or in the
 * store). What an event would change is worked out as a state (the fields a
 * calendar carries) compared with the stored one, so that importing the
 * same file twice finds nothing to change. Private notes are never touched.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-ics-plan-private.h"
#include "mentor-ics-private.h"
#include "mentor-recurrence.h"
#include "mentor-store-ics.h"

G_DEFINE_FINAL_TYPE (MentorIcsPlan, mentor_ics_plan, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->item);
  g_clear_object (&entry->series);
  g_clear_object (&entry->meeting);
  g_free (entry->recurrence_id);
  g_free (entry->uid);
  g_free (entry);
}

static gint64 *
id_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

static const char *
mentorship_title (MentorIcsPlan *self,
                  gint64         id)
{
  const char *title = id != 0 ? g_hash_table_lookup (self->titles, &id) : NULL;

  return title != NULL ? title : "";
}

/* ---- Words ------------------------------------------------------------------ */

static char *
instant_in_words (const char *instant,
                  const char *tzid)
{
  g_autofree char *local = instant != NULL ? mentor_instant_to_local (instant, tzid) : NULL;
  struct icaltimetype t = mentor_ics_time_from_local (local);
  g_autoptr(GDateTime) shown = NULL;

  if (icaltime_is_null_time (t))
    return g_strdup ("");

  shown = g_date_time_new_utc (t.year, t.month, t.day, t.hour, t.minute, 0);
  /* TRANSLATORS: when an event of an imported file starts, "Tue 10 Mar 2026, 09:00"
   * (see the strftime() formats of g_date_time_format()) */
  return g_date_time_format (shown, _("%a %e %b %Y, %H:%M"));
}

static char *
event_in_words (MentorIcsPlan  *self,
                MentorIcsEvent *event,
                const char     *recurrence_id)
{
  if (event->kind == MENTOR_ICS_EVENT_SERIES && event->rrule != NULL && event->problem == NULL)
    {
      g_autofree char *rule = mentor_recurrence_describe (event->local_start, event->tzid, event->rrule);
      g_autofree char *date = g_strndup (event->local_start, 10);
      g_autofree char *from = mentor_date_to_label (date);

      if (rule != NULL && from != NULL)
        /* TRANSLATORS: a repeating event of an imported file: "Every week on Tuesday at 09:00, from 3 Mar 2026" */
        return g_strdup_printf (_("%s, from %s"), rule, from);
    }

  return instant_in_words (event->starts_at != NULL ? event->starts_at : recurrence_id,
                           self->parsed->user_tzid);
}

static char *
people_in_words (MentorIcsEvent *event)
{
  g_autofree char *attendees = NULL;

  g_ptr_array_add (event->attendees, NULL);
  attendees = g_strjoinv (", ", (char **) event->attendees->pdata);
  g_ptr_array_remove_index (event->attendees, event->attendees->len - 1);

  /* TRANSLATORS: who an imported event is between, by email:
   * "organizer ana@example.com; attendees ben@example.com, cy@example.com" */
  return g_strdup_printf (_("organizer %s; attendees %s"),
                          event->organizer != NULL ? event->organizer : _("none"),
                          *attendees != '\0' ? attendees : _("none"));
}

/* ---- Matching ---------------------------------------------------------------- */

typedef struct {
  GHashTable *person_by_email;   /* lower-case email -> person id (gint64 *) */
  GHashTable *series_by_uid;     /* uid -> MentorCheckinSeries */
  GHashTable *meeting_by_key;    /* uid "\n" recurrence-id -> MentorMeeting */
  GHashTable *file_series;       /* uid -> entry index + 1 */
} Index;

static char *
meeting_key (const char *uid,
             const char *recurrence_id)
{
  return g_strconcat (uid, "\n", recurrence_id != NULL ? recurrence_id : "", NULL);
}

static int
status_rank (MentorStatus status)
{
  switch (status)
    {
    case MENTOR_STATUS_ACTIVE:
      return 0;
    case MENTOR_STATUS_PAUSED:
      return 1;
    case MENTOR_STATUS_PROPOSED:
      return 2;
    case MENTOR_STATUS_COMPLETED:
      return 3;
    case MENTOR_STATUS_ENDED:
    case MENTOR_N_STATUSES:
    default:
      return 4;
    }
}

/* The mentorship whose mentor and mentee are both among the organizer and
 * attendees; of several, an active one before a paused, proposed or closed
 * one, then the newest. 0 for none. */
static gint64
match_mentorship (MentorIcsPlan  *self,
                  Index          *index,
                  MentorIcsEvent *event)
{
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 best = 0;
  int best_rank = G_MAXINT;

  if (event->organizer != NULL)
    {
      gint64 *id = g_hash_table_lookup (index->person_by_email, event->organizer);

      if (id != NULL)
        g_hash_table_add (people, id);
    }
  for (guint i = 0; i < event->attendees->len; i++)
    {
      gint64 *id = g_hash_table_lookup (index->person_by_email, g_ptr_array_index (event->attendees, i));

      if (id != NULL)
        g_hash_table_add (people, id);
    }

  if (g_hash_table_size (people) < 2)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->mentorships)); i++)
    {
      g_autoptr(MentorMentorship) mentorship = g_list_model_get_item (G_LIST_MODEL (self->mentorships), i);
      gint64 mentor_id = mentor_mentorship_get_mentor_id (mentorship);
      gint64 mentee_id = mentor_mentorship_get_mentee_id (mentorship);
      int rank = status_rank (mentor_mentorship_get_status (mentorship));

      if (rank < best_rank && g_hash_table_contains (people, &mentor_id) &&
          g_hash_table_contains (people, &mentee_id))
        {
          best = mentor_mentorship_get_id (mentorship);
          best_rank = rank;
        }
    }

  return best;
}

/* TRUE when Mentor's copy is newer: a higher SEQUENCE, or the same one
 * changed after the file's DTSTAMP. */
static gboolean
stored_is_newer (MentorIcsPlan  *self,
                 MentorIcsEvent *event,
                 gboolean        is_series,
                 gint64          id)
{
  g_autofree char *updated_at = NULL;
  guint sequence = 0;

  if (!mentor_store_get_change_stamp (self->store, is_series, id, &sequence, &updated_at))
    return FALSE;

  if ((guint) event->sequence != sequence)
    return (guint) event->sequence < sequence;

  return event->dtstamp != NULL && updated_at != NULL && strcmp (event->dtstamp, updated_at) < 0;
}

/* ---- Planning one entry ---------------------------------------------------- */

static void
set_action (Entry           *entry,
            MentorIcsAction  action,
            const char      *problem)
{
  mentor_ics_item_set_action (entry->item, action);
  if (problem != NULL)
    mentor_ics_item_set_problem (entry->item, problem);
}

static void
add_note (Entry      *entry,
          const char *note)
{
  g_ptr_array_add (entry->event->notes, g_strdup (note));
}

/* The series an occurrence belongs to, as its terms: from the file when the
 * series is there, else from the store. */
gboolean
mentor_ics_entry_master_terms (MentorIcsPlan  *self,
                               Entry          *entry,
                               const char    **dtstart,
                               const char    **tzid,
                               const char    **rrule,
                               const char    **exdates)
{
  if (entry->master >= 0)
    {
      Entry *master = g_ptr_array_index (self->entries, entry->master);

      *dtstart = master->event->local_start;
      *tzid = master->event->tzid;
      *rrule = master->event->rrule;
      *exdates = master->event->exdates;
      return master->event->problem == NULL;
    }

  if (entry->series != NULL)
    {
      *dtstart = mentor_checkin_series_get_dtstart (entry->series);
      *tzid = mentor_checkin_series_get_tzid (entry->series);
      *rrule = mentor_checkin_series_get_rrule (entry->series);
      *exdates = mentor_checkin_series_get_exdates (entry->series);
      return TRUE;
    }

  return FALSE;
}

/* An occurrence given by a floating or date RECURRENCE-ID is placed in its
 * series' zone, at the series' time of day for a date. */
static void
resolve_recurrence_id (MentorIcsPlan *self,
                       Entry         *entry)
{
  MentorIcsEvent *event = entry->event;
  const char *dtstart, *tzid, *rrule, *exdates;
  g_autofree char *local = NULL;

  if (event->recurrence_id != NULL)
    {
      entry->recurrence_id = g_strdup (event->recurrence_id);
      return;
    }

  if (event->rid_local == NULL)
    return;

  if (!mentor_ics_entry_master_terms (self, entry, &dtstart, &tzid, &rrule, &exdates))
    {
      /* Without its series: the user's zone, at midnight for a date. */
      tzid = self->parsed->user_tzid;
      dtstart = "0000-00-00T00:00:00";
    }

  local = event->rid_is_date ? g_strconcat (event->rid_local, dtstart + 10, NULL) : g_strdup (event->rid_local);
  entry->recurrence_id = mentor_ics_zone_is_utc (tzid) ? g_strconcat (local, "Z", NULL)
                                                       : mentor_local_to_instant (local, tzid);
}

/* TRUE when the entry's RECURRENCE-ID is an occurrence of its series. A
 * file with 10,000 changed occurrences asks this 10,000 times: each series
 * is expanded once (bounded), the rest are lookups. */
static gboolean
is_occurrence (MentorIcsPlan *self,
               Entry         *entry,
               const char    *dtstart,
               const char    *tzid,
               const char    *rrule)
{
  g_autofree char *key = entry->master >= 0 ? g_strdup_printf ("file %d", entry->master)
                                            : g_strdup_printf ("store %" G_GINT64_FORMAT,
                                                               mentor_checkin_series_get_id (entry->series));
  GHashTable *set = g_hash_table_lookup (self->occurrences, key);

  if (set == NULL)
    {
      g_autoptr(GPtrArray) all = NULL;
      g_autofree char *from = mentor_ics_zone_is_utc (tzid) ? g_strconcat (dtstart, "Z", NULL)
                                                            : mentor_local_to_instant (dtstart, tzid);
      g_autofree char *to = from != NULL ? mentor_ics_instant_add (from, (gint64) 60 * 60 * 24 * 366 *
                                                                   MENTOR_RECURRENCE_HORIZON_YEARS)
                                         : NULL;

      set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (to != NULL)
        all = mentor_recurrence_expand (dtstart, tzid, rrule, "", from, to, 0, NULL);
      for (guint i = 0; all != NULL && i < all->len; i++)
        g_hash_table_add (set, g_strdup (g_ptr_array_index (all, i)));
      g_hash_table_insert (self->occurrences, g_steal_pointer (&key), set);
    }

  if (g_hash_table_contains (set, entry->recurrence_id))
    return TRUE;

  /* Past the expansion's cap: ask the rule itself. */
  return g_hash_table_size (set) >= MENTOR_RECURRENCE_MAX_OCCURRENCES &&
         mentor_recurrence_has_instant (dtstart, tzid, rrule, entry->recurrence_id);
}

static void
plan_series (MentorIcsPlan *self,
             Entry         *entry,
             Index         *index)
{
  MentorIcsEvent *event = entry->event;
  SeriesState stored = { 0, };
  SeriesState wanted = { 0, };

  entry->series = g_hash_table_lookup (index->series_by_uid, event->uid);
  if (entry->series != NULL)
    g_object_ref (entry->series);
  else
    {
      g_autofree char *key = meeting_key (event->uid, NULL);

      if (g_hash_table_contains (index->meeting_by_key, key))
        {
          set_action (entry, MENTOR_ICS_ACTION_SKIP,
                      _("Mentor holds this event as a single meeting; delete it in Mentor to import the series."));
          return;
        }
    }

  if (entry->series == NULL)
    {
      if (event->cancelled)
        set_action (entry, MENTOR_ICS_ACTION_SKIP, _("It is cancelled, and Mentor does not have it."));
      else
        set_action (entry, MENTOR_ICS_ACTION_NEW, NULL);
      return;
    }

  if (event->cancelled)
    {
      g_autoptr(GPtrArray) next = NULL;
      g_autofree char *far = mentor_ics_instant_add (self->now, (gint64) 60 * 60 * 24 * 366 * MENTOR_RECURRENCE_HORIZON_YEARS);

      next = mentor_recurrence_expand (mentor_checkin_series_get_dtstart (entry->series),
                                       mentor_checkin_series_get_tzid (entry->series),
                                       mentor_checkin_series_get_rrule (entry->series),
                                       mentor_checkin_series_get_exdates (entry->series),
                                       self->now, far, 1, NULL);
      if (next == NULL || next->len == 0)
        set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
      else if (stored_is_newer (self, event, TRUE, mentor_checkin_series_get_id (entry->series)))
        {
          set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
          add_note (entry, _("Mentor’s copy is newer than the file’s."));
        }
      else
        set_action (entry, MENTOR_ICS_ACTION_CANCEL, NULL);
      return;
    }

  mentor_ics_series_state_from_record (&stored, entry->series);
  mentor_ics_series_state_from_record (&wanted, entry->series);
  mentor_ics_series_state_apply (&wanted, event);

  if (mentor_ics_series_state_equal (&stored, &wanted))
    set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
  else if (stored_is_newer (self, event, TRUE, mentor_checkin_series_get_id (entry->series)))
    {
      set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
      add_note (entry, _("Mentor’s copy is newer than the file’s."));
    }
  else
    set_action (entry, MENTOR_ICS_ACTION_UPDATE, NULL);

  mentor_ics_series_state_clear (&stored);
  mentor_ics_series_state_clear (&wanted);
}

static void
plan_meeting_against (MentorIcsPlan *self,
                      Entry         *entry)
{
  MentorIcsEvent *event = entry->event;
  MeetingState stored = { 0, };
  MeetingState wanted = { 0, };

  mentor_ics_meeting_state_from_record (&stored, entry->meeting);
  mentor_ics_meeting_state_from_record (&wanted, entry->meeting);
  mentor_ics_meeting_state_apply (&wanted, event);

  if (mentor_ics_meeting_state_equal (&stored, &wanted))
    set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
  else if (stored_is_newer (self, event, FALSE, mentor_meeting_get_id (entry->meeting)))
    {
      set_action (entry, MENTOR_ICS_ACTION_UNCHANGED, NULL);
      add_note (entry, _("Mentor’s copy is newer than the file’s."));
    }
  else if (wanted.status == MENTOR_MEETING_CANCELLED && stored.status != MENTOR_MEETING_CANCELLED)
    set_action (entry, MENTOR_ICS_ACTION_CANCEL, NULL);
  else
    set_action (entry, MENTOR_ICS_ACTION_UPDATE, NULL);

  mentor_ics_meeting_state_clear (&stored);
  mentor_ics_meeting_state_clear (&wanted);
}

static void
plan_occurrence (MentorIcsPlan *self,
                 Entry         *entry,
                 Index         *index)
{
  MentorIcsEvent *event = entry->event;
  guint master = GPOINTER_TO_UINT (g_hash_table_lookup (index->file_series, event->uid));
  const char *dtstart, *tzid, *rrule, *exdates;
  g_autofree char *key = NULL;

  entry->master = (int) master - 1;
  entry->series = g_hash_table_lookup (index->series_by_uid, event->uid);
  if (entry->series != NULL)
    g_object_ref (entry->series);

  resolve_recurrence_id (self, entry);
  if (entry->recurrence_id == NULL)
    {
      set_action (entry, MENTOR_ICS_ACTION_SKIP, _("The date of the occurrence it changes cannot be read."));
      return;
    }

  if (entry->master < 0 && entry->series == NULL)
    {
      /* A single occurrence sent without its series (an invitation to one
       * date of a meeting series): kept as a single meeting, under the UID
       * Mentor's own export gives such meetings. */
      g_clear_pointer (&entry->uid, g_free);
      entry->uid = mentor_ics_orphan_uid (event->uid, entry->recurrence_id);
      key = meeting_key (entry->uid, NULL);
      entry->meeting = g_hash_table_lookup (index->meeting_by_key, key);
      if (entry->meeting != NULL)
        {
          g_object_ref (entry->meeting);
          plan_meeting_against (self, entry);
        }
      else if (event->cancel_only)
        set_action (entry, MENTOR_ICS_ACTION_SKIP, _("It is cancelled, and Mentor does not have it."));
      else if (event->starts_at == NULL)
        set_action (entry, MENTOR_ICS_ACTION_SKIP, _("It has no start time."));
      else
        set_action (entry, MENTOR_ICS_ACTION_NEW, NULL);
      return;
    }

  if (!mentor_ics_entry_master_terms (self, entry, &dtstart, &tzid, &rrule, &exdates))
    {
      set_action (entry, MENTOR_ICS_ACTION_SKIP, _("Its series cannot be imported."));
      return;
    }

  key = meeting_key (event->uid, entry->recurrence_id);
  entry->meeting = g_hash_table_lookup (index->meeting_by_key, key);
  if (entry->meeting != NULL)
    {
      g_object_ref (entry->meeting);
      plan_meeting_against (self, entry);
      return;
    }

  if (!is_occurrence (self, entry, dtstart, tzid, rrule))
    {
      set_action (entry, MENTOR_ICS_ACTION_SKIP, _("The date it changes is not one of its series’ dates."));
      return;
    }

  {
    g_autofree char *original = mentor_ics_zone_is_utc (tzid) ? g_strndup (entry->recurrence_id, 19)
                                                               : mentor_instant_to_local (entry->recurrence_id, tzid);
    g_auto(GStrv) skipped = g_strsplit (exdates != NULL ? exdates : "", ",", -1);

    if (original != NULL && g_strv_contains ((const char * const *) skipped, original))
      {
        set_action (entry, MENTOR_ICS_ACTION_SKIP, _("Its series leaves this date out."));
        return;
      }
  }

  /* A cancelled occurrence of a series Mentor has is stored as cancelled; of
   * a series that comes with it, it is part of that series. */
  if (event->cancelled && entry->master < 0)
    set_action (entry, MENTOR_ICS_ACTION_CANCEL, NULL);
  else
    set_action (entry, MENTOR_ICS_ACTION_NEW, NULL);
}

static void
plan_one_off (MentorIcsPlan *self,
              Entry         *entry,
              Index         *index)
{
  MentorIcsEvent *event = entry->event;
  g_autofree char *key = meeting_key (event->uid, NULL);

  entry->meeting = g_hash_table_lookup (index->meeting_by_key, key);
  if (entry->meeting != NULL)
    {
      g_object_ref (entry->meeting);
      plan_meeting_against (self, entry);
    }
  else if (g_hash_table_contains (index->series_by_uid, event->uid))
    set_action (entry, MENTOR_ICS_ACTION_SKIP,
                _("Mentor holds this event as repeating check-ins; delete them in Mentor to import the single meeting."));
  else if (event->cancel_only || event->starts_at == NULL)
    set_action (entry, MENTOR_ICS_ACTION_SKIP, _("It is cancelled, and Mentor does not have it."));
  else
    /* A cancelled meeting in a published calendar is part of its history. */
    set_action (entry, MENTOR_ICS_ACTION_NEW, NULL);
}

/* The mentorship an entry goes to: the one Mentor holds it in, its series',
 * the one its people match, else the default. */
static void
plan_mentorship (MentorIcsPlan *self,
                 Entry         *entry,
                 Index         *index,
                 gint64         default_mentorship_id)
{
  gint64 id = 0;
  gboolean matched = TRUE;
  gboolean can_choose = FALSE;

  if (entry->meeting != NULL)
    id = mentor_meeting_get_mentorship_id (entry->meeting);
  else if (entry->event->kind == MENTOR_ICS_EVENT_SERIES && entry->series != NULL)
    id = mentor_checkin_series_get_mentorship_id (entry->series);
  else if (entry->master >= 0)
    {
      Entry *master = g_ptr_array_index (self->entries, entry->master);

      id = mentor_ics_item_get_mentorship_id (master->item);
      matched = mentor_ics_item_get_matched (master->item);
    }
  else if (entry->event->kind == MENTOR_ICS_EVENT_OCCURRENCE && entry->series != NULL)
    id = mentor_checkin_series_get_mentorship_id (entry->series);
  else
    {
      id = match_mentorship (self, index, entry->event);
      can_choose = TRUE;
      if (id == 0)
        {
          matched = FALSE;
          id = default_mentorship_id;
        }
    }

  mentor_ics_item_set_mentorship (entry->item, id, mentorship_title (self, id), matched);
  mentor_ics_item_set_can_choose (entry->item, can_choose);
}

static void
build_index (MentorIcsPlan *self,
             Index         *index)
{
  g_autoptr(GListModel) people = mentor_store_list_people (self->store, TRUE);
  g_autoptr(GListModel) series = mentor_store_list_series (self->store, 0);
  g_autoptr(GListModel) meetings = mentor_store_list_meetings (self->store, 0);
  g_autoptr(GListModel) mentorships = mentor_store_list_mentorships (self->store);

  index->person_by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  index->series_by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index->meeting_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  index->file_series = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
      const char *email = mentor_person_get_email (person);

      if (email != NULL && *email != '\0')
        g_hash_table_insert (index->person_by_email, g_ascii_strdown (email, -1),
                             id_key (mentor_person_get_id (person)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) mentorship = g_list_model_get_item (mentorships, i);

      g_list_store_append (self->mentorships, mentorship);
      g_hash_table_insert (self->titles, id_key (mentor_mentorship_get_id (mentorship)),
                           mentor_mentorship_dup_title (mentorship));
    }

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      MentorCheckinSeries *one = g_list_model_get_item (series, i);

      g_hash_table_insert (index->series_by_uid, g_strdup (mentor_checkin_series_get_uid (one)), one);
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      MentorMeeting *meeting = g_list_model_get_item (meetings, i);
      const char *uid = mentor_meeting_get_uid (meeting);
      const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);

      /* An occurrence whose series was deleted is exported as a single
       * meeting under a UID of its own: find it by that too. */
      if (mentor_meeting_get_series_id (meeting) == 0 && recurrence_id != NULL)
        {
          g_autofree char *orphan = mentor_ics_orphan_uid (uid, recurrence_id);

          g_hash_table_insert (index->meeting_by_key, meeting_key (orphan, NULL), g_object_ref (meeting));
        }
      g_hash_table_insert (index->meeting_by_key, meeting_key (uid, recurrence_id), meeting);
    }
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->person_by_email, g_hash_table_unref);
  g_clear_pointer (&index->series_by_uid, g_hash_table_unref);
  g_clear_pointer (&index->meeting_by_key, g_hash_table_unref);
  g_clear_pointer (&index->file_series, g_hash_table_unref);
}

static void
fill_notes (Entry *entry)
{
  g_autofree char *note = NULL;

  if (entry->event->notes->len == 0)
    return;

  g_ptr_array_add (entry->event->notes, NULL);
  note = g_strjoinv (" ", (char **) entry->event->notes->pdata);
  g_ptr_array_remove_index (entry->event->notes, entry->event->notes->len - 1);
  mentor_ics_item_set_note (entry->item, note);
}

/* ---- What apply() will do ------------------------------------------------- */

MentorIcsAction
mentor_ics_entry_action (MentorIcsPlan *self,
                         Entry         *entry)
{
  MentorIcsAction action = mentor_ics_item_get_action (entry->item);

  if ((action == MENTOR_ICS_ACTION_NEW || action == MENTOR_ICS_ACTION_UPDATE ||
       action == MENTOR_ICS_ACTION_CANCEL) && mentor_ics_item_get_mentorship_id (entry->item) == 0)
    return MENTOR_ICS_ACTION_SKIP;

  return action;
}

/* ---- GObject ------------------------------------------------------------------ */

static void
mentor_ics_plan_finalize (GObject *object)
{
  MentorIcsPlan *self = MENTOR_ICS_PLAN (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->parsed, mentor_ics_parsed_free);
  g_clear_object (&self->items);
  g_clear_object (&self->mentorships);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_strfreev);
  g_clear_pointer (&self->occurrences, g_hash_table_unref);
  g_clear_pointer (&self->now, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mentor_ics_plan_parent_class)->finalize (object);
}

static void
mentor_ics_plan_class_init (MentorIcsPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mentor_ics_plan_finalize;
}

static void
mentor_ics_plan_init (MentorIcsPlan *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->items = g_list_store_new (MENTOR_TYPE_ICS_ITEM);
  self->mentorships = g_list_store_new (MENTOR_TYPE_MENTORSHIP);
  self->titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_hash_table_unref);
}

/* ---- Public API ------------------------------------------------------------ */

MentorIcsPlan *
mentor_ics_plan_new (MentorStore     *store,
                     MentorIcsParsed *parsed,
                     gint64           default_mentorship_id)
{
  MentorIcsPlan *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  Index index = { 0, };

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (parsed != NULL, NULL);

  self = g_object_new (MENTOR_TYPE_ICS_PLAN, NULL);
  self->store = g_object_ref (store);
  self->parsed = parsed;
  self->now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_ptr_array_add (parsed->warnings, NULL);
  self->warnings = g_strdupv ((char **) parsed->warnings->pdata);
  g_ptr_array_remove_index (parsed->warnings, parsed->warnings->len - 1);

  build_index (self, &index);

  if (default_mentorship_id != 0 && !g_hash_table_contains (self->titles, &default_mentorship_id))
    default_mentorship_id = 0;

  for (guint i = 0; i < parsed->events->len; i++)
    {
      MentorIcsEvent *event = g_ptr_array_index (parsed->events, i);
      Entry *entry = g_new0 (Entry, 1);
      MentorIcsItemKind kind = event->kind == MENTOR_ICS_EVENT_SERIES ? MENTOR_ICS_ITEM_SERIES
                               : event->kind == MENTOR_ICS_EVENT_OCCURRENCE ? MENTOR_ICS_ITEM_OCCURRENCE
                               : MENTOR_ICS_ITEM_MEETING;
      g_autofree char *people = people_in_words (event);

      entry->event = event;
      entry->master = -1;
      entry->item = mentor_ics_item_new (i, kind, *event->title != '\0' ? event->title : _("Untitled Event"),
                                         "", people, event->line);
      g_ptr_array_add (self->entries, entry);

      if (event->kind == MENTOR_ICS_EVENT_SERIES && event->problem == NULL)
        g_hash_table_insert (index.file_series, event->uid, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      MentorIcsEvent *event = entry->event;
      g_autofree char *when = NULL;

      if (event->problem != NULL)
        set_action (entry, MENTOR_ICS_ACTION_SKIP, event->problem);
      else if (event->kind == MENTOR_ICS_EVENT_SERIES)
        plan_series (self, entry, &index);
      else if (event->kind == MENTOR_ICS_EVENT_OCCURRENCE)
        plan_occurrence (self, entry, &index);
      else
        plan_one_off (self, entry, &index);

      plan_mentorship (self, entry, &index, default_mentorship_id);
      fill_notes (entry);

      when = event_in_words (self, event, entry->recurrence_id);
      mentor_ics_item_set_when (entry->item, when);
      g_ptr_array_add (items, entry->item);
    }

  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  index_clear (&index);

  return self;
}

GListModel *
mentor_ics_plan_get_items (MentorIcsPlan *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), NULL);
  return G_LIST_MODEL (self->items);
}

GListModel *
mentor_ics_plan_get_mentorships (MentorIcsPlan *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), NULL);
  return G_LIST_MODEL (self->mentorships);
}

const char * const *
mentor_ics_plan_get_warnings (MentorIcsPlan *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), NULL);
  return (const char * const *) self->warnings;
}

guint
mentor_ics_plan_count (MentorIcsPlan   *self,
                       MentorIcsAction  action)
{
  guint count = 0;

  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    if (mentor_ics_entry_action (self, g_ptr_array_index (self->entries, i)) == action)
      count++;

  return count;
}

guint
mentor_ics_plan_count_unmatched (MentorIcsPlan *self)
{
  guint count = 0;

  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (mentor_ics_item_get_can_choose (entry->item) &&
          mentor_ics_item_get_mentorship_id (entry->item) == 0 &&
          mentor_ics_item_get_action (entry->item) != MENTOR_ICS_ACTION_SKIP)
        count++;
    }

  return count;
}

void
mentor_ics_plan_set_mentorship (MentorIcsPlan *self,
                                MentorIcsItem *item,
                                gint64         mentorship_id)
{
  guint index;

  g_return_if_fail (MENTOR_IS_ICS_PLAN (self));
  g_return_if_fail (MENTOR_IS_ICS_ITEM (item));

  index = mentor_ics_item_get_index (item);
  if (index >= self->entries->len || ((Entry *) g_ptr_array_index (self->entries, index))->item != item ||
      !mentor_ics_item_get_can_choose (item))
    return;
  if (mentorship_id != 0 && !g_hash_table_contains (self->titles, &mentorship_id))
    return;

  mentor_ics_item_set_mentorship (item, mentorship_id, mentorship_title (self, mentorship_id),
                                  mentor_ics_item_get_matched (item));

  /* Its occurrences in the file go where it goes. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->master == (int) index)
        mentor_ics_item_set_mentorship (entry->item, mentorship_id, mentorship_title (self, mentorship_id),
                                        mentor_ics_item_get_matched (item));
    }
}

void
mentor_ics_plan_set_unmatched_mentorship (MentorIcsPlan *self,
                                          gint64         mentorship_id)
{
  g_return_if_fail (MENTOR_IS_ICS_PLAN (self));

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (mentor_ics_item_get_can_choose (entry->item) && !mentor_ics_item_get_matched (entry->item))
        mentor_ics_plan_set_mentorship (self, entry->item, mentorship_id);
    }
}

char *
mentor_ics_plan_describe (MentorIcsPlan *self)
{
  static const MentorIcsAction order[] = {
    MENTOR_ICS_ACTION_NEW, MENTOR_ICS_ACTION_UPDATE, MENTOR_ICS_ACTION_UNCHANGED,
    MENTOR_ICS_ACTION_CANCEL, MENTOR_ICS_ACTION_SKIP,
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *what = NULL;
  g_autofree char *total = NULL;

  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint n = mentor_ics_plan_count (self, order[i]);

      if (n == 0)
        continue;

      switch (order[i])
        {
        case MENTOR_ICS_ACTION_NEW:
          /* TRANSLATORS: part of "12 events: 3 new, 1 to update, 8 unchanged" */
          g_ptr_array_add (parts, g_strdup_printf (_("%u new"), n));
          break;
        case MENTOR_ICS_ACTION_UPDATE:
          g_ptr_array_add (parts, g_strdup_printf (_("%u to update"), n));
          break;
        case MENTOR_ICS_ACTION_UNCHANGED:
          g_ptr_array_add (parts, g_strdup_printf (_("%u unchanged"), n));
          break;
        case MENTOR_ICS_ACTION_CANCEL:
          g_ptr_array_add (parts, g_strdup_printf (_("%u to cancel"), n));
          break;
        case MENTOR_ICS_ACTION_SKIP:
        case MENTOR_ICS_N_ACTIONS:
        default:
          g_ptr_array_add (parts, g_strdup_printf (_("%u left out"), n));
          break;
        }
    }

  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", self->entries->len),
                           self->entries->len);
  if (parts->len == 0)
    /* TRANSLATORS: a file with no events, "0 events." */
    return g_strdup_printf (_("%s."), total);

  g_ptr_array_add (parts, NULL);
  what = g_strjoinv (", ", (char **) parts->pdata);
  /* TRANSLATORS: "12 events: 3 new, 1 to update, 8 unchanged." */
  return g_strdup_printf (_("%s: %s."), total, what);
}

char *
mentor_ics_plan_describe_unmatched (MentorIcsPlan *self,
                                    guint          max)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = 0;
  guint unmatched = 0;

  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      MentorIcsItem *item = entry->item;

      if (!mentor_ics_item_get_can_choose (item) || mentor_ics_item_get_mentorship_id (item) != 0 ||
          mentor_ics_item_get_action (item) == MENTOR_ICS_ACTION_SKIP)
        continue;

      unmatched++;
      if (shown >= max)
        continue;
      shown++;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: an imported event no mentorship matches: "“Career chat” on
       * Tue 10 Mar 2026, 09:00 (line 12): no mentorship matches (organizer
       * ana@example.com; attendees ben@example.com)" */
      g_string_append_printf (text, _("“%s”, %s (line %u): no mentorship matches (%s)"),
                              mentor_ics_item_get_title (item), mentor_ics_item_get_when (item),
                              mentor_ics_item_get_line (item), mentor_ics_item_get_people (item));
    }

  if (unmatched > shown)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more",
                                                 unmatched - shown), unmatched - shown);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

