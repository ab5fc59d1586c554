/* mentor-records.c — field helpers shared by the record types */
#include "config.h"

#include "mentor-records-private.h"

gboolean
mentor_record_set_string (char       **field,
                          const char  *value)
{
  g_assert (field != NULL);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
mentor_record_set_date (char       **field,
                        const char  *value)
{
  g_assert (field != NULL);

  /* An empty entry means "no date". */
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
mentor_record_set_strv (char               ***field,
                        const char * const   *value)
{
  static const char * const empty[] = { NULL };

  g_assert (field != NULL);

  if (value == NULL)
    value = empty;

  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}
