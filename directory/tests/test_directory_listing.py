"""The directory at /{lang}/organizations/: approved organisations only, filters with their
counts, unknown values explained, pagination, and a fixed number of queries."""

import pytest

from cms.models import TargetGroup
from directory.factories import OrganisationFactory
from directory.models import OrganisationKind, Status
from home.factories import translate_page


def target_group(slug):
    return TargetGroup.objects.get(slug=slug, locale__language_code="pl")


@pytest.fixture
def directory(directory_index):
    """The directory in all three languages."""
    translate_page(directory_index, "uk", title="Організації")
    translate_page(directory_index, "en", title="Organisations")
    return directory_index


@pytest.fixture
def organisations(directory, refresh_search):
    """Four approved organisations that differ in theme, region, kind, target group and
    language, and one of each other status, which must never show."""
    made = {
        "a": OrganisationFactory(
            name="Fundacja Dom",
            kind=OrganisationKind.FOUNDATION,
            themes=["housing"],
            regions=["lubelskie"],
            staff_languages=["pl", "uk"],
            is_forum_member=True,
            city="Chełm",
        ),
        "b": OrganisationFactory(
            name="Stowarzyszenie Szkoła",
            themes=["education"],
            regions=["mazowieckie"],
            staff_languages=["pl"],
        ),
        "c": OrganisationFactory(
            name="Fundacja Prawo i Dom",
            kind=OrganisationKind.FOUNDATION,
            themes=["housing", "legal-aid"],
            regions=["mazowieckie", "lubelskie"],
            staff_languages=["uk", "ru"],
            description="Porady prawne dla najemców z Ukrainy.",
        ),
        "d": OrganisationFactory(
            name="Grupa Sąsiedzka",
            kind=OrganisationKind.INFORMAL_GROUP,
            themes=["education"],
            regions=["online"],
        ),
    }
    made["c"].target_groups.set([target_group("children")])
    made["c"].save()  # a ParentalManyToManyField writes on save
    for status in (Status.PENDING, Status.REJECTED, Status.ARCHIVED):
        OrganisationFactory(
            name=f"Ukryta {status}", themes=["housing"], description="Porady prawne", status=status
        )
    refresh_search()
    return made


def listed(client, params=None, path="/pl/organizations/"):
    response = client.get(path, params or {})
    assert response.status_code == 200
    return [o.name for o in response.context["organisations_page"].object_list]


def counts(response, facet):
    return {option.value: option.count for option in response.context["facets"][facet]}


def test_the_directory_lists_approved_organisations_only(client, organisations):
    assert listed(client) == [
        "Fundacja Dom",
        "Fundacja Prawo i Dom",
        "Grupa Sąsiedzka",
        "Stowarzyszenie Szkoła",
    ]
    assert "Ukryta" not in client.get("/pl/organizations/").content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "housing"}, {"a", "c"}),
        ({"region": "mazowieckie"}, {"b", "c"}),
        ({"kind": "foundation"}, {"a", "c"}),
        ({"target_group": "children"}, {"c"}),
        ({"language": "uk"}, {"a", "c"}),
        ({"theme": "housing", "region": "mazowieckie"}, {"c"}),
        ({"kind": "informal-group", "region": "online", "theme": "education"}, {"d"}),
        ({"language": "ru", "theme": "education"}, set()),
    ],
)
def test_each_filter_and_their_combinations_narrow_the_list(
    client, organisations, params, expected
):
    assert set(listed(client, params)) == {organisations[key].name for key in expected}


def test_the_text_search_finds_words_of_the_description_and_not_unapproved_ones(
    client, organisations
):
    assert listed(client, {"q": "prawne"}) == ["Fundacja Prawo i Dom"]


def test_filters_mean_the_same_in_every_language(client, organisations):
    assert set(listed(client, {"theme": "housing"}, path="/uk/organizations/")) == {
        "Fundacja Dom",
        "Fundacja Prawo i Dom",
    }


def test_each_option_counts_what_it_would_show_with_the_other_filters(client, organisations):
    response = client.get("/pl/organizations/", {"kind": "foundation", "region": "lubelskie"})
    # Themes honour the kind and the region …
    assert counts(response, "theme")["housing"] == 2
    assert counts(response, "theme")["legal-aid"] == 1
    assert counts(response, "theme")["education"] == 0
    # … regions honour the kind only …
    assert counts(response, "region")["mazowieckie"] == 1
    assert counts(response, "region")["lubelskie"] == 2
    # … kinds honour the region only.
    assert counts(response, "kind")["foundation"] == 2
    assert counts(response, "kind")["association"] == 0
    assert counts(response, "language")["uk"] == 2
    assert counts(response, "language")["pl"] == 1
    assert counts(response, "target_group")["children"] == 1
    html = response.content.decode()
    assert '<option value="housing">Mieszkalnictwo (2)</option>' in html
    assert '<option value="lubelskie" selected>lubelskie (2)</option>' in html


def test_unapproved_organisations_are_not_counted(client, organisations):
    response = client.get("/pl/organizations/")
    assert counts(response, "theme")["housing"] == 2


