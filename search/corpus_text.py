"""Word lists and sentence templates of the benchmark corpus (``generate_corpus``).

The same things in Polish, Ukrainian and English: who is helped (groups), what help is given
(services), where (cities and their voivodeships), by whom and when. Polish and Ukrainian
nouns are given in the grammatical cases their templates need (nominative, genitive, dative,
accusative, instrumental, locative), so that one word reaches the index in several inflected
forms (``uchodźcy``, ``uchodźców``, ``uchodźcom``, ``uchodźcami``) and search has to stem to
find them all; English has its singulars and plurals. The templates of the three languages
are parallel: ``render(..., code)`` with the same random choices says the same in each, which
is how a translated page reads.
"""

# ruff: noqa: RUF001 - Ukrainian is written in Cyrillic, with its own apostrophe, on purpose

import random
from dataclasses import dataclass

LANGUAGES = ("pl", "uk", "en")


@dataclass(frozen=True)
class Concept:
    """One thing named in the three languages; ``forms`` maps a language to its slot values."""

    key: str
    forms: dict


def concept(key, pl, uk, en):
    return Concept(key, {"pl": pl, "uk": uk, "en": en})


# Who is helped: Polish and Ukrainian in nom(inative), gen(itive), dat(ive), ins(trumental);
# English plural and singular. The key is the target group's slug where there is one.
GROUPS = [
    concept(
        "refugees",
        {
            "nom": "uchodźcy z Ukrainy",
            "gen": "uchodźców z Ukrainy",
            "dat": "uchodźcom z Ukrainy",
            "ins": "uchodźcami z Ukrainy",
        },
        {
            "nom": "біженці з України",
            "gen": "біженців з України",
            "dat": "біженцям з України",
            "ins": "біженцями з України",
        },
        {"pl": "refugees from Ukraine", "sg": "refugee from Ukraine"},
    ),
    concept(
        "families",
        {
            "nom": "rodziny z dziećmi",
            "gen": "rodzin z dziećmi",
            "dat": "rodzinom z dziećmi",
            "ins": "rodzinami z dziećmi",
        },
        {
            "nom": "сім’ї з дітьми",
            "gen": "сімей з дітьми",
            "dat": "сім’ям з дітьми",
            "ins": "сім’ями з дітьми",
        },
        {"pl": "families with children", "sg": "family with children"},
    ),
    concept(
        "children",
        {"nom": "dzieci", "gen": "dzieci", "dat": "dzieciom", "ins": "dziećmi"},
        {"nom": "діти", "gen": "дітей", "dat": "дітям", "ins": "дітьми"},
        {"pl": "children", "sg": "child"},
    ),
    concept(
        "women",
        {"nom": "matki", "gen": "matek", "dat": "matkom", "ins": "matkami"},
        {"nom": "матері", "gen": "матерів", "dat": "матерям", "ins": "матерями"},
        {"pl": "mothers", "sg": "mother"},
    ),
    concept(
        "older-people",
        {
            "nom": "osoby starsze",
            "gen": "osób starszych",
            "dat": "osobom starszym",
            "ins": "osobami starszymi",
        },
        {
            "nom": "люди похилого віку",
            "gen": "людей похилого віку",
            "dat": "людям похилого віку",
            "ins": "людьми похилого віку",
        },
        {"pl": "older people", "sg": "older person"},
    ),
    concept(
        "young-people",
        {"nom": "studenci", "gen": "studentów", "dat": "studentom", "ins": "studentami"},
        {"nom": "студенти", "gen": "студентів", "dat": "студентам", "ins": "студентами"},
        {"pl": "students", "sg": "student"},
    ),
    concept(
        "children-pupils",
        {"nom": "uczniowie", "gen": "uczniów", "dat": "uczniom", "ins": "uczniami"},
        {"nom": "учні", "gen": "учнів", "dat": "учням", "ins": "учнями"},
        {"pl": "pupils", "sg": "pupil"},
    ),
    concept(
        "workers",
        {"nom": "pracownicy", "gen": "pracowników", "dat": "pracownikom", "ins": "pracownikami"},
        {"nom": "працівники", "gen": "працівників", "dat": "працівникам", "ins": "працівниками"},
        {"pl": "workers", "sg": "worker"},
    ),
    concept(
        "people-with-disabilities",
        {
            "nom": "osoby z niepełnosprawnościami",
            "gen": "osób z niepełnosprawnościami",
            "dat": "osobom z niepełnosprawnościami",
            "ins": "osobami z niepełnosprawnościami",
        },
        {
            "nom": "люди з інвалідністю",
            "gen": "людей з інвалідністю",
            "dat": "людям з інвалідністю",
            "ins": "людьми з інвалідністю",
        },
        {"pl": "people with disabilities", "sg": "person with a disability"},
    ),
    concept(
        "third-country-nationals",
        {
            "nom": "cudzoziemcy",
            "gen": "cudzoziemców",
            "dat": "cudzoziemcom",
            "ins": "cudzoziemcami",
        },
        {"nom": "іноземці", "gen": "іноземців", "dat": "іноземцям", "ins": "іноземцями"},
        {"pl": "foreigners", "sg": "foreigner"},
    ),
    concept(
        "women-all",
        {"nom": "kobiety", "gen": "kobiet", "dat": "kobietom", "ins": "kobietami"},
        {"nom": "жінки", "gen": "жінок", "dat": "жінкам", "ins": "жінками"},
        {"pl": "women", "sg": "woman"},
    ),
    concept(
        "volunteers",
        {
            "nom": "wolontariusze",
            "gen": "wolontariuszy",
            "dat": "wolontariuszom",
            "ins": "wolontariuszami",
        },
        {"nom": "волонтери", "gen": "волонтерів", "dat": "волонтерам", "ins": "волонтерами"},
        {"pl": "volunteers", "sg": "volunteer"},
    ),
    concept(
        "teachers",
        {"nom": "nauczyciele", "gen": "nauczycieli", "dat": "nauczycielom", "ins": "nauczycielami"},
        {"nom": "вчителі", "gen": "вчителів", "dat": "вчителям", "ins": "вчителями"},
        {"pl": "teachers", "sg": "teacher"},
    ),
]

