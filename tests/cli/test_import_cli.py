#!/usr/bin/python3
"""The command line imports of CSV files, as a coordinator runs them.

mentor --import-people and --import-mentorships on the fixtures in
tests/data/csv: exit codes, what is printed on stdout and stderr, and what the
data file holds afterwards, read with sqlite3 as a coordinator's own tool
would. A refused import must leave the data file byte for byte as it was.

Usage: test_import_cli.py MENTOR_BINARY CSV_FOLDER
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

MENTOR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MENTOR_BIN", "mentor")
CSV = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "data", "csv")

BAD_ROWS = [
    "Row 109: “tariq.dubois@northwind-hr” is not an email address.",
    "Row 151: No one in the file or the data file has the manager’s email "
    "“former.manager@northwind-hr.example”.",
    "Row 152: The capacity “60” is not a whole number from 0 to 50.",
    "Row 166: The capacity “two” is not a whole number from 0 to 50.",
    "Row 197: “Pacific Standard Time” is not a known time zone: use a name such as "
    "Europe/Berlin or America/New_York.",
    "Row 203: The email “thandiwe.lindqvist@northwind-hr.example” is on rows 203 and 204: "
    "each person needs their own.",
    "Row 204: The email “thandiwe.lindqvist@northwind-hr.example” is on rows 203 and 204: "
    "each person needs their own.",
    "Row 280: The name is empty.",
]
NOTE = "The columns “Employee ID” and “Office” are not used and were ignored."


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class ImportCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="mentor-cli-")
        self.db = os.path.join(self.dir, "mentor.db")
        self.env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC", MENTOR_TODAY="2026-03-10",
                        DISPLAY="", WAYLAND_DISPLAY="")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def mentor(self, *args):
        return subprocess.run([MENTOR, "--database", self.db] + list(args),
                              capture_output=True, text=True, env=self.env, timeout=120)

    def csv(self, name):
        return os.path.join(CSV, name)

    def query(self, sql, *params):
        db = sqlite3.connect("file:{}?mode=ro".format(self.db), uri=True)
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def import_people_300(self):
        done = self.mentor("--import-people", self.csv("people-300.csv"), "--skip-bad-rows")
        self.assertEqual(done.returncode, 0, done.stderr)
        return done

    def test_refused_without_skip(self):
        # A file that holds data already, to compare byte for byte.
        filled = self.mentor("--demo")
        self.assertEqual(filled.returncode, 0, filled.stderr)
        before = sha256(self.db)
        people_before = self.query("SELECT count(*) FROM person")[0][0]

        done = self.mentor("--import-people", self.csv("people-300.csv"))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout, "")
        lines = done.stderr.splitlines()
        self.assertEqual(lines[0], NOTE)
        self.assertEqual(lines[1:9], BAD_ROWS)
        self.assertEqual(lines[9], "mentor: Nothing imported: 8 rows have problems. "
                                   "Fix them or use --skip-bad-rows.")
        self.assertEqual(len(lines), 10)

        self.assertEqual(sha256(self.db), before)
        self.assertEqual(self.query("SELECT count(*) FROM person")[0][0], people_before)
        self.assertEqual(self.query("SELECT count(*) FROM person WHERE email LIKE '%northwind-hr%'"),
                         [(0,)])

    def test_skip_bad_rows(self):
        done = self.import_people_300()
        self.assertEqual(done.stdout, "Imported people: 293 added, 0 updated, 8 skipped.\n")
        self.assertEqual(done.stderr.splitlines(), [NOTE] + BAD_ROWS)

        self.assertEqual(self.query("SELECT count(*) FROM person"), [(293,)])
        # A quoted comma in a title, the reporting line, skills split on ";".
        rows = self.query("SELECT p.title, m.email FROM person p JOIN person m ON m.id = p.manager_id "
                          "WHERE p.email = 'yusuf.adeyemi@northwind-hr.example'")
        self.assertEqual(rows, [("Director, Engineering EMEA", "yusuf.mahlangu@northwind-hr.example")])
        self.assertEqual(self.query("SELECT s.name, s.kind FROM person_skill s JOIN person p ON p.id = s.person_id "
                                    "WHERE p.email = 'yusuf.adeyemi@northwind-hr.example' "
                                    "ORDER BY kind, s.position"),
                         [("Public Speaking", "offers"), ("Design Thinking", "offers"),
                          ("Networking", "offers"), ("Financial Acumen", "offers")])
        # Everyone but the chief executive has a manager; names keep their accents.
        self.assertEqual(self.query("SELECT count(*) FROM person WHERE manager_id IS NULL"), [(1,)])
        self.assertEqual(self.query("SELECT count(*) FROM person WHERE name = 'Søren Abara'"), [(1,)])
        # The row with its email in capitals is the same person as any other spelling.
        self.assertEqual(self.query("SELECT count(*) FROM person WHERE lower(email) = "
                                    "'sara.dijk@northwind-hr.example'"), [(1,)])

        # The same file again changes nothing.
        again = self.mentor("--import-people", self.csv("people-300.csv"), "--skip-bad-rows")
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout, "Imported people: 0 added, 0 updated, 8 skipped; "
                                       "293 already up to date.\n")

    def test_update_by_email(self):
        self.import_people_300()
        done = self.mentor("--import-people", self.csv("people-updates.csv"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout, "Imported people: 1 added, 2 updated, 0 skipped.\n")
        self.assertEqual(done.stderr, "")

        yusuf = self.query("SELECT title, capacity, timezone, manager_id IS NOT NULL FROM person "
                           "WHERE email = 'yusuf.mahlangu@northwind-hr.example'")
        # Empty cells kept what was there: his zone, his manager.
        self.assertEqual(yusuf, [("SVP Engineering", 3, "America/Chicago", 1)])
        lars = self.query("SELECT title, email FROM person WHERE lower(email) = 'lars.fischer@northwind-hr.example'")
        self.assertEqual(lars, [("Senior Account Executive", "LARS.FISCHER@northwind-hr.example")])
        seeks = self.query("SELECT s.name FROM person_skill s JOIN person p ON p.id = s.person_id "
                           "WHERE lower(p.email) = 'lars.fischer@northwind-hr.example' AND kind = 'seeks' "
                           "ORDER BY position")
        self.assertEqual(seeks, [("Negotiation",), ("Public Speaking",)])
        self.assertEqual(self.query("SELECT count(*) FROM person"), [(294,)])

    def test_mentorships(self):
        self.import_people_300()
        before = sha256(self.db)
        refused = self.mentor("--import-mentorships", self.csv("mentorships.csv"))
        self.assertEqual(refused.returncode, 1)
        self.assertEqual(refused.stderr.splitlines(), [
            "Row 12: No one in the data file has the mentor’s email “former.manager@northwind-hr.example”.",
            "Row 13: A mentor and mentee must be two different people.",
            "Row 14: “coaching” is not a kind of mentorship: use traditional, reverse or peer.",
            "mentor: Nothing imported: 3 rows have problems. Fix them or use --skip-bad-rows.",
        ])
        self.assertEqual(sha256(self.db), before)
        self.assertEqual(self.query("SELECT count(*) FROM mentorship"), [(0,)])

        done = self.mentor("--import-mentorships", self.csv("mentorships.csv"), "--skip-bad-rows")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout, "Imported mentorships: 9 added, 0 updated, 4 skipped.\n")
        self.assertIn("Row 11: Row 2 already has an open mentorship of this pair.",
                      done.stderr.splitlines())

        by_status = dict(self.query("SELECT status, count(*) FROM mentorship GROUP BY status"))
        self.assertEqual(by_status, {"active": 4, "paused": 1, "completed": 1, "ended": 1, "proposed": 2})
        completed = self.query("SELECT started_on, closed_on, kind FROM mentorship WHERE status = 'completed'")
        self.assertEqual(completed, [("2025-03-01", "2025-09-01", "traditional")])
        ended = self.query("SELECT closed_on, end_reason, mode FROM mentorship WHERE status = 'ended'")
        self.assertEqual(ended, [("2025-08-15", "Moved to another team", "phone")])
        reverse = self.query("SELECT m.kind, a.email, b.email FROM mentorship m "
                             "JOIN person a ON a.id = m.mentor_id JOIN person b ON b.id = m.mentee_id "
                             "WHERE m.kind = 'reverse'")
        self.assertEqual(reverse, [("reverse", "jia.kaur@northwind-hr.example",
                                    "yusuf.adeyemi@northwind-hr.example")])

        again = self.mentor("--import-mentorships", self.csv("mentorships.csv"), "--skip-bad-rows")
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout, "Imported mentorships: 0 added, 0 updated, 13 skipped.\n")
        self.assertEqual(self.query("SELECT count(*) FROM mentorship"), [(9,)])

    def test_files_refused(self):
        self.import_people_300()
        before = sha256(self.db)

        utf16 = os.path.join(self.dir, "utf16.csv")
        with open(utf16, "wb") as f:
            f.write("name,email\r\nAna,ana@example.com\r\n".encode("utf-16"))
        done = self.mentor("--import-people", utf16)
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stderr, "mentor: The file is in UTF-16. Save it as “CSV UTF-8” "
                                      "in your spreadsheet and try again.\n")

        missing = self.mentor("--import-people", os.path.join(self.dir, "missing.csv"))
        self.assertEqual(missing.returncode, 1)
        self.assertTrue(missing.stderr.startswith("mentor: “{}” cannot be read: ".format(
            os.path.join(self.dir, "missing.csv"))), missing.stderr)

        columns = os.path.join(self.dir, "columns.csv")
        with open(columns, "w", encoding="utf-8") as f:
            f.write("Full Name,Job Title\nAna Lima,CEO\n")
        done = self.mentor("--import-people", columns)
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stderr, "mentor: The file has no “email” column. Its first row must "
                                      "name the columns, with at least “name” and “email”.\n")

        both = self.mentor("--import-people", columns, "--demo")
        self.assertEqual(both.returncode, 2)
        self.assertEqual(sha256(self.db), before)

    def test_many_problems(self):
        many = os.path.join(self.dir, "many.csv")
        with open(many, "w", encoding="utf-8") as f:
            f.write("name,email\n")
            for i in range(60):
                f.write("Person {},not-an-email-{}\n".format(i, i))
            f.write("Good Person,good@example.com\n")
        done = self.mentor("--import-people", many)
        self.assertEqual(done.returncode, 1)
        lines = done.stderr.splitlines()
        self.assertEqual(lines[0], "Row 2: “not-an-email-0” is not an email address.")
        self.assertEqual(lines[49], "Row 51: “not-an-email-49” is not an email address.")
        self.assertEqual(lines[50], "… and 10 more")
        self.assertEqual(lines[51], "mentor: Nothing imported: 60 rows have problems. "
                                    "Fix them or use --skip-bad-rows.")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
