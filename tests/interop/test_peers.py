#!/usr/bin/python3
"""Every exported file read by Python's icalendar, and the occurrences that
recurring_ical_events expands over 2026 (across the daylight-saving changes
of Europe and the US) equal to the ones Mentor's calendar shows."""

import datetime
import re
import zoneinfo

import icalendar
import recurring_ical_events

from icsinterop import (UTC, Workdir, as_utc, calendar_db, check, finish, mentor,
                        occurrences)


def check_shape(path, label):
    data = open(path, "rb").read()
    calendar = icalendar.Calendar.from_ical(data)
    text = data.decode("utf-8")

    check(str(calendar.get("VERSION")) == "2.0", f"{label}: VERSION")
    check(str(calendar.get("METHOD")) == "PUBLISH", f"{label}: METHOD:PUBLISH")
    check(str(calendar.get("CALSCALE")) == "GREGORIAN", f"{label}: CALSCALE")
    check(calendar.get("PRODID") is not None, f"{label}: PRODID")
    check(calendar.get("X-WR-CALNAME") is not None, f"{label}: calendar name")
    check("PRIVATE" not in text, f"{label}: a private note leaked")
    check("freeassociation" not in text, f"{label}: libical's TZID prefix leaked")

    zones = set()
    for vtimezone in calendar.walk("VTIMEZONE"):
        tzid = str(vtimezone["TZID"])
        zones.add(tzid)
        try:
            zoneinfo.ZoneInfo(tzid)
        except Exception:
            check(False, f"{label}: VTIMEZONE {tzid} is not an IANA zone")

    named = set(re.findall(r";TZID=([^:;]+)[:;]", text))
    check(named <= zones, f"{label}: TZIDs without VTIMEZONE: {named - zones}")

    events = calendar.walk("VEVENT")
    for event in events:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "SUMMARY"):
            check(event.get(prop) is not None, f"{label}: {event.get('UID')} has no {prop}")
        check(event["DTSTAMP"].dt.tzinfo is not None and event["DTSTAMP"].dt.utcoffset().total_seconds() == 0,
              f"{label}: DTSTAMP not in UTC")
        if "RRULE" in event:
            check(event["DTSTART"].params.get("TZID") is not None or event["DTSTART"].dt.tzinfo == UTC,
                  f"{label}: series {event['UID']} is floating")
            until = event["RRULE"].get("UNTIL")
            if until:
                check(until[0].tzinfo is not None, f"{label}: UNTIL of {event['UID']} not in UTC")
            for exdate in event.get("EXDATE", []) if isinstance(event.get("EXDATE"), list) else [event.get("EXDATE")]:
                if exdate is None:
                    continue
                check(exdate.params.get("TZID") == event["DTSTART"].params.get("TZID"),
                      f"{label}: EXDATE zone differs from DTSTART's")
    return calendar, len(events)


def expand(calendar, start, end):
    rows = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        rows.append((as_utc(event["DTSTART"].dt), as_utc(event["DTEND"].dt), str(event["UID"]),
                     str(event.get("STATUS", "")).upper() == "CANCELLED"))
    return sorted(rows)


def ours(database, start, end):
    rows = []
    for row in occurrences(database, start.strftime("%Y-%m-%dT%H:%M:%SZ"), end.strftime("%Y-%m-%dT%H:%M:%SZ")):
        uid = row["uid"]
        rows.append((row["start"], row["end"], uid, row["status"] == "cancelled"))
    return sorted(rows)


def compare(database, calendar, label):
    start = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    end = datetime.datetime(2027, 1, 1, tzinfo=UTC)
    theirs = expand(calendar, start, end)
    mine = ours(database, start, end)
    check(len(mine) > 0, f"{label}: Mentor shows nothing")
    check(theirs == mine, f"{label}: recurring_ical_events and Mentor differ:\n"
                          f"  only theirs: {sorted(set(theirs) - set(mine))}\n"
                          f"  only Mentor's: {sorted(set(mine) - set(theirs))}")
    return len(mine)


with Workdir() as work:
    database = calendar_db(work)
    everything = work.file("all.ics")
    said = mentor(database, "--export-ics", everything).stdout
    check(said.startswith("Exported 3 check-in series, 5 changed occurrences, 3 meetings to all.ics"), said)
    calendar, events = check_shape(everything, "all")
    check(events == 11, f"all: {events} events")
    n = compare(database, calendar, "all")
    print(f"all: {events} events, {n} occurrences in 2026 alike")

    for mentorship in (1, 2, 3):
        path = work.file(f"m{mentorship}.ics")
        mentor(database, "--export-ics", path, "--mentorship", str(mentorship))
        check_shape(path, f"mentorship {mentorship}")

    # The sample program, dated around today.
    demo = work.file("demo.db")
    mentor(demo, "--demo")
    path = work.file("demo.ics")
    mentor(demo, "--export-ics", path)
    calendar, events = check_shape(path, "demo")
    start = datetime.datetime(2025, 6, 1, tzinfo=UTC)
    end = datetime.datetime(2026, 12, 31, tzinfo=UTC)
    theirs = expand(calendar, start, end)
    mine = ours(demo, start, end)
    check(theirs == mine, f"demo: recurring_ical_events and Mentor differ:\n"
                          f"  only theirs: {sorted(set(theirs) - set(mine))}\n"
                          f"  only Mentor's: {sorted(set(mine) - set(theirs))}")
    print(f"demo: {events} events, {len(mine)} occurrences alike")

finish("peers")
