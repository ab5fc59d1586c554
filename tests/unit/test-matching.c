/* test-matching.c — ranking mentors for mentees on a program with a
 * three-level reporting line: coverage, places, conflicts of interest both
 * ways, the same department, and proposing the match */
#include "config.h"

#include <string.h>

#include "mentor-test-util.h"

typedef struct {
  MentorTestFixture base;
  gint64 ana, ben, carla, dan, eve, frank, gina, ivy, hank, jo, kim, lee;
} Fixture;

static gint64
add (MentorStore *store,
     const char  *name,
     const char  *email,
     const char  *department,
     gint64       manager_id,
     guint        capacity,
     const char  *offers,
     const char  *seeks)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) offer_list = g_strsplit (offers, ";", -1);
  g_auto(GStrv) seek_list = g_strsplit (seeks, ";", -1);

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_department (person, department);
  mentor_person_set_manager_id (person, manager_id);
  mentor_person_set_capacity (person, capacity);
  mentor_person_set_offers (person, (const char * const *) offer_list);
  mentor_person_set_seeks (person, (const char * const *) seek_list);
  g_assert_true (mentor_store_save_person (store, person, &error));
  g_assert_no_error (error);

  return mentor_person_get_id (person);
}

static gint64
add_mentorship (MentorStore  *store,
                gint64        mentor,
                gint64        mentee,
                MentorStatus  status)
{
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (store, mentor, mentee);
  g_autoptr(GError) error = NULL;

  g_assert_true (mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (m),
                                                     status, "Left", &error));
  g_assert_no_error (error);
  return mentor_mentorship_get_id (m);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  MentorStore *store;
  g_autoptr(GError) error = NULL;

  mentor_test_fixture_setup_store (&f->base, data);
  store = f->base.store;

  /* Ana <- Ben <- Carla <- Dan: a reporting line three levels deep. */
  f->ana = add (store, "Ana Lima", "ana@example.com", "Executive", 0, 2,
                "Leadership;Networking;Public speaking", "Board relations");
  f->ben = add (store, "Ben Okafor", "ben@example.com", "Engineering", f->ana, 2,
                "Leadership;Networking;Public Speaking;Board relations", "");
  f->carla = add (store, "Carla Díaz", "carla@example.com", "Engineering", f->ben, 3,
                  "leadership;networking;public-speaking;Board Relations", "Strategy");
  f->dan = add (store, "Dan Wu", "dan@example.com", "Engineering", f->carla, 1,
                "Board relations", "Leadership;Networking;Public speaking");
  f->eve = add (store, "Eve Adams", "eve@example.com", "Sales", 0, 2,
                "Leadership;Networking", "");
  f->frank = add (store, "Frank Berg", "frank@example.com", "Finance", 0, 1,
                  "LEADERSHIP; networking ", "");
  f->gina = add (store, "Gina Cole", "gina@example.com", "Finance", 0, 0, "", "Negotiation");
  f->ivy = add (store, "Ivy Ng", "ivy@example.com", "engineering", 0, 3, "public_speaking", "");
  f->hank = add (store, "Hank Moss", "hank@example.com", "Sales", 0, 0, "Leadership", "");
  f->jo = add (store, "Jo Park", "jo@example.com", "Sales", 0, 2, "Leadership;Networking", "");
  f->kim = add (store, "Kim Lee", "kim@example.com", "Sales", 0, 0, "", "");
  f->lee = add (store, "Lee Tan", "lee@example.com", "Sales", 0, 0, "", "Negotiation");

  g_assert_true (mentor_store_set_person_archived (store, f->jo, TRUE, &error));
  g_assert_no_error (error);

  /* Frank mentors Gina (full: 1 of 1); Eve has proposed to mentor Lee; a
   * finished mentorship counts for no one. */
  add_mentorship (store, f->frank, f->gina, MENTOR_STATUS_ACTIVE);
  add_mentorship (store, f->eve, f->lee, MENTOR_STATUS_PROPOSED);
  add_mentorship (store, f->ivy, f->kim, MENTOR_STATUS_ENDED);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  mentor_test_fixture_teardown (&f->base, data);
}

