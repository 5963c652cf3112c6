"""The directory's demo content for ``seed_demo``: fictional organisations, working groups
and needs and offers. Everything here is invented and says so: each name ends in "(demo)"
or is plainly made up, every address is at example.org, and each description carries a
demo note in its language.

Sixty-four organisations, four in each of the sixteen voivodeships, cover every theme; a
few are pending and two are rejected, as a moderator's queue would be. Each writes its
description in its own language (Polish, Ukrainian or English) and adds the other two.
"""

# Ukrainian is written in Cyrillic on purpose; its letters are not look-alikes of Latin ones.
# ruff: noqa: RUF001

from cms.demo_text import Html, Text

DEMO_NOTE = Text(
    "(Organizacja demonstracyjna: dane są fikcyjne.)",
    "(Демонстраційна організація: дані вигадані.)",
    "(Demo organisation: the data is fictional.)",
)

# voivodeship slug: (city, street)
CITIES = {
    "dolnoslaskie": ("Wrocław", "ul. Przykładowa 1"),
    "kujawsko-pomorskie": ("Bydgoszcz", "ul. Przykładowa 2"),
    "lubelskie": ("Lublin", "ul. Przykładowa 3"),
    "lubuskie": ("Zielona Góra", "ul. Przykładowa 4"),
    "lodzkie": ("Łódź", "ul. Przykładowa 5"),
    "malopolskie": ("Kraków", "ul. Przykładowa 6"),
    "mazowieckie": ("Warszawa", "ul. Przykładowa 7"),
    "opolskie": ("Opole", "ul. Przykładowa 8"),
    "podkarpackie": ("Rzeszów", "ul. Przykładowa 9"),
    "podlaskie": ("Białystok", "ul. Przykładowa 10"),
    "pomorskie": ("Gdańsk", "ul. Przykładowa 11"),
    "slaskie": ("Katowice", "ul. Przykładowa 12"),
    "swietokrzyskie": ("Kielce", "ul. Przykładowa 13"),
    "warminsko-mazurskie": ("Olsztyn", "ul. Przykładowa 14"),
    "wielkopolskie": ("Poznań", "ul. Przykładowa 15"),
    "zachodniopomorskie": ("Szczecin", "ul. Przykładowa 16"),
}

# theme slug: (name stem, what the organisation does in pl / uk / en)
THEME_WORK = {
    "education": (
        "Szkoła Otwarta",
        "prowadzi zajęcia wyrównawcze i pomaga rodzinom zapisać dzieci do szkoły",
        "проводить вирівнювальні заняття та допомагає родинам записати дітей до школи",
        "runs catch-up classes and helps families enrol their children in school",
    ),
    "health": (
        "Zdrowie bez Granic",
        "pomaga zapisać się do lekarza i tłumaczy podczas wizyt",
        "допомагає записатися до лікаря та перекладає під час візитів",
        "helps people register with a doctor and interprets during visits",
    ),
    "housing": (
        "Dach nad Głową",
        "szuka mieszkań na wynajem i pośredniczy w rozmowach z wynajmującymi",
        "шукає житло в оренду та посередничає в розмовах з орендодавцями",
        "finds flats to rent and mediates with landlords",
    ),
    "employment": (
        "Praca Razem",
        "doradza w szukaniu pracy i uznawaniu kwalifikacji",
        "консультує щодо пошуку роботи та визнання кваліфікацій",
        "advises on finding work and having qualifications recognised",
    ),
    "legal-aid": (
        "Prawo dla Wszystkich",
        "udziela bezpłatnych porad prawnych w sprawach pobytu i pracy",
        "надає безкоштовні юридичні консультації щодо перебування та роботи",
        "gives free legal advice on residence and work",
    ),
    "psychosocial-support": (
        "Spokojna Głowa",
        "prowadzi grupy wsparcia i konsultacje psychologiczne",
        "проводить групи підтримки та психологічні консультації",
        "runs support groups and psychological consultations",
    ),
    "children-and-youth": (
        "Młode Skrzydła",
        "organizuje świetlice i zajęcia pozalekcyjne dla dzieci i młodzieży",
        "організовує клуби та позашкільні заняття для дітей і молоді",
        "runs day-care clubs and after-school activities for children and young people",
    ),
    "integration-and-language": (
        "Wspólny Język",
        "uczy języka polskiego i organizuje spotkania sąsiedzkie",
        "навчає польської мови та організовує сусідські зустрічі",
        "teaches Polish and organises neighbourhood meetings",
    ),
    "humanitarian-aid": (
        "Ciepły Kąt",
        "prowadzi magazyn darów i punkt pomocy doraźnej",
        "має склад гуманітарної допомоги та пункт невідкладної допомоги",
        "runs a donations warehouse and an emergency help point",
    ),
    "advocacy": (
        "Głos Obywatelski",
        "monitoruje przepisy i przygotowuje rekomendacje dla samorządów",
        "відстежує законодавство та готує рекомендації для органів самоврядування",
        "monitors legislation and prepares recommendations for local authorities",
    ),
    "social-assistance": (
        "Wsparcie na Start",
        "pomaga w załatwianiu świadczeń i spraw urzędowych",
        "допомагає з оформленням виплат і справами в установах",
        "helps with benefits and paperwork at public offices",
    ),
    "violence-prevention": (
        "Bezpieczny Dom",
        "przeciwdziała przemocy i handlowi ludźmi, prowadzi telefon zaufania",
        "протидіє насильству та торгівлі людьми, має телефон довіри",
        "prevents violence and trafficking and runs a helpline",
    ),
}
THEMES = list(THEME_WORK)

