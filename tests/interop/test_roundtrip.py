#!/usr/bin/python3
"""Export → import into a fresh data file reproduces the series, their
skipped dates and their changed and cancelled occurrences; importing again
changes nothing; a newer export (higher SEQUENCE) updates instead of
duplicating; a cancellation marks the meeting cancelled."""

import icalendar

from icsinterop import (Workdir, calendar_db, check, finish, mentor, occurrences,
                        people_db)


def events(path):
    """The events of a file by (UID, RECURRENCE-ID), with what a calendar shows."""
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    found = {}
    for event in calendar.walk("VEVENT"):
        rid = event.get("RECURRENCE-ID")
        key = (str(event["UID"]), rid.to_ical().decode() if rid is not None else "")
        exdates = event.get("EXDATE")
        if exdates is not None and not isinstance(exdates, list):
            exdates = [exdates]
        found[key] = {
            "start": event["DTSTART"].to_ical().decode(),
            "start-zone": event["DTSTART"].params.get("TZID"),
            "end": event["DTEND"].to_ical().decode(),
            "rule": event["RRULE"].to_ical().decode() if "RRULE" in event else None,
            "exdates": sorted(e.to_ical().decode() for e in exdates) if exdates else [],
            "status": str(event.get("STATUS")),
            "mentor-status": str(event.get("X-MENTOR-STATUS")),
            "agenda": str(event.get("X-MENTOR-AGENDA", "")),
            "summary": str(event.get("X-MENTOR-SUMMARY", "")),
            "location": str(event.get("LOCATION", "")),
            "title": str(event.get("SUMMARY")),
            "organizer": str(event.get("ORGANIZER")),
        }
    return found


def summary(result):
    return result.stdout.strip()


with Workdir() as work:
    source = calendar_db(work)
    first = work.file("first.ics")
    mentor(source, "--export-ics", first)

    fresh = people_db(work, "fresh.db")
    said = summary(mentor(fresh, "--import-ics", first))
    check(said == "Imported first.ics: 11 added, 0 updated, 0 unchanged, 0 cancelled, 0 left out", said)

    said = summary(mentor(fresh, "--import-ics", first))
    check(said == "Imported first.ics: 0 added, 0 updated, 11 unchanged, 0 cancelled, 0 left out", said)

    second = work.file("second.ics")
    mentor(fresh, "--export-ics", second)
    a, b = events(first), events(second)
    check(a.keys() == b.keys(), f"events differ: {sorted(a.keys() ^ b.keys())}")
    for key in a.keys() & b.keys():
        check(a[key] == b[key], f"{key} differs:\n  {a[key]}\n  {b[key]}")

    mine = [(r["start"], r["end"], r["status"], r["uid"], r["rid"]) for r in occurrences(source)]
    theirs = [(r["start"], r["end"], r["status"], r["uid"], r["rid"]) for r in occurrences(fresh)]
    check(mine == theirs, "the calendars of the two files differ")
    print(f"round trip: {len(a)} events, {len(mine)} occurrences in 2026 alike")

    # A newer export: the one-off in São Paulo moved an hour later, SEQUENCE raised.
    calendar = icalendar.Calendar.from_ical(open(first, "rb").read())
    moved = None
    for event in calendar.walk("VEVENT"):
        if event.get("DTSTART").params.get("TZID") == "America/Sao_Paulo":
            moved = event
    check(moved is not None, "no meeting in São Paulo")
    start = moved["DTSTART"].dt.replace(hour=15)
    end = moved["DTEND"].dt.replace(hour=15, minute=45)
    moved["DTSTART"].dt = start
    moved["DTEND"].dt = end
    moved["SEQUENCE"] = int(moved["SEQUENCE"]) + 1
    newer = work.file("newer.ics")
    with open(newer, "wb") as out:
        out.write(calendar.to_ical())

    said = summary(mentor(fresh, "--import-ics", newer))
    check(said == "Imported newer.ics: 0 added, 1 updated, 10 unchanged, 0 cancelled, 0 left out", said)
    rows = [r for r in occurrences(fresh) if r["uid"] == str(moved["UID"])]
    check(len(rows) == 1 and rows[0]["start"].strftime("%H:%M") == "18:00",
          f"moved meeting: {rows}")
    # The older file no longer wins.
    said = summary(mentor(fresh, "--import-ics", first))
    check(said == "Imported first.ics: 0 added, 0 updated, 11 unchanged, 0 cancelled, 0 left out", said)

    # A cancellation of it.
    moved["STATUS"] = "CANCELLED"
    moved["SEQUENCE"] = int(moved["SEQUENCE"]) + 1
    calendar["METHOD"] = "CANCEL"
    cancel = icalendar.Calendar()
    for prop in ("VERSION", "PRODID", "METHOD"):
        cancel[prop] = calendar[prop]
    cancel.add_component(moved)
    path = work.file("cancel.ics")
    with open(path, "wb") as out:
        out.write(cancel.to_ical())
    said = summary(mentor(fresh, "--import-ics", path))
    check(said == "Imported cancel.ics: 0 added, 0 updated, 0 unchanged, 1 cancelled, 0 left out", said)
    rows = [r for r in occurrences(fresh) if r["uid"] == str(moved["UID"])]
    check(len(rows) == 1 and rows[0]["status"] == "cancelled", f"cancelled meeting: {rows}")

finish("roundtrip")
