#!/usr/bin/python3
"""The Calendar view itself: empty state, months, keys, one-click marks, filter.

1. A new file: the Calendar (second view, Alt+2) invites to schedule from a
   mentorship ("No Check-ins Yet", "Show Mentorships", "Try with Sample
   Data"); Alt+1, Alt+3 and Alt+4 show Mentorships, Goals and People.
2. On a sample program (`mentor --demo`) with, added with sqlite3 for one
   active mentorship, a weekly series at 10:00 UTC starting tomorrow and a
   one-off meeting at 11:00 UTC the day after: the month title reads as
   GLib writes it ("March 2026"); "Next Month", "Previous Month" and "Today"
   move it; in the month, the arrow keys move the day the agenda starts on and
   Page Down goes a month ahead.
3. "Mark Held" on tomorrow's occurrence: the agenda says Held, the file holds
   it as a stored occurrence of the series; Undo makes it computed again (no
   row in the file) and Scheduled. "Mark Missed" on the one-off: Missed in the
   file; Undo: scheduled again. "Delete Occurrence" from "More Actions" takes
   one occurrence out (its local start joins the series' exdates); Undo puts
   it back.
4. The "Mentorship" filter leaves only that mentorship's check-ins.
The file is read with sqlite3, read-only, while the app runs.
"""

import datetime
import os
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import show_view, wait_until


def connect(db):
    return sqlite3.connect("file:%s?mode=ro" % db, uri=True)


def month_title(day):
    return "%s %d" % (day.strftime("%B"), day.year)


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return datetime.date(year, month, min(day.day, last))


def day_heading(day, today):
    """An agenda day heading as the view writes it: "Tuesday 10 March", with
    the year for another year."""
    text = "%s %d %s" % (day.strftime("%A"), day.day, day.strftime("%B"))
    if day.year != today.year:
        text += " %d" % day.year
    return text


def is_view_shown(m, main, title):
    return any(ui.states_of(t) & {"selected", "checked"} for t in m.find_all("page tab", title, scope=main))