# What help is given; the key is its theme's slug (cms/migrations/0002). Polish and Ukrainian
# in nom, gen, acc(usative), ins; English in two wordings.
SERVICES = [
    concept(
        "legal-aid",
        {
            "nom": "pomoc prawna",
            "gen": "pomocy prawnej",
            "acc": "pomoc prawną",
            "ins": "pomocą prawną",
        },
        {
            "nom": "правова допомога",
            "gen": "правової допомоги",
            "acc": "правову допомогу",
            "ins": "правовою допомогою",
        },
        {"one": "legal aid", "two": "legal advice"},
    ),
    concept(
        "integration-and-language",
        {
            "nom": "kursy języka polskiego",
            "gen": "kursów języka polskiego",
            "acc": "kursy języka polskiego",
            "ins": "kursami języka polskiego",
        },
        {
            "nom": "курси польської мови",
            "gen": "курсів польської мови",
            "acc": "курси польської мови",
            "ins": "курсами польської мови",
        },
        {"one": "Polish language courses", "two": "learning Polish"},
    ),
    concept(
        "psychosocial-support",
        {
            "nom": "wsparcie psychologiczne",
            "gen": "wsparcia psychologicznego",
            "acc": "wsparcie psychologiczne",
            "ins": "wsparciem psychologicznym",
        },
        {
            "nom": "психологічна підтримка",
            "gen": "психологічної підтримки",
            "acc": "психологічну підтримку",
            "ins": "психологічною підтримкою",
        },
        {"one": "psychological support", "two": "counselling"},
    ),
    concept(
        "housing",
        {
            "nom": "pomoc mieszkaniowa",
            "gen": "pomocy mieszkaniowej",
            "acc": "pomoc mieszkaniową",
            "ins": "pomocą mieszkaniową",
        },
        {
            "nom": "допомога з житлом",
            "gen": "допомоги з житлом",
            "acc": "допомогу з житлом",
            "ins": "допомогою з житлом",
        },
        {"one": "housing assistance", "two": "finding a flat"},
    ),
    concept(
        "integration-and-language",
        {
            "nom": "tłumaczenie ustne",
            "gen": "tłumaczenia ustnego",
            "acc": "tłumaczenie ustne",
            "ins": "tłumaczeniem ustnym",
        },
        {
            "nom": "усний переклад",
            "gen": "усного перекладу",
            "acc": "усний переклад",
            "ins": "усним перекладом",
        },
        {"one": "interpreting", "two": "interpreters"},
    ),
    concept(
        "employment",
        {
            "nom": "doradztwo zawodowe",
            "gen": "doradztwa zawodowego",
            "acc": "doradztwo zawodowe",
            "ins": "doradztwem zawodowym",
        },
        {
            "nom": "професійне консультування",
            "gen": "професійного консультування",
            "acc": "професійне консультування",
            "ins": "професійним консультуванням",
        },
        {"one": "career counselling", "two": "job search"},
    ),
    concept(
        "health",
        {
            "nom": "opieka zdrowotna",
            "gen": "opieki zdrowotnej",
            "acc": "opiekę zdrowotną",
            "ins": "opieką zdrowotną",
        },
        {
            "nom": "медична допомога",
            "gen": "медичної допомоги",
            "acc": "медичну допомогу",
            "ins": "медичною допомогою",
        },
        {"one": "health care", "two": "medical help"},
    ),
    concept(
        "education",
        {
            "nom": "edukacja szkolna",
            "gen": "edukacji szkolnej",
            "acc": "edukację szkolną",
            "ins": "edukacją szkolną",
        },
        {
            "nom": "шкільна освіта",
            "gen": "шкільної освіти",
            "acc": "шкільну освіту",
            "ins": "шкільною освітою",
        },
        {"one": "school education", "two": "schooling"},
    ),
    concept(
        "humanitarian-aid",
        {
            "nom": "pomoc humanitarna",
            "gen": "pomocy humanitarnej",
            "acc": "pomoc humanitarną",
            "ins": "pomocą humanitarną",
        },
        {
            "nom": "гуманітарна допомога",
            "gen": "гуманітарної допомоги",
            "acc": "гуманітарну допомогу",
            "ins": "гуманітарною допомогою",
        },
        {"one": "humanitarian aid", "two": "food parcels"},
    ),
    concept(
        "social-assistance",
        {
            "nom": "świadczenia socjalne",
            "gen": "świadczeń socjalnych",
            "acc": "świadczenia socjalne",
            "ins": "świadczeniami socjalnymi",
        },
        {
            "nom": "соціальні виплати",
            "gen": "соціальних виплат",
            "acc": "соціальні виплати",
            "ins": "соціальними виплатами",
        },
        {"one": "social benefits", "two": "benefit claims"},
    ),
    concept(
        "children-and-youth",
        {
            "nom": "zajęcia pozalekcyjne",
            "gen": "zajęć pozalekcyjnych",
            "acc": "zajęcia pozalekcyjne",
            "ins": "zajęciami pozalekcyjnymi",
        },
        {
            "nom": "позашкільні заняття",
            "gen": "позашкільних занять",
            "acc": "позашкільні заняття",
            "ins": "позашкільними заняттями",
        },
        {"one": "after-school activities", "two": "childcare"},
    ),
    concept(
        "violence-prevention",
        {
            "nom": "ochrona przed przemocą",
            "gen": "ochrony przed przemocą",
            "acc": "ochronę przed przemocą",
            "ins": "ochroną przed przemocą",
        },
        {
            "nom": "захист від насильства",
            "gen": "захисту від насильства",
            "acc": "захист від насильства",
            "ins": "захистом від насильства",
        },
        {"one": "protection from violence", "two": "safe shelters"},
    ),
    concept(
        "legal-aid",
        {
            "nom": "legalizacja pobytu",
            "gen": "legalizacji pobytu",
            "acc": "legalizację pobytu",
            "ins": "legalizacją pobytu",
        },
        {
            "nom": "легалізація перебування",
            "gen": "легалізації перебування",
            "acc": "легалізацію перебування",
            "ins": "легалізацією перебування",
        },
        {"one": "residence permits", "two": "legal stay"},
    ),
    concept(
        "social-assistance",
        {
            "nom": "ochrona czasowa",
            "gen": "ochrony czasowej",
            "acc": "ochronę czasową",
            "ins": "ochroną czasową",
        },
        {
            "nom": "тимчасовий захист",
            "gen": "тимчасового захисту",
            "acc": "тимчасовий захист",
            "ins": "тимчасовим захистом",
        },
        {"one": "temporary protection", "two": "protection status"},
    ),
    concept(
        "advocacy",
        {"nom": "rzecznictwo", "gen": "rzecznictwa", "acc": "rzecznictwo", "ins": "rzecznictwem"},
        {"nom": "адвокація", "gen": "адвокації", "acc": "адвокацію", "ins": "адвокацією"},
        {"one": "advocacy", "two": "policy work"},
    ),
]

