#!/usr/bin/python3
"""Writes people-300.csv: an HR export of 300 people as a spreadsheet saves it
("CSV UTF-8": a byte-order mark, CRLF line ends, quotes only where needed),
with a reporting line five levels deep, skills and development areas (about a third of the company seeks a mentor,
and there are enough places for them), columns Mentor does not use, and
eight rows an HR system gets wrong.

The output is committed; run this again only to change it:
    /usr/bin/python3 tests/data/csv/make-people-300.py > tests/data/csv/people-300.csv
"""
import csv
import io
import random
import sys

rng = random.Random(20260310)

FIRST = """Amara Anders Aiko Beatriz Bongani Camille Carlos Chen Chiara Dariusz Deepa
Diego Elif Emeka Erik Esther Fatima Felix Freya Gabriel Hana Hannah Hugo Ines
Ingrid Isaac Jamal Javier Jia Joao Johanna Jonas Kai Kalinda Kamal Katarzyna
Kenji Kofi Lars Laura Layla Leon Lina Lucia Luis Maja Malik Mareike Mateo Mei
Mia Mohammed Nadia Nikolai Nina Noah Olga Omar Pablo Paula Pedro Priya Rafael
Rania Ravi Rosa Ruth Samir Sara Sean Sergei Siddharth Sofia Sven Tariq Thandiwe
Theo Tomas Valentina Victor Wei Yara Yusuf Zanele Zoe Élodie Søren Zoë""".split()
LAST = """Abara Adeyemi Almeida Andersen Bauer Becker Bianchi Brennan Castillo Chatterjee
Costa Dubois Eriksson Fernandes Fischer Garcia Gómez Haddad Hansen Hoffmann
Ibrahim Iyer Jansen Johansson Kaur Keller Kim Kowalski Kruger Larsen Lefebvre
Lindqvist Lopez Mahlangu Martins Mensah Moreau Müller Nakamura Nascimento
Ndlovu Nguyen Novak Okafor Olsen Osei Park Patel Petrov Quispe Rahman Reyes
Rossi Sato Schmidt Silva Singh Sørensen Tanaka Torres Van Dijk Wagner Wang
Weber Yilmaz Zhang Zimmermann""".split()

DEPARTMENTS = {
    "Engineering": ("Engineering", ["Software Engineer", "Senior Software Engineer",
                                    "Site Reliability Engineer", "QA Engineer"]),
    "Sales": ("Sales", ["Account Executive", "Sales Development Representative",
                        "Solutions Consultant"]),
    "Marketing": ("Marketing", ["Marketing Specialist", "Content Strategist",
                                "Product Marketing Manager"]),
    "Finance": ("Finance", ["Financial Analyst", "Accountant", "Payroll Specialist"]),
    "People": ("People & Culture", ["HR Business Partner", "Recruiter",
                                    "Learning Specialist"]),
    "Operations": ("Operations", ["Operations Analyst", "Facilities Coordinator",
                                  "Procurement Specialist"]),
    "Product": ("Product", ["Product Manager", "UX Designer", "Data Analyst"]),
}
ZONES = ["Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Warsaw",
         "America/New_York", "America/Chicago", "America/Sao_Paulo",
         "Asia/Singapore", "Asia/Kolkata", "Africa/Johannesburg", "Australia/Sydney"]
AREAS = ["Leadership", "Networking", "Communication", "Strategic Thinking",
         "Emotional Intelligence", "Organizational Politics", "Career Advancement",
         "Public Speaking", "Negotiation", "Financial Acumen", "Design Thinking",
         "Data Storytelling", "Technical Architecture", "Stakeholder Management"]

used_emails = set()


def make_person(level):
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = "{}.{}@northwind-hr.example".format(
            first.lower().replace("é", "e").replace("ø", "o").replace("ë", "e"),
            last.lower().replace(" ", "").replace("ü", "u").replace("ó", "o").replace("ø", "o"))
        if email not in used_emails:
            used_emails.add(email)
            return {"name": "{} {}".format(first, last), "email": email, "level": level}


people = []
ceo = make_person(0)
ceo.update(title="Chief Executive Officer", department="Executive Office",
           manager=None)
people.append(ceo)

# VPs, directors, managers, then everyone else: each reports one level up.
for dept_key, (dept, titles) in DEPARTMENTS.items():
    vp = make_person(1)
    vp.update(title="VP {}".format(dept_key), department=dept, manager=ceo)
    people.append(vp)
    directors = []
    for d in range(2):
        director = make_person(2)
        # Titles with commas: quoted by the spreadsheet.
        director.update(title="Director, {} {}".format(dept_key, ["EMEA", "Americas"][d]),
                        department=dept, manager=vp)
        people.append(director)
        directors.append(director)
    managers = []
    for m in range(3):
        manager = make_person(3)
        manager.update(title="{} Manager".format(dept_key), department=dept,
                       manager=rng.choice(directors))
        people.append(manager)
        managers.append(manager)

while len(people) < 300:
    dept_key = rng.choice(list(DEPARTMENTS))
    dept, titles = DEPARTMENTS[dept_key]
    boss = rng.choice([p for p in people if p["level"] == 3 and p["department"] == dept])
    person = make_person(4)
    person.update(title=rng.choice(titles), department=dept, manager=boss)
    people.append(person)

for p in people:
    p["timezone"] = rng.choice(ZONES)
    senior = p["level"] <= 3
    p["capacity"] = str(rng.randint(1, 3) if senior else rng.choice([0, 0, 0, 1]))
    p["offers"] = "; ".join(rng.sample(AREAS, rng.randint(2, 4))) if senior or p["capacity"] != "0" else ""
    # About a third of the company asks for a mentor, juniors most often.
    wants = rng.random() < [0.0, 0.3, 0.3, 0.4, 0.4][p["level"]]
    p["seeks"] = "; ".join(rng.sample(AREAS, rng.randint(1, 3))) if wants else ""
    p["manager_email"] = p["manager"]["email"] if p["manager"] else ""

# A few things an HR export gets wrong, on people without reports.
leaves = [p for p in people if p["level"] == 4]
bad = rng.sample(leaves, 8)
bad[0]["email"] = bad[0]["email"].replace("@northwind-hr.example", "@northwind-hr")
bad[1]["timezone"] = "Pacific Standard Time"
bad[2]["capacity"] = "two"
bad[3]["capacity"] = "60"
bad[4]["manager_email"] = "former.manager@northwind-hr.example"
bad[5]["name"] = ""
# The same person twice (an export joined from two systems): both rows bad.
twin = dict(bad[6])
twin["title"] = "Senior " + twin["title"]
people.insert(people.index(bad[6]) + 1, twin)
bad[7]["email"] = bad[7]["email"].upper()   # fine: emails ignore case

out = io.StringIO(newline="")
writer = csv.writer(out, lineterminator="\r\n")
writer.writerow(["Employee ID", "Name", "Email", "Title", "Organization", "Department",
                 "Manager Email", "Timezone", "Capacity", "Offers", "Seeks", "Office"])
for number, p in enumerate(people, start=1001):
    writer.writerow(["E{}".format(number), p["name"], p["email"], p["title"], "Northwind",
                     p["department"], p["manager_email"], p["timezone"], p["capacity"],
                     p["offers"], p["seeks"], p["timezone"].split("/")[-1].replace("_", " ")])

sys.stdout.buffer.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