KIND_NAMES = {
    "foundation": Text("Fundacja", "Фонд", "Foundation"),
    "association": Text("Stowarzyszenie", "Асоціація", "Association"),
    "informal-group": Text("Grupa nieformalna", "Неформальна група", "Informal group"),
}
KINDS = list(KIND_NAMES)
WRITES_IN = ("pl", "pl", "uk", "en")  # most organisations write in Polish

REJECTION_REASON = "Dane demonstracyjne: zgłoszenie odrzucone."
INTRO = {
    "pl": "{name} z miasta {city} {work}.",
    "uk": "{name} з міста {city} {work}.",
    "en": "{name} from {city} {work}.",
}


def organisation(number, region, city, street):
    """One demo organisation: the ``number``-th (0-based) of 64."""
    theme = THEMES[number % len(THEMES)]
    second_theme = THEMES[(number * 5 + 3) % len(THEMES)]
    kind = KINDS[number % len(KINDS)]
    stem = THEME_WORK[theme][0]
    name = f"{KIND_NAMES[kind].pl} {stem} {city} (demo)"
    descriptions = {
        code: " ".join(
            [
                INTRO[code].format(name=name, city=city, work=THEME_WORK[theme][index + 1]),
                getattr(DEMO_NOTE, code),
            ]
        )
        for index, code in enumerate(("pl", "uk", "en"))
    }
    slug = f"demo-{number + 1:02d}-{theme}"
    status = "approved"
    if number in (25, 41, 57, 62):
        status = "pending"
    if number in (22, 47):
        status = "rejected"
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "city": city,
        "address": f"{street}, {city}",
        "email": f"{slug}@example.org",
        "website": f"https://{slug}.example.org",
        "contact_email": f"contact-{slug}@example.org",
        "description_language": WRITES_IN[number % len(WRITES_IN)],
        "contact_language": WRITES_IN[number % len(WRITES_IN)],
        "descriptions": descriptions,
        "themes": sorted({theme, second_theme}),
        "regions": [region] + (["online"] if number % 3 == 0 else []),
        "staff_languages": ["pl", "uk"] + (["en"] if number % 2 else ["ru"]),
        "is_forum_member": number % 4 != 3,
        "year_founded": 1995 + number % 29,
        "status": status,
        "rejection_reason": "Dane demonstracyjne: zgłoszenie odrzucone."
        if status == "rejected"
        else "",
    }


ORGANISATIONS = [
    organisation(index * len(CITIES) + position, region, city, street)
    for index in range(4)
    for position, (region, (city, street)) in enumerate(CITIES.items())
]

UNHCR = {
    "slug": "unhcr-demo",
    "name": "UNHCR (demo)",
    "kind": "international",
    "city": "Warszawa",
    "address": "ul. Przykładowa 100, Warszawa",
    "email": "unhcr-demo@example.org",
    "website": "https://unhcr-demo.example.org",
    "contact_email": "contact-unhcr-demo@example.org",
    "description_language": "en",
    "contact_language": "en",
    "descriptions": {
        "pl": "Agencja ONZ ds. Uchodźców współprowadzi grupy robocze Forum. " + DEMO_NOTE.pl,
        "uk": "Агентство ООН у справах біженців співкерує робочими групами Форуму. " + DEMO_NOTE.uk,
        "en": "The UN Refugee Agency co-leads the Forum's working groups. " + DEMO_NOTE.en,
    },
    "themes": ["advocacy", "humanitarian-aid", "legal-aid"],
    "regions": ["nationwide"],
    "staff_languages": ["en", "pl", "uk"],
    "is_forum_member": False,
    "year_founded": 1950,
    "status": "approved",
    "rejection_reason": "",
}


