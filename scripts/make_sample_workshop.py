"""Build the sample workshop file, resources/sample-workshop.json.

    .venv/bin/python scripts/make_sample_workshop.py [--output PATH]

The sample follows the format of the two-day thematic workshop on implementing
the global compact for migration (Palais des Nations, Geneva, 21–22 March
2019): three themes in three rooms, three groups rotating over three rounds,
about 190 participants from 89 states and other stakeholders, notes in every
room and round, and the plenary sessions' speakers and the rapporteur's
accounts (opening, framing, wrap-up of day I, closing). Every person,
organisation outside the UN system, note, summary and account in it is
synthetic.

The output is deterministic (fixed random seed, uuids drawn from that seed),
so running the script again gives the same bytes; a test checks that the
committed file is exactly what this script writes.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
import unicodedata
import uuid as uuid_mod
import zoneinfo
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runs from a checkout without installing the package
    sys.path.insert(0, str(ROOT))

from cafe import workshop_file  # noqa: E402
from cafe.storage.db import open_database  # noqa: E402
from cafe.storage.models import NoteCategory, RoundState, SpeakerRole, StakeholderType  # noqa: E402
from cafe.service import Service  # noqa: E402
from cafe.storage.snapshots import KINDS  # noqa: E402

SEED = 20190321
DEFAULT_OUTPUT = ROOT / "resources" / "sample-workshop.json"
TIME_ZONE = "Europe/Zurich"
DAY_ONE = dt.date(2019, 3, 21)
DAY_TWO = dt.date(2019, 3, 22)
PREPARED_AT = dt.datetime(2019, 3, 14, 9, 0, tzinfo=dt.UTC)  # when the organiser "set it up"
EMAIL_DOMAIN = "example.org"

TITLE = "Thematic workshop on implementing the global compact for migration (sample)"
VENUE = "Palais des Nations, Geneva"
INTRODUCTION = (
    "This is a sample workshop. It follows the format of a two-day thematic workshop on implementing "
    "the Global Compact for Safe, Orderly and Regular Migration held at the Palais des Nations, Geneva, "
    "in March 2019, but every participant, host, note and summary in it is synthetic, made up to show "
    "how the app works.\n\nOn day I, after an opening plenary and a framing session, three groups rotate "
    "through three rooms, one theme per room, in three rounds of an hour. On day II each thematic host "
    "presents the outcomes, and the moderator draws the cross-cutting lessons."
)

ROOMS = [("Room XVI", 80), ("Room XI", 70), ("Room VII", 70)]

AGENDA = [
    (DAY_ONE, "plenary", "10:00", "10:45", "Opening plenary", ""),
    (DAY_ONE, "framing", "10:45", "12:00", "Framing session: the three themes and their guiding questions", ""),
    (DAY_ONE, "round", "12:00", "13:00", "Round 1", ""),
    (DAY_ONE, "break", "13:00", "15:00", "Lunch break", ""),
    (DAY_ONE, "round", "15:00", "16:00", "Round 2", ""),
    (DAY_ONE, "break", "16:00", "16:15", "Break", ""),
    (DAY_ONE, "round", "16:15", "17:15", "Round 3", ""),
    (DAY_ONE, "wrap-up", "17:15", "18:00", "Wrap-up of day I",
     "Moderators sum up the day; responses from stakeholders."),
    (DAY_TWO, "presentation", "10:00", "11:00", "Presentation of outcomes",
     "Each of the three thematic hosts presents the outcomes of their theme (about 10 minutes each), "
     "followed by an open discussion chaired by the moderator."),
    (DAY_TWO, "plenary", "11:00", "12:00", "Cross-cutting lessons",
     "The moderator draws the lessons that came up in all rooms."),
    (DAY_TWO, "plenary", "12:00", "12:30", "Closing", ""),
]

THEMES = [
    {
        "title": "Human rights-based approaches to national implementation plans",
        "short_name": "Human rights",
        "objective_ref": "Guiding principles; Objectives 7, 15, 17",
        "room": "Room XVI",
        "questions": [
            "How can national implementation plans put the human rights of all migrants at their centre, "
            "regardless of status?",
            "Which mechanisms let migrants and civil society take part in designing and monitoring the plans?",
            "How can access to justice and to basic services be guaranteed in practice?",
        ],
        "hosts": [("Amina Yusuf", "OHCHR")],
    },
    {
        "title": "Creating regular pathways for migration",
        "short_name": "Regular pathways",
        "objective_ref": "Objectives 5, 18",
        "room": "Room XI",
        "questions": [
            "Which regular pathways (labour, family, study, humanitarian) work well, and what makes them work?",
            "How can pathways respond to labour market needs in countries of origin and of destination?",
            "What role can regional and bilateral agreements play?",
            "How can pathways be made more flexible for migrants in vulnerable situations?",
        ],
        "hosts": [("Rafael Mendes", "UNDP")],
    },
    {
        "title": "Fair and ethical recruitment and decent work",
        "short_name": "Fair recruitment",
        "objective_ref": "Objectives 6, 22",
        "room": "Room VII",
        "questions": [
            "How can recruitment fees and related costs charged to workers be eliminated?",
            "Which regulatory frameworks and bilateral agreements protect workers throughout recruitment?",
            "How can decent work be ensured for migrant domestic workers and others in informal sectors?",
        ],
        "hosts": [("Ingrid Solberg", "ILO"), ("Kwabena Asante", "ILO")],
    },
]

NOTE_TAKERS = ["Hannah Osei", "Lucía Fernández Ruiz", "Tomás Novak"]
SECRETARIAT = "Workshop secretariat"

# -- the notes each room could hear: (category, heading, text, attributions) ---------------------
O, C, P, X = NoteCategory.opportunity, NoteCategory.challenge, NoteCategory.practice, NoteCategory.other
NOTE_POOLS = {
    "Human rights": [
        (O, "", "National implementation plans can mainstream human rights across ministries instead of "
                "leaving migration to the interior ministry alone.", []),
        (O, "", "The compact's guiding principles give governments and civil society a shared vocabulary.", []),
        (O, "Access to justice:", "Firewalls between public services and immigration enforcement encourage "
                                  "migrants to report abuse.", []),
        (O, "", "Voluntary national reviews can include migrants' own testimonies.", []),
        (O, "Capacity building:", "Training for judges, labour inspectors and police on migrants' rights is "
                                  "in demand.", []),
        (O, "", "National human rights institutions can monitor the implementation plan independently.", []),
        (C, "", "Migrants in an irregular situation fear detention if they approach any public authority.", []),
        (C, "Access to justice:", "Complaints procedures are often available only in the official language.",
         []),
        (C, "", "Data on migrants' access to services is scattered and rarely disaggregated by status.", []),
        (C, "", "Civil society is consulted late, once the plan is nearly drafted.", []),
        (C, "Capacity building:", "Local authorities carry the responsibility for services without the "
                                  "budget.", []),
        (C, "", "Public narratives that criminalise migration make rights-based policies hard to defend.", []),
        (P, "Access to justice:", "Health care and school enrolment without any duty to report to "
                                  "immigration authorities (Spain and Portugal)", ["Spain", "Portugal"]),
        (P, "Access to justice:", "Mobile legal clinics in border areas (Mexico)", ["Mexico"]),
        (P, "", "Inter-ministerial committee with civil society seats drafting the implementation plan "
                "(Portugal)", ["Portugal"]),
        (P, "Capacity building:", "Human rights training module for border officials (OHCHR working with "
                                  "Morocco)", ["OHCHR", "Morocco"]),
        (P, "", "Migrant advisory council at city level (Germany)", ["Germany"]),
        (P, "", "Regularisation programme for long-term residents (Argentina)", ["Argentina"]),
        (P, "", "Consular protection network for nationals working abroad (Philippines)", ["Philippines"]),
        (X, "", "Several participants asked for a follow-up meeting on indicators.", []),
        (X, "", "The link to target 10.7 of the Sustainable Development Goals came up repeatedly.", []),
    ],
    "Regular pathways": [
        (O, "", "Demographic change in destination countries creates demand for workers at all skill "
                "levels.", []),
        (O, "Regulatory frameworks:", "Bilateral labour agreements can set common standards for admission "
                                      "and return.", []),
        (O, "", "Skills partnerships train people for jobs both at home and abroad.", []),
        (O, "", "Online visa applications cut the time and cost of regular migration.", []),
        (O, "", "Family reunification supports integration and well-being.", []),
        (O, "Regulatory frameworks:", "Regional free movement agreements exist and can be implemented more "
                                      "fully.", []),
        (C, "", "Regular pathways for lower-skilled work remain scarce compared with demand.", []),
        (C, "Regulatory frameworks:", "Work permits tied to one employer increase workers' dependence.", []),
        (C, "", "Recognising qualifications and skills takes years.", []),
        (C, "", "Visa fees and required documents are out of reach for many applicants.", []),
        (C, "", "There is no clear pathway yet for people displaced by climate change.", []),
        (C, "Capacity building:", "Consulates lack the staff to process applications in time.", []),
        (P, "Regulatory frameworks:", "Flexi visa system letting workers change employer (Philippines and "
                                      "Bahrain)", ["Philippines", "Bahrain"]),
        (P, "Regulatory frameworks:", "Free movement protocol with a regional residence card (ECOWAS)",
         ["ECOWAS"]),
        (P, "Capacity building:", "Pre-departure training and job matching for nurses (IOM working with "
                                  "Germany)", ["IOM", "Germany"]),
        (P, "", "Seasonal worker scheme with guaranteed re-entry the following year (Canada and Mexico)",
         ["Canada", "Mexico"]),
        (P, "", "Humanitarian visas for people fleeing disasters (Brazil)", ["Brazil"]),
        (P, "", "Mutual recognition of vocational qualifications (Egypt, Italy, and Germany)",
         ["Egypt", "Italy", "Germany"]),
        (P, "", "Government-to-government recruitment under an employment permit system (Republic of Korea)",
         ["Republic of Korea"]),
        (X, "", "Participants suggested mapping all existing bilateral agreements before the next workshop.",
         []),
        (X, "", "Question for the plenary: how do we measure whether pathways are really accessible?", []),
    ],
    "Fair recruitment": [
        (O, "", "The employer-pays principle is gaining acceptance among large companies.", []),
        (O, "Regulatory frameworks:", "The ILO general principles and operational guidelines give laws a "
                                      "common reference.", []),
        (O, "", "Licensing of recruitment agencies can be linked to ratings published online.", []),
        (O, "Capacity building:", "Labour inspectors can be trained to spot recruitment fees in payroll "
                                  "records.", []),
        (O, "", "Trade unions in countries of origin and destination can cooperate on complaints.", []),
        (O, "", "Electronic wage payment makes deductions visible.", []),
        (C, "", "Workers still pay recruitment fees, often borrowed at high interest.", []),
        (C, "Regulatory frameworks:", "Sub-agents in villages are outside any licensing system.", []),
        (C, "", "Contracts are still substituted on arrival.", []),
        (C, "", "Domestic workers are excluded from labour law in several countries.", []),
        (C, "", "Employers keeping workers' passports is hard to detect and to prove.", []),
        (C, "Access to justice:", "Workers who complain risk losing their visa.", []),
        (P, "Regulatory frameworks:", "Ban on recruitment fees charged to workers, with agencies and "
                                      "employers jointly liable (Philippines)", ["Philippines"]),
        (P, "", "Standard employment contract in the worker's language, checked before departure (Nepal)",
         ["Nepal"]),
        (P, "Capacity building:", "Fair recruitment corridor pilot with employers and unions (ILO working "
                                  "with Nepal and Jordan)", ["ILO", "Nepal", "Jordan"]),
        (P, "", "Wage protection system with electronic salary transfers (United Arab Emirates)",
         ["United Arab Emirates"]),
        (P, "Access to justice:", "Workers may testify remotely after they return home (Sri Lanka)",
         ["Sri Lanka"]),
        (P, "", "Domestic workers' law with written contracts and a weekly day off (South Africa)",
         ["South Africa"]),
        (P, "", "Migrant resource centres giving advice before departure (Ghana)", ["Ghana"]),
        (X, "", "The group asked for the guidelines in Arabic, French and Spanish.", []),
        (X, "", "Private sector participants offered to present their supply chain audits in plenary.", []),
    ],
}

LESSONS = [
    ("Capacity building runs through every theme",
     "Every room asked for training: judges, police and labour inspectors on rights; consulates on "
     "processing; inspectors on recruitment fees. Capacity is where commitments become practice.",
     "Capacity building:"),
    ("Access to justice must not depend on status",
     "Firewalls between services and enforcement, remote testimony and complaints in the worker's language "
     "came up in two rooms: people only use remedies they can reach without fear.",
     "Access to justice:"),
]

# -- the plenary sessions: who spoke, and what the rapporteur wrote ---------------------------------
#: a person of the sample's participants, found by what they are: (stakeholder type, organisation or
#: country it starts with); the first by name
KEYNOTE = ("state", "Permanent Mission of the Philippines")
CIVIL_SOCIETY = ("civil society", "Migrant Rights Network")
PRIVATE_SECTOR = ("private sector", "International Employers' Council")
STATE_RESPONDENT = ("state", "Permanent Mission of Mexico")

MODERATOR = ("Daniel Okoro", "Head of Partnerships, workshop secretariat", "")
CO_CHAIR = ("Ingrid Halvorsen", "Co-chair of the organising committee", "")

#: agenda title -> [(role, (name, title, organisation) or a participant spec with a title), …]
SPEAKERS = {
    "Opening plenary": [
        ("moderator", MODERATOR),
        ("speaker", CO_CHAIR),
        ("keynote", (KEYNOTE, "Ambassador and Permanent Representative of the Philippines")),
    ],
    "Framing session: the three themes and their guiding questions": [
        ("moderator", MODERATOR),
        ("host", ("Amina Yusuf", "Human Rights Officer, Migration Unit", "OHCHR")),
        ("host", ("Rafael Mendes", "Policy Specialist, Migration and Development", "UNDP")),
        ("host", ("Ingrid Solberg", "Senior Migration Specialist", "ILO")),
        ("host", ("Kwabena Asante", "Fair Recruitment Officer", "ILO")),
    ],
    "Wrap-up of day I": [
        ("moderator", CO_CHAIR),
        ("panellist", (CIVIL_SOCIETY, "Programme Coordinator")),
        ("panellist", (PRIVATE_SECTOR, "Policy Adviser on Labour Mobility")),
        ("panellist", (STATE_RESPONDENT, "Counsellor, Migration Affairs")),
    ],
    "Closing": [
        ("speaker", CO_CHAIR),
        ("speaker", MODERATOR),
    ],
}

#: agenda title -> the rapporteur's account ({keynote}, {civil_society}, … are the people above)
ACCOUNTS = {
    "Opening plenary": (
        "The moderator, **Daniel Okoro**, opened the workshop and recalled its purpose: to share how States "
        "and other stakeholders are putting the Global Compact for Safe, Orderly and Regular Migration into "
        "practice, and to learn from one another's experience.\n\n"
        "In the welcome remarks, **Ingrid Halvorsen** thanked the participants for coming in such numbers and "
        "set out three expectations for the two days:\n\n"
        "1. to hear practical experience rather than statements of position;\n"
        "2. to leave with practices that can be adapted to other countries;\n"
        "3. to build, room after room, on what the previous groups concluded.\n\n"
        "In the keynote address, **{keynote}** described how the Government of the Philippines drafted its "
        "national implementation plan with recruitment agencies, trade unions and associations of returned "
        "workers at the same table, and what it learned on the way:\n\n"
        "> Migration governance is only as good as the protection it gives a worker on the day things go "
        "wrong.\n\n"
        "In the open discussion, delegations welcomed the format of the workshop and raised:\n\n"
        "- the need for *disaggregated data* to follow up national implementation plans;\n"
        "- the role of local authorities, who deliver most services to migrants;\n"
        "- the link with the Sustainable Development Goals, in particular target 10.7."
    ),
    "Framing session: the three themes and their guiding questions": (
        "The framing session introduced the three themes of the knowledge café and the questions each "
        "group would discuss. Each thematic expert set out the problem in a few minutes:\n\n"
        "- **Human rights-based approaches to national implementation plans** (Amina Yusuf, OHCHR): how "
        "plans can put the rights of all migrants at their centre, *regardless of status*;\n"
        "- **Creating regular pathways for migration** (Rafael Mendes, UNDP): which pathways work, and how "
        "they can answer labour market needs in countries of origin and of destination;\n"
        "- **Fair and ethical recruitment and decent work** (Ingrid Solberg and Kwabena Asante, ILO): how to "
        "end recruitment fees charged to workers and protect them throughout recruitment.\n\n"
        "The moderator explained the format: three groups, three rooms, three rounds of an hour. In each "
        "round the host welcomes the incoming group and tells them what the previous groups concluded, so "
        "that the discussion builds on it instead of starting over; note-takers capture the "
        "**opportunities**, **challenges** and **practices** they hear."
    ),
    "Wrap-up of day I": (
        "The moderator, **Ingrid Halvorsen**, invited three stakeholders to respond to the day's "
        "discussions.\n\n"
        "Speaking for civil society, **{civil_society}** welcomed how concrete the rooms had been and asked "
        "that migrants themselves take part when plans are drafted, not only when they are reviewed.\n\n"
        "**{private_sector}**, for the private sector, said that employers were ready to apply the "
        "*employer-pays principle* throughout their supply chains, provided that licensing of recruitment "
        "agencies was enforced alike in countries of origin and of destination.\n\n"
        "**{state_respondent}** described the seasonal worker scheme between Canada and Mexico as an example "
        "of a pathway that works because both governments monitor it together.\n\n"
        "The moderator closed the day by noting that **capacity building** and **access to justice** had "
        "come up in every room, and that the thematic experts would present the outcomes on day II."
    ),
    "Closing": (
        "**Ingrid Halvorsen** thanked the hosts, the note-takers and every participant, and named the next "
        "steps:\n\n"
        "1. the secretariat circulates this report to all participants;\n"
        "2. the practices collected are shared with the regional reviews of the compact;\n"
        "3. the organisers gather feedback on the format before the next workshop.\n\n"
        "**Daniel Okoro** closed the workshop at 12:30."
    ),
}

WRAPUP_LEAD_IN = (
    "The outcomes of the thematic sessions were presented in plenary on the second day by the thematic "
    "experts, **Amina Yusuf** (OHCHR), **Rafael Mendes** (UNDP) and **Ingrid Solberg** (ILO), each for about "
    "ten minutes, followed by an open discussion moderated by **Daniel Okoro**. The moderator then drew the "
    "cross-cutting lessons below."
)

# -- people: countries and the names heard there ---------------------------------------------------
#: (country as the UN writes it, "of" form for a mission's name, name cultures)
COUNTRIES = [
    ("Algeria", "Algeria", "ar"), ("Angola", "Angola", "pt"), ("Burkina Faso", "Burkina Faso", "fr_wa"),
    ("Cabo Verde", "Cabo Verde", "pt"), ("Cameroon", "Cameroon", "fr_ca"),
    ("Côte d'Ivoire", "Côte d'Ivoire", "fr_wa"), ("Egypt", "Egypt", "ar"), ("Ethiopia", "Ethiopia", "et"),
    ("Gambia", "the Gambia", "sl_gm"), ("Ghana", "Ghana", "gh"), ("Kenya", "Kenya", "ea"),
    ("Mali", "Mali", "fr_wa"), ("Morocco", "Morocco", "ar"), ("Mozambique", "Mozambique", "pt"),
    ("Niger", "the Niger", "fr_wa"), ("Nigeria", "Nigeria", "ng"), ("Rwanda", "Rwanda", "rw"),
    ("Senegal", "Senegal", "fr_wa"), ("Sierra Leone", "Sierra Leone", "sl_gm"),
    ("South Africa", "South Africa", "sa"), ("Tunisia", "Tunisia", "ar"), ("Uganda", "Uganda", "ea"),
    ("United Republic of Tanzania", "the United Republic of Tanzania", "ea"),
    ("Zimbabwe", "Zimbabwe", "sa"),
    ("Argentina", "Argentina", "es"),
    ("Bolivia (Plurinational State of)", "the Plurinational State of Bolivia", "es"),
    ("Brazil", "Brazil", "pt"), ("Canada", "Canada", "en"), ("Chile", "Chile", "es"),
    ("Colombia", "Colombia", "es"), ("Costa Rica", "Costa Rica", "es"),
    ("Dominican Republic", "the Dominican Republic", "es"), ("Ecuador", "Ecuador", "es"),
    ("El Salvador", "El Salvador", "es"), ("Guatemala", "Guatemala", "es"), ("Haiti", "Haiti", "ht"),
    ("Honduras", "Honduras", "es"), ("Jamaica", "Jamaica", "en_cb"), ("Mexico", "Mexico", "es"),
    ("Panama", "Panama", "es"), ("Peru", "Peru", "es"),
    ("Afghanistan", "Afghanistan", "fa"), ("Bangladesh", "Bangladesh", "bd"), ("Cambodia", "Cambodia", "kh"),
    ("China", "China", "cn"), ("Fiji", "Fiji", "pac"), ("India", "India", "in"),
    ("Indonesia", "Indonesia", "id"), ("Iran (Islamic Republic of)", "the Islamic Republic of Iran", "fa"),
    ("Japan", "Japan", "jp"), ("Kazakhstan", "Kazakhstan", "ca"), ("Malaysia", "Malaysia", "my"),
    ("Mongolia", "Mongolia", "mn"), ("Myanmar", "Myanmar", "mm"), ("Nepal", "Nepal", "np"),
    ("Pakistan", "Pakistan", "pk"), ("Philippines", "the Philippines", "ph"),
    ("Republic of Korea", "the Republic of Korea", "kr"), ("Sri Lanka", "Sri Lanka", "lk"),
    ("Thailand", "Thailand", "th"), ("Viet Nam", "Viet Nam", "vn"), ("Uzbekistan", "Uzbekistan", "ca"),
    ("Bahrain", "Bahrain", "ar"), ("Iraq", "Iraq", "ar"), ("Jordan", "Jordan", "ar"), ("Kuwait", "Kuwait", "ar"),
    ("Lebanon", "Lebanon", "ar"), ("Oman", "Oman", "ar"), ("Qatar", "Qatar", "ar"),
    ("Saudi Arabia", "Saudi Arabia", "ar"), ("Türkiye", "Türkiye", "tr"),
    ("United Arab Emirates", "the United Arab Emirates", "ar"),
    ("Belgium", "Belgium", "be"), ("Finland", "Finland", "fi"), ("France", "France", "fr_eu"),
    ("Germany", "Germany", "de"), ("Greece", "Greece", "gr"), ("Ireland", "Ireland", "en"),
    ("Italy", "Italy", "it"), ("Netherlands", "the Netherlands", "nl"), ("Norway", "Norway", "nordic"),
    ("Portugal", "Portugal", "pt"), ("Republic of Moldova", "the Republic of Moldova", "md"),
    ("Serbia", "Serbia", "rs"), ("Spain", "Spain", "es"), ("Sweden", "Sweden", "nordic"),
    ("Switzerland", "Switzerland", "de fr_eu"), ("Ukraine", "Ukraine", "ua"),
    ("United Kingdom", "the United Kingdom", "en"),
]

#: culture -> (given names, family names), or a list of full names where surnames follow gender
NAMES: dict[str, tuple[list[str], list[str]] | list[str]] = {
    "es": ("María José Carlos Lucía Andrés Valentina Diego Camila Javier Sofía Alejandro Gabriela Fernando "
           "Paola Ricardo Ximena Mateo Daniela".split(),
           "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera "
           "Morales Ortiz Castillo Vargas Quispe Mamani".split()),
    "pt": ("João Ana Pedro Mariana Luís Beatriz Tiago Inês Carla Rui Fernanda Paulo Helena Nuno".split(),
           "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Tavares Mendes".split()),
    "fr_wa": ("Aminata Moussa Fatoumata Ibrahima Mariam Ousmane Awa Souleymane Adjoua Kouassi Aïssatou "
              "Abdoulaye Rokia Boubacar".split(),
              "Diallo Traoré Koné Coulibaly Ouattara Diop Ndiaye Sow Kouamé Bamba Touré Camara Sawadogo "
              "Ouédraogo Issoufou".split()),
    "fr_ca": ("Brigitte Serge Hervé Chantal Christelle Joseph Armelle".split(),
              "Mbarga Fotso Ngono Tchamba Essomba Nkoulou".split()),
    "fr_eu": ("Claire Julien Camille Nicolas Élise François Hélène Mathieu".split(),
              "Martin Bernard Dubois Lefèvre Moreau Girard Rousseau Fontaine".split()),
    "ht": ["Jean-Robert Pierre", "Marie-Claude Joseph", "Widlyne Charles", "Jean-Marc Desrosiers",
           "Nadège Saint-Fleur", "Frantz Jean-Louis"],
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeoma Babajide".split(),
           "Okafor Adeyemi Okonkwo Bello Eze Adebayo Nwosu Ogunleye".split()),
    "gh": ("Kwame Ama Kofi Abena Yaw Akosua Kwabena Efua".split(),
           "Mensah Owusu Boateng Asante Agyeman Osei Appiah Darko".split()),
    "sl_gm": ("Fatmata Mohamed Isatou Lamin Mariama Ousman Kadiatu Ebrima Haddy".split(),
              "Conteh Kamara Sesay Jallow Ceesay Bah Touray Koroma".split()),
    "ea": ("Wanjiru Achieng Otieno Kamau Nakato Amani Neema Baraka Grace Joseph Esther Musa".split(),
           "Mwangi Ochieng Kiprop Mutua Okello Mugisha Kato Mushi Massawe Njoroge Wekesa Mrema".split()),
    "et": ["Selam Tesfaye", "Dawit Bekele", "Hiwot Alemu", "Yonas Girma", "Meron Haile", "Bereket Tadesse"],
    "rw": ["Aline Uwase", "Eric Mugisha", "Grace Umutoni", "Patrick Habimana", "Diane Ingabire",
           "Olivier Nshuti"],
    "sa": ("Thabo Nomvula Sipho Lindiwe Tendai Chipo Mpho Naledi Farai Rudo".split(),
           "Nkosi Dlamini Moyo Ndlovu Mokoena Khumalo Sibanda Mahlangu Chikwanha Mutasa".split()),
    "ar": ("Ahmed Fatima Omar Layla Youssef Nour Khalid Mariam Hassan Salma Karim Amal Rania Tariq Huda Samir "
           "Lina Faisal Dalia Walid".split(),
           "Haddad Mansour El-Sayed Khoury Nasser Saleh Aziz Hamdan Benali Farouk Abdallah Qasim Bouzid "
           "Suleiman Rashid Hamdi Karam Darwish".split()),
    "tr": ("Ayşe Mehmet Elif Mustafa Zeynep Emre Fatma Burak Selin Oğuz".split(),
           "Yılmaz Kaya Demir Çelik Şahin Yıldız Aydın Öztürk Arslan Doğan".split()),
    "fa": ("Reza Maryam Ali Shirin Dariush Parisa Farid Zahra Ahmad Mina Hamid".split(),
           "Hosseini Rahimi Karimi Ahmadi Moradi Jafari Sultani Naderi Amiri Popal".split()),
    "in": ("Priya Rahul Anjali Arjun Sunita Vikram Kavya Rohan Meera Sanjay Deepa Aditya".split(),
           "Sharma Patel Singh Iyer Nair Reddy Gupta Menon Das Kulkarni Banerjee Rao".split()),
    "pk": ("Ayesha Farhan Sana Imran Hina Bilal Zainab Usman".split(),
           "Khan Qureshi Malik Siddiqui Chaudhry Butt Shah Raza".split()),
    "bd": ("Tahmina Rafiq Nusrat Kamrul Shirin Arif Farzana Tanvir".split(),
           "Hossain Rahman Chowdhury Islam Ahmed Sarkar Uddin Haque".split()),
    "np": ("Sita Bishnu Anita Ramesh Sabina Prakash Kamala Suman".split(),
           "Thapa Gurung Shrestha Tamang Adhikari Rai Magar Karki".split()),
    "lk": ("Nimal Chamari Ruwan Dilani Kasun Tharushi Saman Nirosha".split(),
           "Perera Fernando Jayasinghe Gunawardena Herath Weerasinghe".split()),
    "ph": (["Maria Cristina", "Jose Miguel", "Rowena", "Ramon", "Liza", "Mark Anthony", "Jocelyn", "Arnel",
            "Rosario", "Joy"],
           ["Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva", "Dela Cruz", "Ramos", "Castro",
            "Navarro"]),
    "id": ("Siti Budi Dewi Agus Putri Rizky Wahyu Ratna Indah Hendra".split(),
           "Wijaya Santoso Hidayat Kusuma Pratama Setiawan Nugroho Saputra".split()),
    "my": ["Aisyah Rahman", "Hafiz Ismail", "Mei Ling Tan", "Kavitha Subramaniam", "Nurul Huda Yusof",
           "Wei Jie Lim"],
    "vn": ["Nguyễn Thị Hoa", "Trần Minh Đức", "Lê Thu Hà", "Phạm Quốc Bảo", "Hoàng Văn Nam", "Vũ Thị Mai"],
    "th": ["Somchai Srisuk", "Malee Chaiyaporn", "Niran Wongsakul", "Pimchanok Saetang", "Anucha Boonmee",
           "Siriporn Kaewmanee"],
    "kh": ["Sokha Chan", "Dara Sok", "Sreymom Keo", "Vannak Heng", "Chenda Lim", "Rithy Pich"],
    "mm": ["Aung Ko Ko", "Thandar Win", "Kyaw Zin Htet", "Ei Phyu Mon", "Zaw Min Oo", "Hnin Wai Phyo"],
    "cn": ["Wang Li", "Zhang Wei", "Liu Yang", "Chen Jing", "Li Na", "Zhao Lei"],
    "jp": ["Yuki Tanaka", "Kenji Watanabe", "Aiko Suzuki", "Takashi Yamamoto", "Haruka Sato", "Daisuke Ito"],
    "kr": ["Kim Min-jun", "Park Ji-woo", "Lee Seo-yeon", "Choi Hyun-woo", "Jung Eun-ji", "Kang Dong-hyun"],
    "mn": ["Bat-Erdene Gansukh", "Oyunchimeg Dorj", "Enkhjargal Batbayar", "Temuulen Purevdorj",
           "Saruul Ganbold", "Munkhbat Tserendorj"],
    "ca": ["Aigerim Nurlanova", "Dilnoza Karimova", "Rustam Akhmedov", "Nurlan Abenov", "Madina Saidova",
           "Yerlan Suleimenov", "Bekzod Yusupov", "Gulnara Bekova"],
    "pac": ["Mere Naivalu", "Josefa Raduva", "Litia Waqa", "Salote Vuniwai", "Epeli Nasilasila",
            "Ana Lewaravu"],
    "en": ("Emma James Olivia Thomas Sarah Daniel Siobhán Ciarán Rebecca Owen Fiona Michael".split(),
           "Smith O'Brien Walsh Taylor Murphy Clarke MacDonald Roberts Byrne Thompson Hughes Fraser".split()),
    "en_cb": ["Andre Campbell", "Shanice Brown", "Marcia Williams", "Dwayne Reid", "Keisha Grant",
              "Tamara Henry"],
    "de": ("Anna Lukas Sophie Jonas Katrin Matthias Lea Stefan Julia Tobias".split(),
           "Müller Schmidt Becker Weber Fischer Hoffmann Schneider Keller Brunner Meier".split()),
    "nl": (["Sanne", "Daan", "Femke", "Joost", "Lotte", "Pieter"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "van den Berg"]),
    "be": ["Sophie Peeters", "Thomas Janssens", "Marie Lambert", "Pieter Maes", "Élodie Dupont",
           "Koen Willems"],
    "it": ("Giulia Marco Francesca Luca Chiara Alessandro Elena Davide".split(),
           "Rossi Russo Bianchi Romano Esposito Ricci Conti Greco".split()),
    "nordic": ("Ingrid Lars Sigrid Erik Astrid Nils Karin Henrik".split(),
               "Johansson Andersson Nilsen Hansen Lindqvist Berg Larsen Eriksson".split()),
    "fi": ["Aino Virtanen", "Mikko Korhonen", "Laura Mäkinen", "Juha Nieminen", "Sanna Heikkinen",
           "Ville Laine"],
    "gr": ["Eleni Papadopoulou", "Giorgos Nikolaou", "Maria Georgiou", "Nikos Konstantinidis",
           "Katerina Ioannou", "Dimitris Alexiou"],
    "ua": ["Olena Kovalenko", "Andrii Shevchenko", "Iryna Bondarenko", "Oleksandr Tkachenko",
           "Natalia Kravchenko", "Taras Melnyk"],
    "md": ["Ion Rusu", "Ana Ciobanu", "Vasile Munteanu", "Elena Popescu", "Mihai Ceban", "Cristina Lungu"],
    "rs": ["Jelena Petrović", "Milan Jovanović", "Ana Nikolić", "Nikola Marković", "Ivana Đorđević",
           "Marko Stojanović"],
}

STATE_DELEGATES = 150
MINISTRIES = ["Ministry of Foreign Affairs", "Ministry of Labour", "Ministry of the Interior",
              "National Office for Migration", "Ministry of Social Affairs"]

#: (organisation, stakeholder type, country it is based in or "", how many people)
OTHER_ORGANISATIONS = [
    ("International Organization for Migration (IOM)", StakeholderType.international_organisation, "", 3),
    ("Office of the United Nations High Commissioner for Refugees (UNHCR)",
     StakeholderType.international_organisation, "", 2),
    ("United Nations Children's Fund (UNICEF)", StakeholderType.international_organisation, "", 1),
    ("United Nations Office on Drugs and Crime (UNODC)", StakeholderType.international_organisation, "", 1),
    ("UN Women", StakeholderType.international_organisation, "", 1),
    ("World Bank", StakeholderType.international_organisation, "", 1),
    ("ECOWAS Commission", StakeholderType.international_organisation, "Nigeria", 1),
    ("African Union Commission", StakeholderType.international_organisation, "Ethiopia", 1),
    ("Organisation for Economic Co-operation and Development (OECD)",
     StakeholderType.international_organisation, "", 1),
    ("Migrant Rights Network", StakeholderType.civil_society, "Kenya", 2),
    ("Coalition for Fair Migration", StakeholderType.civil_society, "Philippines", 2),
    ("Diaspora Development Forum", StakeholderType.civil_society, "Senegal", 2),
    ("Women in Migration Collective", StakeholderType.civil_society, "Mexico", 2),
    ("Domestic Workers' Solidarity Alliance", StakeholderType.civil_society, "Indonesia", 2),
    ("جمعية حقوق العمال المهاجرين", StakeholderType.civil_society, "Lebanon", 2),
    ("Réseau Migration et Développement", StakeholderType.civil_society, "Mali", 1),
    ("Red de Apoyo al Migrante", StakeholderType.civil_society, "Guatemala", 1),
    ("Legal Aid for Migrants", StakeholderType.civil_society, "South Africa", 1),
    ("Youth for Safe Migration", StakeholderType.civil_society, "Nepal", 1),
    ("Global Staffing Partners", StakeholderType.private_sector, "Switzerland", 2),
    ("Fair Hire Recruitment", StakeholderType.private_sector, "Sri Lanka", 1),
    ("International Employers' Council", StakeholderType.private_sector, "Belgium", 1),
    ("Gulf Construction Group", StakeholderType.private_sector, "Qatar", 1),
    ("RemitConnect", StakeholderType.private_sector, "United Kingdom", 1),
    ("Institute for Mobility Research", StakeholderType.academia, "Netherlands", 2),
    ("Observatorio de Movilidad Humana", StakeholderType.academia, "Colombia", 1),
    ("Centre for Labour Mobility Studies", StakeholderType.academia, "India", 1),
    ("Asian Migration Research Centre", StakeholderType.academia, "Thailand", 1),
    ("Centre for Migration Law", StakeholderType.academia, "Switzerland", 1),
]
#: the one name written in Arabic script (and its address), so the fonts get exercised
ARABIC_NAME = ("مريم عبد الله", "maryam.abdulla")
ARABIC_NAME_COUNTRY = "Bahrain"

_ASCII = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "ł": "l", "'": ""})


# -- building --------------------------------------------------------------------------------------
class _Builder:
    """Draws everything from one seeded random generator, in a fixed order."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.used_names: set[str] = set()
        self.used_emails: set[str] = set()

    def uuid(self) -> str:
        return str(uuid_mod.UUID(int=self.rng.getrandbits(128), version=4))

    def name(self, cultures: str) -> str:
        for _ in range(200):
            pool = NAMES[self.rng.choice(cultures.split())]
            if isinstance(pool, list):
                candidate = self.rng.choice(pool)
            else:
                given, family = pool
                candidate = f"{self.rng.choice(given)} {self.rng.choice(family)}"
                if cultures == "es" and self.rng.random() < 0.5:
                    candidate += f" {self.rng.choice(family)}"
            if candidate not in self.used_names and candidate.split()[-1] != candidate.split()[-2]:
                self.used_names.add(candidate)
                return candidate
        raise RuntimeError(f"not enough distinct names for {cultures}")

    def email(self, name: str, local: str | None = None) -> str:
        if local is None:
            plain = unicodedata.normalize("NFKD", name.translate(_ASCII))
            plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
            local = ".".join(part for part in "".join(ch if ch.isalnum() else " " for ch in plain).split())
        address, n = f"{local}@{EMAIL_DOMAIN}", 1
        while address in self.used_emails:
            n += 1
            address = f"{local}{n}@{EMAIL_DOMAIN}"
        self.used_emails.add(address)
        return address