def test_terms_and_labels_are_in_the_readers_language(client, organisations):
    html = client.get("/uk/organizations/").content.decode()
    assert '<option value="housing">Житло (2)</option>' in html
    assert "Люблінське" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"theme": "gardening"}, "There is no theme “gardening”; showing every theme."),
        ({"region": "bavaria"}, "There is no region “bavaria”; showing every region."),
        ({"kind": "club"}, "There is no kind of organisation “club”; showing every kind."),
        (
            {"target_group": "cats"},
            "There is no target group “cats”; showing every target group.",
        ),
        (
            {"language": "xx"},
            "There is no language “xx” in the list; showing every language.",
        ),
        ({"q": "x" * 201}, "The search text is too long: use at most 200 characters."),
    ],
)
def test_an_unknown_filter_value_is_explained_and_ignored(client, organisations, params, message):
    response = client.get("/en/organizations/", params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert len(response.context["organisations_page"].object_list) == 4


def test_the_cards_show_the_facts_readers_scan(client, organisations):
    html = client.get("/en/organizations/", {"theme": "housing"}).content.decode()
    assert "Foundation" in html
    assert "Chełm" in html
    assert "Forum member" in html
    assert "Polish, Ukrainian" in html
    assert "Housing" in html and "Lublin" in html
    assert 'href="/en/organizations/' in html
    # The contact person is never shown.
    assert "Anna Kowalska" not in html
    assert "kontakt" not in html


def test_the_form_works_without_javascript(client, organisations):
    html = client.get("/pl/organizations/").content.decode()
    assert '<form class="filters directory-filters" method="get"' in html
    assert '<button type="submit">' in html


def test_the_list_is_paginated(client, directory):
    for number in range(directory.page_size + 2):
        OrganisationFactory(name=f"Organizacja {number:03d}")
    response = client.get("/en/organizations/", {"page": "2"})
    assert response.status_code == 200
    assert [o.name for o in response.context["organisations_page"].object_list] == [
        "Organizacja 024",
        "Organizacja 025",
    ]
    assert "Page 2 of 2" in response.content.decode()
    # A page that is not a number shows the first page, not an error.
    assert client.get("/en/organizations/", {"page": "abc"}).status_code == 200


def test_queries_do_not_grow_with_the_number_of_organisations(
    client, directory_index, django_assert_max_num_queries
):
    OrganisationFactory(themes=["housing"], staff_languages=["uk"])
    client.get("/pl/organizations/")  # warm the site and locale caches
    with django_assert_max_num_queries(40) as few:
        client.get("/pl/organizations/", {"theme": "housing"})
    for _number in range(20):
        OrganisationFactory(themes=["housing", "education"], regions=["lubelskie", "online"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/pl/organizations/", {"theme": "housing"})
    assert len(response.context["organisations_page"].object_list) == 21


@pytest.fixture
def search_engine_down(settings):
    """A search engine that does not answer (nothing listens on port 9, discard), and no
    database backend beside it to answer instead."""
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    backend.update(URLS=["http://127.0.0.1:9"], TIMEOUT=1)
    settings.WAGTAILSEARCH_BACKENDS = {"default": backend}


@pytest.mark.engine
def test_a_search_engine_that_is_down_leaves_the_directory_working(
    client, organisations, search_engine_down
):
    response = client.get("/en/organizations/", {"q": "prawne", "theme": "housing"})
    assert response.status_code == 200
    assert "Search is not available right now. Please try again later." in (
        response.content.decode()
    )
    assert set(listed(client, {"q": "prawne", "theme": "housing"}, "/en/organizations/")) == {
        "Fundacja Dom",
        "Fundacja Prawo i Dom",
    }


def test_the_directory_links_its_translations_and_names_its_canonical_address(
    client, organisations
):
    html = client.get("/uk/organizations/", {"theme": "housing"}).content.decode()
    assert '<html lang="uk">' in html
    assert '<link rel="canonical" href="http://testserver/uk/organizations/">' in html
    for lang in ("pl", "uk", "en"):
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="http://testserver/{lang}/organizations/">'
            in html
        )


def test_counts_honour_the_text_search(client, organisations):
    response = client.get("/en/organizations/", {"q": "prawne"})
    assert counts(response, "theme")["housing"] == 1
    assert counts(response, "theme")["legal-aid"] == 1
    assert counts(response, "theme")["education"] == 0
    assert counts(response, "kind")["foundation"] == 1
    assert "1 organisation" in response.content.decode()


@pytest.mark.engine
def test_while_the_search_engine_is_down_the_database_answers_the_text_query(
    client, organisations, settings
):
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    backend.update(URLS=["http://127.0.0.1:9"], TIMEOUT=1)
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": backend}
    response = client.get("/en/organizations/", {"q": "prawne", "theme": "housing"})
    assert response.status_code == 200
    assert "Search is working in a simpler mode for a while" in response.content.decode()
    assert listed(client, {"q": "prawne", "theme": "housing"}, "/en/organizations/") == [
        "Fundacja Prawo i Dom"
    ]
