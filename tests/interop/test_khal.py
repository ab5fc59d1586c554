#!/usr/bin/python3
"""`khal import` of an exported file into a scratch calendar (its own XDG
folders and configuration), then `khal list` for 2026: every occurrence at
the local time Mentor shows, in Europe/Berlin and in America/New_York."""

import collections
import datetime
import os
import subprocess
import zoneinfo

from icsinterop import Workdir, calendar_db, check, finish, mentor, occurrences

CONFIG = """[calendars]
[[mentor]]
path = {path}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[default]
default_calendar = mentor
"""


def khal(work, zone, *args):
    home = work.file("khal-" + zone.replace("/", "-"))
    config = os.path.join(home, "config")
    if not os.path.exists(config):
        os.makedirs(os.path.join(home, "calendar"))
        os.makedirs(os.path.join(home, "data"))
        with open(config, "w") as out:
            out.write(CONFIG.format(path=os.path.join(home, "calendar"), zone=zone))
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=home,
               HOME=home, TZ=zone)
    result = subprocess.run(["khal", "-c", config, *args], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise AssertionError(f"khal {' '.join(args)}: {result.stdout}{result.stderr}")
    return result.stdout


with Workdir() as work:
    database = calendar_db(work)
    path = work.file("check-ins.ics")
    mentor(database, "--export-ics", path)
    mine = occurrences(database, "2025-12-31T00:00:00Z", "2027-01-02T00:00:00Z")

    for zone in ("Europe/Berlin", "America/New_York"):
        tz = zoneinfo.ZoneInfo(zone)
        khal(work, zone, "import", "--batch", "-a", "mentor", path)
        listed = khal(work, zone, "list", "--format", "{start}|{end}|{status}", "--day-format", "",
                      "2026-01-01", "2026-12-31")
        theirs = collections.Counter(line.strip() for line in listed.splitlines() if line.strip())

        expected = collections.Counter()
        for row in mine:
            start = row["start"].astimezone(tz)
            end = row["end"].astimezone(tz)
            if not (datetime.date(2026, 1, 1) <= start.date() <= datetime.date(2026, 12, 31)):
                continue
            status = "CANCELLED" if row["status"] == "cancelled" else "CONFIRMED"
            expected[f"{start:%Y-%m-%d %H:%M}|{end:%Y-%m-%d %H:%M}|{status}"] += 1

        check(sum(expected.values()) > 80, f"{zone}: only {sum(expected.values())} occurrences")
        check(theirs == expected, f"{zone}: khal and Mentor differ:\n"
                                  f"  only khal: {sorted((theirs - expected).elements())}\n"
                                  f"  only Mentor: {sorted((expected - theirs).elements())}")
        print(f"{zone}: {sum(theirs.values())} occurrences listed by khal at Mentor's local times")

finish("khal")
