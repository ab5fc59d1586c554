#!/usr/bin/python3
"""The report as a coordinator makes it: mentor --report on the sample
program, read back with pdftotext. It holds the period, every mentorship's
pair and status, every goal, the shared summaries; never a word of the
private notes; the paper follows the locale; refused input leaves no file.
"""

import os
import re
import shutil
import subprocess

from reportlib import (SENTINEL, check, connect, demo_file, finish, pdf_page_size,
                       pdf_pages, pdf_text, preview, run, tempdir)

PERIOD = ("2025-12-11", "2026-03-10")
STATUS_WORDS = {
    "active": "Active since",
    "paused": "Paused since",
    "completed": "Completed on",
    "ended": "Ended on",
    "proposed": "Proposed",
}


def flat(text):
    """Whitespace as single spaces: a wrapped line reads as one."""
    return re.sub(r"\s+", " ", text)


def in_period(db):
    first, last = PERIOD
    return db.execute(
        "SELECT m.id, a.name, b.name, m.status FROM mentorship m "
        "JOIN person a ON a.id = m.mentor_id JOIN person b ON b.id = m.mentee_id "
        "WHERE m.status = 'proposed' OR ((m.started_on IS NULL OR m.started_on <= ?2) "
        "  AND (m.closed_on IS NULL OR m.closed_on >= ?1))", (first, last)).fetchall()


def plant_sentinel(path):
    """The sentinel in every meeting's private notes, and private notes on a
    meeting held in the period that had none."""
    with connect(path) as db:
        db.execute("UPDATE meeting SET private_notes = private_notes || ' ' || ?", (SENTINEL,))
        db.execute("UPDATE meeting SET private_notes = ? WHERE id = (SELECT min(id) FROM meeting "
                   "WHERE status = 'held' AND starts_at >= '2026-01-01')", ("Confidential: " + SENTINEL,))
    db.close()


def test_program_report(folder):
    path = demo_file(folder)
    plant_sentinel(path)
    pdf = os.path.join(folder, "report.pdf")

    status, out, err = run("--database", path, "--report", pdf)
    check(status == 0, "--report exits 0 (%s)" % err)
    pages = pdf_pages(pdf)
    db = connect(path)
    listed = in_period(db)
    check(out == "Wrote a %d-page report of %d mentorships to %s" % (pages, len(listed), pdf),
          "one line says what was written: %r" % out)
    check(pages >= 3, "the sample program takes several pages (%d)" % pages)
    check(pdf_page_size(pdf) == (595.276, 841.89), "A4 in the C locale: %r" % (pdf_page_size(pdf),))

    text = flat(pdf_text(pdf))
    check("Northwind" in text, "the program is named after its file")
    check("11 Dec 2025 – 10 Mar 2026" in text, "the period is printed")
    for page in range(1, pages + 1):
        check("Page %d of %d" % (page, pages) in flat(pdf_text(pdf, page)), "page %d has its number" % page)

    for mid, mentor, mentee, status_word in listed:
        check("%s → %s" % (mentor, mentee) in text, "the pair %s → %s is in the report" % (mentor, mentee))
    for status_word in set(row[3] for row in listed):
        check(STATUS_WORDS[status_word] in text, "the status %s is shown" % status_word)

    ids = tuple(row[0] for row in listed)
    marks = ",".join("?" * len(ids))
    for (title,) in db.execute("SELECT title FROM goal WHERE mentorship_id IN (%s)" % marks, ids):
        check(flat(title) in text, "the goal %r is in the report" % title)
    for (title,) in db.execute("SELECT s.title FROM milestone s JOIN goal g ON g.id = s.goal_id "
                               "WHERE g.mentorship_id IN (%s)" % marks, ids):
        check(flat(title) in text, "the milestone %r is in the report" % title)
    for (summary,) in db.execute("SELECT summary FROM meeting WHERE summary <> '' AND starts_at >= '2025-12-11' "
                                 "AND starts_at < '2026-03-11' AND mentorship_id IN (%s)" % marks, ids):
        check(flat(summary)[:40] in text, "the shared summary %r is in the report" % summary[:40])

    check(SENTINEL not in text, "the private-notes sentinel never appears")
    for (notes,) in db.execute("SELECT private_notes FROM meeting WHERE private_notes <> ''"):
        check(flat(notes)[:30] not in text, "no private note is printed: %r" % notes[:30])
    check("Private notes" not in text, "no private-notes heading either")

    # Health and charts in words: the at-risk part names its reasons.
    check("Relationships at Risk" in text and "At Risk" in text, "relationships at risk are listed")
    check("Meetings Held and Planned" in text, "the meetings chart is there")
    db.close()

    preview(pdf, "sample-program")
    return path