static MentorMatching *
matching_new (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  MentorMatching *matching = mentor_matching_new (f->base.store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matching);
  return matching;
}

static MentorMatch *
match_at (GListModel *list,
          guint       index)
{
  g_autoptr(MentorMatch) match = g_list_model_get_item (list, index);

  g_assert_nonnull (match);
  return match; /* the list keeps it */
}

static const char *
mentor_name_at (GListModel *list,
                guint       index)
{
  return mentor_person_get_name (mentor_match_get_mentor (match_at (list, index)));
}

static void
test_ranks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(MentorMatching) matching = matching_new (f);
  g_autoptr(GListModel) all = mentor_matching_suggest (matching, f->dan, 0);
  g_autoptr(GListModel) top = mentor_matching_suggest (matching, f->dan, 2);
  MentorMatch *m;

  /* Archived Jo, Hank who takes no mentees, Dan himself and people who
   * cover none of Dan's areas are not suggested. */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 6);
  g_assert_cmpstr (mentor_name_at (all, 0), ==, "Eve Adams");
  /* Ivy covers less than Frank but has a place: Frank is full. */
  g_assert_cmpstr (mentor_name_at (all, 1), ==, "Ivy Ng");
  g_assert_cmpstr (mentor_name_at (all, 2), ==, "Frank Berg");
  /* Conflicts last, ranked among themselves the same way. */
  g_assert_cmpstr (mentor_name_at (all, 3), ==, "Carla Díaz");
  g_assert_cmpstr (mentor_name_at (all, 4), ==, "Ana Lima");
  g_assert_cmpstr (mentor_name_at (all, 5), ==, "Ben Okafor");

  g_assert_cmpuint (g_list_model_get_n_items (top), ==, 2);
  g_assert_cmpstr (mentor_name_at (top, 0), ==, "Eve Adams");
  g_assert_cmpstr (mentor_name_at (top, 1), ==, "Ivy Ng");

  /* Eve: two of three areas, one place left beside her proposal for Lee. */
  m = match_at (all, 0);
  g_assert_cmpint (mentor_match_get_mentee_id (m), ==, f->dan);
  g_assert_cmpfloat_with_epsilon (mentor_match_get_coverage (m), 2.0 / 3.0, 1e-9);
  g_assert_cmpstr (mentor_match_get_covered (m)[0], ==, "Leadership");
  g_assert_cmpstr (mentor_match_get_covered (m)[1], ==, "Networking");
  g_assert_null (mentor_match_get_covered (m)[2]);
  g_assert_cmpstr (mentor_match_get_uncovered (m)[0], ==, "Public speaking");
  g_assert_cmpuint (mentor_match_get_load (m), ==, 1);
  g_assert_cmpuint (mentor_match_get_capacity (m), ==, 2);
  g_assert_cmpuint (mentor_match_get_spare (m), ==, 1);
  g_assert_cmpuint (mentor_match_get_flags (m), ==, MENTOR_MATCH_NONE);
  g_assert_cmpstr (mentor_match_get_explanation (m), ==,
                   "Covers Leadership and Networking of 3 areas; 1 place free.");
  g_assert_null (mentor_match_get_conflict (m));
  g_assert_false (mentor_match_has_conflict (m));

  /* Frank: the same areas ("LEADERSHIP", " networking "), but full. */
  m = match_at (all, 2);
  g_assert_cmpuint (mentor_match_get_flags (m), ==, MENTOR_MATCH_NO_PLACE);
  g_assert_cmpuint (mentor_match_get_spare (m), ==, 0);
  g_assert_cmpstr (mentor_match_get_explanation (m), ==,
                   "Covers Leadership and Networking of 3 areas; no place free.");

  /* Ivy: "public_speaking" is "Public speaking"; "engineering" is Dan's
   * department whatever its case. */
  m = match_at (all, 1);
  g_assert_cmpuint (mentor_match_get_flags (m), ==, MENTOR_MATCH_SAME_DEPARTMENT);
  g_assert_cmpstr (mentor_match_get_explanation (m), ==,
                   "Covers Public speaking of 3 areas; 3 places free; same department.");
}

