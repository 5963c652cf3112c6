"""Factories for the page types of this app, used by tests, the seed and the benchmarks."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    hero_title = "Forum Razem"
    hero_text = "Organizacje razem dla uchodźców z Ukrainy."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "news"
    intro = "Co nowego w Forum."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    lead = factory.Sequence(lambda n: f"Lead of news item {n}.")

    class Meta:
        model = NewsPage


def make_site_tree():
    """A Polish home page as the default site's root, with its uk and en translations.

    Returns the home pages keyed by language code. Mirrors the shape seed_demo builds.
    """
    root = Page.get_first_root_node()
    home_pl = HomePageFactory(parent=root, title="Strona główna", slug="home-pl")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home_pl, "site_name": "Razem"},
    )
    Site.objects.exclude(root_page=home_pl).delete()
    # Wagtail's "Welcome" page from its initial migration is not part of this site.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    homes = {"pl": home_pl}
    for code in ("uk", "en"):
        home = home_pl.copy_for_translation(Locale.objects.get(language_code=code))
        home.save_revision().publish()
        homes[code] = home.specific
    return homes


def translate_page(page, code, **fields):
    """Publish a translation of ``page`` in locale ``code`` with the given field values."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=False
    )
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific  # as published, not the draft copy
