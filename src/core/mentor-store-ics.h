/* mentor-store-ics.h — what the iCalendar import needs of the store
 *
 * An import compares what a file says with what Mentor holds by SEQUENCE,
 * then by the time of the last change (ICALENDAR.md "Import rules"), and
 * keeps the higher SEQUENCE of an event it updates, so a newer export from
 * elsewhere is still recognised as newer. Not part of the public store API:
 * the import is its only user.
 */
#pragma once

#include "mentor-store.h"

G_BEGIN_DECLS

/* The stored SEQUENCE and the instant of the last change (NULL when never
 * recorded) of a series (is_series) or a meeting. FALSE when there is no
 * such row. */
gboolean mentor_store_get_change_stamp (MentorStore  *self,
                                        gboolean      is_series,
                                        gint64        id,
                                        guint        *sequence,
                                        char        **updated_at);
/* Raises the stored SEQUENCE of a series or meeting to at least sequence,
 * in its own transaction or in the open batch. */
gboolean mentor_store_raise_sequence   (MentorStore  *self,
                                        gboolean      is_series,
                                        gint64        id,
                                        guint         sequence,
                                        GError      **error);

G_END_DECLS
