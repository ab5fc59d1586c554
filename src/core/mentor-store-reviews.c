/* mentor-store-reviews.c — satisfaction reviews and when the next is due
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- Reviews -------------------------------------------------------------- */

#define REVIEW_COLUMNS "id, mentorship_id, author, rating, note, written_on"

static MentorReview *
review_from_row (sqlite3_stmt *stmt)
{
  MentorReview *review = mentor_review_new ();
  MentorOwner author = MENTOR_OWNER_MENTOR;

  mentor_owner_from_string (mentor_store_column_text (stmt, 2), &author);
  mentor_review_set_id (review, sqlite3_column_int64 (stmt, 0));
  mentor_review_set_mentorship_id (review, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_review_set_author (review, author);
  mentor_review_set_rating (review, CLAMP (mentor_store_column_uint (stmt, 3),
                                           MENTOR_REVIEW_MIN_RATING, MENTOR_REVIEW_MAX_RATING));
  mentor_review_set_note (review, mentor_store_column_text (stmt, 4));
  mentor_review_set_written_on (review, mentor_store_column_optional (stmt, 5));

  return review;
}

GListModel *
mentor_store_list_reviews (MentorStore *self,
                           gint64       mentorship_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_REVIEW,
                                 "SELECT " REVIEW_COLUMNS " FROM review WHERE mentorship_id = ?1 "
                                 "ORDER BY written_on DESC, id DESC",
                                 mentorship_id, (MentorStoreRowFunc) review_from_row);
}

static gboolean
save_review_in_transaction (MentorStore   *self,
                            MentorReview  *review,
                            const char    *written_on,
                            gint64        *new_id,
                            GError       **error)
{
  g_autofree char *note = mentor_store_trimmed (mentor_review_get_note (review));
  gint64 id = mentor_review_get_id (review);
  gint64 mentorship_id = mentor_review_get_mentorship_id (review);
  guint rating = mentor_review_get_rating (review);
  g_autofree char *started_on = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  if (!mentor_store_check_utf8 (note, error))
    return FALSE;

  if (rating < MENTOR_REVIEW_MIN_RATING || rating > MENTOR_REVIEW_MAX_RATING)
    return mentor_store_fail_invalid (error, "%s", _("Choose a rating from 1 to 5."));

  if (!mentor_store_check_date (written_on, _("The date of the review, “%s”, is not a valid date."), error))
    return FALSE;

  if (!mentor_store_check_mentorship_exists (self, mentorship_id, error))
    return FALSE;

  stmt = mentor_store_prepare (self, "SELECT started_on FROM mentorship WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  if (found)
    started_on = g_strdup (mentor_store_column_optional (stmt, 0));
  sqlite3_reset (stmt);

  /* A review is of a relationship that has begun. */
  if (started_on == NULL)
    return mentor_store_fail_invalid (error, "%s", _("A mentorship can be reviewed once it has started."));
  if (strcmp (written_on, started_on) < 0)
    return mentor_store_fail_invalid (error, "%s", _("A review cannot be dated before the mentorship started."));

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO review (mentorship_id, author, rating, note, written_on) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE review SET mentorship_id = ?1, author = ?2, rating = ?3, "
                                 "  note = ?4, written_on = ?5 "
                                 "WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, mentor_owner_to_string (mentor_review_get_author (review)));
  sqlite3_bind_int (stmt, 3, (int) rating);
  mentor_store_bind_text (stmt, 4, note);
  mentor_store_bind_text (stmt, 5, written_on);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This review is no longer in the data file."));

  return TRUE;
}

gboolean
mentor_store_save_review (MentorStore   *self,
                          MentorReview  *review,
                          GError       **error)
{
  g_autofree char *written_on = NULL;
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  written_on = g_strdup (mentor_review_get_written_on (review));
  if (written_on == NULL)
    written_on = mentor_today ();

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_review_in_transaction (self, review, written_on, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_REVIEWS, error))
    return FALSE;

  if (new_id != 0)
    mentor_review_set_id (review, new_id);
  mentor_review_set_written_on (review, written_on);
  {
    g_autofree char *note = mentor_store_trimmed (mentor_review_get_note (review));
    mentor_review_set_note (review, note);
  }

  return TRUE;
}

gboolean
mentor_store_delete_review (MentorStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mentor_store_delete_row (self, "DELETE FROM review WHERE id = ?1", id,
                                  MENTOR_CHANGE_REVIEWS,
                                  _("This review is no longer in the data file."), error);
}

gboolean
mentor_store_reviews_due (MentorStore  *self,
                          gint64        mentorship_id,
                          const char   *today,
                          char        **mentor_due,
                          char        **mentee_due)
{
  g_autofree char *own_today = NULL;
  g_autofree char *started_on = NULL;
  char *last[2] = { NULL, NULL };
  char *due[2] = { NULL, NULL };
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  gboolean is_due = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (today == NULL || mentor_date_is_valid (today), FALSE);

  if (mentor_due != NULL)
    *mentor_due = NULL;
  if (mentee_due != NULL)
    *mentee_due = NULL;

  if (today == NULL)
    today = own_today = mentor_today ();

  stmt = mentor_store_prepare (self,
                               "SELECT m.status, m.started_on, "
                               "  (SELECT max (written_on) FROM review r "
                               "   WHERE r.mentorship_id = m.id AND r.author = 'mentor'), "
                               "  (SELECT max (written_on) FROM review r "
                               "   WHERE r.mentorship_id = m.id AND r.author = 'mentee') "
                               "FROM mentorship m WHERE m.id = ?1",
                               NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      mentor_status_from_string (mentor_store_column_text (stmt, 0), &status);
      started_on = g_strdup (mentor_store_column_optional (stmt, 1));
      last[MENTOR_OWNER_MENTOR] = g_strdup (mentor_store_column_optional (stmt, 2));
      last[MENTOR_OWNER_MENTEE] = g_strdup (mentor_store_column_optional (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
    for (guint side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
      {
        due[side] = mentor_review_due_on (started_on, last[side]);
        if (due[side] != NULL && strcmp (due[side], today) <= 0)
          is_due = TRUE;
      }

  if (mentor_due != NULL)
    *mentor_due = g_steal_pointer (&due[MENTOR_OWNER_MENTOR]);
  if (mentee_due != NULL)
    *mentee_due = g_steal_pointer (&due[MENTOR_OWNER_MENTEE]);

  for (guint side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
    {
      g_free (last[side]);
      g_free (due[side]);
    }

  return is_due;
}
