#!/usr/bin/python3
"""Recurring check-ins, through the real window (issue 4).

On a sample program (`mentor --demo`) adjusted with sqlite3 so that the test
knows what to expect: one active mentorship with a cadence of 14 days, no
meetings but one held 21 days ago, no series, a planned end 120 days ahead, a
goal (so "no goals" is no reason), and its mentor in UTC, the zone the app
runs in.

- Its row needs attention ("No meeting held for 21 days"), and "Schedule
  Check-ins…" in its detail opens "Schedule Check-ins" pre-filled from the
  mentorship: Weekly, every 2 weeks, on the weekday of the last meeting, at
  09:00 for 45 minutes, in the mentor's zone, until the planned end; the rule
  is read back in words with its first dates.
- Started a week ago, the series is stored with the rule the dialog showed
  (FREQ=WEEKLY;INTERVAL=2;BYDAY=..;UNTIL=..) and the detail and the row say
  "Next: <a week from today>, 09:00".
- "Show in Calendar" shows the Calendar filtered to the mentorship; its
  agenda lists the occurrences a week and three weeks ahead as "09:00, <Mentor>
  → <Mentee>, Scheduled".
- The one a week ago, opened from the agenda of its day, is marked Held on
  its page with a shared summary and a private note, and saved: the file
  holds it as an occurrence of the series (held, the note, the series' uid,
  its start as recurrence id), the agenda says "Held" and the mentorship's
  health follows: its row is On Track.
- The next one is cancelled from the agenda's "More Actions": it stays
  listed, "Cancelled", the file holds it cancelled, and the mentorship's next
  check-in moves on three weeks ahead.
"""

import datetime
import os
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import field, show_view, wait_until

CADENCE = 14
LAST_HELD = 21   # days ago: a week before the series starts, on its weekday
SUMMARY = "Went through the board presentation; Ben leads the next one."
PRIVATE = "Seemed tired; ask about the workload."


def day_text(day, today):
    """As Mentor writes a day in "Next: …": "Tue 10 Mar" (English), with the
    year when it is not this year's."""
    text = "%s %d %s" % (day.strftime("%a"), day.day, day.strftime("%b"))
    if day.year != today.year:
        text += " %d" % day.year
    return text


def connect(db):
    return sqlite3.connect("file:%s?mode=ro" % db, uri=True)


