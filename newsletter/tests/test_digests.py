"""Composing digests: what is pre-selected per language and since the previous digest, who
receives which items, and the admin's composer, preview, test and report for Editors only."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone

from newsletter.digests import compose, items_for
from newsletter.factories import SubscriberFactory
from newsletter.models import ContentKind, Digest, DigestItem, DigestStatus, SubscriberStatus

pytestmark = pytest.mark.django_db


def titles(digest):
    return [item.title for item in digest.items.all()]


def test_a_ukrainian_digest_holds_what_reads_in_ukrainian_in_digest_order(site_content):
    digest = compose("uk")
    assert digest.status == DigestStatus.DRAFT
    assert [item.kind for item in digest.items.all()] == [
        ContentKind.NEWS,
        ContentKind.EVENTS,
        ContentKind.SUPPORT,
    ]
    news, event, listing = digest.items.all()
    assert news.title == "Нові правила"
    assert news.url.endswith(site_content.news_uk.url)
    assert event.title == "Зустріч про житло"
    assert event.theme_slugs == "housing"
    assert event.when  # the date, in Ukrainian
    assert listing.title.endswith("Potrzebujemy prawników")
    assert "/uk/support/" in listing.url


def test_a_polish_digest_holds_the_polish_pages_with_events_soonest_first(site_content):
    assert titles(compose("pl")) == [
        "Nowe przepisy",
        "Spotkanie o mieszkaniach",
        "Spotkanie o zdrowiu",
        "Poradnik prawny",
        f"{site_content.listing.organisation.name}: Potrzebujemy prawników",
    ]


def test_the_next_digest_starts_where_the_previous_one_started_sending(site_content):
    first = compose("pl")
    Digest.objects.filter(pk=first.pk).update(
        status=DigestStatus.SENT, queued_at=timezone.now() + datetime.timedelta(seconds=1)
    )
    second = compose("pl", now=timezone.now() + datetime.timedelta(seconds=2))
    # Nothing new was published: only the coming events remain.
    assert [item.kind for item in second.items.all()] == [ContentKind.EVENTS] * 2
    assert second.since > first.since


def test_subscribers_receive_their_kinds_and_themes(site_content, theme):
    digest = compose("pl")
    items = list(digest.items.all())
    everything = SubscriberFactory()
    events_only = SubscriberFactory(kinds=["events"])
    housing_events = SubscriberFactory(kinds=["events"], themes=[theme("housing")])
    library_on_housing = SubscriberFactory(kinds=["library"], themes=[theme("housing")])

    assert len(items_for(everything, items)) == 5
    assert [i.title for i in items_for(events_only, items)] == [
        "Spotkanie o mieszkaniach",
        "Spotkanie o zdrowiu",
    ]
    assert [i.title for i in items_for(housing_events, items)] == ["Spotkanie o mieszkaniach"]
    # The library item has no theme: it goes to everyone who takes the library.
    assert [i.title for i in items_for(library_on_housing, items)] == ["Poradnik prawny"]
    nothing = SubscriberFactory(kinds=["support"], themes=[theme("education")])
    assert items_for(nothing, items) == []


# The admin ----------------------------------------------------------------------------------


def test_an_editor_composes_a_digest_in_the_admin(editor_client, site_content):
    assert editor_client.get("/admin/newsletter/compose/").status_code == 200
    response = editor_client.post("/admin/newsletter/compose/", {"language": "uk"})
    digest = Digest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/snippets/newsletter/digest/edit/{digest.pk}/"
    assert digest.language == "uk"
    assert digest.items.count() == 3
    assert editor_client.get(response["Location"]).status_code == 200


def edit_data(digest, items, **fields):
    data = {
        "subject": digest.subject,
        "language": digest.language,
        "since": digest.since.strftime("%Y-%m-%d %H:%M"),
        "intro": "",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": str(sum(1 for item in items if item.get("id"))),
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for n, item in enumerate(items):
        for key, value in item.items():
            data[f"items-{n}-{key}"] = value
    return data


def item_form(item, order, delete=False):
    return {
        "id": str(item.pk),
        "kind": item.kind,
        "object_id": str(item.object_id),
        "title": item.title,
        "summary": item.summary,
        "when": item.when,
        "url": item.url,
        "theme_slugs": item.theme_slugs,
        "ORDER": str(order),
        "DELETE": "on" if delete else "",
    }


def test_an_editor_reorders_drops_adds_items_and_writes_an_intro(editor_client, site_content):
    digest = compose("uk")
    news, event, listing = digest.items.all()
    added = {
        "id": "",
        "kind": "library",
        "object_id": str(site_content.library_item.pk),
        "title": "",
        "summary": "",
        "when": "",
        "url": "",
        "theme_slugs": "",
        "ORDER": "3",
        "DELETE": "",
    }
    data = edit_data(
        digest,
        # As the admin's script does: the forms keep their places, their ORDER changes.
        [item_form(news, 2), item_form(event, 1), item_form(listing, 4, delete=True), added],
        intro="Вітаємо!",
    )
    response = editor_client.post(f"/admin/snippets/newsletter/digest/edit/{digest.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    digest.refresh_from_db()
    assert digest.intro == "Вітаємо!"
    # The library item has no Ukrainian version: the Polish one is filled in.
    assert titles(digest) == ["Зустріч про житло", "Нові правила", "Poradnik prawny"]
    assert digest.items.get(kind="library").url.endswith(site_content.library_item.url)


def test_a_sent_digest_can_no_longer_be_edited(editor_client, site_content):
    digest = compose("uk")
    Digest.objects.filter(pk=digest.pk).update(status=DigestStatus.SENT)
    items = [item_form(item, n) for n, item in enumerate(digest.items.all())]
    response = editor_client.post(
        f"/admin/snippets/newsletter/digest/edit/{digest.pk}/",
        edit_data(digest, items, intro="Zmiana"),
    )
    assert response.status_code == 200
    digest.refresh_from_db()
    assert digest.intro == ""


def test_the_preview_shows_the_html_and_the_plain_text(editor_client, site_content):
    digest = compose("uk")
    page = editor_client.get(f"/admin/newsletter/digests/{digest.pk}/send/")
    assert page.status_code == 200
    assert "Зустріч про житло" in page.context["text"]
    html = editor_client.get(f"/admin/newsletter/digests/{digest.pk}/preview.html")
    assert html.status_code == 200
    assert "Зустріч про житло" in html.content.decode()
    assert 'lang="uk"' in html.content.decode()


def test_an_editor_sends_a_test_to_themselves_only(editor_client, site_content):
    digest = compose("uk")
    SubscriberFactory(language="uk")
    response = editor_client.post(
        f"/admin/newsletter/digests/{digest.pk}/send/", {"action": "test"}
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["redakcja@example.org"]
    assert message.subject.startswith("[")
    digest.refresh_from_db()
    assert digest.status == DigestStatus.DRAFT
    assert not digest.deliveries.exists()


ADMIN_URLS = [
    "/admin/newsletter/compose/",
    "/admin/newsletter/digests/{pk}/send/",
    "/admin/newsletter/digests/{pk}/preview.html",
    "/admin/newsletter/report/",
    "/admin/newsletter/report/?format=csv",
    "/admin/snippets/newsletter/digest/",
    "/admin/snippets/newsletter/digest/edit/{pk}/",
]


@pytest.mark.parametrize("group", ["Translators", "Library reviewers", "Directory moderators"])
def test_other_admin_users_cannot_compose_send_or_see_the_report(client, user_in, homes, group):
    digest = Digest.objects.create(language="pl", subject="S", since=timezone.now())
    DigestItem.objects.create(digest=digest, kind="news", object_id=1, title="T")
    SubscriberFactory()
    client.force_login(user_in(group))
    for url in ADMIN_URLS:
        response = client.get(url.format(pk=digest.pk))
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
    response = client.post(f"/admin/newsletter/digests/{digest.pk}/send/", {"action": "send"})
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == "/admin/"
    assert not mail.outbox
    digest.refresh_from_db()
    assert digest.status == DigestStatus.DRAFT


def test_anonymous_visitors_are_sent_to_the_login(client, homes):
    digest = Digest.objects.create(language="pl", subject="S", since=timezone.now())
    for url in ADMIN_URLS:
        response = client.get(url.format(pk=digest.pk))
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
def test_only_editors_have_the_newsletter_permissions(user_in, group, allowed):
    user = user_in(group)
    for permission in ("add_digest", "change_digest", "send_digest", "export_subscriber"):
        assert user.has_perm(f"newsletter.{permission}") is allowed


def test_the_report_counts_subscribers_per_language_and_topic(editor_client, theme, homes):
    SubscriberFactory(language="uk", kinds=["events"], themes=[theme("housing")])
    SubscriberFactory(language="uk", kinds=["news", "events"])
    SubscriberFactory(language="pl", kinds=["library"])
    SubscriberFactory(language="en", status=SubscriberStatus.PENDING)
    response = editor_client.get("/admin/newsletter/report/")
    assert response.status_code == 200
    assert [n for _name, n in response.context["languages"]] == [1, 2, 0]
    # News, events, library, needs and offers.
    assert [n for _label, n in response.context["kinds"]] == [1, 2, 1, 0]
    assert [(r["theme__name"], r["n"]) for r in response.context["themes"]] == [
        ("Mieszkalnictwo", 1)
    ]
    assert response.context["pending"] == 1


def test_the_csv_export_carries_the_consent_dates_and_version(editor_client, homes):
    subscriber = SubscriberFactory(email="ola@example.org", language="uk", kinds=["events"])
    response = editor_client.get("/admin/newsletter/report/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-3:-1] == ["Consent given at", "Consent text version"]
    (row,) = rows[1:]
    assert row[0] == "ola@example.org"
    assert row[2] == "uk"
    assert row[7] == subscriber.consent_given_at.isoformat(timespec="seconds")
    assert row[8] == subscriber.consent_version


def test_editors_find_digests_in_the_admin_menu_with_a_link_to_preview_and_send(
    editor_client, site_content
):
    digest = compose("pl")
    listing = editor_client.get("/admin/snippets/newsletter/digest/")
    assert listing.status_code == 200
    content = listing.content.decode()
    assert f"/admin/newsletter/digests/{digest.pk}/send/" in content
    home = editor_client.get("/admin/").content.decode()
    assert "/admin/newsletter/compose/" in home
    assert "/admin/snippets/newsletter/digest/" in home