# Voivodeships (the region's slug) and their locative: "in the voivodeship".
VOIVODESHIPS = {
    "lubelskie": ("w województwie lubelskim", "у Люблінському воєводстві", "Lublin"),
    "mazowieckie": ("w województwie mazowieckim", "у Мазовецькому воєводстві", "Masovian"),
    "malopolskie": ("w województwie małopolskim", "у Малопольському воєводстві", "Lesser Poland"),
    "dolnoslaskie": (
        "w województwie dolnośląskim",
        "у Нижньосілезькому воєводстві",
        "Lower Silesian",
    ),
    "podkarpackie": (
        "w województwie podkarpackim",
        "у Підкарпатському воєводстві",
        "Subcarpathian",
    ),
    "pomorskie": ("w województwie pomorskim", "у Поморському воєводстві", "Pomeranian"),
    "wielkopolskie": (
        "w województwie wielkopolskim",
        "у Великопольському воєводстві",
        "Greater Poland",
    ),
    "lodzkie": ("w województwie łódzkim", "у Лодзинському воєводстві", "Łódź"),
    "slaskie": ("w województwie śląskim", "у Сілезькому воєводстві", "Silesian"),
    "podlaskie": ("w województwie podlaskim", "у Підляському воєводстві", "Podlaskie"),
    "zachodniopomorskie": (
        "w województwie zachodniopomorskim",
        "у Західнопоморському воєводстві",
        "West Pomeranian",
    ),
    "warminsko-mazurskie": (
        "w województwie warmińsko-mazurskim",
        "у Вармінсько-Мазурському воєводстві",
        "Warmian-Masurian",
    ),
    "swietokrzyskie": (
        "w województwie świętokrzyskim",
        "у Свентокшиському воєводстві",
        "Holy Cross",
    ),
}

