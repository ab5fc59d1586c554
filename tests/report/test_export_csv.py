#!/usr/bin/python3
"""mentor --export-csv DIR on the sample program: the four files read back
with Python's csv module equal what sqlite3 reads from the data file; UTF-8,
RFC 4180 line ends, a header row, ISO dates, and no private notes.
"""

import csv
import os

from reportlib import SENTINEL, check, connect, demo_file, finish, run, tempdir


def read(path):
    with open(path, "rb") as f:
        raw = f.read()
    check(raw.endswith(b"\r\n") and b"\r\n" in raw, "%s ends its records with CRLF" % os.path.basename(path))
    raw.decode("utf-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def text(value):
    return "" if value is None else str(value)


def compare(name, rows, expected, key="id"):
    check(len(rows) == len(expected), "%s: %d rows, the file has %d" % (name, len(expected), len(rows)))
    by_id = {row[key]: row for row in rows}
    for want in expected:
        got = by_id.get(text(want[key]))
        if not check(got is not None, "%s: row %s is in the file" % (name, want[key])):
            continue
        for column, value in want.items():
            check(got[column] == text(value), "%s row %s: %s is %r, the data file says %r"
                  % (name, want[key], column, got[column], text(value)))


def query(db, sql):
    cursor = db.execute(sql)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def main():
    with tempdir() as folder:
        path = demo_file(folder)
        with connect(path) as db:
            db.execute("UPDATE meeting SET private_notes = private_notes || ' ' || ?", (SENTINEL,))
        db.close()

        out = os.path.join(folder, "export", "csv")
        status, line, err = run("--database", path, "--export-csv", out)
        check(status == 0, "--export-csv exits 0 (%s)" % err)
        check(line.startswith("Wrote ") and line.endswith(" as CSV files to " + out), "one line: %r" % line)
        check(sorted(os.listdir(out)) == ["goals.csv", "meetings.csv", "mentorships.csv", "milestones.csv"],
              "four files and nothing else: %r" % sorted(os.listdir(out)))

        for name in os.listdir(out):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                content = f.read()
            check(SENTINEL not in content, "%s holds no private notes" % name)
            check("private" not in content.split("\n")[0], "%s has no private column" % name)

        db = connect(path)
        header, rows = read(os.path.join(out, "mentorships.csv"))
        check(header[:7] == ["id", "mentor_id", "mentor", "mentee_id", "mentee", "kind", "status"],
              "mentorships.csv header: %r" % header)
        compare("mentorships.csv", rows, query(db,
                "SELECT m.id, m.mentor_id, a.name AS mentor, m.mentee_id, b.name AS mentee, m.kind, m.status, "
                "coalesce (m.started_on, '') AS started_on, coalesce (m.ends_on, '') AS ends_on, "
                "coalesce (m.closed_on, '') AS closed_on, m.end_reason, m.cadence_days, m.mode, m.expectations "
                "FROM mentorship m JOIN person a ON a.id = m.mentor_id JOIN person b ON b.id = m.mentee_id"))
        for row in rows:
            areas = [r[0] for r in db.execute("SELECT name FROM mentorship_focus WHERE mentorship_id = ? "
                                              "ORDER BY position", (int(row["id"]),))]
            check(row["focus_areas"] == "; ".join(areas), "focus areas of %s" % row["id"])
            check(row["health"] in ("", "on-track", "needs-attention", "at-risk"), "health word %r" % row["health"])

        header, rows = read(os.path.join(out, "meetings.csv"))
        check("private_notes" not in header, "meetings.csv has no private_notes column")
        compare("meetings.csv", rows, query(db,
                "SELECT id, mentorship_id, coalesce (series_id, '') AS series_id, "
                "coalesce (recurrence_id, '') AS recurrence_id, starts_at, tzid, duration_min, status, "
                "location, agenda, summary FROM meeting"))
        for row in rows:
            check(row["starts_at"].endswith("Z") and len(row["starts_at"]) == 20, "an ISO instant: %r" % row["starts_at"])
            check(len(row["local_start"]) == 19, "a local ISO time: %r" % row["local_start"])

        header, rows = read(os.path.join(out, "goals.csv"))
        compare("goals.csv", rows, query(db,
                "SELECT g.id, g.mentorship_id, g.title, g.focus_area, g.success_measure, "
                "coalesce (g.target_on, '') AS target_on, g.status, g.drop_reason, "
                "(SELECT count (*) FROM milestone s WHERE s.goal_id = g.id AND s.done_on IS NOT NULL) AS milestones_done, "
                "(SELECT count (*) FROM milestone s WHERE s.goal_id = g.id) AS milestones_total FROM goal g"))

        header, rows = read(os.path.join(out, "milestones.csv"))
        compare("milestones.csv", rows, query(db,
                "SELECT s.id, s.goal_id, g.mentorship_id, g.title AS goal, s.position, s.title, "
                "coalesce (s.due_on, '') AS due_on, coalesce (s.done_on, '') AS done_on "
                "FROM milestone s JOIN goal g ON g.id = s.goal_id"))
        db.close()

        # Refused: a file where the folder should be; nothing made, exit 1.
        blocker = os.path.join(folder, "a-file")
        with open(blocker, "w") as f:
            f.write("x")
        for target in (blocker, os.path.join(blocker, "csv")):
            status, line, err = run("--database", path, "--export-csv", target)
            check(status == 1 and err.startswith("mentor: "), "refused into %s: %r" % (target, err))
        check(not [n for n in os.listdir(folder) if n.startswith(".")], "no temporary file left")

        # Again into the same folder: the files are replaced whole.
        status, _, err = run("--database", path, "--export-csv", out)
        check(status == 0 and sorted(os.listdir(out)) == ["goals.csv", "meetings.csv", "mentorships.csv",
                                                          "milestones.csv"], "a second export replaces the files")
    finish()


if __name__ == "__main__":
    main()
