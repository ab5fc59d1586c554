/* test-store.c — the store's rules: checks with sentences, the lifecycle,
 * archiving, batches, signals, failures that leave the file as it was */
#include "config.h"

#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

typedef struct {
  guint count;
  guint flags;
} Changes;

static void
changed_cb (MentorStore *store,
            guint        what,
            Changes     *changes)
{
  changes->count++;
  changes->flags |= what;
}

static void
expect_error (GError     *error,
              int         code,
              const char *message)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, MENTOR_STORE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* ---- People --------------------------------------------------------------- */

static void
test_person_checks (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) p = mentor_person_new ();
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  GError *error = NULL;

  mentor_person_set_name (p, "   ");
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Enter a name.");
  g_clear_error (&error);

  mentor_person_set_name (p, "Bob Stone");
  mentor_person_set_email (p, "bob@");
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "“bob@” is not an email address.");
  g_clear_error (&error);

  mentor_person_set_email (p, "ana@example.com");
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID,
                "Another person already uses the email “ana@example.com”.");
  g_clear_error (&error);

  /* Case does not make it another address. */
  mentor_person_set_email (p, "Ana@Example.COM");
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  mentor_person_set_email (p, "bob@example.com");
  mentor_person_set_timezone (p, "Mars/Olympus");
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "“Mars/Olympus” is not a known time zone.");
  g_clear_error (&error);

  mentor_person_set_timezone (p, "America/New_York");
  mentor_person_set_capacity (p, 51);
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "A person can take between 0 and 50 mentees.");
  g_clear_error (&error);

  mentor_person_set_capacity (p, 50);
  mentor_person_set_manager_id (p, 9999);
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The chosen manager is no longer in the data file.");
  g_clear_error (&error);

  /* None of the refusals wrote anything, and the record got no id. */
  g_assert_cmpint (mentor_person_get_id (p), ==, 0);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);

  mentor_person_set_manager_id (p, mentor_person_get_id (ana));
  g_assert_true (mentor_store_save_person (fixture->store, p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_person_get_id (p), >, mentor_person_get_id (ana));
}

static void
test_person_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MentorPerson) p = mentor_person_new ();
  g_autoptr(MentorPerson) read = NULL;
  g_autoptr(GError) error = NULL;
  const char *offers[] = { " Leadership ", "Networking", "leadership", "", NULL };
  const char *seeks[] = { "Strategic Thinking", NULL };
  const char *clean_offers[] = { "Leadership", "Networking", NULL };

  mentor_person_set_name (p, "  Chiara Bianchi ");
  mentor_person_set_email (p, " chiara@northwind.example ");
  mentor_person_set_title (p, "Head of Design");
  mentor_person_set_organization (p, "Northwind");
  mentor_person_set_department (p, "Product");
  mentor_person_set_timezone (p, "Europe/Rome");
  mentor_person_set_capacity (p, 3);
  mentor_person_set_offers (p, offers);
  mentor_person_set_seeks (p, seeks);
  g_assert_true (mentor_store_save_person (fixture->store, p, &error));
  g_assert_no_error (error);

  /* Stored trimmed and without repeated skills; the record shows that too. */
  g_assert_cmpstr (mentor_person_get_name (p), ==, "Chiara Bianchi");
  g_assert_true (g_strv_equal (mentor_person_get_offers (p), clean_offers));

  read = mentor_store_get_person (fixture->store, mentor_person_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_person_get_name (read), ==, "Chiara Bianchi");
  g_assert_cmpstr (mentor_person_get_email (read), ==, "chiara@northwind.example");
  g_assert_cmpstr (mentor_person_get_title (read), ==, "Head of Design");
  g_assert_cmpstr (mentor_person_get_organization (read), ==, "Northwind");
  g_assert_cmpstr (mentor_person_get_department (read), ==, "Product");
  g_assert_cmpstr (mentor_person_get_timezone (read), ==, "Europe/Rome");
  g_assert_cmpuint (mentor_person_get_capacity (read), ==, 3);
  g_assert_true (g_strv_equal (mentor_person_get_offers (read), clean_offers));
  g_assert_true (g_strv_equal (mentor_person_get_seeks (read), seeks));

  /* Update keeps the id and replaces the skills. */
  mentor_person_set_title (read, "Design Director");
  mentor_person_set_offers (read, NULL);
  g_assert_true (mentor_store_save_person (fixture->store, read, &error));
  g_assert_no_error (error);
  g_clear_object (&p);
  p = mentor_store_get_person (fixture->store, mentor_person_get_id (read), &error);
  g_assert_cmpstr (mentor_person_get_title (p), ==, "Design Director");
  g_assert_null (mentor_person_get_offers (p)[0]);
  g_assert_cmpstr (mentor_person_get_seeks (p)[0], ==, "Strategic Thinking");

  g_clear_object (&p);
  p = mentor_store_get_person (fixture->store, 4242, &error);
  g_assert_null (p);
  expect_error (error, MENTOR_STORE_ERROR_NOT_FOUND, "This person is no longer in the data file.");
}

