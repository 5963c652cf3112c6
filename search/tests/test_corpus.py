"""``manage.py generate_corpus``: the benchmark corpus of pages, library items, organisations
and events in three languages."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from directory.models import Organisation
from event_calendar.models import EventPage
from home.factories import NewsPageFactory
from home.models import NewsPage
from library.models import Access, LibraryItemPage
from search.corpus import plan

PAGE_MODELS = (NewsPage, LibraryItemPage, EventPage)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """The corpus's PDFs go to a folder of each test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"


def generate(count, seed=7):
    out = io.StringIO()
    call_command("generate_corpus", str(count), "--seed", str(seed), stdout=out)
    return out.getvalue()


def corpus_pages():
    return [page for model in PAGE_MODELS for page in model.objects.order_by("path")]


def fingerprint():
    """What the corpus holds, without database ids."""
    pages = [
        (
            type(page).__name__,
            page.locale.language_code,
            page.title,
            page.slug,
            page.live,
            str(page.translation_key),
            getattr(page, "access", ""),
            page.document.extracted_text if getattr(page, "document", None) else "",
        )
        for page in corpus_pages()
    ]
    organisations = list(
        Organisation.objects.order_by("slug").values_list("name", "slug", "description")
    )
    return pages, organisations


def test_the_corpus_has_n_items_of_every_kind_in_the_three_languages(homes):
    output = generate(60)

    pages = corpus_pages()
    organisations = Organisation.objects.all()
    assert len(pages) + organisations.count() == 60
    assert "Generated 60 items (seed 7)" in output
    for model in PAGE_MODELS:
        assert model.objects.exists(), model
    assert organisations.exists()
    assert set(organisations.values_list("status", flat=True)) == {"approved"}
    languages = {page.locale.language_code for page in pages}
    languages |= set(organisations.values_list("description_language", flat=True))
    assert languages == {"pl", "uk", "en"}
    assert Page.find_problems() == ([], [], [], [], [])  # paths, depths and child counts


def test_library_items_carry_the_extracted_text_of_their_files(homes):
    generate(40)

    items = LibraryItemPage.objects.filter(document__isnull=False).select_related("document")
    assert items.exists()
    for item in items:
        assert len(item.document.extracted_text) > 500
        assert item.document.file.storage.exists(item.document.file.name)


def test_a_small_share_is_drafts_and_members_only_behind_wagtail_privacy(homes):
    generate(60)

    pages = corpus_pages()
    drafts = [page for page in pages if not page.live]
    assert 0 < len(drafts) < len(pages) / 5
    members_only = LibraryItemPage.objects.filter(access=Access.MEMBERS)
    assert 0 < members_only.count() < LibraryItemPage.objects.count() / 2
    restricted = PageViewRestriction.objects.filter(page__in=members_only)
    assert restricted.count() == members_only.count()
    assert {group.name for r in restricted for group in r.groups.all()} == {"Members"}
    locked = members_only.filter(live=True).first()
    response = Client().get(locked.url)
    assert response.status_code == 200
    assert locked.summary in response.content.decode()
    assert locked.description not in response.content.decode()


def test_published_items_are_served_at_their_urls(homes):
    generate(40)

    client = Client()
    for model in PAGE_MODELS:
        page = model.objects.live().filter(locale__language_code="uk").first() or (
            model.objects.live().first()
        )
        assert client.get(page.url).status_code == 200, page.url
    organisation = Organisation.objects.first()
    assert client.get(organisation.get_absolute_url()).status_code == 200


def test_translated_stories_share_their_key_and_slug(homes):
    generate(60)

    translated = [page for page in corpus_pages() if page.get_translations().exists()]
    assert translated
    for page in translated:
        assert {other.slug for other in page.get_translations()} == {page.slug}


def test_the_same_seed_makes_the_same_corpus(homes):
    def run(seed):
        with transaction.atomic():
            generate(30, seed=seed)
            result = fingerprint()
            transaction.set_rollback(True)
        return result

    first = run(11)
    assert first == run(11)
    assert first != run(12)
    assert list(plan(30, 11)) == list(plan(30, 11))


def test_the_same_seed_twice_in_one_database_is_refused(homes):
    generate(10, seed=5)

    with pytest.raises(CommandError, match="seed 5 is already in this database"):
        generate(10, seed=5)


@pytest.mark.parametrize("count", ["0", "-3", "ten", "2.5", "1000001"])
def test_a_bad_number_of_items_is_refused_with_a_clear_message(db, count):
    with pytest.raises(CommandError, match="N must be a whole number of items from 1 to"):
        generate(count)


def test_without_the_site_tree_the_command_says_what_to_run(db):
    with pytest.raises(CommandError, match=r"site tree is missing.*seed_demo"):
        generate(10)
    assert not Organisation.objects.exists()


def test_generating_leaves_the_search_index_to_update_index(homes, refresh_search):
    generate(30)
    news_index = NewsPage.objects.first().get_parent()
    later = NewsPageFactory(parent=news_index, title="Zbiórka darów w Przemyślu")
    refresh_search()

    corpus = NewsPage.objects.exclude(pk=later.pk)
    for page in corpus[:3]:
        found = {result.pk for result in NewsPage.objects.search(page.title)}
        assert page.pk not in found
    # Search signals are back once the corpus is written: a page saved later is indexed.
    assert later.pk in {result.pk for result in NewsPage.objects.search("Przemyślu")}