# Cities: (voivodeship slug, Polish nom and loc, Ukrainian nom and loc, English).
CITIES = [
    ("lubelskie", "Lublin", "w Lublinie", "Люблін", "у Любліні", "Lublin"),
    ("mazowieckie", "Warszawa", "w Warszawie", "Варшава", "у Варшаві", "Warsaw"),
    ("malopolskie", "Kraków", "w Krakowie", "Краків", "у Кракові", "Kraków"),
    ("dolnoslaskie", "Wrocław", "we Wrocławiu", "Вроцлав", "у Вроцлаві", "Wrocław"),
    ("podkarpackie", "Rzeszów", "w Rzeszowie", "Ряшів", "у Ряшеві", "Rzeszów"),
    ("podkarpackie", "Przemyśl", "w Przemyślu", "Перемишль", "у Перемишлі", "Przemyśl"),
    ("pomorskie", "Gdańsk", "w Gdańsku", "Гданськ", "у Гданську", "Gdańsk"),
    ("wielkopolskie", "Poznań", "w Poznaniu", "Познань", "у Познані", "Poznań"),
    ("lodzkie", "Łódź", "w Łodzi", "Лодзь", "у Лодзі", "Łódź"),
    ("lubelskie", "Chełm", "w Chełmie", "Холм", "у Холмі", "Chełm"),
    ("slaskie", "Katowice", "w Katowicach", "Катовіце", "у Катовіцах", "Katowice"),
    ("podlaskie", "Białystok", "w Białymstoku", "Білосток", "у Білостоці", "Białystok"),
    ("zachodniopomorskie", "Szczecin", "w Szczecinie", "Щецин", "у Щецині", "Szczecin"),
    ("warminsko-mazurskie", "Olsztyn", "w Olsztynie", "Ольштин", "в Ольштині", "Olsztyn"),
    ("swietokrzyskie", "Kielce", "w Kielcach", "Кельце", "у Кельцях", "Kielce"),
]

PLACES = [
    concept(
        region,
        {"city": pl_nom, "loc": pl_loc, "region": VOIVODESHIPS[region][0]},
        {"city": uk_nom, "loc": uk_loc, "region": VOIVODESHIPS[region][1]},
        {"city": en, "loc": f"in {en}", "region": f"in the {VOIVODESHIPS[region][2]} Voivodeship"},
    )
    for region, pl_nom, pl_loc, uk_nom, uk_loc, en in CITIES
]