def prepare(db, today):
    mentor = ui.Mentor.binary()
    done = subprocess.run([mentor, "--database", db, "--demo"], env=ui.Mentor.environment(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr
    tomorrow = today + datetime.timedelta(days=1)
    after = today + datetime.timedelta(days=2)
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        mid, mentor_name, mentee_name = con.execute(
            "SELECT m.id, p1.name, p2.name FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE m.status = 'active' ORDER BY m.id DESC LIMIT 1").fetchone()
        # Only what the test adds for this mentorship, so every row it looks
        # for is one it knows.
        con.execute("DELETE FROM meeting WHERE mentorship_id = ?", (mid,))
        con.execute("DELETE FROM checkin_series WHERE mentorship_id = ?", (mid,))
        series_id = con.execute(
            "INSERT INTO checkin_series (mentorship_id, summary, dtstart, tzid, duration_min, rrule, location)"
            " VALUES (?, 'Weekly check-in', ?, 'UTC', 30, ?, 'Room 4')",
            (mid, tomorrow.strftime("%Y-%m-%dT10:00:00"),
             "FREQ=WEEKLY;BYDAY=%s" % tomorrow.strftime("%a")[:2].upper())).lastrowid
        meeting_id = con.execute(
            "INSERT INTO meeting (mentorship_id, starts_at, tzid, duration_min, status, location)"
            " VALUES (?, ?, 'UTC', 45, 'scheduled', 'Café')",
            (mid, after.strftime("%Y-%m-%dT11:00:00Z"))).lastrowid
        con.commit()
    finally:
        con.close()
    return mid, "%s → %s" % (mentor_name, mentee_name), series_id, meeting_id


def test_empty(tmp):
    m = ui.launch(os.path.join(tmp, "empty.db"), env={"TZ": "UTC"})
    main = m.main_window()

    m.press_key(ord("2"), ui.MOD_ALT)
    wait_until(lambda: is_view_shown(m, main, "Calendar"), None, "Alt+2 to show the Calendar")
    m.find("label", "No Check-ins Yet", scope=main)
    m.find("push button", "Show Mentorships", scope=main)
    m.find("push button", "Try with Sample Data", scope=main)

    for key, title in (("3", "Goals"), ("4", "People"), ("1", "Mentorships")):
        m.press_key(ord(key), ui.MOD_ALT)
        wait_until(lambda: is_view_shown(m, main, title), None, "Alt+%s to show %s" % (key, title))

    show_view(m, "Calendar")
    m.click(m.find("push button", "Show Mentorships", scope=main))
    wait_until(lambda: is_view_shown(m, main, "Mentorships"), None, "Show Mentorships to work")
    m.quit()


def row_name(time, pair, status):
    return "%s, %s, %s" % (time, pair, status)


def test_calendar(tmp):
    db = os.path.join(tmp, "calendar.db")
    today = datetime.date.today()
    tomorrow = today + datetime.timedelta(days=1)
    mid, pair, series_id, meeting_id = prepare(db, today)

    m = ui.launch(db, env={"TZ": "UTC"})
    main = m.main_window()
    show_view(m, "Calendar")

    # Months: the title, the buttons.
    m.find("label", month_title(today), scope=main)
    m.click(m.find("push button", "Next Month", scope=main))
    m.find("label", month_title(add_months(today, 1)), scope=main)
    m.click(m.find("push button", "Previous Month", scope=main))
    m.click(m.find("push button", "Previous Month", scope=main))
    m.find("label", month_title(add_months(today, -1)), scope=main)
    m.click(m.find("push button", "Today", scope=main))
    m.find("label", month_title(today), scope=main)
    m.find("list item", "%s, today" % day_heading(today, today), scope=main)

    # Keys in the month: a pointer click puts the focus on today's day.
    today_name = re.compile(r"^%s %d %s %d, today(,|$)" % (today.strftime("%A"), today.day,
                                                           today.strftime("%B"), today.year))
    m.pointer_click(m.find("push button", today_name, scope=main))
    m.press_key(0xFF53)  # Right
    m.find("list item", day_heading(tomorrow, today), scope=main)
    m.press_key(0xFF51)  # Left
    m.find("list item", "%s, today" % day_heading(today, today), scope=main)
    m.press_key(0xFF56)  # Page Down
    m.find("label", month_title(add_months(today, 1)), scope=main)
    m.find("list item", day_heading(add_months(today, 1), today), scope=main)
    m.press_key(0xFF55)  # Page Up
    m.find("label", month_title(today), scope=main)

    # Mark Held, one click, on tomorrow's occurrence of the series.
    occurrence = m.find(None, row_name("10:00", pair, "Scheduled"), scope=main)
    m.click(m.find("push button", "Mark Held", scope=occurrence, showing=False))
    m.find(None, row_name("10:00", pair, "Held"), scope=main)
    con = connect(db)
    try:
        stored = con.execute("SELECT status, recurrence_id, starts_at FROM meeting WHERE series_id = ?",
                             (series_id,)).fetchall()
    finally:
        con.close()
    start = tomorrow.strftime("%Y-%m-%dT10:00:00Z")
    assert stored == [("held", start, start)], "the occurrence in the file: %r" % (stored,)

    # Undo: computed again, nothing stored.
    m.click(m.find("push button", "Undo", scope=main))
    m.find(None, row_name("10:00", pair, "Scheduled"), scope=main)
    con = connect(db)
    try:
        left = con.execute("SELECT count(*) FROM meeting WHERE series_id = ?", (series_id,)).fetchone()[0]
    finally:
        con.close()
    assert left == 0, "Undo left %d stored occurrence(s)" % left

    # Mark Missed on the one-off, and Undo.
    one_off = m.find(None, row_name("11:00", pair, "Scheduled"), scope=main)
    m.click(m.find("push button", "Mark Missed", scope=one_off, showing=False))
    m.find(None, row_name("11:00", pair, "Missed"), scope=main)
    con = connect(db)
    try:
        status = con.execute("SELECT status FROM meeting WHERE id = ?", (meeting_id,)).fetchone()[0]
    finally:
        con.close()
    assert status == "missed", "the one-off is %r in the file" % status
    m.click(m.find("push button", "Undo", scope=main))
    m.find(None, row_name("11:00", pair, "Scheduled"), scope=main)
    wait_until(lambda: connect(db).execute("SELECT status FROM meeting WHERE id = ?",
                                           (meeting_id,)).fetchone()[0] == "scheduled",
               None, "the one-off to be scheduled again in the file")

    # Delete Occurrence from More Actions, and Undo.
    before = len(m.find_all(None, row_name("10:00", pair, "Scheduled"), scope=main))
    assert before >= 2, "the agenda lists %d occurrences of the weekly series" % before
    occurrence = m.find(None, row_name("10:00", pair, "Scheduled"), scope=main)
    m.click(m.find_all("push button", "More Actions", scope=occurrence, showing=False)[-1])
    m.click(m.find(None, "Delete Occurrence", showing=False,
                   where=lambda n: ui.role_of(n) in ("menu item", "push button")))
    wait_until(lambda: len(m.find_all(None, row_name("10:00", pair, "Scheduled"), scope=main)) == before - 1,
               None, "one occurrence fewer in the agenda")
    con = connect(db)
    try:
        exdates = con.execute("SELECT exdates FROM checkin_series WHERE id = ?", (series_id,)).fetchone()[0]
    finally:
        con.close()
    assert exdates == tomorrow.strftime("%Y-%m-%dT10:00:00"), "exdates %r" % exdates
    m.click(m.find("push button", "Undo", scope=main))
    wait_until(lambda: len(m.find_all(None, row_name("10:00", pair, "Scheduled"), scope=main)) == before,
               None, "the occurrence back in the agenda")
    wait_until(lambda: connect(db).execute("SELECT exdates FROM checkin_series WHERE id = ?",
                                           (series_id,)).fetchone()[0] == "",
               None, "the exception to leave the series")

    # The filter: only this mentorship's check-ins.
    others = [n for n in m.find_all("list item", re.compile(r"^\d\d:\d\d, "), scope=main)
              if pair not in ui.name_of(n)]
    filter_combo = m.find(None, "Mentorship", scope=main,
                          where=lambda n: ui.role_of(n) in ("combo box", "push button", "toggle button"))
    m.choose(filter_combo, pair)
    wait_until(lambda: all(pair in ui.name_of(n)
                           for n in m.find_all("list item", re.compile(r"^\d\d:\d\d, "), scope=main)),
               None, "only %s in the agenda" % pair)
    m.find(None, row_name("10:00", pair, "Scheduled"), scope=main)
    if others:
        m.choose(filter_combo, "All Mentorships")
        wait_until(lambda: any(pair not in ui.name_of(n)
                               for n in m.find_all("list item", re.compile(r"^\d\d:\d\d, "), scope=main)),
                   None, "the other mentorships back in the agenda")

    m.quit()


def test(tmp):
    test_empty(tmp)
    test_calendar(tmp)


if __name__ == "__main__":
    ui.run(test)