def _clock(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def _utc(day: dt.date, local: dt.time, minutes: float = 0) -> dt.datetime:
    """A local wall-clock time at the venue as the UTC instant the database stores."""
    at = dt.datetime.combine(day, local, tzinfo=zoneinfo.ZoneInfo(TIME_ZONE)) + dt.timedelta(minutes=minutes)
    return at.astimezone(dt.UTC)


def _setup_through_service(service: Service) -> None:
    """What an organiser types into the setup screens: workshop, days, rooms, agenda, themes, hosts."""
    w = service.create_workshop(TITLE, venue=VENUE, time_zone=TIME_ZONE, start_date=DAY_ONE).row
    service.update_workshop(w.uuid, w.version, end_date=DAY_TWO, introduction=INTRODUCTION)
    service.add_day(DAY_TWO, "Day II")
    days = {d.date: d for d in service.snapshot().days}
    rooms = {name: service.add_room(name, capacity).row for name, capacity in ROOMS}
    for day, kind, start, end, title, notes in AGENDA:
        service.add_agenda_item(days[day].uuid, kind, _clock(start), _clock(end), title, notes=notes)
    themes = []
    for spec in THEMES:
        themes.append(service.add_theme(spec["title"], spec["short_name"], rooms[spec["room"]].uuid,
                                        spec["objective_ref"], spec["questions"]).row)
    builder = _Builder()  # a private one: host addresses must not shift participants' draws
    for spec, theme in zip(THEMES, themes):
        for name, organisation in spec["hosts"]:
            service.add_host(name, organisation, theme.uuid, "host", builder.email(name))
    for name, theme in zip(NOTE_TAKERS, themes):
        service.add_host(name, SECRETARIAT, theme.uuid, "note-taker", builder.email(name))


def _participants(b: _Builder) -> list:
    snap = KINDS["participant"].snap
    people = []
    sizes = {country: 1 for country, _, _ in COUNTRIES}
    for country in b.rng.sample([c for c, _, _ in COUNTRIES] * 2, STATE_DELEGATES - len(COUNTRIES)):
        sizes[country] += 1
    for country, of_form, cultures in COUNTRIES:
        for i in range(sizes[country]):
            if country == ARABIC_NAME_COUNTRY and i == 0:
                name, email = ARABIC_NAME[0], b.email("", ARABIC_NAME[1])
                b.used_names.add(name)
            else:
                name = b.name(cultures)
                email = b.email(name)
            organisation = (f"Permanent Mission of {of_form} to the United Nations Office at Geneva" if i == 0
                            else b.rng.choice(MINISTRIES))
            people.append(snap(uuid=b.uuid(), version=1, name=name, organisation=organisation, country=country,
                               stakeholder_type=StakeholderType.state, delegation=country, email=email))
    culture_of = {country: cultures for country, _, cultures in COUNTRIES}
    for organisation, stakeholder, country, count in OTHER_ORGANISATIONS:
        for _ in range(count):
            name = b.name(culture_of.get(country) or b.rng.choice(sorted(NAMES)))
            people.append(snap(uuid=b.uuid(), version=1, name=name, organisation=organisation, country=country,
                               stakeholder_type=stakeholder, delegation=organisation, email=b.email(name)))
    return people


def _groups(b: _Builder, people: list) -> tuple[list, list]:
    """Three balanced groups; dealing people round-robin in delegation order keeps delegations apart."""
    groups = [KINDS["group"].snap(uuid=b.uuid(), version=1, name=f"Group {letter}", position=i)
              for i, letter in enumerate("ABC")]
    order = list(StakeholderType)
    ranked = sorted(people, key=lambda p: (order.index(p.stakeholder_type), p.delegation, b.rng.random()))
    members = [KINDS["group_member"].snap(uuid=b.uuid(), group_uuid=groups[i % 3].uuid,
                                          participant_uuid=p.uuid, pinned=False)
               for i, p in enumerate(ranked)]
    return groups, members


def _rotation(b: _Builder, rounds: list, rooms: list, groups: list) -> tuple[list, list]:
    """Latin square: in round r group g sits in room (g + r) mod 3; every room's clock still scheduled."""
    assignments, room_rounds = [], []
    for r, rnd in enumerate(rounds):
        for g, group in enumerate(groups):
            assignments.append(KINDS["assignment"].snap(uuid=b.uuid(), round_uuid=rnd.uuid, group_uuid=group.uuid,
                                                        room_uuid=rooms[(g + r) % len(rooms)].uuid))
        for room in rooms:
            room_rounds.append(KINDS["room_round"].snap(
                uuid=b.uuid(), version=1, round_uuid=rnd.uuid, room_uuid=room.uuid, state=RoundState.scheduled,
                actual_start=None, actual_end=None, deadline=None, paused_remaining_s=None, message=""))
    return assignments, room_rounds


def _notes(b: _Builder, themes: list, rounds: list, round_items: dict) -> list:
    """Each theme's pool dealt over the three rounds, category by category (3–8 notes a round)."""
    notes = []
    for theme in themes:
        by_category = defaultdict(list)
        for item in NOTE_POOLS[theme.short_name]:
            by_category[item[0]].append(item)
        dealt = defaultdict(list)
        for category in NoteCategory:
            items = by_category[category]
            b.rng.shuffle(items)
            offset = b.rng.randrange(len(rounds))
            for i, item in enumerate(items):
                dealt[(i + offset) % len(rounds)].append(item)
        for r, rnd in enumerate(rounds):
            item = round_items[rnd.agenda_item_uuid]
            positions: dict = defaultdict(int)
            for k, (category, heading, text, attributions) in enumerate(dealt[r]):
                created = _utc(DAY_ONE, item.start, 4 + 6 * k) + dt.timedelta(
                    seconds=b.rng.randrange(60), microseconds=b.rng.randrange(1_000_000))
                edited = b.rng.random() < 0.3
                updated = created + dt.timedelta(seconds=b.rng.randrange(30, 240)) if edited else created
                notes.append(KINDS["note"].snap(
                    uuid=b.uuid(), version=2 if edited else 1, room_uuid=theme.room_uuid, theme_uuid=theme.uuid,
                    round_uuid=rnd.uuid, category=category, heading=heading, text=text,
                    attributions=tuple(attributions), position=positions[category], created_at=created,
                    updated_at=updated, deleted_at=None))
                positions[category] += 1
    return notes


def _summaries(b: _Builder, themes: list, rounds: list, round_items: dict, assignments: list,
               groups: list, notes: list) -> list:
    group_name = {g.uuid: g.name for g in groups}
    sits = {(a.round_uuid, a.room_uuid): group_name[a.group_uuid] for a in assignments}
    out = []
    for theme in themes:
        earlier: list[str] = []
        for rnd in rounds:
            group = sits[(rnd.uuid, theme.room_uuid)]
            mine = [n for n in notes if n.round_uuid == rnd.uuid and n.room_uuid == theme.room_uuid]
            first = {c: next((n for n in mine if n.category == c), None) for c in NoteCategory}
            who = sorted({a for n in mine if n.category == NoteCategory.practice for a in n.attributions})
            parts = [f"Building on what {' and '.join(earlier)} concluded, {group}" if earlier else group]
            parts[0] += f" discussed {theme.short_name.lower()}."
            if first[NoteCategory.opportunity]:
                parts.append(f"Opportunity: {first[NoteCategory.opportunity].text}")
            if first[NoteCategory.challenge]:
                parts.append(f"Main challenge: {first[NoteCategory.challenge].text}")
            if who:
                parts.append(f"Practices cited: {', '.join(who[:-1]) + ' and ' if len(who) > 1 else ''}"
                             f"{who[-1]}.")
            end = _utc(DAY_ONE, round_items[rnd.agenda_item_uuid].end, -2)
            out.append(KINDS["round_summary"].snap(
                uuid=b.uuid(), version=1, room_uuid=theme.room_uuid, round_uuid=rnd.uuid, text=" ".join(parts),
                draft=False, updated_at=end + dt.timedelta(seconds=b.rng.randrange(60))))
            earlier.append(group)
    return out


def _lessons(b: _Builder, notes: list) -> list:
    return [KINDS["lesson"].snap(uuid=b.uuid(), version=1, title=title, text=text, position=i,
                                 note_uuids=tuple(n.uuid for n in notes if n.heading == heading))
            for i, (title, text, heading) in enumerate(LESSONS)]


def _person(people: list, spec: tuple[str, str]) -> Any:
    """The first participant by name of one stakeholder type whose organisation starts as ``spec`` says."""
    stakeholder, organisation = spec
    return min((p for p in people if p.stakeholder_type.value == stakeholder
                and p.organisation.startswith(organisation)), key=lambda p: (p.name, p.uuid))


def _sessions(b: _Builder, rows: dict[str, list]) -> tuple[list, list]:
    """The plenary sessions' speakers and accounts, drawn after everything else (nothing else moves)."""
    by_title = {a.title: a for a in rows["agenda_item"]}
    date_of = {d.uuid: d.date for d in rows["day"]}
    people = rows["participant"]
    names: dict[str, str] = {}
    speakers = []
    for title, entries in SPEAKERS.items():
        item = by_title[title]
        for position, (role, who) in enumerate(entries):
            if isinstance(who[0], tuple):  # one of the participants, with the title they spoke under
                spec, speaker_title = who
                person = _person(people, spec)
                name, organisation, participant = person.name, person.organisation, person.uuid
                names[next(k for k, v in _PEOPLE.items() if v == spec)] = name
            else:
                (name, speaker_title, organisation), participant = who, None
            speakers.append(KINDS["speaker"].snap(
                uuid=b.uuid(), version=1, agenda_item_uuid=item.uuid, name=name, title=speaker_title,
                organisation=organisation, role=SpeakerRole(role), participant_uuid=participant,
                position=position))
    accounts = []
    for title, text in ACCOUNTS.items():
        item = by_title[title]
        written = _utc(date_of[item.day_uuid], item.end, 7) + dt.timedelta(seconds=b.rng.randrange(60))
        accounts.append(KINDS["session_account"].snap(
            uuid=b.uuid(), version=1, agenda_item_uuid=item.uuid, text=text.format(**names), updated_at=written))
    return speakers, accounts


_PEOPLE = {"keynote": KEYNOTE, "civil_society": CIVIL_SOCIETY, "private_sector": PRIVATE_SECTOR,
           "state_respondent": STATE_RESPONDENT}


def _renamed(rows: dict[str, list], b: _Builder) -> dict[str, list]:
    """Give the rows the service created uuids drawn from the seed (in creation order)."""
    new = {}
    for name in KINDS:
        for snap in rows[name]:
            new[snap.uuid] = b.uuid()
    out = {}
    for name, kind in KINDS.items():
        refs = [c for c in kind.columns if c.endswith("_uuid")] + ["uuid"]
        out[name] = [dataclasses.replace(s, **{c: new.get(getattr(s, c), getattr(s, c)) for c in refs
                                               if getattr(s, c) is not None}) for s in rows[name]]
    return out


def build_sample(service: Service) -> None:
    """Fill ``service``'s empty database with the sample workshop."""
    draft = Service(open_database("sqlite://"), now=lambda: PREPARED_AT)
    _setup_through_service(draft)
    b = _Builder()
    rows = _renamed(draft.export_rows(), b)
    snap_rooms = {r.uuid: r for r in rows["room"]}
    themes = sorted(rows["theme"], key=lambda t: t.position)
    rooms = [snap_rooms[t.room_uuid] for t in themes]
    rounds = sorted(rows["round"], key=lambda r: r.number)
    round_items = {a.uuid: a for a in rows["agenda_item"]}
    rows["participant"] = _participants(b)
    rows["group"], rows["group_member"] = _groups(b, rows["participant"])
    rows["assignment"], rows["room_round"] = _rotation(b, rounds, rooms, rows["group"])
    rows["note"] = _notes(b, themes, rounds, round_items)
    rows["round_summary"] = _summaries(b, themes, rounds, round_items, rows["assignment"], rows["group"],
                                       rows["note"])
    rows["lesson"] = _lessons(b, rows["note"])
    rows["speaker"], rows["session_account"] = _sessions(b, rows)
    rows["workshop"] = [dataclasses.replace(w, wrapup_lead_in=WRAPUP_LEAD_IN) for w in rows["workshop"]]
    service.import_rows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the file")
    args = parser.parse_args(argv)
    service = Service(open_database("sqlite://"), now=lambda: PREPARED_AT)
    build_sample(service)
    problems = service.consistency_problems()
    if problems:
        print("The sample breaks the workshop's rules: " + "; ".join(problems), file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    workshop_file.write(service, args.output)
    rows = workshop_file.read_rows(args.output)  # what the app will read back
    print(f"{args.output}: {args.output.stat().st_size:,} bytes, {len(rows['participant'])} participants, "
          f"{len(rows['note'])} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