static void
test_person_manager_loop (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MentorPerson) ceo = mentor_test_add_person (fixture->store, "Margaret Okafor", "");
  g_autoptr(MentorPerson) vp = mentor_person_new ();
  g_autoptr(MentorPerson) lead = mentor_person_new ();
  GError *error = NULL;

  mentor_person_set_name (vp, "Daniel Fischer");
  mentor_person_set_manager_id (vp, mentor_person_get_id (ceo));
  g_assert_true (mentor_store_save_person (fixture->store, vp, &error));
  mentor_person_set_name (lead, "Aiko Tanaka");
  mentor_person_set_manager_id (lead, mentor_person_get_id (vp));
  g_assert_true (mentor_store_save_person (fixture->store, lead, &error));
  g_assert_no_error (error);

  mentor_person_set_manager_id (ceo, mentor_person_get_id (ceo));
  g_assert_false (mentor_store_save_person (fixture->store, ceo, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "A person cannot be their own manager.");
  g_clear_error (&error);

  /* Margaret cannot report to Aiko, who reports (via Daniel) to her. */
  mentor_person_set_manager_id (ceo, mentor_person_get_id (lead));
  g_assert_false (mentor_store_save_person (fixture->store, ceo, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID,
                "Aiko Tanaka cannot be the manager of Margaret Okafor: "
                "Aiko Tanaka already reports to Margaret Okafor.");
  g_clear_error (&error);
}

static void
test_person_delete_and_archive (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorPerson) cy = mentor_person_new ();
  g_autoptr(MentorPerson) read = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;

  m = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (ana), mentor_person_get_id (bo));
  before = mentor_test_dump (fixture->path);

  g_assert_false (mentor_store_delete_person (fixture->store, mentor_person_get_id (ana), &error));
  expect_error (error, MENTOR_STORE_ERROR_IN_USE,
                "Ana Souza is in a mentorship, so they can be archived but not deleted.");
  g_clear_error (&error);
  g_assert_false (mentor_store_delete_person (fixture->store, mentor_person_get_id (bo), &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* Archiving is the way out. */
  g_assert_true (mentor_store_set_person_archived (fixture->store, mentor_person_get_id (ana), TRUE, &error));
  g_assert_no_error (error);
  active = mentor_store_list_people (fixture->store, FALSE);
  all = mentor_store_list_people (fixture->store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  read = mentor_store_get_person (fixture->store, mentor_person_get_id (ana), &error);
  g_assert_true (mentor_person_get_archived (read));
  /* Their mentorship is still there, with their name. */
  g_clear_object (&m);
  m = mentor_store_get_mentorship (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (m), ==, "Ana Souza");

  /* Archived people start no new mentorships. */
  g_clear_object (&m);
  m = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (ana));
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (bo));
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID,
                "Ana Souza is archived, so they cannot start a new mentorship.");
  g_clear_error (&error);

  g_assert_true (mentor_store_set_person_archived (fixture->store, mentor_person_get_id (ana), FALSE, &error));
  g_clear_object (&read);
  read = mentor_store_get_person (fixture->store, mentor_person_get_id (ana), &error);
  g_assert_false (mentor_person_get_archived (read));

  g_assert_false (mentor_store_set_person_archived (fixture->store, 999, TRUE, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Someone in no mentorship can be deleted; their reports keep no manager. */
  mentor_person_set_name (cy, "Cy Doe");
  mentor_person_set_manager_id (cy, mentor_person_get_id (ana));
  g_assert_true (mentor_store_save_person (fixture->store, cy, &error));
  mentor_person_set_manager_id (bo, mentor_person_get_id (cy));
  g_assert_true (mentor_store_save_person (fixture->store, bo, &error));
  g_assert_true (mentor_store_delete_person (fixture->store, mentor_person_get_id (cy), &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = mentor_store_get_person (fixture->store, mentor_person_get_id (bo), &error);
  g_assert_cmpint (mentor_person_get_manager_id (read), ==, 0);
  g_assert_false (mentor_store_delete_person (fixture->store, mentor_person_get_id (cy), &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_people_sorted (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const names[] = { "zoë Adams", "Émile Zola", "anna Berg", "Bruno Alves" };
  static const char * const sorted[] = { "anna Berg", "Bruno Alves", "Émile Zola", "zoë Adams" };
  g_autoptr(GListModel) people = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (mentor_test_add_person (fixture->store, names[i], ""));

  people = mentor_store_list_people (fixture->store, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(MentorPerson) p = g_list_model_get_item (people, i);
      g_assert_cmpstr (mentor_person_get_name (p), ==, sorted[i]);
    }
}

/* ---- Mentorships ---------------------------------------------------------- */

static void
test_mentorship_checks (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  GError *error = NULL;

  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Choose a mentor.");
  g_clear_error (&error);

  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (ana));
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Choose a mentee.");
  g_clear_error (&error);

  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (ana));
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "A mentor and mentee must be two different people.");
  g_clear_error (&error);

  mentor_mentorship_set_mentee_id (m, 777);
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The chosen mentee is no longer in the data file.");
  g_clear_error (&error);

  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (bo));
  mentor_mentorship_set_started_on (m, "2026-02-30");
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The start date “2026-02-30” is not a valid date.");
  g_clear_error (&error);

  mentor_mentorship_set_started_on (m, "2026-03-01");
  mentor_mentorship_set_ends_on (m, "2026-13-01");
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The planned end date “2026-13-01” is not a valid date.");
  g_clear_error (&error);

  mentor_mentorship_set_ends_on (m, "2026-02-28");
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The planned end date is before the start date.");
  g_clear_error (&error);

  mentor_mentorship_set_ends_on (m, "2026-09-01");
  mentor_mentorship_set_cadence_days (m, 367);
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The cadence must be between 0 and 366 days.");
  g_clear_error (&error);

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (mentor_mentorship_get_id (m), ==, 0);
}

static void
test_mentorship_round_trip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(MentorMentorship) read = NULL;
  g_autoptr(MentorMentorship) first = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *areas[] = { "Leadership", "Board Presence", " leadership ", NULL };
  const char *clean_areas[] = { "Leadership", "Board Presence", NULL };

  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (ana));
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (bo));
  mentor_mentorship_set_kind (m, MENTOR_KIND_REVERSE);
  mentor_mentorship_set_started_on (m, "2026-01-05");
  mentor_mentorship_set_ends_on (m, "2026-07-05");
  mentor_mentorship_set_cadence_days (m, 14);
  mentor_mentorship_set_mode (m, MENTOR_MODE_IN_PERSON);
  mentor_mentorship_set_expectations (m, "Fortnightly, confidential, Ana sets the agenda.");
  mentor_mentorship_set_focus_areas (m, areas);
  g_assert_true (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mentor_mentorship_get_id (m), >, 0);
  g_assert_cmpint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_PROPOSED);
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (m), ==, "Ana Souza");
  g_assert_cmpstr (mentor_mentorship_get_mentee_name (m), ==, "Bo Lindqvist");

  read = mentor_store_get_mentorship (fixture->store, mentor_mentorship_get_id (m), &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_mentorship_get_kind (read), ==, MENTOR_KIND_REVERSE);
  g_assert_cmpint (mentor_mentorship_get_mode (read), ==, MENTOR_MODE_IN_PERSON);
  g_assert_cmpstr (mentor_mentorship_get_started_on (read), ==, "2026-01-05");
  g_assert_cmpstr (mentor_mentorship_get_ends_on (read), ==, "2026-07-05");
  g_assert_cmpuint (mentor_mentorship_get_cadence_days (read), ==, 14);
  g_assert_cmpstr (mentor_mentorship_get_expectations (read), ==,
                   "Fortnightly, confidential, Ana sets the agenda.");
  g_assert_true (g_strv_equal (mentor_mentorship_get_focus_areas (read), clean_areas));

  /* Saving does not move the status, even if the record says so. */
  mentor_mentorship_set_kind (read, MENTOR_KIND_PEER);
  mentor_mentorship_set_ends_on (read, NULL);
  g_assert_true (mentor_store_save_mentorship (fixture->store, read, &error));
  g_clear_object (&read);
  read = mentor_store_get_mentorship (fixture->store, mentor_mentorship_get_id (m), &error);
  g_assert_cmpint (mentor_mentorship_get_kind (read), ==, MENTOR_KIND_PEER);
  g_assert_null (mentor_mentorship_get_ends_on (read));
  g_assert_cmpint (mentor_mentorship_get_status (read), ==, MENTOR_STATUS_PROPOSED);

  /* A second one, not started yet, lists first (newest start first). */
  g_clear_object (&m);
  m = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (bo));
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (ana));
  g_assert_true (mentor_store_save_mentorship (fixture->store, m, &error));
  list = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (mentor_mentorship_get_id (first), ==, mentor_mentorship_get_id (m));
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (first), ==, "Bo Lindqvist");
}

