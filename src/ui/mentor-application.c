/* skeleton: replaced by the UI work */
#include "config.h"
#include "mentor-application.h"

struct _MentorApplication { AdwApplication parent_instance; };
G_DEFINE_FINAL_TYPE (MentorApplication, mentor_application, ADW_TYPE_APPLICATION)
static void mentor_application_class_init (MentorApplicationClass *klass) {}
static void mentor_application_init (MentorApplication *self) {}
MentorApplication *
mentor_application_new (void)
{
  return g_object_new (MENTOR_TYPE_APPLICATION, "application-id", APPLICATION_ID, NULL);
}
