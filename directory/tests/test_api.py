"""/api/organizations/: approved organisations as JSON, public fields only, terms in the
requested language, paginated, filterable like the directory, bad parameters answered 400."""

import pytest

from directory.factories import OrganisationFactory
from directory.models import Organisation, OrganisationKind, Status

URL = "/api/organizations/"


@pytest.fixture
def organisations(db, refresh_search):
    made = [
        OrganisationFactory(
            name="Fundacja Dom",
            slug="fundacja-dom",
            kind=OrganisationKind.FOUNDATION,
            themes=["housing"],
            regions=["lubelskie"],
            staff_languages=["pl", "uk"],
            contact_name="Zofia Tajemnicza",
            contact_email="zofia.prywatna@example.org",
            contact_phone="+48 600 000 999",
        ),
        OrganisationFactory(
            name="Stowarzyszenie Szkoła",
            themes=["education"],
            regions=["mazowieckie"],
            description="Uczymy języka polskiego.",
        ),
    ]
    for status in (Status.PENDING, Status.REJECTED, Status.ARCHIVED):
        OrganisationFactory(name=f"Ukryta {status}", description="Uczymy języka", status=status)
    refresh_search()
    return made


def get(client, **params):
    return client.get(URL, params)


def test_the_api_lists_approved_organisations_with_public_fields_only(client, organisations):
    response = get(client)
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert [row["name"] for row in data["results"]] == ["Fundacja Dom", "Stowarzyszenie Szkoła"]
    first = data["results"][0]
    assert set(first) == {
        *Organisation.PUBLIC_FIELDS,
        "themes",
        "regions",
        "target_groups",
        "url",
    }
    assert first["kind"] == "foundation"
    assert first["staff_languages"] == ["pl", "uk"]
    assert first["url"] == "http://testserver/pl/organizations/fundacja-dom/"


def test_the_contact_person_never_reaches_the_api(client, organisations):
    body = get(client).content.decode()
    for secret in ("Zofia", "zofia.prywatna", "600 000 999", "contact"):
        assert secret not in body


@pytest.mark.parametrize(
    ("lang", "theme", "region"),
    [
        ("pl", "Mieszkalnictwo", "lubelskie"),
        ("uk", "Житло", "Люблінське"),
        ("en", "Housing", "Lublin"),
    ],
)
def test_terms_and_profile_links_are_in_the_requested_language(
    client, organisations, lang, theme, region
):
    response = get(client, lang=lang)
    assert response["Content-Language"] == lang
    first = response.json()["results"][0]
    assert first["themes"] == [{"slug": "housing", "name": theme}]
    assert first["regions"] == [{"slug": "lubelskie", "name": region}]
    assert first["url"] == f"http://testserver/{lang}/organizations/fundacja-dom/"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "housing"}, ["Fundacja Dom"]),
        ({"region": "mazowieckie"}, ["Stowarzyszenie Szkoła"]),
        ({"kind": "foundation"}, ["Fundacja Dom"]),
        ({"language": "uk"}, ["Fundacja Dom"]),
        ({"q": "języka"}, ["Stowarzyszenie Szkoła"]),
        ({"theme": "housing", "region": "mazowieckie"}, []),
    ],
)
def test_the_api_filters_like_the_directory(client, organisations, params, expected):
    assert [row["name"] for row in get(client, **params).json()["results"]] == expected


def test_pages_link_to_each_other_and_keep_the_filters(client, db):
    for number in range(5):
        OrganisationFactory(name=f"Organizacja {number}", themes=["housing"])
    first = get(client, page_size="2", theme="housing", lang="en").json()
    assert first["count"] == 5
    assert [row["name"] for row in first["results"]] == ["Organizacja 0", "Organizacja 1"]
    assert first["previous"] is None
    assert first["next"] == (
        "http://testserver/api/organizations/?lang=en&page=2&page_size=2&theme=housing"
    )
    second = client.get(first["next"].removeprefix("http://testserver")).json()
    assert [row["name"] for row in second["results"]] == ["Organizacja 2", "Organizacja 3"]
    last = get(client, page="3", page_size="2", theme="housing", lang="en").json()
    assert [row["name"] for row in last["results"]] == ["Organizacja 4"]
    assert last["next"] is None
    assert last["previous"].endswith("page=2&page_size=2&theme=housing")


def test_an_empty_list_is_one_empty_page(client, db):
    data = get(client).json()
    assert data == {"count": 0, "next": None, "previous": None, "results": []}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"lang": "en", "page": "abc"}, "“page” must be a whole number of 1 or more, not “abc”."),
        ({"lang": "en", "page": "0"}, "“page” must be a whole number of 1 or more, not “0”."),
        ({"lang": "en", "page": "9"}, "There is no page 9: the last page is 1."),
        ({"lang": "en", "page_size": "101"}, "“page_size” may be at most 100."),
        ({"lang": "en", "page_size": "-1"}, "“page_size” must be a whole number"),
        ({"lang": "en", "theme": "gardening"}, "There is no theme “gardening”"),
        ({"lang": "en", "region": "bavaria"}, "There is no region “bavaria”"),
        ({"lang": "en", "kind": "club"}, "There is no kind of organisation “club”"),
        ({"lang": "en", "target_group": "cats"}, "There is no target group “cats”"),
        ({"lang": "en", "language": "xx"}, "There is no language “xx”"),
    ],
)
def test_bad_parameters_are_answered_400_with_a_clear_message(
    client, organisations, params, message
):
    response = get(client, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert message in response.json()["error"]


@pytest.mark.parametrize("lang", ["pl", "uk", "en"])
def test_errors_are_answered_in_the_requested_language(client, db, lang):
    response = get(client, lang=lang, theme="gardening")
    assert response.status_code == 400
    assert response["Content-Language"] == lang
    # The wording in each language comes from the catalogues; the message names the value.
    assert "gardening" in response.json()["error"]


def test_an_unknown_language_is_explained_in_the_browsers_language(client, db):
    response = client.get(URL, {"lang": "de"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json()["error"] == "Unknown language “de”: use one of pl, uk, en."
    assert response["Content-Language"] == "en"


def test_only_get_is_allowed(client, db):
    assert client.post(URL).status_code == 405


def test_api_queries_do_not_grow_with_the_number_of_organisations(
    client, db, django_assert_max_num_queries
):
    OrganisationFactory(themes=["housing"])
    get(client)
    with django_assert_max_num_queries(20) as few:
        get(client, theme="housing")
    for _number in range(30):
        OrganisationFactory(themes=["housing", "education"], regions=["lubelskie", "online"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = get(client, theme="housing", page_size="100").json()
    assert len(data["results"]) == 31


@pytest.mark.engine
def test_a_search_engine_that_is_down_is_answered_503(client, organisations, settings):
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    backend.update(URLS=["http://127.0.0.1:9"], TIMEOUT=1)
    settings.WAGTAILSEARCH_BACKENDS = {"default": backend}
    response = get(client, lang="en", q="języka")
    assert response.status_code == 503
    assert response.json()["error"] == "Search is not available right now. Please try again later."
    # Without a text query the list does not need the engine.
    assert get(client, lang="en").status_code == 200


@pytest.mark.engine
def test_while_the_search_engine_is_down_the_api_answers_from_the_database(
    client, organisations, settings
):
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    backend.update(URLS=["http://127.0.0.1:9"], TIMEOUT=1)
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": backend}
    response = get(client, lang="en", q="języka")
    assert response.status_code == 200
    data = response.json()
    assert [row["name"] for row in data["results"]] == ["Stowarzyszenie Szkoła"]
    assert data["notice"].startswith("Search is working in a simpler mode for a while")