/* A new mentorship taken to `status` along allowed moves. */
static gint64
mentorship_in (MentorStore  *store,
               MentorStatus  status,
               gint64        mentor_id,
               gint64        mentee_id)
{
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  mentor_mentorship_set_mentor_id (m, mentor_id);
  mentor_mentorship_set_mentee_id (m, mentee_id);
  g_assert_true (mentor_store_save_mentorship (store, m, &error));
  g_assert_no_error (error);
  id = mentor_mentorship_get_id (m);

  if (status == MENTOR_STATUS_PROPOSED)
    return id;

  if (status == MENTOR_STATUS_ENDED)
    {
      g_assert_true (mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ENDED, "Moved away", &error));
      return id;
    }

  g_assert_true (mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, &error));
  if (status != MENTOR_STATUS_ACTIVE)
    g_assert_true (mentor_store_set_mentorship_status (store, id, status, NULL, &error));
  g_assert_no_error (error);

  return id;
}

static void
test_lifecycle (Fixture       *fixture,
                gconstpointer  data)
{
  /* DESIGN.md: proposed -> active <-> paused -> completed, or ended early. */
  static const gboolean allowed[MENTOR_N_STATUSES][MENTOR_N_STATUSES] = {
    /*               proposed active paused completed ended */
    /* proposed  */ { FALSE,   TRUE,  FALSE, FALSE,    TRUE },
    /* active    */ { FALSE,   FALSE, TRUE,  TRUE,     TRUE },
    /* paused    */ { FALSE,   TRUE,  FALSE, TRUE,     TRUE },
    /* completed */ { FALSE,   FALSE, FALSE, FALSE,    FALSE },
    /* ended     */ { FALSE,   FALSE, FALSE, FALSE,    FALSE },
  };
  static const char * const refusals[] = {
    "A proposed mentorship can be made active or ended.",
    "An active mentorship can be paused, completed or ended.",
    "A paused mentorship can be made active again, completed or ended.",
    "A completed mentorship cannot change status.",
    "An ended mentorship cannot change status.",
  };
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  Changes changes = { 0 };

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &changes);

  for (guint from = 0; from < MENTOR_N_STATUSES; from++)
    for (guint to = 0; to < MENTOR_N_STATUSES; to++)
      {
        gint64 id = mentorship_in (fixture->store, from,
                                   mentor_person_get_id (ana), mentor_person_get_id (bo));
        g_autoptr(MentorMentorship) before = mentor_store_get_mentorship (fixture->store, id, NULL);
        g_autoptr(MentorMentorship) after = NULL;
        g_autoptr(GError) error = NULL;
        gboolean ok;
        guint count;

        g_test_message ("%s -> %s", mentor_status_to_string (from), mentor_status_to_string (to));
        count = changes.count;
        ok = mentor_store_set_mentorship_status (fixture->store, id, to,
                                                 to == MENTOR_STATUS_ENDED ? "Moved to another company" : NULL,
                                                 &error);
        after = mentor_store_get_mentorship (fixture->store, id, NULL);

        if (from == to)
          {
            /* Nothing to do: fine, and nothing announced. */
            g_assert_true (ok);
            g_assert_no_error (error);
            g_assert_cmpuint (changes.count, ==, count);
          }
        else if (allowed[from][to])
          {
            g_assert_true (ok);
            g_assert_no_error (error);
            g_assert_cmpint (mentor_mentorship_get_status (after), ==, to);
            g_assert_cmpuint (changes.count, ==, count + 1);

            if (to == MENTOR_STATUS_ACTIVE)
              {
                g_assert_cmpstr (mentor_mentorship_get_started_on (after), ==, "2026-03-10");
                g_assert_null (mentor_mentorship_get_closed_on (after));
              }
            if (to == MENTOR_STATUS_COMPLETED || to == MENTOR_STATUS_ENDED)
              g_assert_cmpstr (mentor_mentorship_get_closed_on (after), ==, "2026-03-10");
            if (to == MENTOR_STATUS_ENDED)
              g_assert_cmpstr (mentor_mentorship_get_end_reason (after), ==, "Moved to another company");
            else
              g_assert_cmpstr (mentor_mentorship_get_end_reason (after), ==, "");
            if (to == MENTOR_STATUS_PAUSED)
              g_assert_cmpstr (mentor_mentorship_get_started_on (after), ==,
                               mentor_mentorship_get_started_on (before));
          }
        else
          {
            g_assert_false (ok);
            expect_error (error, MENTOR_STORE_ERROR_LIFECYCLE, refusals[from]);
            g_assert_cmpint (mentor_mentorship_get_status (after), ==, from);
            g_assert_cmpstr (mentor_mentorship_get_closed_on (after), ==,
                             mentor_mentorship_get_closed_on (before));
            g_assert_cmpuint (changes.count, ==, count);
          }
      }
}

