"""The coverage map at /{lang}/organizations/coverage/: counts of organisations and open
needs per theme and region against a hand-built fixture, gaps and crowded cells, links to
the filtered directory, the CSV export and a fixed number of queries."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from directory.coverage import CROWDED_MINIMUM, build_coverage, percentile
from directory.factories import OrganisationFactory, SupportListingFactory
from directory.models import ListingKind, Status

URL = "/en/organizations/coverage/"


@pytest.fixture
def map_data(db):
    """Who works where, by hand:

    housing in lubelskie: A, B (2)      housing in mazowieckie: A (1)
    legal-aid in lubelskie: A (1)       legal-aid in mazowieckie: A (1)
    health in podlaskie: five (5, crowded)
    education in online: C (1)
    and a pending organisation in housing in lubelskie that must not count.
    Open needs: housing in lubelskie 1 (from A); closed, expired, offers and a pending
    organisation's need do not count.
    """
    a = OrganisationFactory(
        name="A", themes=["housing", "legal-aid"], regions=["lubelskie", "mazowieckie"]
    )
    OrganisationFactory(name="B", themes=["housing"], regions=["lubelskie"])
    OrganisationFactory(name="C", themes=["education"], regions=["online"])
    for number in range(5):
        OrganisationFactory(name=f"Zdrowie {number}", themes=["health"], regions=["podlaskie"])
    pending = OrganisationFactory(
        name="Pending", themes=["housing"], regions=["lubelskie"], status=Status.PENDING
    )
    need = {"themes": ["housing"], "regions": ["lubelskie"], "kind": ListingKind.NEED}
    SupportListingFactory(organisation=a, **need)
    SupportListingFactory(organisation=a, is_closed=True, **need)
    SupportListingFactory(
        organisation=a, valid_until=timezone.localdate() - datetime.timedelta(days=1), **need
    )
    SupportListingFactory(
        organisation=a, themes=["housing"], regions=["lubelskie"], kind=ListingKind.OFFER
    )
    SupportListingFactory(organisation=pending, **need)


def cells(coverage):
    return {(cell.theme.slug, row.region.slug): cell for row in coverage.rows for cell in row.cells}


def test_cells_count_approved_organisations_and_open_needs(map_data):
    by_cell = cells(build_coverage())
    assert by_cell["housing", "lubelskie"].organisations == 2
    assert by_cell["housing", "mazowieckie"].organisations == 1
    assert by_cell["legal-aid", "lubelskie"].organisations == 1
    assert by_cell["legal-aid", "mazowieckie"].organisations == 1
    assert by_cell["health", "podlaskie"].organisations == 5
    assert by_cell["education", "online"].organisations == 1
    assert by_cell["education", "lubelskie"].organisations == 0
    assert by_cell["housing", "lubelskie"].open_needs == 1
    assert sum(cell.open_needs for cell in by_cell.values()) == 1
    assert sum(cell.organisations for cell in by_cell.values()) == 11


def test_voivodeships_make_the_map_and_the_other_regions_are_listed_beside_it(map_data):
    coverage = build_coverage()
    assert len(coverage.voivodeships) == 16
    assert [row.region.slug for row in coverage.beyond] == ["nationwide", "online", "ukraine"]
    assert len(coverage.themes) == 12
    assert all(len(row.cells) == 12 for row in coverage.rows)


def test_row_and_column_totals_count_each_organisation_once(map_data):
    coverage = build_coverage()
    lubelskie = next(row for row in coverage.rows if row.region.slug == "lubelskie")
    assert lubelskie.organisations == 2  # A and B, though A has two themes there
    totals = dict(zip([t.slug for t in coverage.themes], coverage.theme_totals, strict=True))
    assert totals["housing"] == 2
    assert totals["health"] == 5


def test_gaps_and_crowded_cells_are_marked(map_data):
    coverage = build_coverage()
    by_cell = cells(coverage)
    assert coverage.crowded_threshold == CROWDED_MINIMUM
    assert by_cell["health", "podlaskie"].mark == "crowded"
    assert by_cell["housing", "lubelskie"].mark == ""
    assert by_cell["education", "lubelskie"].mark == "gap"
    assert by_cell["education", "online"].mark == ""


def test_the_crowded_threshold_follows_the_busiest_tenth_once_the_map_fills(db):
    assert percentile([], 90) == 0
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9
    assert percentile([7], 90) == 7


def test_the_page_marks_cells_with_text_and_links_them_to_the_filtered_directory(client, map_data):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<caption id="coverage-voivodeships-caption">Voivodeships</caption>' in html
    assert '<th scope="col">Housing</th>' in html
    assert '<th scope="row"><a href="/en/organizations/?region=podlaskie">Podlaskie</a>' in html
    assert 'href="/en/organizations/?theme=housing&amp;region=lubelskie"' in html
    assert "2 organisations: Housing, Lublin" in html
    assert '<span class="coverage-mark coverage-mark--crowded">Crowded</span>' in html
    assert '<span class="coverage-mark coverage-mark--gap">Gap</span>' in html
    assert "1 open need" in html


def test_the_page_is_in_the_readers_language(client, map_data):
    html = client.get("/uk/organizations/coverage/").content.decode()
    assert '<th scope="col">Житло</th>' in html
    assert "Люблінське" in html


def test_the_csv_export_holds_every_cell(client, map_data):
    response = client.get(URL, {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="coverage-')
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "theme (slug)",
        "theme",
        "region (slug)",
        "region",
        "kind of region",
        "organisations",
        "open needs",
        "mark",
    ]
    assert len(rows) == 1 + 12 * 19
    by_cell = {(row[0], row[2]): row for row in rows[1:]}
    assert by_cell["housing", "lubelskie"] == [
        "housing",
        "Housing",
        "lubelskie",
        "Lublin",
        "Voivodeship",
        "2",
        "1",
        "",
    ]
    assert by_cell["health", "podlaskie"][5:] == ["5", "0", "Crowded"]
    assert by_cell["education", "online"][3:] == ["Online", "Online", "1", "0", ""]
    assert by_cell["advocacy", "ukraine"][5:] == ["0", "0", "Gap"]


@pytest.mark.parametrize("value", ["xlsx", "CSV", "<script>"])
def test_an_unknown_format_is_answered_400_with_a_message(client, map_data, value):
    response = client.get(URL, {"format": value})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is no format" in html
    assert "format=csv" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_coverage_queries_do_not_grow_with_the_number_of_organisations(
    client, db, django_assert_max_num_queries
):
    OrganisationFactory()
    client.get(URL)
    with django_assert_max_num_queries(30) as few:
        client.get(URL)
        client.get(URL, {"format": "csv"})
    for number in range(20):
        org = OrganisationFactory(
            themes=["housing", "education", "health"], regions=["lubelskie", "online"]
        )
        SupportListingFactory(organisation=org, title=f"Potrzeba {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
        client.get(URL, {"format": "csv"})
    assert cells(response.context["coverage"])["housing", "lubelskie"].organisations == 21