ACTORS = {
    "pl": [
        "Fundacja",
        "Stowarzyszenie",
        "Punkt informacyjny",
        "Centrum wsparcia",
        "Grupa wolontariuszy",
        "Urząd miasta",
        "Szkoła podstawowa",
        "Poradnia psychologiczna",
        "Ośrodek pomocy społecznej",
        "Organizacja pozarządowa",
    ],
    "uk": [
        "Фонд",
        "Асоціація",
        "Інформаційний пункт",
        "Центр підтримки",
        "Група волонтерів",
        "Міська рада",
        "Початкова школа",
        "Психологічна консультація",
        "Центр соціальної допомоги",
        "Громадська організація",
    ],
    "en": [
        "The foundation",
        "The association",
        "The information point",
        "The support centre",
        "A group of volunteers",
        "The city council",
        "The primary school",
        "The counselling centre",
        "The social welfare centre",
        "The NGO",
    ],
}
VERBS = {
    "pl": ["prowadzi", "organizuje", "oferuje", "zapewnia", "koordynuje", "finansuje", "rozwija"],
    "uk": [
        "проводить",
        "організовує",
        "пропонує",
        "забезпечує",
        "координує",
        "фінансує",
        "розвиває",
    ],
    "en": ["runs", "organises", "offers", "provides", "coordinates", "funds", "develops"],
}
TIMES = {
    "pl": [
        "od poniedziałku do piątku",
        "w każdą sobotę",
        "co tydzień",
        "od stycznia",
        "przez cały rok",
        "w czasie wakacji",
    ],
    "uk": [
        "з понеділка по п’ятницю",
        "щосуботи",
        "щотижня",
        "з січня",
        "протягом усього року",
        "під час канікул",
    ],
    "en": [
        "from Monday to Friday",
        "every Saturday",
        "every week",
        "since January",
        "all year round",
        "during the holidays",
    ],
}

# Sentences, the same one at the same place in each language.
SENTENCES = {
    "pl": [
        "{actor} {verb} {service_acc} dla {group_gen} {place_loc} {time}.",
        "{group_nom} mogą bezpłatnie skorzystać z {service_gen}.",
        "Pomagamy {group_dat} w dostępie do {service_gen} {region}.",
        "Współpracujemy z {group_ins} i z lokalnymi organizacjami {place_loc}.",
        "Zapotrzebowanie na {service_acc} wśród {group_gen} rośnie {region}.",
        "Dyżury tłumaczy języka ukraińskiego odbywają się {time} {place_loc}.",
        "Poradnik wyjaśnia krok po kroku, jak uzyskać {service_acc} i numer PESEL.",
        "Brakuje miejsc w przedszkolach i szkołach dla {group_gen} {place_loc}.",
        "Szukamy wolontariuszy i tłumaczy, którzy wesprą {service_acc} {time}.",
        "Urząd wojewódzki przyjmuje wnioski o {service_acc} {time}.",
        "Organizacje pozarządowe {region} apelują o stabilne finansowanie {service_gen}.",
        "W raporcie opisujemy sytuację {group_gen} na rynku pracy i w dostępie do mieszkań.",
        "Uczestnicy szkolenia poznają przepisy dotyczące {service_gen} i zatrudnienia "
        "cudzoziemców.",
        "Każdego miesiąca z naszej pomocy korzysta kilkaset osób {place_loc}.",
        "Dzieci uchodźców uczą się w polskich szkołach, a ich rodzice szukają pracy.",
        "Mieszkania dla uchodźców są coraz droższe, dlatego {actor_lower} {verb} {service_acc}.",
    ],
    "uk": [
        "{actor} {verb} {service_acc} для {group_gen} {place_loc} {time}.",
        "{group_nom} можуть безкоштовно отримати {service_acc}.",
        "Ми допомагаємо {group_dat} отримати доступ до {service_gen} {region}.",
        "Ми співпрацюємо з {group_ins} та з місцевими організаціями {place_loc}.",
        "Попит на {service_acc} серед {group_gen} зростає {region}.",
        "Чергування перекладачів української мови відбуваються {time} {place_loc}.",
        "Посібник крок за кроком пояснює, як отримати {service_acc} та номер PESEL.",
        "Бракує місць у дитячих садках і школах для {group_gen} {place_loc}.",
        "Шукаємо волонтерів і перекладачів, які підтримають {service_acc} {time}.",
        "Воєводське управління приймає заяви на {service_acc} {time}.",
        "Громадські організації {region} закликають до стабільного фінансування {service_gen}.",
        "У звіті ми описуємо становище {group_gen} на ринку праці та в доступі до житла.",
        "Учасники навчання ознайомляться з правилами щодо {service_gen} та працевлаштування "
        "іноземців.",
        "Щомісяця нашою допомогою користуються кількасот людей {place_loc}.",
        "Діти біженців навчаються в польських школах, а їхні батьки шукають роботу.",
        "Житло для біженців дорожчає, тому {actor_lower} {verb} {service_acc}.",
    ],
    "en": [
        "{actor} {verb} {service} for {group} {place_loc} {time}.",
        "{group} can get {service} free of charge.",
        "We help {group} get access to {service_two} {region}.",
        "We work with {group} and with local organisations {place_loc}.",
        "Demand for {service} among {group} is growing {region}.",
        "Interpreters of Ukrainian are on duty {time} {place_loc}.",
        "The guide explains step by step how to obtain {service_two} and a PESEL number.",
        "There are not enough places in kindergartens and schools for {group} {place_loc}.",
        "We are looking for volunteers and interpreters to support {service} {time}.",
        "The voivodeship office accepts applications for {service_two} {time}.",
        "NGOs {region} call for stable funding of {service}.",
        "The report describes the situation of {group} on the labour market and in housing.",
        "Participants of the training learn the rules on {service} and the employment of "
        "foreigners.",
        "Every month several hundred people use our help {place_loc}.",
        "Refugee children learn in Polish schools while their parents look for work.",
        "Flats for refugees are getting more expensive, so every {group_sg} needs {service_two}.",
    ],
}

