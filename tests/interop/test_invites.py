#!/usr/bin/python3
"""Invites written the way Outlook, Google, Apple and Thunderbird write them
(tests/interop/fixtures, reconstructions) import into the right mentorship
at the right instants; importing again changes nothing; Outlook's
cancellation of one occurrence marks it cancelled."""

import datetime
import os

from icsinterop import FIXTURES, UTC, Workdir, check, finish, mentor, occurrences, people_db

# Expected: (UTC start, minutes, status) for every occurrence of the file's
# events in 2026, and the mentorship (by its people) they land in.
EXPECTED = {
    "outlook.ics": {
        "events": 2,
        "occurrences": [
            # Tuesdays 16:00 in Berlin: 15:00 UTC in winter time, 14:00 in
            # summer time; the 17th skipped; the 31st moved to 17:00 local.
            ("2026-03-03T15:00:00Z", 30, "scheduled"),
            ("2026-03-10T15:00:00Z", 30, "scheduled"),
            ("2026-03-24T15:00:00Z", 30, "scheduled"),
            ("2026-03-31T15:00:00Z", 30, "scheduled"),
            ("2026-04-07T14:00:00Z", 30, "scheduled"),
        ],
    },
    "google.ics": {
        "events": 3,
        "occurrences": [
            # Mondays 08:00 in New York (EST until 8 March, then EDT); the
            # 16th skipped, the 23rd moved to 09:00; until 26 April; and a
            # one-off in UTC.
            ("2026-03-02T13:00:00Z", 30, "scheduled"),
            ("2026-03-09T12:00:00Z", 30, "scheduled"),
            ("2026-03-23T13:00:00Z", 30, "scheduled"),
            ("2026-03-25T17:00:00Z", 45, "scheduled"),
            ("2026-03-30T12:00:00Z", 30, "scheduled"),
            ("2026-04-06T12:00:00Z", 30, "scheduled"),
            ("2026-04-13T12:00:00Z", 30, "scheduled"),
            ("2026-04-20T12:00:00Z", 30, "scheduled"),
        ],
    },
    "apple.ics": {
        "events": 3,
        "occurrences": [
            # 10:00 in Tokyo; a floating 09:00 taken in the user's zone
            # (Europe/Berlin, summer time); an all-day event from local midnight.
            ("2026-04-14T01:00:00Z", 60, "scheduled"),
            ("2026-04-20T07:00:00Z", 60, "scheduled"),
            ("2026-04-30T22:00:00Z", 1440, "scheduled"),
        ],
    },
    "thunderbird.ics": {
        "events": 1,
        "occurrences": [
            # Second Wednesdays 08:30 in Berlin.
            ("2026-03-11T07:30:00Z", 60, "scheduled"),
            ("2026-04-08T06:30:00Z", 60, "scheduled"),
            ("2026-05-13T06:30:00Z", 60, "scheduled"),
            ("2026-06-10T06:30:00Z", 60, "scheduled"),
        ],
    },
}

# Which mentorship (ics-helper's ids) each file's events belong to.
MENTORSHIP = {"outlook.ics": 1, "google.ics": 2, "apple.ics": 3, "thunderbird.ics": 1}


def shown(rows):
    return [(r["start"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             int((r["end"] - r["start"]).total_seconds() // 60), r["status"]) for r in rows]


for name, expected in EXPECTED.items():
    with Workdir() as work:
        database = people_db(work)
        path = os.path.join(FIXTURES, name)
        said = mentor(database, "--import-ics", path).stdout.strip()
        n = expected["events"]
        check(said == f"Imported {name}: {n} added, 0 updated, 0 unchanged, 0 cancelled, 0 left out",
              f"{name}: {said}")

        rows = occurrences(database)
        check(shown(rows) == expected["occurrences"],
              f"{name}: occurrences\n  got      {shown(rows)}\n  expected {expected['occurrences']}")

        # Each lands in the mentorship of its organizer and attendee.
        export = work.file("back.ics")
        for mentorship in (1, 2, 3):
            said = mentor(database, "--export-ics", export, "--mentorship", str(mentorship)).stdout
            has_events = not said.startswith("No check-ins")
            check(has_events == (mentorship == MENTORSHIP[name]),
                  f"{name}: mentorship {mentorship}: {said.strip()}")

        said = mentor(database, "--import-ics", path).stdout.strip()
        check(said == f"Imported {name}: 0 added, 0 updated, {n} unchanged, 0 cancelled, 0 left out",
              f"{name} again: {said}")

        if name == "outlook.ics":
            cancel = os.path.join(FIXTURES, "outlook-cancel.ics")
            said = mentor(database, "--import-ics", cancel).stdout.strip()
            check(said == "Imported outlook-cancel.ics: 0 added, 0 updated, 0 unchanged, 1 cancelled, 0 left out",
                  said)
            statuses = [r["status"] for r in occurrences(database)]
            check(statuses == ["scheduled", "scheduled", "cancelled", "scheduled", "scheduled"],
                  f"after the cancellation: {statuses}")
        print(f"{name}: {len(rows)} occurrences at the expected instants")

# An invite nobody in the file matches is refused without --mentorship and
# imported with it.
with Workdir() as work:
    database = people_db(work)
    stranger = work.file("stranger.ics")
    with open(os.path.join(FIXTURES, "thunderbird.ics")) as source:
        text = source.read().replace("ana@e\n xample.com", "someone@else.example")
    with open(stranger, "w") as out:
        out.write(text)
    result = mentor(database, "--import-ics", stranger, expect=1)
    check("no mentorship matches 1 event" in result.stderr, result.stderr)
    check("organizer someone@else.example; attendees ben@example.com" in result.stderr, result.stderr)
    check(occurrences(database) == [], "something was imported")
    said = mentor(database, "--import-ics", stranger, "--mentorship", "2").stdout.strip()
    check(said.endswith("1 added, 0 updated, 0 unchanged, 0 cancelled, 0 left out"), said)

finish("invites")