def approved_slugs():
    return [entry["slug"] for entry in ORGANISATIONS if entry["status"] == "approved"]


def group(slug, title, summary, mandate, lead, co_lead, theme):
    members = [entry["slug"] for entry in ORGANISATIONS if theme in entry["themes"]][:8]
    return {
        "slug": slug,
        "fields": {"title": title, "summary": summary, "mandate": mandate},
        "lead": lead,
        "co_lead": co_lead,
        "members": members,
        "contact_email": f"{slug}@example.org",
    }


WORKING_GROUPS = [
    group(
        "housing",
        Text(
            "Grupa robocza ds. mieszkalnictwa",
            "Робоча група з питань житла",
            "Housing working group",
        ),
        Text(
            "Koordynuje pomoc mieszkaniową i dzieli się sprawdzonymi rozwiązaniami.",
            "Координує житлову допомогу та ділиться перевіреними рішеннями.",
            "Coordinates housing support and shares proven solutions.",
        ),
        Html(
            "<p>Grupa spotyka się raz w miesiącu, zbiera dane o potrzebach mieszkaniowych "
            "i przygotowuje rekomendacje dla samorządów.</p>",
            "<p>Група збирається раз на місяць, збирає дані про житлові потреби та готує "
            "рекомендації для органів самоврядування.</p>",
            "<p>The group meets monthly, gathers data on housing needs and prepares "
            "recommendations for local authorities.</p>",
        ),
        "unhcr-demo",
        "demo-03-housing",
        "housing",
    ),
    group(
        "education",
        Text(
            "Grupa robocza ds. edukacji", "Робоча група з питань освіти", "Education working group"
        ),
        Text(
            "Wspiera szkoły i rodziny w nauce dzieci z Ukrainy.",
            "Підтримує школи та родини в навчанні дітей з України.",
            "Supports schools and families with the schooling of children from Ukraine.",
        ),
        Html(
            "<p>Grupa wymienia się materiałami dydaktycznymi i wskazuje luki w dostępie "
            "do edukacji.</p>",
            "<p>Група обмінюється навчальними матеріалами та визначає прогалини в доступі "
            "до освіти.</p>",
            "<p>The group shares teaching materials and points out gaps in access to "
            "education.</p>",
        ),
        "demo-01-education",
        "demo-13-education",
        "education",
    ),
    group(
        "legal-aid",
        Text(
            "Grupa robocza ds. pomocy prawnej",
            "Робоча група з правової допомоги",
            "Legal aid working group",
        ),
        Text(
            "Łączy prawników i doradców, którzy pomagają w sprawach pobytu i pracy.",
            "Об’єднує юристів і консультантів, які допомагають у справах перебування та роботи.",
            "Brings together lawyers and advisers who help with residence and work.",
        ),
        Html(
            "<p>Grupa śledzi zmiany przepisów i przygotowuje wspólne odpowiedzi na "
            "najczęstsze pytania.</p>",
            "<p>Група стежить за змінами законодавства та готує спільні відповіді на "
            "найчастіші запитання.</p>",
            "<p>The group follows changes in the law and prepares joint answers to the "
            "most frequent questions.</p>",
        ),
        "demo-05-legal-aid",
        "unhcr-demo",
        "legal-aid",
    ),
]