static void
test_conflict_above (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MentorMatching) matching = matching_new (f);
  g_autoptr(GListModel) all = mentor_matching_suggest (matching, f->dan, 0);
  MentorMatch *carla = match_at (all, 3);
  MentorMatch *ana = match_at (all, 4);
  MentorMatch *ben = match_at (all, 5);

  g_assert_cmpuint (mentor_match_get_flags (carla), ==,
                    MENTOR_MATCH_MENTOR_ABOVE | MENTOR_MATCH_SAME_DEPARTMENT);
  g_assert_cmpuint (mentor_match_get_levels (carla), ==, 1);
  g_assert_true (mentor_match_has_conflict (carla));
  g_assert_cmpstr (mentor_match_get_explanation (carla), ==,
                   "Covers all 3 areas: Leadership, Networking and Public speaking; "
                   "3 places free; same department.");
  g_assert_cmpstr (mentor_match_get_conflict (carla), ==,
                   "Conflict of interest: Carla Díaz is Dan Wu’s manager.");

  g_assert_cmpuint (mentor_match_get_levels (ben), ==, 2);
  g_assert_cmpstr (mentor_match_get_conflict (ben), ==,
                   "Conflict of interest: Ben Okafor is Dan Wu’s manager’s manager.");

  g_assert_cmpuint (mentor_match_get_flags (ana), ==, MENTOR_MATCH_MENTOR_ABOVE);
  g_assert_cmpuint (mentor_match_get_levels (ana), ==, 3);
  g_assert_cmpstr (mentor_match_get_conflict (ana), ==,
                   "Conflict of interest: Ana Lima is 3 levels above Dan Wu in the reporting line.");
}

static void
test_conflict_below (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(MentorMatching) matching = matching_new (f);
  g_autoptr(GListModel) all = mentor_matching_suggest (matching, f->ana, 0);
  MentorMatch *m;

  /* Everyone who offers Board relations reports to Ana. */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);

  m = match_at (all, 0);
  g_assert_cmpstr (mentor_name_at (all, 0), ==, "Carla Díaz");
  g_assert_cmpuint (mentor_match_get_flags (m), ==, MENTOR_MATCH_MENTOR_BELOW);
  g_assert_cmpuint (mentor_match_get_levels (m), ==, 2);
  g_assert_cmpstr (mentor_match_get_explanation (m), ==,
                   "Covers Board relations, the one area sought; 3 places free.");
  g_assert_cmpstr (mentor_match_get_conflict (m), ==,
                   "Conflict of interest: Carla Díaz reports to Ana Lima through Ben Okafor.");

  m = match_at (all, 1);
  g_assert_cmpstr (mentor_name_at (all, 1), ==, "Ben Okafor");
  g_assert_cmpuint (mentor_match_get_levels (m), ==, 1);
  g_assert_cmpstr (mentor_match_get_conflict (m), ==,
                   "Conflict of interest: Ben Okafor reports to Ana Lima.");

  m = match_at (all, 2);
  g_assert_cmpstr (mentor_name_at (all, 2), ==, "Dan Wu");
  g_assert_cmpuint (mentor_match_get_levels (m), ==, 3);
  g_assert_cmpstr (mentor_match_get_conflict (m), ==,
                   "Conflict of interest: Dan Wu is 3 levels below Ana Lima in the reporting line.");
}

static void
test_no_areas_and_nobody (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(MentorMatching) matching = matching_new (f);
  g_autoptr(GListModel) for_kim = mentor_matching_suggest (matching, f->kim, 0);
  g_autoptr(GListModel) for_carla = mentor_matching_suggest (matching, f->carla, 0);
  g_autoptr(GListModel) for_nobody = mentor_matching_suggest (matching, 9999, 0);
  MentorMatch *m;

  /* Kim seeks nothing: anyone with a place, by places free; Ivy's ended
   * mentorship with Kim is no obstacle. */
  g_assert_cmpuint (g_list_model_get_n_items (for_kim), ==, 7);
  m = match_at (for_kim, 0);
  g_assert_cmpfloat (mentor_match_get_coverage (m), ==, 0.0);
  g_assert_cmpstr (mentor_match_get_explanation (m), ==,
                   "No development areas to match; 3 places free.");

  /* No one offers Strategy. */
  g_assert_cmpuint (g_list_model_get_n_items (for_carla), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (for_nobody), ==, 0);
}

