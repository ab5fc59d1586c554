/* mentor-meeting-delete.h — deleting a meeting or one check-in of a series,
 * with Undo */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

/* A new record with everything of meeting a person can set, and its uid and
 * series, but not its id: what saving it again, or for the first time,
 * takes. */
MentorMeeting *mentor_meeting_record_copy    (MentorMeeting *meeting);

/* Deletes meeting: a one-off (stored) with its action items and goals, or
 * an occurrence of a series out of that series (mentor_store_delete_occurrence,
 * its stored override with it). series_tzid is the series' zone (NULL: the
 * meeting's), in which its exception is written. Returns the toast to show,
 * "Meeting deleted" or "Check-in deleted", whose Undo puts everything back in
 * one transaction (the same uid, so calendars that imported it update it);
 * toast_target (weak, may be NULL) is told through its "add-toast" signal
 * when Undo fails. NULL with an error when the store refuses. */
AdwToast      *mentor_meeting_delete_with_undo (MentorStore   *store,
                                                MentorMeeting *meeting,
                                                const char    *series_tzid,
                                                GtkWidget     *toast_target,
                                                GError       **error);

G_END_DECLS
