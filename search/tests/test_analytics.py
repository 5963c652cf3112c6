"""Search analytics: searches counted per text, language and day without personal data, and
the editors' reports of the top searches and of the searches that found nothing."""

import csv
import datetime
import io
import logging
import types

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.users.models import UserProfile

from search import analytics
from search.analytics import record_search
from search.factories import SearchQueryFactory
from search.models import SearchQuery

TOP_URL = "/admin/reports/search-queries/"
TOP_RESULTS_URL = "/admin/reports/search-queries/results/"
ZERO_URL = "/admin/reports/searches-without-results/"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def user_in(django_user_model):
    """A user of the group, whose admin speaks English (the messages checked here are)."""

    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower().replace(" ", "-"), password="pass-1234-secure"
        )
        user.groups.add(Group.objects.get(name=group_name))
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        return user

    return make


@pytest.fixture
def editor_client(client, user_in):
    client.force_login(user_in("Editors"))
    return client


def rows_of(response):
    """(text, language, *counts) of each row of a report page, in order."""
    return [
        (row["query_text"], row["language_code"], *counts(row))
        for row in response.context["object_list"]
    ]


def counts(row):
    return [row[key] for key in ("searches", "zero_result_searches") if key in row]


def csv_rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")  # so that Excel reads it as UTF-8
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


# Counting


def test_searches_are_counted_per_normalised_text(db):
    record_search("  Pomoc   PRAWNA ", "pl", 3)
    record_search("pomoc prawna", "pl", 0)
    record_search("POMOC\tprawna\n", "pl", 2)

    row = SearchQuery.objects.get()
    assert (row.query_text, row.language_code, row.day) == (
        "pomoc prawna",
        "pl",
        timezone.localdate(),
    )
    assert (row.hits, row.zero_result_hits, row.results) == (3, 1, 2)


def test_ukrainian_and_german_letters_are_case_folded():
    assert analytics.normalise_query("  Житло  У Варшаві ") == "житло у варшаві"
    assert analytics.normalise_query("STRAßE") == "strasse"


def test_each_language_has_its_own_count(db):
    for language in ("pl", "uk", "uk", "en"):
        record_search("Dokumenty", language, 1)

    counted = dict(SearchQuery.objects.values_list("language_code", "hits"))
    assert counted == {"pl": 1, "uk": 2, "en": 1}


def test_each_day_has_its_own_row(db, monkeypatch):
    record_search("praca", "pl", 4)
    tomorrow = types.SimpleNamespace(localdate=lambda: days_ago(-1))
    monkeypatch.setattr(analytics, "timezone", tomorrow)
    record_search("praca", "pl", 0)
    record_search("praca", "pl", 0)

    rows = SearchQuery.objects.order_by("day").values_list("day", "hits", "zero_result_hits")
    assert list(rows) == [(days_ago(0), 1, 0), (days_ago(-1), 2, 2)]


@pytest.mark.parametrize("query", ["", "   ", "\t\n", None])
def test_empty_searches_are_not_counted(db, query):
    record_search(query, "pl", 0)
    assert not SearchQuery.objects.exists()


@pytest.mark.parametrize(
    "query",
    ["jan.kowalski@example.org", "tel 600 123 456", "+48 600-123-456", "PESEL 90010112345"],
)
def test_searches_that_look_like_personal_data_are_not_counted(db, query):
    record_search(query, "pl", 0)
    assert not SearchQuery.objects.exists()


def test_years_and_short_numbers_are_counted(db):
    record_search("ustawa 2022 poz. 583", "pl", 1)
    assert SearchQuery.objects.get().query_text == "ustawa 2022 poz. 583"


def test_an_unknown_language_is_not_counted(db):
    record_search("pomoc", "de", 1)
    assert not SearchQuery.objects.exists()


def test_long_searches_are_cut_to_200_characters(db):
    record_search("ab " * 100, "pl", 0)
    text = SearchQuery.objects.get().query_text
    assert len(text) <= 200
    assert text == ("ab " * 67).strip()