static void
test_mentees_without_mentor (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(MentorMatching) matching = matching_new (f);
  g_autoptr(GListModel) mentees = mentor_matching_get_mentees_without_mentor (matching);
  g_autoptr(MentorPerson) first = NULL;
  g_autoptr(MentorPerson) second = NULL;
  g_autoptr(MentorPerson) third = NULL;

  /* Not Gina (active mentor), not Lee (proposed), not Kim (seeks nothing). */
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 3);
  first = g_list_model_get_item (mentees, 0);
  second = g_list_model_get_item (mentees, 1);
  third = g_list_model_get_item (mentees, 2);
  g_assert_cmpint (mentor_person_get_id (first), ==, f->ana);
  g_assert_cmpint (mentor_person_get_id (second), ==, f->carla);
  g_assert_cmpint (mentor_person_get_id (third), ==, f->dan);

  g_assert_cmpuint (mentor_matching_get_load (matching, f->frank), ==, 1);
  g_assert_cmpuint (mentor_matching_get_load (matching, f->ivy), ==, 0);
  g_assert_false (mentor_matching_is_over_capacity (matching, f->frank));
  g_assert_nonnull (mentor_matching_get_person (matching, f->jo));
  g_assert_null (mentor_matching_get_person (matching, 9999));
}

static void
changed_cb (MentorStore *store,
            guint        what,
            guint       *calls)
{
  (*calls)++;
}

static void
test_propose (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorMatching) after = NULL;
  g_autoptr(GListModel) mentees = NULL;
  g_autoptr(GListModel) for_dan = NULL;
  gint64 id, again, over;
  guint calls = 0;

  g_signal_connect (f->base.store, "changed", G_CALLBACK (changed_cb), &calls);
  id = mentor_matching_propose (f->base.store, f->eve, f->dan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (calls, ==, 1);

  m = mentor_store_get_mentorship (f->base.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_mentorship_get_mentor_id (m), ==, f->eve);
  g_assert_cmpint (mentor_mentorship_get_mentee_id (m), ==, f->dan);
  g_assert_cmpuint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_PROPOSED);
  g_assert_cmpuint (mentor_mentorship_get_kind (m), ==, MENTOR_KIND_TRADITIONAL);
  g_assert_null (mentor_mentorship_get_started_on (m));
  g_assert_cmpuint (g_strv_length ((char **) mentor_mentorship_get_focus_areas (m)), ==, 2);
  g_assert_cmpstr (mentor_mentorship_get_focus_areas (m)[0], ==, "Leadership");
  g_assert_cmpstr (mentor_mentorship_get_focus_areas (m)[1], ==, "Networking");

  /* The same pair again is refused and changes nothing. */
  again = mentor_matching_propose (f->base.store, f->eve, f->dan, &error);
  g_assert_cmpint (again, ==, 0);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Eve Adams and Dan Wu already have an open mentorship.");
  g_clear_error (&error);
  g_assert_cmpuint (calls, ==, 1);

  /* Dan has a proposed mentor now: off the list; Eve is full. */
  after = matching_new (f);
  mentees = mentor_matching_get_mentees_without_mentor (after);
  g_assert_cmpuint (g_list_model_get_n_items (mentees), ==, 2);
  g_assert_cmpuint (mentor_matching_get_load (after, f->eve), ==, 2);
  /* Suggesting for Dan again leaves out Eve, who is paired with him. */
  for_dan = mentor_matching_suggest (after, f->dan, 0);
  g_assert_cmpuint (g_list_model_get_n_items (for_dan), ==, 5);
  g_assert_cmpstr (mentor_name_at (for_dan, 0), ==, "Ivy Ng");
  g_clear_object (&after);

  /* A coordinator may still propose a full mentor: Frank is then over capacity. */
  over = mentor_matching_propose (f->base.store, f->frank, f->lee, &error);
  g_assert_no_error (error);
  g_assert_cmpint (over, >, 0);
  after = matching_new (f);
  g_assert_true (mentor_matching_is_over_capacity (after, f->frank));
  g_assert_false (mentor_matching_is_over_capacity (after, f->eve));
  g_clear_object (&after);

  /* Archived people start nothing; unknown people are not found. */
  g_assert_cmpint (mentor_matching_propose (f->base.store, f->jo, f->dan, &error), ==, 0);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (mentor_matching_propose (f->base.store, 9999, f->dan, &error), ==, 0);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
}