TITLES = {
    "news": {
        "pl": [
            "{service_nom} dla {group_gen} {place_loc}",
            "Nowy punkt pomocy {place_loc}: {service_nom}",
            "Zmiany w przepisach: {service_nom} dla {group_gen}",
            "{place_city}: {actor_lower} {verb} {service_acc}",
        ],
        "uk": [
            "{service_nom} для {group_gen} {place_loc}",
            "Новий пункт допомоги {place_loc}: {service_nom}",
            "Зміни в законодавстві: {service_nom} для {group_gen}",
            "{place_city}: {actor_lower} {verb} {service_acc}",
        ],
        "en": [
            "{service} for {group} {place_loc}",
            "New help point {place_loc}: {service}",
            "Changes in the law: {service_two} for {group}",
            "{place_city}: {actor_lower} {verb} {service}",
        ],
    },
    "library": {
        "pl": [
            "Poradnik: {service_nom} dla {group_gen}",
            "Raport o sytuacji {group_gen} {region}",
            "Materiały szkoleniowe: {service_nom} {place_loc}",
            "Analiza prawna: {service_nom} a ochrona czasowa",
        ],
        "uk": [
            "Посібник: {service_nom} для {group_gen}",
            "Звіт про становище {group_gen} {region}",
            "Навчальні матеріали: {service_nom} {place_loc}",
            "Правовий аналіз: {service_nom} і тимчасовий захист",
        ],
        "en": [
            "Guide: {service} for {group}",
            "Report on the situation of {group} {region}",
            "Training materials: {service} {place_loc}",
            "Legal analysis: {service_two} and temporary protection",
        ],
    },
    "event": {
        "pl": [
            "Szkolenie: {service_nom} {place_loc}",
            "Spotkanie sieciujące organizacji {place_loc}",
            "Konsultacje: {service_nom} dla {group_gen}",
            "Webinar dla {group_gen}: {service_nom}",
        ],
        "uk": [
            "Навчання: {service_nom} {place_loc}",
            "Зустріч організацій {place_loc}",
            "Консультації: {service_nom} для {group_gen}",
            "Вебінар для {group_gen}: {service_nom}",
        ],
        "en": [
            "Training: {service} {place_loc}",
            "Networking meeting of organisations {place_loc}",
            "Consultations: {service_two} for {group}",
            "Webinar for {group}: {service}",
        ],
    },
}