def test_a_failure_to_count_is_logged_and_never_reaches_the_search(db, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(SearchQuery.objects, "get_or_create", broken)
    with caplog.at_level(logging.ERROR, logger="search.analytics"):
        record_search("pomoc", "pl", 1)  # does not raise

    assert "Search not counted" in caplog.text
    assert "pomoc" not in caplog.text  # not even the log keeps what was typed


def test_a_database_error_while_counting_leaves_the_callers_transaction_usable(db):
    with transaction.atomic():
        # Beyond any integer column (and SQLite's 64 bits): the insert fails on every database.
        record_search("pomoc", "pl", 2**63)
        record_search("praca", "pl", 1)
    assert list(SearchQuery.objects.values_list("query_text", flat=True)) == ["praca"]


def test_the_log_holds_no_personal_data():
    fields = {field.name for field in SearchQuery._meta.get_fields()}
    assert fields == {
        "id",
        "query_text",
        "language_code",
        "day",
        "hits",
        "zero_result_hits",
        "results",
    }


# Reports


def test_top_queries_sum_the_days_of_the_period_most_searched_first(editor_client):
    SearchQueryFactory(query_text="mieszkanie", hits=4, day=days_ago(0))
    SearchQueryFactory(query_text="mieszkanie", hits=3, zero_result_hits=1, day=days_ago(29))
    SearchQueryFactory(query_text="mieszkanie", hits=100, day=days_ago(30))  # before the period
    SearchQueryFactory(query_text="praca", hits=9, day=days_ago(1))
    SearchQueryFactory(query_text="житло", language_code="uk", hits=5, day=days_ago(2))
    SearchQueryFactory(query_text="житло", language_code="uk", hits=2, day=days_ago(3))

    response = editor_client.get(TOP_URL)

    assert response.status_code == 200
    assert rows_of(response) == [
        ("praca", "pl", 9, 0),
        ("mieszkanie", "pl", 7, 1),
        ("житло", "uk", 7, 0),  # ties: by text
    ]
    assert "Top search queries" in response.content.decode()
    assert "Ukrainian" in response.content.decode()


@pytest.mark.parametrize(
    ("period", "expected"),
    [("7", [("praca", "pl", 2, 0)]), ("365", [("praca", "pl", 7, 0)])],
)
def test_the_period_filter(editor_client, period, expected):
    SearchQueryFactory(query_text="praca", hits=2, day=days_ago(6))
    SearchQueryFactory(query_text="praca", hits=5, day=days_ago(7))
    SearchQueryFactory(query_text="praca", hits=50, day=days_ago(365))

    response = editor_client.get(TOP_URL, {"period": period})
    assert rows_of(response) == expected


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_language_filter(editor_client, language):
    for code in ("pl", "uk", "en"):
        SearchQueryFactory(query_text="ukraina", language_code=code, hits=3)

    response = editor_client.get(TOP_URL, {"language": language})
    assert rows_of(response) == [("ukraina", language, 3, 0)]


def test_top_queries_show_the_results_of_the_latest_search(editor_client):
    SearchQueryFactory(query_text="szkoła", day=days_ago(2), results=0, zero_result_hits=1)
    SearchQueryFactory(query_text="szkoła", day=days_ago(1), results=12)

    response = editor_client.get(TOP_URL)
    assert response.context["object_list"][0]["latest_results"] == 12


def test_the_reports_search_box_finds_texts(editor_client):
    SearchQueryFactory(query_text="pomoc prawna")
    SearchQueryFactory(query_text="praca")

    response = editor_client.get(TOP_URL, {"q": "PRAWNA"})
    assert [row[0] for row in rows_of(response)] == ["pomoc prawna"]


def test_searches_without_results_per_language(editor_client):
    SearchQueryFactory(query_text="wiza", hits=5, zero_result_hits=5, day=days_ago(0))
    SearchQueryFactory(query_text="wiza", hits=3, zero_result_hits=2, day=days_ago(10))
    SearchQueryFactory(query_text="віза", language_code="uk", hits=4, zero_result_hits=4)
    SearchQueryFactory(query_text="pesel", hits=40)  # always found something
    SearchQueryFactory(query_text="karta pobytu", hits=9, zero_result_hits=9, day=days_ago(40))

    response = editor_client.get(ZERO_URL)
    assert response.status_code == 200
    assert rows_of(response) == [("wiza", "pl", 7), ("віза", "uk", 4)]

    response = editor_client.get(ZERO_URL, {"language": "uk"})
    assert rows_of(response) == [("віза", "uk", 4)]

    response = editor_client.get(ZERO_URL, {"period": "365"})
    assert rows_of(response)[0] == ("karta pobytu", "pl", 9)


def test_an_empty_report_says_so(editor_client):
    response = editor_client.get(ZERO_URL)
    assert response.status_code == 200
    assert "No searches without results in this period." in response.content.decode()


def test_reports_show_50_rows_a_page(editor_client):
    SearchQueryFactory.create_batch(51)
    response = editor_client.get(TOP_URL)
    assert len(response.context["object_list"]) == 50
    assert len(editor_client.get(TOP_URL, {"p": 2}).context["object_list"]) == 1


def test_the_results_fragment_for_the_filters(editor_client):
    SearchQueryFactory(query_text="praca", language_code="en")
    response = editor_client.get(TOP_RESULTS_URL, {"language": "en"})
    assert response.status_code == 200
    assert "praca" in response.content.decode()


def test_the_csv_export_of_the_top_queries(editor_client):
    SearchQueryFactory(query_text="житло у варшаві", language_code="uk", hits=3, results=2)
    SearchQueryFactory(query_text="żłobek", hits=2, zero_result_hits=2)
    SearchQueryFactory(query_text="old", hits=9, day=days_ago(100))

    response = editor_client.get(TOP_URL, {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="top-search-queries-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    assert csv_rows(response) == [
        [
            "Search text",
            "Language",
            "Searches",
            "Searches without results",
            "Results of the latest search",
        ],
        ["житло у варшаві", "uk", "3", "0", "2"],
        ["żłobek", "pl", "2", "2", "0"],
    ]


def test_the_csv_export_keeps_the_filters(editor_client):
    SearchQueryFactory(query_text="wiza", hits=2, zero_result_hits=2)
    SearchQueryFactory(query_text="віза", language_code="uk", hits=4, zero_result_hits=1)

    response = editor_client.get(ZERO_URL, {"export": "csv", "language": "uk", "period": "7"})
    assert csv_rows(response) == [
        ["Search text", "Language", "Searches without results"],
        ["віза", "uk", "1"],
    ]


def test_the_xlsx_export(editor_client):
    SearchQueryFactory(query_text="житло", language_code="uk", hits=3)
    response = editor_client.get(TOP_URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cell.value for cell in sheet[2]][:3] == ["житло", "uk", 3]


@pytest.mark.parametrize(
    "params",
    [
        {"language": "de"},
        {"period": "9999"},
        {"period": "abc", "language": "<script>"},
        {"period": ""},
    ],
)
def test_a_bad_filter_value_is_ignored_with_a_message(editor_client, params):
    SearchQueryFactory(query_text="dzisiaj", hits=2)
    SearchQueryFactory(query_text="dawno", hits=2, day=days_ago(200))

    response = editor_client.get(TOP_URL, params)

    assert response.status_code == 200
    assert rows_of(response) == [("dzisiaj", "pl", 2, 0)]  # the defaults: 30 days, all
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    bad = [value for value in params.values() if value]
    assert len(messages) == len(bad)
    for value in bad:
        # Escaped: the value comes from the address bar.
        assert any(f"“{escape(value)}” is not a valid" in message for message in messages)


def test_a_bad_page_or_ordering_is_no_error(editor_client):
    SearchQueryFactory()
    for params in ({"p": "x"}, {"p": "999"}, {"ordering": "hits; drop table"}):
        assert editor_client.get(TOP_URL, params).status_code == 200


def test_a_report_runs_a_fixed_number_of_queries(editor_client, django_assert_max_num_queries):
    SearchQueryFactory.create_batch(60)
    editor_client.get(TOP_URL)  # warm the session and the user's permissions
    with django_assert_max_num_queries(12):
        editor_client.get(TOP_URL)


# Who sees them


def test_superusers_see_the_reports(admin_client):
    SearchQueryFactory(query_text="pomoc")
    for url in (TOP_URL, ZERO_URL):
        assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize("url", [TOP_URL, ZERO_URL])
def test_editors_see_the_reports_and_their_menu_items(editor_client, url):
    SearchQueryFactory(query_text="pomoc", zero_result_hits=1)
    response = editor_client.get(url)
    assert response.status_code == 200
    assert rows_of(response)[0][0] == "pomoc"
    page = response.content.decode()
    assert "top-search-queries" in page
    assert "searches-with-no-results" in page


@pytest.mark.parametrize("group", ["Translators", "Library reviewers", "Directory moderators"])
def test_other_admin_users_neither_see_nor_open_the_reports(client, user_in, group):
    SearchQueryFactory(query_text="pomoc")
    client.force_login(user_in(group))

    for url in (TOP_URL, ZERO_URL, f"{TOP_URL}?export=csv"):
        response = client.get(url)
        # Wagtail's admin turns the refusal into a redirect to the dashboard, with a message.
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert "pomoc" not in response.content.decode()
    page = client.get("/admin/").content.decode()
    assert "top-search-queries" not in page
    assert "searches-with-no-results" not in page


def test_members_are_sent_to_the_admin_login(client, user_in):
    client.force_login(user_in("Members"))  # no access to the admin at all
    for url in (TOP_URL, ZERO_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    for url in (TOP_URL, f"{ZERO_URL}?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        ("Editors", True),
        ("Translators", False),
        ("Library reviewers", False),
        ("Directory moderators", False),
        ("Members", False),
    ],
)
def test_only_editors_have_the_permission(user_in, group, allowed):
    assert user_in(group).has_perm("search.view_searchquery") is allowed