/* Done means: a coordinator imports the HR export of 300 people and proposes
 * a mentor for every mentee, each with a place free and no conflict. */
static void
test_whole_program (MentorTestFixture *fixture,
                    gconstpointer      data)
{
  g_autofree char *path = g_build_filename (g_getenv ("MENTOR_TEST_CSV_DIR"), "people-300.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(MentorMatching) first = NULL;
  g_autoptr(MentorMatching) last = NULL;
  g_autoptr(GListModel) mentees = NULL;
  g_autoptr(GListModel) left = NULL;
  g_autoptr(GError) error = NULL;
  guint n_mentees;

  g_assert_nonnull (g_getenv ("MENTOR_TEST_CSV_DIR"));
  plan = mentor_csv_import_read_file (fixture->store, MENTOR_CSV_PEOPLE, file, &error);
  g_assert_no_error (error);
  g_assert_true (mentor_csv_import_apply (plan, TRUE, NULL, &error));
  g_assert_no_error (error);

  first = mentor_matching_new (fixture->store, &error);
  g_assert_no_error (error);
  mentees = mentor_matching_get_mentees_without_mentor (first);
  n_mentees = g_list_model_get_n_items (mentees);
  g_assert_cmpuint (n_mentees, >, 90);

  for (guint i = 0; i < n_mentees; i++)
    {
      g_autoptr(MentorPerson) mentee = g_list_model_get_item (mentees, i);
      g_autoptr(MentorMatching) now = mentor_matching_new (fixture->store, &error);
      g_autoptr(GListModel) top = mentor_matching_suggest (now, mentor_person_get_id (mentee), 3);
      g_autoptr(MentorMatch) best = NULL;
      gint64 id;

      g_assert_cmpuint (g_list_model_get_n_items (top), >, 0);
      best = g_list_model_get_item (top, 0);
      g_assert_false (mentor_match_has_conflict (best));
      g_assert_cmpuint (mentor_match_get_spare (best), >, 0);
      g_assert_cmpuint (g_strv_length ((char **) mentor_match_get_covered (best)), >, 0);
      g_assert_true (g_str_has_prefix (mentor_match_get_explanation (best), "Covers "));

      id = mentor_matching_propose (fixture->store,
                                    mentor_person_get_id (mentor_match_get_mentor (best)),
                                    mentor_person_get_id (mentee), &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
    }

  last = mentor_matching_new (fixture->store, &error);
  left = mentor_matching_get_mentees_without_mentor (last);
  g_assert_cmpuint (g_list_model_get_n_items (left), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/matching/ranks", Fixture, NULL, setup, test_ranks, teardown);
  g_test_add ("/matching/conflict-above", Fixture, NULL, setup, test_conflict_above, teardown);
  g_test_add ("/matching/conflict-below", Fixture, NULL, setup, test_conflict_below, teardown);
  g_test_add ("/matching/no-areas-and-nobody", Fixture, NULL, setup, test_no_areas_and_nobody, teardown);
  g_test_add ("/matching/mentees-without-mentor", Fixture, NULL, setup, test_mentees_without_mentor, teardown);
  g_test_add ("/matching/propose", Fixture, NULL, setup, test_propose, teardown);
  g_test_add ("/matching/whole-program", MentorTestFixture, NULL, mentor_test_fixture_setup_store,
              test_whole_program, mentor_test_fixture_teardown);

  return g_test_run ();
}