# (organisation slug, kind, category, title, description, themes, regions, days ago)
LISTINGS = [
    (
        "demo-01-education",
        "need",
        "volunteers",
        "Wolontariusze do zajęć wyrównawczych",
        "Szukamy 5 osób na popołudniowe zajęcia z matematyki, 2 razy w tygodniu.",
        ["education"],
        ["dolnoslaskie"],
        2,
    ),
    (
        "demo-02-health",
        "offer",
        "interpreting",
        "Tłumacze na wizyty lekarskie",
        "Nasz zespół tłumaczy może towarzyszyć pacjentom podczas wizyt.",
        ["health"],
        ["kujawsko-pomorskie", "online"],
        5,
    ),
    (
        "demo-03-housing",
        "need",
        "finance",
        "Wsparcie czynszu dla 10 rodzin",
        "Potrzebujemy środków na dopłaty do czynszu przez trzy miesiące.",
        ["housing"],
        ["lubelskie"],
        1,
    ),
    (
        "demo-04-employment",
        "offer",
        "skills",
        "Warsztaty pisania CV",
        "Prowadzimy warsztaty pisania CV po polsku, także online.",
        ["employment"],
        ["lubuskie", "online"],
        9,
    ),
    (
        "demo-05-legal-aid",
        "offer",
        "knowledge",
        "Porady w sprawie legalizacji pobytu",
        "Dyżury prawników dla organizacji partnerskich i ich podopiecznych.",
        ["legal-aid"],
        ["lodzkie", "nationwide"],
        3,
    ),
    (
        "demo-06-psychosocial-support",
        "need",
        "skills",
        "Superwizja dla zespołu psychologów",
        "Szukamy superwizora z doświadczeniem w pracy z traumą.",
        ["psychosocial-support"],
        ["malopolskie"],
        12,
    ),
    (
        "demo-07-children-and-youth",
        "offer",
        "premises",
        "Sala na zajęcia dla dzieci",
        "Udostępnimy salę w soboty organizacjom prowadzącym zajęcia dla dzieci.",
        ["children-and-youth"],
        ["mazowieckie"],
        4,
    ),
    (
        "demo-08-integration-and-language",
        "need",
        "volunteers",
        "Lektorzy języka polskiego",
        "Potrzebujemy wolontariuszy do prowadzenia kursu dla dorosłych.",
        ["integration-and-language"],
        ["opolskie"],
        7,
    ),
    (
        "demo-09-humanitarian-aid",
        "offer",
        "material-aid",
        "Żywność i środki czystości",
        "Mamy nadwyżki w magazynie i przekażemy je organizacjom z regionu.",
        ["humanitarian-aid"],
        ["podkarpackie"],
        6,
    ),
    (
        "demo-10-advocacy",
        "offer",
        "knowledge",
        "Analiza przepisów o świadczeniach",
        "Przygotowaliśmy omówienie zmian i chętnie je przedstawimy.",
        ["advocacy", "social-assistance"],
        ["podlaskie", "online"],
        15,
    ),
    (
        "demo-11-social-assistance",
        "need",
        "interpreting",
        "Tłumacz do urzędu",
        "Szukamy tłumacza na dyżury w miejskim ośrodku pomocy społecznej.",
        ["social-assistance"],
        ["pomorskie"],
        8,
    ),
    (
        "demo-12-violence-prevention",
        "offer",
        "skills",
        "Szkolenie o handlu ludźmi",
        "Przeszkolimy zespoły pierwszego kontaktu w rozpoznawaniu sygnałów.",
        ["violence-prevention"],
        ["slaskie", "nationwide"],
        10,
    ),
    (
        "demo-13-education",
        "offer",
        "volunteers",
        "Studenci-wolontariusze do korepetycji",
        "Grupa studentów chętnie poprowadzi korepetycje w szkołach.",
        ["education"],
        ["swietokrzyskie", "dolnoslaskie"],
        3,
    ),
    (
        "demo-14-health",
        "need",
        "material-aid",
        "Leki i opatrunki dla punktu medycznego",
        "Brakuje nam podstawowych leków i materiałów opatrunkowych.",
        ["health", "humanitarian-aid"],
        ["warminsko-mazurskie"],
        11,
    ),
    (
        "demo-15-housing",
        "offer",
        "solutions",
        "Model najmu społecznego",
        "Dzielimy się umowami i procedurami, które sprawdziły się w naszym mieście.",
        ["housing"],
        ["wielkopolskie", "lubelskie"],
        14,
    ),
    (
        "demo-16-employment",
        "need",
        "management",
        "Doradztwo w zarządzaniu projektem",
        "Potrzebujemy mentora, który pomoże nam rozliczyć pierwszy grant.",
        ["employment"],
        ["zachodniopomorskie"],
        5,
    ),
    (
        "demo-17-legal-aid",
        "need",
        "interpreting",
        "Tłumaczenia dokumentów",
        "Szukamy tłumacza przysięgłego języka ukraińskiego do kilku dokumentów.",
        ["legal-aid"],
        ["dolnoslaskie"],
        2,
    ),
    (
        "demo-18-psychosocial-support",
        "offer",
        "skills",
        "Grupy wsparcia dla wolontariuszy",
        "Zapraszamy zespoły innych organizacji na grupy wsparcia online.",
        ["psychosocial-support"],
        ["online", "kujawsko-pomorskie"],
        9,
    ),
    (
        "demo-19-children-and-youth",
        "need",
        "premises",
        "Lokal na świetlicę",
        "Szukamy sali na popołudniową świetlicę dla 20 dzieci.",
        ["children-and-youth"],
        ["lubelskie"],
        1,
    ),
    (
        "demo-20-integration-and-language",
        "offer",
        "finance",
        "Mikrogranty na spotkania sąsiedzkie",
        "Mamy środki na małe granty dla grup organizujących spotkania integracyjne.",
        ["integration-and-language"],
        ["lubuskie", "nationwide"],
        13,
    ),
]
