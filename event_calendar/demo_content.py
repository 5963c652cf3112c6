"""The demo events in Polish, Ukrainian and English, for ``seed_demo``.

Same shape as ``library.demo_content``: texts are ``Text``/``Html`` with their three languages
side by side. Dates are relative to the day of seeding (``weeks`` from this week's Monday),
so the demo calendar always has coming events; ``event_calendar.seed`` makes the pages.
"""

# Ukrainian is written in Cyrillic on purpose; its letters are not look-alikes of Latin ones.
# ruff: noqa: RUF001

from cms.demo_text import Html, Text

WARSAW_OFFICE = {
    "venue": Text("Biuro Forum", "Офіс Форуму", "Forum office"),
    "address": Text(
        "ul. Przykładowa 1, Warszawa", "вул. Пшикладова 1, Варшава", "1 Przykładowa St, Warsaw"
    ),
}

EVENTS = [
    {
        "slug": "posiedzenie-plenarne-forum",
        "fields": {
            "title": Text(
                "Posiedzenie plenarne Forum",
                "Пленарне засідання Форуму",
                "Forum plenary meeting",
            ),
            "summary": Text(
                "Comiesięczne spotkanie organizacji członkowskich: informacje z grup roboczych "
                "i wspólne decyzje.",
                "Щомісячна зустріч організацій-членів: новини робочих груп і спільні рішення.",
                "The monthly meeting of member organisations: news from the working groups "
                "and joint decisions.",
            ),
            "body": Html(
                "<p>Spotkanie prowadzimy po polsku z tłumaczeniem na ukraiński.</p>",
                "<p>Зустріч проводимо польською з перекладом українською.</p>",
                "<p>The meeting is held in Polish with interpretation into Ukrainian.</p>",
            ),
            **WARSAW_OFFICE,
        },
        # The first Thursday of the month, 17:00, a year of meetings from two months ago.
        "weeks": -8,
        "weekday": 3,
        "hour": 17,
        "hours": 2,
        "event_type": "forum-meeting",
        "event_format": "hybrid",
        "repeat": "monthly-nth",
        "repeat_count": 12,
        "cancelled_occurrence": 3,  # the third meeting from the first: a month from now
        "registration": "open",
        "capacity": 60,
        "languages": ["pl"],
        "interpretation": ["uk"],
        "online_url": "https://meet.example.org/forum-plenarne",
    },
    {
        "slug": "grupa-robocza-edukacja",
        "fields": {
            "title": Text(
                "Spotkanie grupy roboczej ds. edukacji",
                "Зустріч робочої групи з питань освіти",
                "Education working group meeting",
            ),
            "summary": Text(
                "Szkoły, przedszkola i nauka polskiego: co zmienia się w tym semestrze.",
                "Школи, дитячі садки та вивчення польської: що змінюється цього семестру.",
                "Schools, kindergartens and learning Polish: what changes this term.",
            ),
            "body": Html(
                "<p>Z udziałem przedstawicieli UNICEF i kuratorium oświaty.</p>",
                "<p>За участю представників ЮНІСЕФ і кураторії освіти.</p>",
                "<p>With representatives of UNICEF and the education authority.</p>",
            ),
        },
        "weeks": 0,
        "weekday": 1,
        "hour": 11,
        "hours": 1,
        "event_type": "working-group-meeting",
        "event_format": "online",
        "repeat": "weekly",
        "repeat_interval": 2,
        "repeat_count": 10,
        "registration": "members",
        "working_group": "education",
        "languages": ["pl", "uk"],
        "online_url": "https://meet.example.org/grupa-edukacja",
    },
    {
        "slug": "szkolenie-legalizacja-pobytu",
        "fields": {
            "title": Text(
                "Szkolenie: legalizacja pobytu po zmianach w ustawie",
                "Навчання: легалізація перебування після змін у законі",
                "Training: legal stay after the changes to the act",
            ),
            "summary": Text(
                "Dla konsultantów organizacji: nowe terminy, dokumenty i najczęstsze błędy.",
                "Для консультантів організацій: нові терміни, документи та найчастіші помилки.",
                "For advisers of organisations: new deadlines, documents and common mistakes.",
            ),
            "body": Html(
                "<p>Szkolenie prowadzi prawniczka z wieloletnim doświadczeniem.</p>",
                "<p>Навчання проводить юристка з багаторічним досвідом.</p>",
                "<p>The training is given by a lawyer with many years of experience.</p>",
            ),
            **WARSAW_OFFICE,
        },
        "weeks": 2,
        "weekday": 2,
        "hour": 10,
        "hours": 4,
        "event_type": "training",
        "event_format": "in-person",
        "registration": "open",
        "capacity": 20,
        "registrants": 19,  # nearly full: one place left
        "languages": ["pl"],
        "interpretation": ["uk"],
    },
    {
        "slug": "webinarium-rynek-pracy",
        "fields": {
            "title": Text(
                "Webinarium: praca dla uchodźców z Ukrainy",
                "Вебінар: робота для біженців з України",
                "Webinar: work for refugees from Ukraine",
            ),
            "summary": Text(
                "Urzędy pracy, uznawanie kwalifikacji i prawa pracownika.",
                "Центри зайнятості, визнання кваліфікацій і права працівника.",
                "Job centres, recognition of qualifications and workers' rights.",
            ),
            "body": Html(
                "<p>Webinarium z pytaniami od uczestników na czacie.</p>",
                "<p>Вебінар із запитаннями від учасників у чаті.</p>",
                "<p>A webinar with questions from participants in the chat.</p>",
            ),
        },
        "weeks": 3,
        "weekday": 3,
        "hour": 18,
        "hours": 1,
        "event_type": "webinar",
        "event_format": "online",
        "registration": "open",
        "capacity": 100,
        "languages": ["uk"],
        "online_url": "https://meet.example.org/webinarium-praca",
    },
    {
        "slug": "konsultacje-mieszkaniowe",
        "fields": {
            "title": Text(
                "Konsultacje: programy mieszkaniowe",
                "Консультації: житлові програми",
                "Consultation: housing programmes",
            ),
            "summary": Text(
                "Organizacje zgłaszają uwagi do projektu programu najmu społecznego.",
                "Організації подають зауваження до проєкту програми соціальної оренди.",
                "Organisations comment on the draft social rental programme.",
            ),
            "body": Html(
                "<p>Uwagi zbieramy do końca spotkania.</p>",
                "<p>Зауваження збираємо до кінця зустрічі.</p>",
                "<p>We collect comments until the end of the meeting.</p>",
            ),
            **WARSAW_OFFICE,
        },
        "weeks": -3,
        "weekday": 0,
        "hour": 14,
        "hours": 2,
        "event_type": "consultation",
        "event_format": "in-person",
        "registration": "none",
        "working_group": "housing",
        "languages": ["pl"],
    },
]