def test_one_mentorship(folder, path):
    db = connect(path)
    mid, mentor, mentee = db.execute(
        "SELECT m.id, a.name, b.name FROM mentorship m JOIN person a ON a.id = m.mentor_id "
        "JOIN person b ON b.id = m.mentee_id WHERE m.status = 'active' ORDER BY m.id LIMIT 1").fetchone()
    others = [row[0] for row in db.execute(
        "SELECT DISTINCT p.name FROM person p JOIN mentorship m ON p.id IN (m.mentor_id, m.mentee_id) "
        "WHERE m.id <> ? AND p.id NOT IN (SELECT mentor_id FROM mentorship WHERE id = ?) "
        "AND p.id NOT IN (SELECT mentee_id FROM mentorship WHERE id = ?)", (mid, mid, mid))]
    db.close()

    pdf = os.path.join(folder, "one.pdf")
    status, out, err = run("--database", path, "--report", pdf, "--mentorship", str(mid),
                           "--from", "2026-01-01", "--to", "2026-03-31")
    check(status == 0, "--report --mentorship exits 0 (%s)" % err)
    check(out.endswith("of 1 mentorship to %s" % pdf), "one mentorship reported: %r" % out)
    text = flat(pdf_text(pdf))
    check("%s → %s" % (mentor, mentee) in text, "its pair is the title")
    check("Mentorship report · 1 Jan 2026 – 31 Mar 2026" in text, "the header names the period")
    for name in others:
        check(name not in text, "%s, of another mentorship, is not in it" % name)
    check("At a Glance" not in text, "no program part in a one-mentorship report")
    preview(pdf, "one-mentorship")


def test_refusals(folder, path):
    pdf = os.path.join(folder, "refused.pdf")
    kept = os.path.join(folder, "kept.pdf")
    with open(kept, "w") as f:
        f.write("an earlier report")
    blocker = os.path.join(folder, "a-file")
    with open(blocker, "w") as f:
        f.write("not a folder")

    cases = [
        (["--from", "2026-13-01"], pdf, "2026-13-01"),
        (["--from", "2026-02-30", "--to", "2026-03-10"], pdf, "2026-02-30"),
        (["--from", "2026-03-01", "--to", "2026-02-01"], pdf, "first day must come first"),
        (["--mentorship", "99999"], pdf, "no mentorship with the ID 99999"),
        ([], os.path.join(blocker, "report.pdf"), "Could not write the report"),
        (["--to", "yesterday"], kept, "yesterday"),
    ]
    for extra, target, words in cases:
        status, out, err = run("--database", path, "--report", target, *extra)
        check(status != 0, "refused: %s (exit %d)" % (extra or target, status))
        check(err.startswith("mentor: ") and words in err, "a clear error for %s: %r" % (extra or target, err))
        check(out == "", "nothing on stdout when refused")
    check(not os.path.exists(pdf), "no report is left after a refusal")
    with open(kept) as f:
        check(f.read() == "an earlier report", "an existing file is untouched by a refused run")
    check(not [n for n in os.listdir(folder) if n.startswith(".")], "no temporary file is left behind")

    status, _, err = run("--database", path, "--report", pdf, "--export-csv", folder)
    check(status == 2 and "cannot be used together" in err, "--report and --export-csv do not mix")


def test_letter(folder, path):
    if shutil.which("localedef") is None or not os.path.isdir("/usr/share/i18n/locales"):
        print("SKIP letter: localedef or the locale sources (package locales) are missing")
        return
    locales = os.path.join(folder, "locales")
    os.makedirs(locales)
    made = subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", os.path.join(locales, "en_US.UTF-8")],
                          capture_output=True, text=True)
    if made.returncode not in (0, 1) or not os.path.isdir(os.path.join(locales, "en_US.UTF-8")):
        print("SKIP letter: localedef failed: " + made.stderr)
        return

    pdf = os.path.join(folder, "letter.pdf")
    env = {"LOCPATH": locales, "LC_ALL": "", "LANG": "C.UTF-8", "LC_PAPER": "en_US.UTF-8"}
    status, _, err = run("--database", path, "--report", pdf, env=env)
    check(status == 0, "--report in en_US exits 0 (%s)" % err)
    check(pdf_page_size(pdf) == (612.0, 792.0), "Letter paper in en_US: %r" % (pdf_page_size(pdf),))


def test_names_in_any_script(folder):
    path = os.path.join(folder, "world.db")
    status, _, err = run("--database", path, "--report", os.path.join(folder, "empty.pdf"))
    check(status == 0, "a report of an empty program (%s)" % err)

    names = ["Zoë Ångström", "李雷", "علي حسن", "Ørjan Søndergård"]
    with connect(path) as db:
        ids = []
        for i, name in enumerate(names):
            cur = db.execute("INSERT INTO person (name, email) VALUES (?, ?)", (name, "p%d@example.org" % i))
            ids.append(cur.lastrowid)
        for a, b in ((0, 1), (2, 3)):
            db.execute("INSERT INTO mentorship (mentor_id, mentee_id, kind, status, started_on, cadence_days) "
                       "VALUES (?, ?, 'traditional', 'active', '2026-01-05', 14)", (ids[a], ids[b]))
    db.close()

    pdf = os.path.join(folder, "world.pdf")
    status, _, err = run("--database", path, "--report", pdf)
    check(status == 0, "--report with names in other scripts (%s)" % err)
    text = pdf_text(pdf)
    # pdftotext gives back a character only when a font drew it: a missing
    # glyph is drawn as a box with no text behind it.
    for name in names:
        if name.startswith("علي"):
            check("علي" in text or "ﻋﻠﻲ" in text or "يلع" in text, "the Arabic name is drawn as text")
        else:
            check(name in text, "%s is drawn as text" % name)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    check(" yes " in fonts and "no  no" not in fonts, "every font is embedded:\n" + fonts)
    preview(pdf, "names")


def main():
    with tempdir() as folder:
        path = test_program_report(folder)
        test_one_mentorship(folder, path)
        test_refusals(folder, path)
        test_letter(folder, path)
        test_names_in_any_script(folder)
    finish()


if __name__ == "__main__":
    main()
