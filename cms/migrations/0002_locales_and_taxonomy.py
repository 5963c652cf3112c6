"""The three content locales and the shared vocabularies, in Polish, Ukrainian and English.

This is the one place the lists live; tests, seed data and filters read them from the
database.
"""

import uuid

from django.db import migrations

LANGUAGES = ("pl", "uk", "en")

# slug: (pl, uk, en)
THEMES = {
    "education": ("Edukacja", "Освіта", "Education"),
    "health": ("Zdrowie", "Здоров’я", "Health"),
    "housing": ("Mieszkalnictwo", "Житло", "Housing"),
    "employment": ("Praca i zatrudnienie", "Робота та працевлаштування", "Employment"),
    "legal-aid": ("Pomoc prawna", "Правова допомога", "Legal aid"),
    "psychosocial-support": (
        "Wsparcie psychospołeczne",
        "Психосоціальна підтримка",
        "Psychosocial support",
    ),
    "children-and-youth": ("Dzieci i młodzież", "Діти та молодь", "Children and youth"),
    "integration-and-language": (
        "Integracja i nauka języka",
        "Інтеграція та вивчення мови",
        "Integration and language",
    ),
    "humanitarian-aid": ("Pomoc humanitarna", "Гуманітарна допомога", "Humanitarian aid"),
    "advocacy": ("Rzecznictwo", "Адвокація", "Advocacy"),
    "social-assistance": (
        "Pomoc społeczna i świadczenia",
        "Соціальна допомога та виплати",
        "Social assistance and benefits",
    ),
    "violence-prevention": (
        "Przeciwdziałanie przemocy i handlowi ludźmi",
        "Протидія насильству та торгівлі людьми",
        "Violence and trafficking prevention",
    ),
}

# slug: (kind, TERYT code, pl, uk, en)
REGIONS = {
    "dolnoslaskie": ("voivodeship", "02", "dolnośląskie", "Нижньосілезьке", "Lower Silesian"),
    "kujawsko-pomorskie": (
        "voivodeship",
        "04",
        "kujawsko-pomorskie",
        "Куявсько-Поморське",
        "Kuyavian-Pomeranian",
    ),
    "lubelskie": ("voivodeship", "06", "lubelskie", "Люблінське", "Lublin"),
    "lubuskie": ("voivodeship", "08", "lubuskie", "Любуське", "Lubusz"),
    "lodzkie": ("voivodeship", "10", "łódzkie", "Лодзинське", "Łódź"),
    "malopolskie": ("voivodeship", "12", "małopolskie", "Малопольське", "Lesser Poland"),
    "mazowieckie": ("voivodeship", "14", "mazowieckie", "Мазовецьке", "Masovian"),
    "opolskie": ("voivodeship", "16", "opolskie", "Опольське", "Opole"),
    "podkarpackie": ("voivodeship", "18", "podkarpackie", "Підкарпатське", "Subcarpathian"),
    "podlaskie": ("voivodeship", "20", "podlaskie", "Підляське", "Podlaskie"),
    "pomorskie": ("voivodeship", "22", "pomorskie", "Поморське", "Pomeranian"),
    "slaskie": ("voivodeship", "24", "śląskie", "Сілезьке", "Silesian"),
    "swietokrzyskie": ("voivodeship", "26", "świętokrzyskie", "Свентокшиське", "Holy Cross"),
    "warminsko-mazurskie": (
        "voivodeship",
        "28",
        "warmińsko-mazurskie",
        "Вармінсько-Мазурське",
        "Warmian-Masurian",
    ),
    "wielkopolskie": ("voivodeship", "30", "wielkopolskie", "Великопольське", "Greater Poland"),
    "zachodniopomorskie": (
        "voivodeship",
        "32",
        "zachodniopomorskie",
        "Західнопоморське",
        "West Pomeranian",
    ),
    "nationwide": ("nationwide", "", "cała Polska", "Вся Польща", "Nationwide"),
    "online": ("online", "", "online", "Онлайн", "Online"),
    "ukraine": ("abroad", "", "Ukraina", "Україна", "Ukraine"),
}

TARGET_GROUPS = {
    "children": ("Dzieci", "Діти", "Children"),
    "young-people": ("Młodzież", "Молодь", "Young people"),
    "families": ("Rodziny z dziećmi", "Сім’ї з дітьми", "Families with children"),
    "women": ("Kobiety", "Жінки", "Women"),
    "older-people": ("Osoby starsze", "Люди похилого віку", "Older people"),
    "people-with-disabilities": (
        "Osoby z niepełnosprawnościami",
        "Люди з інвалідністю",
        "People with disabilities",
    ),
    "unaccompanied-minors": (
        "Małoletni bez opieki",
        "Неповнолітні без супроводу",
        "Unaccompanied minors",
    ),
    "roma": ("Romowie", "Роми", "Roma"),
    "lgbtqia": ("Osoby LGBTQIA+", "ЛГБТКІА+ люди", "LGBTQIA+ people"),
    "third-country-nationals": (
        "Obywatele państw trzecich",
        "Громадяни третіх країн",
        "Third-country nationals",
    ),
    "host-communities": ("Społeczności przyjmujące", "Приймаючі громади", "Host communities"),
}


def create_locales(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def create_terms(model, locales, rows):
    """rows: slug -> (extra fields, (pl, uk, en) names); one translation_key per slug."""
    for order, (slug, (extra, names)) in enumerate(rows.items()):
        key = uuid.uuid4()
        for code, name in zip(LANGUAGES, names, strict=True):
            model.objects.update_or_create(
                locale=locales[code],
                slug=slug,
                defaults={"name": name, "sort_order": order, "translation_key": key, **extra},
            )


def forwards(apps, schema_editor):
    locales = create_locales(apps)
    create_terms(
        apps.get_model("cms", "Theme"),
        locales,
        {slug: ({}, names) for slug, names in THEMES.items()},
    )
    create_terms(
        apps.get_model("cms", "Region"),
        locales,
        {
            slug: ({"kind": kind, "teryt_code": code}, names)
            for slug, (kind, code, *names) in REGIONS.items()
        },
    )
    create_terms(
        apps.get_model("cms", "TargetGroup"),
        locales,
        {slug: ({}, names) for slug, names in TARGET_GROUPS.items()},
    )


def backwards(apps, schema_editor):
    for name in ("Theme", "Region", "TargetGroup"):
        apps.get_model("cms", name).objects.all().delete()


class Migration(migrations.Migration):
    # What this migration makes is searchable (search.indexing.index_migrated_content).
    search_index_models = ["cms.Theme", "cms.Region", "cms.TargetGroup"]

    dependencies = [
        ("cms", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
