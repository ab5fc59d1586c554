#!/usr/bin/python3
"""A program of 200 mentorships, written through the public schema: the
report grows with it, and nothing is cut at a page edge. Three checks of the
PDF as read back by poppler:

- every word lies in the body of its page, or in the header or footer band:
  none straddles the bottom of the body or runs into the margins;
- every goal is whole on one page: its title and its progress line ("2 of 4
  milestones done") are on the same page, and each goal's block is printed
  once (a goal split across pages would repeat its title "(continued)");
- every page says "Page N of M".
"""

import os
import re

from reportlib import (check, connect, finish, new_file, pdf_pages, pdf_text, pdf_words,
                       preview, run, tempdir)

N = 200
# The body of an A4 page (mentor-report-layout.c: margins 64 above, 58 below).
A4_HEIGHT = 841.89
BODY_TOP = 64.0
BODY_BOTTOM = A4_HEIGHT - 58.0
SLACK = 1.5


def write_program(path, n):
    """n active mentorships, each with two goals (4 and 2 milestones) and
    meetings in January, February and March 2026, some with summaries."""
    with connect(path) as db:
        for i in range(n):
            mentor = db.execute("INSERT INTO person (name, email) VALUES (?, ?)",
                                ("Mentor %03d Lindqvist-Hargreaves" % i, "mentor%d@example.org" % i)).lastrowid
            mentee = db.execute("INSERT INTO person (name, email) VALUES (?, ?)",
                                ("Mentee %03d Oyelaran" % i, "mentee%d@example.org" % i)).lastrowid
            m = db.execute("INSERT INTO mentorship (mentor_id, mentee_id, kind, status, started_on, ends_on, "
                           "cadence_days, mode, expectations) VALUES (?, ?, 'traditional', 'active', "
                           "'2025-11-03', '2026-11-03', 21, 'video', 'Meet every three weeks.')",
                           (mentor, mentee)).lastrowid
            for g, count in ((1, 4), (2, 2)):
                goal = db.execute("INSERT INTO goal (mentorship_id, title, focus_area, success_measure, "
                                  "target_on, status) VALUES (?, ?, 'Leadership', "
                                  "'The board approves it without changes', '2026-06-30', 'open')",
                                  (m, "Goal %03d-%d Present the platform roadmap to the board" % (i, g))).lastrowid
                for k in range(count):
                    db.execute("INSERT INTO milestone (goal_id, title, position, due_on, done_on) "
                               "VALUES (?, ?, ?, ?, ?)",
                               (goal, "Step %d of goal %03d-%d" % (k + 1, i, g), k,
                                "2026-0%d-15" % (k % 6 + 1), "2026-01-20" if k < count // 2 else None))
            for month, status, summary in (("01", "held", "Agreed the first steps and who to talk to."),
                                           ("02", "missed", ""),
                                           ("03", "held", "")):
                db.execute("INSERT INTO meeting (mentorship_id, starts_at, tzid, duration_min, status, "
                           "agenda, summary, private_notes) VALUES (?, ?, 'UTC', 45, ?, ?, ?, ?)",
                           (m, "2026-%s-0%dT10:00:00Z" % (month, i % 9 + 1), status,
                            "Progress on the roadmap", summary, "Private worry %d" % i))
    db.close()


def main():
    with tempdir() as folder:
        small = new_file(folder, "small.db")
        write_program(small, 5)
        big = new_file(folder, "program.db")
        write_program(big, N)

        small_pdf = os.path.join(folder, "small.pdf")
        big_pdf = os.path.join(folder, "big.pdf")
        for path, pdf in ((small, small_pdf), (big, big_pdf)):
            status, out, err = run("--database", path, "--report", pdf)
            check(status == 0, "--report exits 0 (%s)" % err)
            print(out)

        small_pages = pdf_pages(small_pdf)
        pages = pdf_pages(big_pdf)
        check(pages > small_pages * 10, "pages grow with the program: %d for 5, %d for %d"
              % (small_pages, pages, N))

        # Words inside the body, or in the header (above it) or footer (below).
        words = pdf_words(big_pdf)
        check(len(words) > 1000, "the report has words (%d)" % len(words))
        for page, height, word, y_min, y_max in words:
            in_body = y_min >= BODY_TOP - SLACK and y_max <= BODY_BOTTOM + SLACK
            in_header = y_max <= BODY_TOP - 10
            in_footer = y_min >= BODY_BOTTOM + 8 and y_max <= height - 20
            if not check(in_body or in_header or in_footer,
                         "page %d: %r at %.1f–%.1f crosses the edge of the body" % (page, word, y_min, y_max)):
                break

        # Goals whole on one page, each once.
        seen = {}
        for page in range(1, pages + 1):
            text = re.sub(r"\s+", " ", pdf_text(big_pdf, page))
            check("Page %d of %d" % (page, pages) in text, "page %d has its number" % page)
            # A goal's block: its title, then its status and target (the
            # overdue table names goals too, followed by a milestone).
            titles = list(re.finditer(r"Goal (\d{3}-\d) Present the platform roadmap to the board "
                                      r"Open · target", text))
            for index, match in enumerate(titles):
                seen[match.group(1)] = seen.get(match.group(1), 0) + 1
                end = titles[index + 1].start() if index + 1 < len(titles) else len(text)
                check(re.search(r"\d+ of \d+ milestones? done", text[match.end():end]) is not None,
                      "page %d: goal %s has its progress bar on the same page" % (page, match.group(1)))
        check(len(seen) == 2 * N, "every goal is printed (%d of %d)" % (len(seen), 2 * N))
        check(all(count == 1 for count in seen.values()), "no goal is printed twice (none split)")
        check("Private worry" not in pdf_text(big_pdf), "no private note is printed")

        preview(big_pdf, "program-200")
    finish()


if __name__ == "__main__":
    main()