def prepare(db):
    mentor = ui.Mentor.binary()
    done = subprocess.run([mentor, "--database", db, "--demo"], env=ui.Mentor.environment(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr
    today = datetime.date.today()
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        mid, mentor_id, mentor_name, mentee_name = con.execute(
            "SELECT m.id, m.mentor_id, p1.name, p2.name FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE m.status = 'active' ORDER BY m.id LIMIT 1").fetchone()
        con.execute("DELETE FROM meeting WHERE mentorship_id = ?", (mid,))
        con.execute("DELETE FROM checkin_series WHERE mentorship_id = ?", (mid,))
        con.execute("DELETE FROM review WHERE mentorship_id = ?", (mid,))
        con.execute("DELETE FROM goal WHERE mentorship_id = ?", (mid,))
        con.execute("UPDATE mentorship SET started_on = ?, ends_on = ?, cadence_days = ?,"
                    " max_gap_days = 0, mode = 'video' WHERE id = ?",
                    ((today - datetime.timedelta(days=60)).isoformat(),
                     (today + datetime.timedelta(days=120)).isoformat(), CADENCE, mid))
        con.execute("UPDATE person SET timezone = 'UTC' WHERE id = ?", (mentor_id,))
        held = today - datetime.timedelta(days=LAST_HELD)
        con.execute("INSERT INTO meeting (mentorship_id, starts_at, tzid, duration_min, status)"
                    " VALUES (?, ?, 'UTC', 45, 'held')", (mid, held.strftime("%Y-%m-%dT09:00:00Z")))
        con.execute("INSERT INTO goal (mentorship_id, title, status) VALUES (?, ?, 'open')",
                    (mid, "Lead the quarterly planning"))
        con.commit()
    finally:
        con.close()
    return mid, mentor_name, mentee_name


def row_name(pair, health):
    return re.compile(r"^%s, Active, %s(?: |$)" % (re.escape(pair), re.escape(health)))


def agenda_row(m, scope, pair, status):
    return m.find(None, re.compile(r"^09:00, %s, %s(?: |$)" % (re.escape(pair), status)), scope=scope)


def test(tmp):
    db = os.path.join(tmp, "calendar.db")
    mid, mentor, mentee = prepare(db)
    pair = "%s → %s" % (mentor, mentee)
    today = datetime.date.today()
    week_ago = today - datetime.timedelta(days=7)
    week_ahead = today + datetime.timedelta(days=7)
    three_weeks = today + datetime.timedelta(days=21)
    ends = today + datetime.timedelta(days=120)
    weekday = week_ago.strftime("%A")

    m = ui.launch(db, env={"TZ": "UTC"})
    main = m.main_window()
    show_view(m, "Mentorships")

    # Before: 21 days without a held meeting, for a cadence of 14.
    row = m.find(None, row_name(pair, "Needs Attention"), scope=main)
    m.select_row(row, check=lambda: m.exists_now("push button", "Schedule Check-ins…", scope=main))
    m.find("label", "No check-in planned", scope=main)

    # The dialog, pre-filled from the mentorship.
    m.click(m.find("push button", "Schedule Check-ins…", scope=main))
    dialog = m.window("Schedule Check-ins")
    assert m.current_choice(m.find("combo box", "Repeats", scope=dialog, showing=False)) == "Weekly"
    every = m.find("spin button", "Every", scope=dialog, showing=False)
    assert ui.text_of(every) == "2", "Every holds %r" % ui.text_of(every)
    assert ui.text_of(field(m, "Time", dialog)) == "09:00"
    assert ui.text_of(field(m, "Time Zone", dialog)) == "UTC"
    assert ui.text_of(m.find("spin button", "Duration", scope=dialog, showing=False)) == "45"
    assert ui.text_of(field(m, "Starts", dialog)) == week_ahead.isoformat(), \
        "the series starts on %r, not on the next %s" % (ui.text_of(field(m, "Starts", dialog)), weekday)
    assert ui.text_of(field(m, "End Date", dialog)) == ends.isoformat()
    # GTK 4.8 shows a toggle button as a push button, "pressed" when on.
    toggle = m.find("push button", weekday, scope=dialog, showing=False)
    assert "pressed" in ui.states_of(toggle), "%s is not chosen" % weekday
    m.find("label", re.compile(r"^Every 2 weeks on %s at 09:00" % weekday), scope=dialog, showing=False)

    # Started a week ago instead: the first dates follow.
    m.set_text(field(m, "Starts", dialog), week_ago.isoformat())
    m.find("label", re.compile(r"^First: %s, %s and " % (day_text(week_ago, today), day_text(week_ahead, today))),
           scope=dialog, showing=False)
    m.click(m.find("push button", "Schedule", scope=dialog, showing=False))
    m.wait_window_gone("Schedule Check-ins")

    con = connect(db)
    try:
        series = con.execute("SELECT id, uid, dtstart, tzid, duration_min, rrule FROM checkin_series"
                             " WHERE mentorship_id = ?", (mid,)).fetchall()
    finally:
        con.close()
    assert len(series) == 1, "the file holds %d series for the mentorship" % len(series)
    series_id, uid, dtstart, tzid, duration, rrule = series[0]
    assert dtstart == week_ago.strftime("%Y-%m-%dT09:00:00"), "dtstart %r" % dtstart
    assert (tzid, duration) == ("UTC", 45), "zone and duration %r" % ((tzid, duration),)
    parts = dict(p.split("=", 1) for p in rrule.split(";"))
    assert parts.get("FREQ") == "WEEKLY" and parts.get("INTERVAL") == "2", "rrule %r" % rrule
    assert parts.get("BYDAY") == week_ago.strftime("%a")[:2].upper(), "rrule %r" % rrule
    assert parts.get("UNTIL", "").startswith(ends.strftime("%Y%m%d")), "rrule %r" % rrule

    # The detail and the row say when the next one is.
    next_text = "Next: %s, 09:00" % day_text(week_ahead, today)
    m.find("label", next_text, scope=main)
    m.find("label", re.compile(r"^Every 2 weeks on %s at 09:00" % weekday), scope=main)
    # The list was refreshed: its rows are new.
    row = m.find(None, row_name(pair, "Needs Attention"), scope=main)
    m.find("label", next_text, scope=row, showing=False)

    # The Calendar, filtered to the mentorship, lists the next occurrences.
    m.click(m.find("push button", "Show in Calendar", scope=main))
    wait_until(lambda: any(ui.states_of(t) & {"selected", "checked"}
                           for t in m.find_all("page tab", "Calendar", scope=main)),
               None, "the Calendar view to be shown")
    filter_combo = m.find(None, "Mentorship", scope=main,
                          where=lambda n: ui.role_of(n) in ("combo box", "push button", "toggle button"))
    wait_until(lambda: m.current_choice(filter_combo) == pair, None,
               lambda: "the Calendar filtered to %s (it shows %r)" % (pair, m.current_choice(filter_combo)))
    agenda_row(m, main, pair, "Scheduled")
    wait_until(lambda: len(m.find_all(None, re.compile(r"^09:00, %s, Scheduled(?: |$)" % re.escape(pair)),
                                      scope=main)) >= 2,
               None, "two scheduled occurrences in the agenda")

    # A week ago: its day chosen in the month, its occurrence opened from the agenda.
    day_name = "%s %d %s %d" % (week_ago.strftime("%A"), week_ago.day, week_ago.strftime("%B"), week_ago.year)
    m.click(m.find("push button", re.compile(r"^%s, " % re.escape(day_name)), scope=main))
    wait_until(lambda: m.exists_now(None, re.compile(r"^%s %d %s" % (week_ago.strftime("%A"), week_ago.day,
                                                                     week_ago.strftime("%B"))),
                                    scope=main, where=lambda n: ui.role_of(n) == "list item"),
               None, "the agenda to start on %s" % week_ago)
    past = agenda_row(m, main, pair, "Scheduled")
    m.pointer_click(past, double=True)
    editor = m.window("Check-in · %s" % pair)
    m.choose(m.find("combo box", "Status", scope=editor, showing=False), "Held")
    m.set_text(field(m, "Shared Summary", editor), SUMMARY)
    m.set_text(field(m, "Private Notes", editor), PRIVATE)
    m.click(m.find("push button", "Save", scope=editor, showing=False))
    m.wait_window_gone("Check-in · %s" % pair)

    agenda_row(m, main, pair, "Held")
    con = connect(db)
    try:
        stored = con.execute("SELECT status, summary, private_notes, series_id, uid, recurrence_id, starts_at"
                             " FROM meeting WHERE mentorship_id = ? AND series_id IS NOT NULL",
                             (mid,)).fetchall()
    finally:
        con.close()
    start = week_ago.strftime("%Y-%m-%dT09:00:00Z")
    assert stored == [("held", SUMMARY, PRIVATE, series_id, uid, start, start)], \
        "the occurrence in the file: %r" % (stored,)

    # The next one, cancelled from the agenda: still listed, marked cancelled.
    m.click(m.find("push button", "Today", scope=main))
    upcoming = agenda_row(m, main, pair, "Scheduled")
    # A menu button is a push button around its toggle, both named.
    m.find("push button", "More Actions", scope=upcoming, showing=False)
    m.click(m.find_all("push button", "More Actions", scope=upcoming, showing=False)[-1])
    m.click(m.find(None, "Cancel Check-in", showing=False,
                   where=lambda n: ui.role_of(n) in ("menu item", "push button")))
    agenda_row(m, main, pair, "Cancelled")
    con = connect(db)
    try:
        cancelled = con.execute("SELECT status, recurrence_id FROM meeting WHERE series_id = ?"
                                " AND status = 'cancelled'", (series_id,)).fetchall()
    finally:
        con.close()
    assert cancelled == [("cancelled", week_ahead.strftime("%Y-%m-%dT09:00:00Z"))], \
        "the cancelled occurrence in the file: %r" % (cancelled,)

    # The mentorship follows: held a week ago, so on track; next in three weeks.
    show_view(m, "Mentorships")
    row = m.find(None, row_name(pair, "On Track"), scope=main)
    m.find("label", "Next: %s, 09:00" % day_text(three_weeks, today), scope=row, showing=False)

    m.quit()


if __name__ == "__main__":
    ui.run(test)