static void
test_lifecycle_details (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (ana),
                                                              mentor_person_get_id (bo));
  g_autoptr(MentorMentorship) read = NULL;
  g_autoptr(MentorMentorship) fresh = NULL;
  gint64 id = mentor_mentorship_get_id (m);
  GError *error = NULL;

  /* A start date already agreed is kept when it becomes active. */
  g_assert_true (mentor_store_set_mentorship_status (fixture->store, id, MENTOR_STATUS_ACTIVE, NULL, &error));
  read = mentor_store_get_mentorship (fixture->store, id, &error);
  g_assert_cmpstr (mentor_mentorship_get_started_on (read), ==, "2026-01-05");

  /* Ending needs a reason, in words. */
  g_assert_false (mentor_store_set_mentorship_status (fixture->store, id, MENTOR_STATUS_ENDED, "  ", &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Say why the mentorship ended.");
  g_clear_error (&error);
  g_assert_false (mentor_store_set_mentorship_status (fixture->store, id, MENTOR_STATUS_ENDED, NULL, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An active one cannot lose its start date. */
  mentor_mentorship_set_started_on (read, NULL);
  g_assert_false (mentor_store_save_mentorship (fixture->store, read, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Enter the date the mentorship started.");
  g_clear_error (&error);

  g_assert_false (mentor_store_set_mentorship_status (fixture->store, 999, MENTOR_STATUS_ACTIVE, NULL, &error));
  expect_error (error, MENTOR_STORE_ERROR_NOT_FOUND, "This mentorship is no longer in the data file.");
  g_clear_error (&error);

  /* A new record that says "active" is created active, started today;
   * any other status on a new record is ignored: it starts as proposed. */
  fresh = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (fresh, mentor_person_get_id (bo));
  mentor_mentorship_set_mentee_id (fresh, mentor_person_get_id (ana));
  mentor_mentorship_set_status (fresh, MENTOR_STATUS_ACTIVE);
  g_assert_true (mentor_store_save_mentorship (fixture->store, fresh, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = mentor_store_get_mentorship (fixture->store, mentor_mentorship_get_id (fresh), &error);
  g_assert_cmpint (mentor_mentorship_get_status (read), ==, MENTOR_STATUS_ACTIVE);
  g_assert_cmpstr (mentor_mentorship_get_started_on (read), ==, "2026-03-10");
  g_assert_cmpstr (mentor_mentorship_get_started_on (fresh), ==, "2026-03-10");

  g_clear_object (&fresh);
  fresh = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (fresh, mentor_person_get_id (bo));
  mentor_mentorship_set_mentee_id (fresh, mentor_person_get_id (ana));
  mentor_mentorship_set_status (fresh, MENTOR_STATUS_COMPLETED);
  g_assert_true (mentor_store_save_mentorship (fixture->store, fresh, &error));
  g_assert_cmpint (mentor_mentorship_get_status (fresh), ==, MENTOR_STATUS_PROPOSED);
  g_clear_object (&read);
  read = mentor_store_get_mentorship (fixture->store, mentor_mentorship_get_id (fresh), &error);
  g_assert_cmpint (mentor_mentorship_get_status (read), ==, MENTOR_STATUS_PROPOSED);
  g_assert_null (mentor_mentorship_get_started_on (read));
  g_assert_null (mentor_mentorship_get_closed_on (read));
}

/* ---- Goals, meetings, series, action items -------------------------------- */

static void
test_goals_and_milestones (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (ana),
                                                              mentor_person_get_id (bo));
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(MentorMilestone) second = mentor_milestone_new ();
  g_autoptr(MentorMilestone) first = mentor_milestone_new ();
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) milestones = NULL;
  g_autoptr(MentorMilestone) item = NULL;
  Changes changes = { 0 };
  GError *error = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &changes);

  mentor_goal_set_mentorship_id (goal, mentor_mentorship_get_id (m));
  g_assert_false (mentor_store_save_goal (fixture->store, goal, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Enter a title for the goal.");
  g_clear_error (&error);

  mentor_goal_set_title (goal, "Lead the quarterly review");
  mentor_goal_set_target_on (goal, "2026-02-29");
  g_assert_false (mentor_store_save_goal (fixture->store, goal, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The target date “2026-02-29” is not a valid date.");
  g_clear_error (&error);

  mentor_goal_set_target_on (goal, "2026-06-30");
  mentor_goal_set_mentorship_id (goal, 999);
  g_assert_false (mentor_store_save_goal (fixture->store, goal, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The mentorship is no longer in the data file.");
  g_clear_error (&error);
  g_assert_cmpuint (changes.count, ==, 0);

  mentor_goal_set_mentorship_id (goal, mentor_mentorship_get_id (m));
  mentor_goal_set_focus_area (goal, "Leadership");
  mentor_goal_set_success_measure (goal, "The review runs without Ana.");
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_GOALS);

  mentor_milestone_set_goal_id (second, mentor_goal_get_id (goal));
  mentor_milestone_set_title (second, "Run it with Ana watching");
  mentor_milestone_set_position (second, 1);
  mentor_milestone_set_due_on (second, "2026-05-01");
  g_assert_true (mentor_store_save_milestone (fixture->store, second, &error));
  mentor_milestone_set_goal_id (first, mentor_goal_get_id (goal));
  mentor_milestone_set_title (first, "Prepare the agenda together");
  mentor_milestone_set_position (first, 0);
  mentor_milestone_set_due_on (first, "2026-03-01");
  mentor_milestone_set_done_on (first, "2026-03-02");
  g_assert_true (mentor_store_save_milestone (fixture->store, first, &error));
  g_assert_no_error (error);

  milestones = mentor_store_list_milestones (fixture->store, mentor_goal_get_id (goal));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 2);
  item = g_list_model_get_item (milestones, 0);
  g_assert_cmpstr (mentor_milestone_get_title (item), ==, "Prepare the agenda together");
  g_assert_cmpstr (mentor_milestone_get_done_on (item), ==, "2026-03-02");

  mentor_milestone_set_done_on (second, "2026-13-01");
  g_assert_false (mentor_store_save_milestone (fixture->store, second, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The date it was done, “2026-13-01”, is not a valid date.");
  g_clear_error (&error);

  goals = mentor_store_list_goals (fixture->store, mentor_mentorship_get_id (m));
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);
  g_clear_object (&goals);
  goals = mentor_store_list_goals (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 1);

  mentor_goal_set_status (goal, MENTOR_GOAL_ACHIEVED);
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  g_clear_object (&goals);
  goals = mentor_store_list_goals (fixture->store, 0);
  {
    g_autoptr(MentorGoal) read = g_list_model_get_item (goals, 0);
    g_assert_cmpint (mentor_goal_get_status (read), ==, MENTOR_GOAL_ACHIEVED);
    g_assert_cmpstr (mentor_goal_get_success_measure (read), ==, "The review runs without Ana.");
  }

  g_assert_true (mentor_store_delete_milestone (fixture->store, mentor_milestone_get_id (first), &error));
  g_assert_true (mentor_store_delete_goal (fixture->store, mentor_goal_get_id (goal), &error));
  g_assert_no_error (error);
  g_clear_object (&milestones);
  milestones = mentor_store_list_milestones (fixture->store, mentor_goal_get_id (goal));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 0);
  g_assert_false (mentor_store_delete_goal (fixture->store, mentor_goal_get_id (goal), &error));
  expect_error (error, MENTOR_STORE_ERROR_NOT_FOUND, "This goal is no longer in the data file.");
  g_clear_error (&error);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = mentor_test_raw_open (path);
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static void
test_meetings_series_actions (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (ana),
                                                              mentor_person_get_id (bo));
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autoptr(MentorMeeting) occurrence = mentor_meeting_new ();
  g_autoptr(MentorActionItem) item = mentor_action_item_new ();
  g_autoptr(GListModel) list = NULL;
  gint64 mid = mentor_mentorship_get_id (m);
  Changes changes = { 0 };
  GError *error = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &changes);

  /* Series */
  mentor_checkin_series_set_mentorship_id (series, mid);
  mentor_checkin_series_set_summary (series, "Check-in");
  mentor_checkin_series_set_dtstart (series, "2026-03-03T09:00:00");
  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  mentor_checkin_series_set_duration_min (series, 30);
  mentor_checkin_series_set_rrule (series, "every second tuesday");
  g_assert_false (mentor_store_save_series (fixture->store, series, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID,
                "“every second tuesday” is not a repeat rule Mentor understands.");
  g_clear_error (&error);

  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  mentor_checkin_series_set_exdates (series, "2026-03-17T09:00:00,2026-02-31T09:00:00");
  g_assert_false (mentor_store_save_series (fixture->store, series, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID,
                "The skipped date “2026-02-31T09:00:00” is not a valid date and time.");
  g_clear_error (&error);

  mentor_checkin_series_set_exdates (series, "2026-03-17T09:00:00");
  mentor_checkin_series_set_tzid (series, "Mars/Olympus");
  g_assert_false (mentor_store_save_series (fixture->store, series, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "“Mars/Olympus” is not a known time zone.");
  g_clear_error (&error);

  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  g_assert_true (mentor_store_save_series (fixture->store, series, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_SERIES);
  /* The store gave it a UID that stays. */
  g_assert_cmpuint (strlen (mentor_checkin_series_get_uid (series)), >, 10);

  /* An occurrence of it, held: takes the series' UID. */
  mentor_meeting_set_mentorship_id (occurrence, mid);
  mentor_meeting_set_series_id (occurrence, mentor_checkin_series_get_id (series));
  mentor_meeting_set_recurrence_id (occurrence, "2026-03-03T08:00:00Z");
  mentor_meeting_set_starts_at (occurrence, "2026-03-03T08:00:00Z");
  mentor_meeting_set_tzid (occurrence, "Europe/Berlin");
  mentor_meeting_set_duration_min (occurrence, 30);
  mentor_meeting_set_status (occurrence, MENTOR_MEETING_HELD);
  mentor_meeting_set_private_notes (occurrence, "Only for the mentor.");
  g_assert_true (mentor_store_save_meeting (fixture->store, occurrence, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_meeting_get_uid (occurrence), ==, mentor_checkin_series_get_uid (series));

  /* A one-off meeting. */
  mentor_meeting_set_mentorship_id (meeting, mid);
  mentor_meeting_set_tzid (meeting, "America/New_York");
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Enter when the meeting starts.");
  g_clear_error (&error);
  mentor_meeting_set_starts_at (meeting, "2026-02-30T15:00:00Z");
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "“2026-02-30T15:00:00Z” is not a valid time.");
  g_clear_error (&error);
  mentor_meeting_set_starts_at (meeting, "2026-03-12T15:00:00Z");
  mentor_meeting_set_duration_min (meeting, 0);
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "A meeting lasts between 1 minute and 24 hours.");
  g_clear_error (&error);
  mentor_meeting_set_duration_min (meeting, 45);
  mentor_meeting_set_series_id (meeting, 999);
  g_assert_false (mentor_store_save_meeting (fixture->store, meeting, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "The check-in series is not one of this mentorship.");
  g_clear_error (&error);
  mentor_meeting_set_series_id (meeting, 0);
  mentor_meeting_set_agenda (meeting, "Quarterly review");
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_meeting_get_uid (meeting), !=, mentor_checkin_series_get_uid (series));
  g_assert_cmpuint (strlen (mentor_meeting_get_uid (meeting)), >, 10);

  list = mentor_store_list_meetings (fixture->store, mid);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(MentorMeeting) read = g_list_model_get_item (list, 0);

    g_assert_cmpstr (mentor_meeting_get_starts_at (read), ==, "2026-03-03T08:00:00Z");
    g_assert_cmpstr (mentor_meeting_get_private_notes (read), ==, "Only for the mentor.");
    g_assert_cmpint (mentor_meeting_get_series_id (read), ==, mentor_checkin_series_get_id (series));
    g_assert_cmpstr (mentor_meeting_get_recurrence_id (read), ==, "2026-03-03T08:00:00Z");
  }

  /* SEQUENCE rises when the time moves, not when only the notes change. */
  g_assert_cmpint (raw_int (fixture->path, "SELECT sequence FROM meeting WHERE id = 2"), ==, 0);
  mentor_meeting_set_summary (meeting, "Went well.");
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_cmpint (raw_int (fixture->path, "SELECT sequence FROM meeting WHERE id = 2"), ==, 0);
  mentor_meeting_set_starts_at (meeting, "2026-03-12T16:00:00Z");
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_cmpint (raw_int (fixture->path, "SELECT sequence FROM meeting WHERE id = 2"), ==, 1);
  mentor_checkin_series_set_duration_min (series, 45);
  g_assert_true (mentor_store_save_series (fixture->store, series, &error));
  g_assert_cmpint (raw_int (fixture->path, "SELECT sequence FROM checkin_series"), ==, 1);
  g_assert_no_error (error);

  /* Action items */
  mentor_action_item_set_meeting_id (item, mentor_meeting_get_id (meeting));
  g_assert_false (mentor_store_save_action_item (fixture->store, item, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Enter what needs to be done.");
  g_clear_error (&error);
  mentor_action_item_set_text (item, "Send the agenda");
  mentor_action_item_set_owner (item, MENTOR_OWNER_MENTOR);
  mentor_action_item_set_due_on (item, "2026-03-11");
  changes.flags = 0;
  g_assert_true (mentor_store_save_action_item (fixture->store, item, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_MEETINGS);
  g_clear_object (&list);
  list = mentor_store_list_action_items (fixture->store, mentor_meeting_get_id (meeting));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(MentorActionItem) read = g_list_model_get_item (list, 0);

    g_assert_cmpstr (mentor_action_item_get_text (read), ==, "Send the agenda");
    g_assert_cmpint (mentor_action_item_get_owner (read), ==, MENTOR_OWNER_MENTOR);
    g_assert_cmpstr (mentor_action_item_get_due_on (read), ==, "2026-03-11");
    g_assert_null (mentor_action_item_get_done_on (read));
  }

  /* Deleting the series keeps the held meeting, as a one-off. */
  changes.flags = 0;
  g_assert_true (mentor_store_delete_series (fixture->store, mentor_checkin_series_get_id (series), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS);
  g_clear_object (&list);
  list = mentor_store_list_meetings (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(MentorMeeting) read = g_list_model_get_item (list, 0);
    g_assert_cmpint (mentor_meeting_get_series_id (read), ==, 0);
  }

  g_assert_true (mentor_store_delete_action_item (fixture->store, mentor_action_item_get_id (item), &error));
  g_assert_true (mentor_store_delete_meeting (fixture->store, mentor_meeting_get_id (meeting), &error));
  g_assert_no_error (error);
  g_assert_false (mentor_store_delete_meeting (fixture->store, mentor_meeting_get_id (meeting), &error));
  expect_error (error, MENTOR_STORE_ERROR_NOT_FOUND, "This meeting is no longer in the data file.");
  g_clear_error (&error);
}

/* ---- Batches, signals, failures ------------------------------------------- */

typedef struct {
  gint64   ana;
  gint64   bo;
  gboolean fail_at_end;
  gboolean skip_bad;
} BatchData;

static gboolean
batch_cb (MentorStore  *store,
          gpointer      user_data,
          GError      **error)
{
  BatchData *data = user_data;
  g_autoptr(MentorPerson) cy = mentor_person_new ();
  g_autoptr(MentorPerson) bad = mentor_person_new ();
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(GError) local_error = NULL;

  mentor_person_set_name (cy, "Cy Doe");
  mentor_person_set_email (cy, "cy@example.com");
  if (!mentor_store_save_person (store, cy, error))
    return FALSE;

  mentor_mentorship_set_mentor_id (m, data->ana);
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (cy));
  if (!mentor_store_save_mentorship (store, m, error) ||
      !mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (m),
                                           MENTOR_STATUS_ACTIVE, NULL, error))
    return FALSE;

  /* A bad row in the middle: an import that skips it carries on. */
  mentor_person_set_name (bad, "Duplicate");
  mentor_person_set_email (bad, "cy@example.com");
  if (!mentor_store_save_person (store, bad, &local_error))
    {
      if (!data->skip_bad)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (data->fail_at_end)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID, "Stopped on purpose.");
      return FALSE;
    }

  return TRUE;
}

static void
test_batch (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  BatchData batch = { mentor_person_get_id (ana), mentor_person_get_id (bo), FALSE, FALSE };
  Changes changes = { 0 };
  GError *error = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &changes);
  before = mentor_test_dump (fixture->path);

  /* Fails at the bad row: everything before it is rolled back too. */
  g_assert_false (mentor_store_batch (fixture->store, batch_cb, &batch, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Another person already uses the email “cy@example.com”.");
  g_clear_error (&error);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.count, ==, 0);

  /* Fails at the very end, after several good saves. */
  batch.skip_bad = TRUE;
  batch.fail_at_end = TRUE;
  g_assert_false (mentor_store_batch (fixture->store, batch_cb, &batch, &error));
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Stopped on purpose.");
  g_clear_error (&error);
  g_free (after);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (changes.count, ==, 0);

  /* Succeeds, skipping the bad row: one signal with everything that changed. */
  batch.fail_at_end = FALSE;
  g_assert_true (mentor_store_batch (fixture->store, batch_cb, &batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_PEOPLE | MENTOR_CHANGE_MENTORSHIPS);

  people = mentor_store_list_people (fixture->store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  mentorships = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (mentorships), ==, 1);
  {
    g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, 0);
    g_assert_cmpint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_ACTIVE);
  }
}

static void
test_signal_flags (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = NULL;
  g_autoptr(MentorPerson) bo = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  Changes changes = { 0 };
  GError *error = NULL;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &changes);

  ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_PEOPLE);
  bo = mentor_test_add_person (fixture->store, "Bo Lindqvist", "bo@example.com");

  changes = (Changes) { 0 };
  m = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (ana), mentor_person_get_id (bo));
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_MENTORSHIPS);

  changes = (Changes) { 0 };
  g_assert_true (mentor_store_set_mentorship_status (fixture->store, mentor_mentorship_get_id (m),
                                                     MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_MENTORSHIPS);

  changes = (Changes) { 0 };
  g_assert_true (mentor_store_set_person_archived (fixture->store, mentor_person_get_id (bo), TRUE, &error));
  g_assert_cmpuint (changes.flags, ==, MENTOR_CHANGE_PEOPLE);

  /* A refused change announces nothing. */
  changes = (Changes) { 0 };
  g_assert_false (mentor_store_delete_person (fixture->store, mentor_person_get_id (ana), &error));
  g_clear_error (&error);
  g_assert_cmpuint (changes.count, ==, 0);
  g_assert_no_error (error);
}

static void
test_text_unharmed (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const names[] = {
    "Robert'); DROP TABLE person;--",
    "Zoë \"Zo\" O'Brien 🌱",
    "مريم الحسن",
    "李小龍",
    "%s %n %d \\ ; -- /* */",
  };
  static const char expectations[] =
    "Line one;\nline \"two\" with 'quotes'\n\tand a tab — and emoji 👩🏽‍💼\nSELECT * FROM meeting;";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorMentorship) read = NULL;
  gint64 ids[G_N_ELEMENTS (names)];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MentorPerson) p = mentor_person_new ();
      const char *skills[] = { names[i], NULL };

      mentor_person_set_name (p, names[i]);
      mentor_person_set_department (p, names[i]);
      mentor_person_set_offers (p, skills);
      g_assert_true (mentor_store_save_person (fixture->store, p, &error));
      g_assert_no_error (error);
      ids[i] = mentor_person_get_id (p);
    }

  m = mentor_mentorship_new ();
  mentor_mentorship_set_mentor_id (m, ids[0]);
  mentor_mentorship_set_mentee_id (m, ids[2]);
  mentor_mentorship_set_expectations (m, expectations);
  g_assert_true (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_no_error (error);

  /* Read back through a fresh store on the same file. */
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MentorPerson) p = mentor_store_get_person (fixture->store, ids[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (mentor_person_get_name (p), ==, names[i]);
      g_assert_cmpstr (mentor_person_get_department (p), ==, names[i]);
      g_assert_cmpstr (mentor_person_get_offers (p)[0], ==, names[i]);
    }

  people = mentor_store_list_people (fixture->store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, G_N_ELEMENTS (names));
  read = mentor_store_get_mentorship (fixture->store, mentor_mentorship_get_id (m), &error);
  g_assert_cmpstr (mentor_mentorship_get_expectations (read), ==, expectations);
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (read), ==, names[0]);
  g_assert_cmpstr (mentor_mentorship_get_mentee_name (read), ==, names[2]);
}

static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MentorPerson) p = mentor_person_new ();
  GError *error = NULL;
  sqlite3 *other = mentor_test_raw_open (fixture->path);
  gint64 started;

  /* Another program holds the write lock longer than the busy timeout. */
  g_assert_cmpint (mentor_test_exec (other, "BEGIN IMMEDIATE", NULL), ==, SQLITE_OK);

  mentor_person_set_name (p, "Ana Souza");
  started = g_get_monotonic_time ();
  g_assert_false (mentor_store_save_person (fixture->store, p, &error));
  expect_error (error, MENTOR_STORE_ERROR_BUSY,
                "Another program is using the data file, so the change was not saved. "
                "Try again in a moment.");
  g_clear_error (&error);
  /* It waited for the other program before giving up. */
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 4 * G_USEC_PER_SEC);

  g_assert_cmpint (mentor_test_exec (other, "ROLLBACK", NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_true (mentor_store_save_person (fixture->store, p, &error));
  g_assert_no_error (error);
}

static void
test_full (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autofree char *big = g_strnfill (200000, 'x');
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  GError *error = NULL;

  /* A file that may not grow stands in for a full disk. */
  g_assert_cmpint (sqlite3_exec (fixture->store->db,
                                 "PRAGMA max_page_count = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    int pages;

    sqlite3_prepare_v2 (fixture->store->db, "PRAGMA page_count", -1, &stmt, NULL);
    sqlite3_step (stmt);
    pages = sqlite3_column_int (stmt, 0);
    sqlite3_finalize (stmt);
    g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %d", pages);
    sqlite3_exec (fixture->store->db, sql, NULL, NULL, NULL);
  }

  mentor_person_set_title (ana, big);
  g_assert_false (mentor_store_save_person (fixture->store, ana, &error));
  expect_error (error, MENTOR_STORE_ERROR_FULL,
                "The disk is full, so the change was not saved. Free some space and try again.");
  g_clear_error (&error);

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_constraint_sentences (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  GError *error = NULL;
  int rc;

  /* A rule that slips past the checks in C still comes back as a sentence. */
  rc = sqlite3_exec (fixture->store->db,
                     "INSERT INTO mentorship (mentor_id, mentee_id) VALUES (1, 1)", NULL, NULL, NULL);
  g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
  mentor_store_set_sqlite_error (fixture->store, sqlite3_extended_errcode (fixture->store->db), &error);
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "A mentor and mentee must be two different people.");
  g_clear_error (&error);

  rc = sqlite3_exec (fixture->store->db,
                     "INSERT INTO person (name, email) VALUES ('X', 'ANA@EXAMPLE.COM')", NULL, NULL, NULL);
  g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
  mentor_store_set_sqlite_error (fixture->store, sqlite3_extended_errcode (fixture->store->db), &error);
  expect_error (error, MENTOR_STORE_ERROR_INVALID, "Another person already uses this email address.");
  g_clear_error (&error);

  rc = sqlite3_exec (fixture->store->db,
                     "INSERT INTO mentorship (mentor_id, mentee_id, started_on) VALUES (1, 99, '2026-01-01')",
                     NULL, NULL, NULL);
  mentor_store_set_sqlite_error (fixture->store, sqlite3_extended_errcode (fixture->store->db), &error);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no longer in the data file"));
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/store/person/checks", test_person_checks);
  ADD ("/store/person/round-trip", test_person_round_trip);
  ADD ("/store/person/manager-loop", test_person_manager_loop);
  ADD ("/store/person/delete-and-archive", test_person_delete_and_archive);
  ADD ("/store/person/sorted", test_people_sorted);
  ADD ("/store/mentorship/checks", test_mentorship_checks);
  ADD ("/store/mentorship/round-trip", test_mentorship_round_trip);
  ADD ("/store/mentorship/lifecycle", test_lifecycle);
  ADD ("/store/mentorship/lifecycle-details", test_lifecycle_details);
  ADD ("/store/goals-and-milestones", test_goals_and_milestones);
  ADD ("/store/meetings-series-actions", test_meetings_series_actions);
  ADD ("/store/batch", test_batch);
  ADD ("/store/signal-flags", test_signal_flags);
  ADD ("/store/text-unharmed", test_text_unharmed);
  ADD ("/store/errors/busy", test_busy);
  ADD ("/store/errors/full", test_full);
  ADD ("/store/errors/constraint-sentences", test_constraint_sentences);

  return g_test_run ();
}