ORGANISATION_NAMES = {
    "pl": (
        ["Fundacja", "Stowarzyszenie", "Inicjatywa", "Centrum", "Spółdzielnia Socjalna"],
        [
            "Pomocy Uchodźcom",
            "Wsparcia Rodzin",
            "Dom Otwarty",
            "Nowy Start",
            "Wspólna Przestrzeń",
            "Most",
            "Dobry Sąsiad",
            "Edukacja bez Granic",
        ],
    ),
    "uk": (
        ["Фонд", "Громадська організація", "Ініціатива", "Центр", "Спілка"],
        [
            "«Українська хата»",
            "«Новий старт»",
            "«Разом»",
            "«Добрий сусід»",
            "«Мрія»",
            "«Відкритий дім»",
            "«Надія»",
            "«Міст»",
        ],
    ),
    "en": (
        ["Foundation", "Association", "Initiative", "Centre", "Network"],
        [
            "Open Home",
            "New Start",
            "Good Neighbour",
            "Bridge",
            "Safe Harbour",
            "Shared Space",
            "Education without Borders",
            "Welcome",
        ],
    ),
}


@dataclass(frozen=True)
class Topic:
    """What one item is mainly about: indexes into the lists above, the same in every language."""

    group: int
    service: int
    place: int
    actor: int
    verb: int
    time: int

    @classmethod
    def pick(cls, rng):
        return cls(
            group=rng.randrange(len(GROUPS)),
            service=rng.randrange(len(SERVICES)),
            place=rng.randrange(len(PLACES)),
            actor=rng.randrange(len(ACTORS["pl"])),
            verb=rng.randrange(len(VERBS["pl"])),
            time=rng.randrange(len(TIMES["pl"])),
        )

    @property
    def theme(self):
        return SERVICES[self.service].key

    @property
    def region(self):
        return PLACES[self.place].key

    @property
    def target_group(self):
        return GROUPS[self.group].key

    def slots(self, code):
        """The values the templates of language ``code`` fill in."""
        group, service = GROUPS[self.group].forms[code], SERVICES[self.service].forms[code]
        place, actor = PLACES[self.place].forms[code], ACTORS[code][self.actor]
        values = {
            "actor": actor,
            "actor_lower": actor[0].lower() + actor[1:],
            "verb": VERBS[code][self.verb],
            "time": TIMES[code][self.time],
            "place_city": place["city"],
            "place_loc": place["loc"],
            "region": place["region"],
        }
        if code == "en":
            values.update(
                group=group["pl"], group_sg=group["sg"], service=service["one"],
                service_two=service["two"],
            )  # fmt: skip
        else:
            values.update({f"group_{case}": form for case, form in group.items()})
            values.update({f"service_{case}": form for case, form in service.items()})
        return values


def capitalised(text):
    return text[:1].upper() + text[1:]


class Writer:
    """Renders the texts of one item in one language.

    ``seed`` fixes every choice, so two writers with the same seed and topic write the same
    text in two languages: the sentence templates are chosen by index, and a sentence is
    about the item's topic or, now and then, about another one (a report touches on more than
    one thing).
    """

    def __init__(self, seed, topic, code):
        self.rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not secrets
        self.topic, self.code = topic, code

    def fill(self, template, topic=None):
        return capitalised(template.format(**(topic or self.topic).slots(self.code)))

    def title(self, kind):
        templates = TITLES[kind][self.code]
        return self.fill(templates[self.rng.randrange(len(templates))])

    def sentence(self):
        templates = SENTENCES[self.code]
        template = templates[self.rng.randrange(len(templates))]
        topic = self.topic if self.rng.random() < 0.7 else Topic.pick(self.rng)
        return self.fill(template, topic)

    def sentences(self, count):
        return " ".join(self.sentence() for _ in range(count))

    def paragraphs(self, count, low=3, high=6):
        return [self.sentences(self.rng.randint(low, high)) for _ in range(count)]

    def organisation_name(self):
        prefixes, cores = ORGANISATION_NAMES[self.code]
        city = PLACES[self.topic.place].forms[self.code]["city"]
        prefix, core = prefixes[self.rng.randrange(len(prefixes))], self.rng.choice(cores)
        return f"{prefix} {core} {city}"
