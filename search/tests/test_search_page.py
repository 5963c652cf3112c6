"""The search page and /api/search/: languages, facets, snippets, editors' picks, leaks."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from cms.models import Region, Theme
from directory.factories import OrganisationFactory
from directory.models import Status
from event_calendar.factories import EventIndexPageFactory, EventPageFactory
from home.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from home.models import NewsPage
from library import sample_files
from library.factories import (
    LibraryDocumentFactory,
    LibraryIndexPageFactory,
    LibraryItemPageFactory,
)
from library.models import Access
from search import documents
from search.models import SearchQuery
from search.query import SearchParams, search_site


def terms(model, *slugs):
    return list(model.objects.filter(locale__language_code="pl", slug__in=slugs))


@pytest.fixture
def corpus(homes, news_indexes):
    """A hand-counted set of Polish results for «wsparcie» (any form), and one in Ukrainian.

    type:   news 3, library 2, event 1, organisation 1            = 7
    theme:  housing: news 2 + library 1 + organisation 1 = 4; education: news 1 + event 1 = 2
    region: lubelskie: library 1 + event 1 + organisation 1 = 3; mazowieckie: library 2 = 2
    """
    news = news_indexes["pl"]
    items = [
        NewsPageFactory(parent=news, title="Wsparcie dla rodzin", themes=terms(Theme, "housing")),
        NewsPageFactory(parent=news, title="Nowe wsparcia", themes=terms(Theme, "housing")),
        NewsPageFactory(parent=news, title="Wsparciem w szkole", themes=terms(Theme, "education")),
    ]
    library = LibraryIndexPageFactory(parent=homes["pl"])
    items += [
        LibraryItemPageFactory(
            parent=library,
            title="Poradnik wsparcia",
            themes=terms(Theme, "housing"),
            regions=terms(Region, "lubelskie", "mazowieckie"),
        ),
        LibraryItemPageFactory(
            parent=library, title="Raport o wsparciu", regions=terms(Region, "mazowieckie")
        ),
    ]
    events = EventIndexPageFactory(parent=homes["pl"])
    items.append(
        EventPageFactory(
            parent=events,
            title="Spotkanie o wsparciu",
            themes=terms(Theme, "education"),
            region=terms(Region, "lubelskie")[0],
        )
    )
    items.append(
        OrganisationFactory(
            name="Fundacja Wsparcie",
            description="Wsparcie prawne i mieszkaniowe.",
            themes=["housing"],
            regions=["lubelskie"],
        )
    )
    ukrainian = NewsPageFactory(
        parent=news_indexes["uk"], title="Підтримка", slug="pidtrymka", lead="Wsparcie."
    )
    NewsPageFactory(parent=news, title="Kalendarz", lead="Nic wspólnego.")
    return {"items": items, "ukrainian": ukrainian}


def counts(facet):
    return {option.value: option.count for option in facet}


@pytest.mark.engine
def test_facets_count_the_hand_counted_fixture(corpus, refresh_search):
    refresh_search()
    outcome = search_site(SearchParams(query="wsparcie", language="pl"), AnonymousUser())
    assert len(outcome.hits) == 7
    assert counts(outcome.facets["type"]) == {
        "news": 3,
        "library": 2,
        "event": 1,
        "organisation": 1,
    }
    assert counts(outcome.facets["theme"]) == {"housing": 4, "education": 2}
    assert counts(outcome.facets["region"]) == {"lubelskie": 3, "mazowieckie": 2}
    assert "language" not in outcome.facets  # only when every language is searched


@pytest.mark.engine
def test_facets_combine(corpus, refresh_search):
    refresh_search()
    params = SearchParams(query="wsparcie", language="pl", theme="housing")
    outcome = search_site(params, AnonymousUser())
    assert len(outcome.hits) == 4
    # The other facets count within the theme; the theme facet keeps its options.
    assert counts(outcome.facets["type"]) == {"news": 2, "library": 1, "organisation": 1}
    assert counts(outcome.facets["theme"]) == {"housing": 4, "education": 2}
    params = SearchParams(query="wsparcie", language="pl", theme="housing", region="lubelskie")
    outcome = search_site(params, AnonymousUser())
    assert {hit.type for hit in outcome.hits} == {"library", "organisation"}


@pytest.mark.engine
def test_update_index_sends_the_facets_and_restrictions_in_its_batches(
    corpus, news_indexes, counted, member
):
    private = NewsPageFactory(parent=news_indexes["pl"], title="Wsparcie zarządu")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    with CaptureQueriesContext(connection) as few:
        call_command("update_index", verbosity=0)
    NewsPageFactory.create_batch(20, parent=news_indexes["pl"])
    with CaptureQueriesContext(connection) as more:
        call_command("update_index", verbosity=0)
    assert len(more.captured_queries) == len(few.captured_queries)  # by batch, not by page
    facets = {"news": 3, "library": 2, "event": 1, "organisation": 1}
    assert counted("wsparcie") == (7, facets)
    assert counted("wsparcie", user=member) == (8, {**facets, "news": 4})
    outcome = search_site(SearchParams(query="wsparcie", language="pl"), AnonymousUser())
    assert counts(outcome.facets["theme"]) == {"housing": 4, "education": 2}
    assert counts(outcome.facets["region"]) == {"lubelskie": 3, "mazowieckie": 2}


@pytest.mark.engine
def test_every_language_gives_a_language_facet(corpus, refresh_search):
    refresh_search()
    params = SearchParams(query="wsparcie", language="pl", all_languages=True)
    outcome = search_site(params, AnonymousUser())
    assert counts(outcome.facets["language"]) == {"pl": 6, "uk": 1}
    params = SearchParams(query="wsparcie", language="pl", all_languages=True, in_language="uk")
    outcome = search_site(params, AnonymousUser())
    # Organisations are listed in every language.
    assert {(hit.type, hit.language) for hit in outcome.hits} == {
        ("news", "uk"),
        ("organisation", ""),
    }


@pytest.mark.engine
def test_search_page_shows_results_facets_and_marked_words(client, corpus, refresh_search):
    refresh_search()
    response = client.get("/pl/search/", {"q": "wsparcia", "type": "news"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Wsparcie</mark>" in html
    assert re.search(r'value="news" selected>[^<]+ \(3\)</option>', html)
    assert re.search(r'value="housing">[^<]+ \(2\)</option>', html)  # within the news
    assert response.context["page_obj"].paginator.count == 3
    assert [r.type for r in response.context["results"]] == ["news"] * 3


def test_a_query_is_shown_as_text(client, homes, refresh_search):
    response = client.get("/pl/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.engine
def test_snippets_escape_the_text_they_mark(news_indexes, client, refresh_search):
    NewsPageFactory(parent=news_indexes["pl"], title="Kod", lead="Zobacz <b>organizacje</b> & inne")
    refresh_search()
    response = client.get("/pl/search/", {"q": "organizacji"})
    snippet = str(response.context["results"][0].snippet)
    assert snippet == "Zobacz &lt;b&gt;<mark>organizacje</mark>&lt;/b&gt; &amp; inne"


def test_results_show_their_language_and_translations(news_indexes, client, refresh_search):
    polish = NewsPageFactory(parent=news_indexes["pl"], title="Dyżur prawny", lead="Porady.")
    translate_page(polish, "uk", title="Юридичне чергування", slug="dyzhur")
    refresh_search()
    response = client.get("/pl/search/", {"q": "dyżur"})
    [result] = response.context["results"]
    assert [code for code, _name, _url in result.also_in] == ["uk"]
    assert "Українська" in response.content.decode()
    response = client.get("/uk/search/", {"q": "чергування", "all_languages": "1"})
    [result] = response.context["results"]
    assert result.language == "uk"


@pytest.mark.engine
def test_a_polish_visitor_finds_the_guide_by_a_word_inside_its_pdf(
    homes, client, refresh_search, django_capture_on_commit_callbacks
):
    library = LibraryIndexPageFactory(parent=homes["pl"])
    text = "Jak organizacje pomagają rodzinom w znalezieniu mieszkania na wynajem"
    with django_capture_on_commit_callbacks(execute=True):
        document = LibraryDocumentFactory(
            file=ContentFile(sample_files.pdf_bytes([text]), name="poradnik.pdf")
        )
    document.refresh_from_db()
    assert "mieszkania" in document.extracted_text  # read out of the real PDF
    guide = LibraryItemPageFactory(parent=library, title="Poradnik", document=document)
    refresh_search()
    response = client.get("/pl/search/", {"q": "mieszkań"})
    [result] = response.context["results"]
    assert result.url == guide.url
    assert "<mark>mieszkania</mark>" in str(result.snippet)


def test_editors_picks_come_first(news_indexes, client, refresh_search):
    picked = NewsPageFactory(parent=news_indexes["pl"], title="Kontakt", lead="Telefon.")
    NewsPageFactory(parent=news_indexes["pl"], title="Pomoc", lead="Pomoc prawna.")
    query = Query.get("pomoc")
    SearchPromotion.objects.create(query=query, page=picked, sort_order=0, description="Zadzwoń.")
    refresh_search()
    response = client.get("/pl/search/", {"q": "pomoc"})
    assert response.context["picks"] == [
        {"title": "Kontakt", "url": picked.url, "text": "Zadzwoń."}
    ]
    html = response.content.decode()
    assert html.index("Zadzwoń.") < html.index("prawna.")


def test_searches_are_counted_per_language(homes, client):
    client.get("/uk/search/", {"q": "Житло"})
    client.get("/uk/search/", {"q": "житло", "page": "2"})  # turning pages is not a search
    row = SearchQuery.objects.get()
    assert (row.query_text, row.language_code, row.hits, row.zero_result_hits) == (
        "житло",
        "uk",
        1,
        1,
    )


def test_bad_filters_give_a_message_in_the_visitors_language(homes, client):
    response = client.get("/uk/search/", {"q": "житло", "type": "bogus", "theme": "nope"})
    assert response.status_code == 200
    errors = [str(error) for error in response.context["errors"]]
    assert len(errors) == 2
    assert all("bogus" in e or "nope" in e for e in errors)
    assert "ignored" not in " ".join(errors)  # translated
    response = client.get("/pl/search/", {"q": "x" * 201})
    assert response.status_code == 400
    assert "200" in response.context["errors"][0]


def test_queries_do_not_grow_with_the_results_shown(
    news_indexes, client, refresh_search, django_assert_max_num_queries
):
    for number in range(3):
        NewsPageFactory(parent=news_indexes["pl"], title=f"Dyżur {number}")
    refresh_search()
    client.get("/pl/search/", {"q": "dyżur"})  # caches (sites, content types) filled
    with django_assert_max_num_queries(100) as few:
        client.get("/pl/search/", {"q": "dyżur"})
    for number in range(3, 12):
        NewsPageFactory(parent=news_indexes["pl"], title=f"Dyżur {number}")
    refresh_search()
    with django_assert_max_num_queries(100) as more:
        response = client.get("/pl/search/", {"q": "dyżur"})
    assert len(response.context["results"]) == 10
    assert len(more.captured_queries) == len(few.captured_queries)


# Nothing leaks ----------------------------------------------------------------------------


@pytest.fixture
def members_only_guide(homes, django_capture_on_commit_callbacks):
    library = LibraryIndexPageFactory(parent=homes["pl"])
    with django_capture_on_commit_callbacks(execute=True):
        document = LibraryDocumentFactory(
            file=ContentFile(
                sample_files.pdf_bytes(["Tajny protokół negocjacji czynszowych"]), name="p.pdf"
            )
        )
    return LibraryItemPageFactory(
        parent=library,
        title="Protokół dla członków",
        summary="Streszczenie jawne.",
        description="<p>Opis poufny dla członków.</p>",
        document=document,
        access=Access.MEMBERS,
    )


def test_members_only_file_text_answers_members_only(members_only_guide, found, member, client):
    guide = ("page", members_only_guide.pk)
    assert guide not in found("negocjacji")
    assert guide not in found("poufny")  # the description
    assert guide in found("negocjacji", user=member)
    assert guide in found("poufny", user=member)
    # Everybody finds it by its title and summary, but the snippet holds no hidden text.
    assert guide in found("protokół")
    response = client.get("/pl/search/", {"q": "protokół"})
    html = response.content.decode()
    assert "Streszczenie jawne." in html and "negocjacji" not in html
    response = client.get("/api/search/", {"q": "protokół"})
    assert "negocjacji" not in response.content.decode()


def test_drafts_and_pages_in_review_are_not_found(news_indexes, found, admin_user):
    draft = NewsPageFactory(parent=news_indexes["pl"], title="Szkic", live=False)
    published = NewsPageFactory(parent=news_indexes["pl"], title="Opublikowane")
    # A change submitted for review is a newer revision; the live version stays.
    published.title = "Niezatwierdzona zmiana"
    published.save_revision(user=admin_user, log_action=True)
    assert ("page", draft.pk) not in found("szkic")
    assert ("page", published.pk) not in found("niezatwierdzona")
    assert ("page", published.pk) in found("opublikowane")


def test_private_pages_are_not_found(news_indexes, found):
    private = NewsPageFactory(parent=news_indexes["pl"], title="Wewnętrzne")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert ("page", private.pk) not in found("wewnętrzne")


def test_the_engine_counts_only_what_the_visitor_may_see(
    members_only_guide, counted, member, django_user_model
):
    """The count and the facets come from the engine: its privacy filter, not the database's
    check of the results shown, keeps members-only text out of them."""
    not_a_member = django_user_model.objects.create_user(username="someone")
    assert counted("negocjacji") == (0, {})
    assert counted("negocjacji", user=not_a_member) == (0, {})
    assert counted("negocjacji", user=member) == (1, {"library": 1})
    assert counted("protokół") == (1, {"library": 1})  # its title, which everybody may read


def test_a_restriction_added_or_removed_later_reaches_the_index(news_indexes, counted, member):
    NewsPageFactory(parent=news_indexes["pl"], title="Zebranie zarządu")
    assert counted("zebranie") == (1, {"news": 1})
    restriction = PageViewRestriction.objects.create(
        page=news_indexes["pl"], restriction_type=PageViewRestriction.LOGIN
    )
    assert counted("zebranie") == (0, {})
    assert counted("zebranie", user=member) == (1, {"news": 1})
    restriction.delete()
    assert counted("zebranie") == (1, {"news": 1})


def test_a_section_moved_under_a_restriction_leaves_the_public_index(homes, counted):
    section = NewsIndexPageFactory(parent=homes["pl"], title="Zarząd", slug="board")
    NewsPageFactory(parent=section, title="Zebranie zarządu")
    closed = NewsIndexPageFactory(parent=homes["pl"], title="Dla członków", slug="closed")
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)
    assert counted("zebranie") == (1, {"news": 1})
    section.move(closed, pos="last-child")  # the page under it moves too, unsaved
    assert counted("zebranie") == (0, {})


def test_a_restricted_section_is_re_indexed_in_batches(news_indexes, counted, monkeypatch):
    # The section and four pages: two batches of two, and one of one.
    monkeypatch.setattr(documents, "REINDEX_BATCH", 2)
    for number in range(4):
        NewsPageFactory(parent=news_indexes["pl"], title=f"Protokół zebrania {number}")
    assert counted("protokół") == (4, {"news": 4})
    PageViewRestriction.objects.create(
        page=news_indexes["pl"], restriction_type=PageViewRestriction.LOGIN
    )
    assert counted("protokół") == (0, {})


@pytest.mark.engine
def test_what_the_index_still_has_but_the_database_hides_is_not_shown(
    news_indexes, client, refresh_search
):
    unpublished = NewsPageFactory(parent=news_indexes["pl"], title="Zebranie zarządu")
    restricted = NewsPageFactory(parent=news_indexes["pl"], title="Zebranie członków")
    refresh_search()
    # Changed without signals, as while the engine was down: the index lags behind.
    NewsPage.objects.filter(pk=unpublished.pk).update(live=False)
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=restricted, restriction_type=PageViewRestriction.LOGIN)]
    )
    body = client.get("/api/search/", {"q": "zebranie", "lang": "pl"}).json()
    assert body["count"] == 2  # the engine's count
    assert body["results"] == []


def test_results_are_paged_by_the_engine(news_indexes, client, refresh_search):
    for number in range(23):
        NewsPageFactory(parent=news_indexes["pl"], title=f"Dyżur {number}")
    refresh_search()
    body = client.get("/api/search/", {"q": "dyżur", "lang": "pl", "page": "3"}).json()
    assert (body["count"], len(body["results"]), body["next"]) == (23, 3, None)
    assert "page=2" in body["previous"]
    titles = set()
    for number in (1, 2, 3):
        page = client.get("/api/search/", {"q": "dyżur", "lang": "pl", "page": number}).json()
        titles |= {result["title"] for result in page["results"]}
    assert len(titles) == 23  # every match once, on one page or another
    response = client.get("/pl/search/", {"q": "dyżur", "page": "40"})
    assert len(response.context["results"]) == 3  # past the end: the last page
    assert response.context["page_obj"].number == 3


@pytest.mark.engine
def test_a_renamed_theme_keeps_its_counts_without_reindexing(corpus, counted, refresh_search):
    Theme.objects.filter(slug="housing").update(slug="mieszkanie")
    refresh_search()
    params = SearchParams(query="wsparcie", language="pl", theme="mieszkanie")
    outcome = search_site(params, AnonymousUser())
    assert counts(outcome.facets["theme"]) == {"mieszkanie": 4, "education": 2}
    assert outcome.page.paginator.count == 4


@pytest.mark.parametrize("status", [Status.PENDING, Status.REJECTED, Status.ARCHIVED])
def test_organisations_not_approved_are_not_found(homes, found, status, member):
    hidden = OrganisationFactory(name="Fundacja Ukryta", status=status)
    assert ("organisation", hidden.pk) not in found("ukryta")
    assert ("organisation", hidden.pk) not in found("ukryta", user=member)


def test_private_contact_fields_are_not_found(homes, found, client):
    organisation = OrganisationFactory(
        contact_name="Zofia Niewidoczna", contact_email="zofia@tajne.example.org"
    )
    assert ("organisation", organisation.pk) not in found("Niewidoczna")
    assert ("organisation", organisation.pk) not in found("zofia@tajne.example.org")
    response = client.get("/pl/search/", {"q": organisation.name})
    assert "Niewidoczna" not in response.content.decode()


@pytest.mark.engine
def test_api_answers_with_results_and_facets(corpus, client, refresh_search):
    refresh_search()
    response = client.get("/api/search/", {"q": "wsparcie", "lang": "pl", "theme": "education"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert {result["type"] for result in body["results"]} == {"news", "event"}
    assert {o["value"]: o["count"] for o in body["facets"]["type"]} == {"news": 1, "event": 1}
    assert body["degraded"] is False
    first = body["results"][0]
    assert first["url"].startswith("http://testserver/pl/")
    assert "<mark>" in first["title_marked"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "житло", "lang": "uk", "type": "bogus"}, "bogus"),
        ({"q": "", "lang": "uk"}, "q"),
        ({"q": "житло", "lang": "uk", "page": "0"}, "page"),
        ({"q": "житло", "lang": "uk", "page": "9"}, "9"),
        ({"q": "житло", "lang": "xx"}, "xx"),
    ],
)
def test_api_bad_parameters_answer_400_in_the_language(homes, client, params, message):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert message in error
    if params["lang"] == "uk":
        assert any("\u0400" <= char <= "\u04ff" for char in error)  # in Ukrainian


def test_suggestions_complete_titles_in_cyrillic_and_polish(news_indexes, client, refresh_search):
    NewsPageFactory(parent=news_indexes["uk"], title="Біженці у Любліні", slug="b")
    NewsPageFactory(parent=news_indexes["pl"], title="Uchodźcy w Lublinie")
    for number in range(12):
        NewsPageFactory(parent=news_indexes["pl"], title=f"Uchodźcy {number}")
    refresh_search()
    response = client.get("/api/search/suggest/", {"q": "біж", "lang": "uk"})
    assert response.json()["suggestions"] == ["Біженці у Любліні"]
    for typed in ("uchodź", "Uchodz"):
        suggestions = client.get("/api/search/suggest/", {"q": typed, "lang": "pl"}).json()
        assert len(suggestions["suggestions"]) == 10
        assert all(title.startswith("Uchodźcy") for title in suggestions["suggestions"])
    assert client.get("/api/search/suggest/", {"q": "u", "lang": "pl"}).json()["suggestions"] == []
    assert client.get("/api/search/suggest/", {"q": "uch", "lang": "zz"}).status_code == 400


def test_search_box_is_a_combobox_only_with_javascript(homes, client):
    html = client.get("/pl/search/").content.decode()
    assert 'data-suggest-url="/api/search/suggest/?lang=pl"' in html
    assert 'role="combobox"' not in html  # the script adds it
    assert "js/search-suggest.js" in html


def test_suggestions_leave_out_private_pages(news_indexes, client, refresh_search):
    private = NewsPageFactory(parent=news_indexes["pl"], title="Wewnętrzny regulamin")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    NewsPageFactory(parent=news_indexes["pl"], title="Wewnętrzne szkolenia")
    refresh_search()
    answer = client.get("/api/search/suggest/", {"q": "wewn", "lang": "pl"}).json()
    assert answer["suggestions"] == ["Wewnętrzne szkolenia"]
