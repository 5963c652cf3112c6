"""The site as a newcomer meets it, over HTTP only: started from the checkout as ``make run``
serves it (``served.py``), once on a fresh SQLite file with Wagtail's database search, once
on a fresh PostgreSQL database with a search engine that has never seen the site.

Run with ``pytest -m served cms/tests/test_served_site.py`` (the SQLite mode; with
``. .services/env`` first, the engine mode too). The tests share one site per mode and run
in file order: the concurrent burst comes last, while the worker still runs.
"""

import datetime
import itertools
import json
import os
import secrets
import subprocess
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup
from fpdf import FPDF

from cms.tests.served import PYTHON, REPO, ServedSite, text_of

pytestmark = pytest.mark.served

LANGUAGES = ("pl", "uk", "en")
PASSWORD = os.environ.get("DEMO_PASSWORD", "razem-demo-2026")
QUERIES = json.loads((Path(__file__).parent / "served_queries.json").read_text())
RECALL_AT = 10
# The least recall@10 of inflected queries in each mode: the engine stems; SQLite matches
# the beginnings of words, which misses a stem whose vowel changes (rynek, rynku).
INFLECTED_RECALL = {"engine": 0.9, "sqlite": 0.85}
# recall@10 of every mode, printed at the end of the module (pytest -s) and in the report.
RECALL = {}


@pytest.fixture(scope="module", params=["sqlite", "engine"])
def site(request):
    if request.param == "engine" and not os.environ.get("ELASTICSEARCH_URL"):
        reason = "the engine mode needs ELASTICSEARCH_URL (. .services/env)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {reason}")
        pytest.skip(reason)
    served = ServedSite(request.param)
    served.start()
    try:
        # No waiting for the worker: a newcomer searches as soon as the site answers.
        yield served
    finally:
        served.stop()
        print(f"\n[{served.mode}] timings (s): " + _rounded(served.timings))
        for language, figures in sorted(RECALL.get(served.mode, {}).items()):
            print(f"[{served.mode}] recall@{RECALL_AT} {language}: " + _rounded(figures))
        if request.session.testsfailed:
            print(f"\n[{served.mode}] logs in {served.folder}\n{served.tails(40)}")
        else:
            served.remove_folder()


def _rounded(values):
    return ", ".join(f"{k}={v:.2f}" for k, v in values.items())


# A browser ----------------------------------------------------------------------------------


def client_address():
    """An address of its own for each simulated client (the site trusts one proxy)."""
    return f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{1 + secrets.randbelow(254)}"


class Browser:
    """A person at a browser: cookies, the CSRF token from the form's cookie, forms filled
    in from what the page offers, and an address of their own."""

    def __init__(self, site):
        self.site = site
        self.session = requests.Session()
        self.session.headers["X-Forwarded-For"] = client_address()
        self.session.headers["Accept-Language"] = "pl"

    def get(self, path, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 60)
        return self.session.get(self.site.url(path), **kwargs)

    def post(self, path, data, files=None, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 60)
        url = self.site.url(path)
        return self.session.post(url, data=data, files=files, headers={"Referer": url}, **kwargs)

    def form(self, path, selectors=("main form[method=post i]", "form[method=post i]")):
        """The fields a browser would send for the POST form on ``path`` (the first that
        ``selectors`` find, in their order) as it is shown, as a dict of lists; its action;
        the form itself."""
        response = self.get(path)
        assert response.status_code == 200, failure(self.site, response, path)
        page = BeautifulSoup(response.text, "html.parser")
        form = next(filter(None, (page.select_one(s) for s in selectors)), None)
        assert form is not None, f"no form on {path}"
        fields = defaultdict(list)
        for element in form.select("input[name], textarea[name], select[name]"):
            name, kind = element["name"], element.get("type", "text")
            if element.name == "textarea":
                fields[name].append(element.text)
            elif element.name == "select":
                chosen = element.select("option[selected]") or element.select("option")[:1]
                fields[name].extend(option.get("value", option.text) for option in chosen)
            elif kind in {"checkbox", "radio"}:
                if element.has_attr("checked"):
                    fields[name].append(element.get("value", "on"))
            elif kind not in {"submit", "button", "file", "image"}:
                fields[name].append(element.get("value", ""))
        action = form.get("action") or path
        return urllib.parse.urljoin(path, action), fields, form

    def submit(self, path, values, files=None, selectors=None):
        """Fill the form on ``path`` with ``values`` (a value or a list each) and post it."""
        action, fields, _form = self.form(path, *([selectors] if selectors else []))
        for name, value in values.items():
            fields[name] = value if isinstance(value, list) else [value]
        fields["csrfmiddlewaretoken"] = [self.session.cookies.get("csrftoken", "")]
        data = [(name, value) for name, values_ in fields.items() for value in values_]
        return self.post(action, data, files=files)

    def log_in(self, username):
        """Members log in on the public site; the admin's people in the admin."""
        path = "/pl/account/login/" if username == "member" else "/admin/login/"
        response = self.submit(path, {"username": username, "password": PASSWORD})
        assert response.status_code == 302, failure(self.site, response, path)
        assert "sessionid" in self.session.cookies
        return self


def failure(site, response, what=""):
    """An assertion message with what the server logged around a bad answer."""
    return (
        f"{response.request.method} {what or response.url} answered {response.status_code}: "
        f"{response.text[:300]!r}\n{site.tail('runserver', 40)}"
    )


def options(form, name):
    """The values a form offers for ``name`` (checkboxes, radios or a select)."""
    values = [i.get("value") for i in form.select(f"input[name={name}]")]
    values += [o.get("value") for o in form.select(f"select[name={name}] option")]
    return [v for v in values if v]


@pytest.fixture(scope="module")
def people(site):
    """A logged-in browser for each kind of person, and an anonymous visitor."""
    return {
        "anonymous": Browser(site),
        "member": Browser(site).log_in("member"),
        "editor": Browser(site).log_in("editor"),
        "translator": Browser(site).log_in("translator"),
    }


def api_list(browser, path):
    """Every item of a paged JSON list of the site."""
    items, url = [], path
    while url:
        response = browser.get(url)
        assert response.status_code == 200, failure(browser.site, response)
        data = response.json()
        items += data["results"]
        url = (
            data["next"]
            and urllib.parse.urlsplit(data["next"])._replace(scheme="", netloc="").geturl()
        )
    return items


def path_of(url):
    return urllib.parse.urlsplit(url).path


# Health -------------------------------------------------------------------------------------


def test_a_newcomer_finds_the_seeded_pages_as_soon_as_the_site_answers(site):
    """Run first: right after start-up, with the worker still busy with what seed_demo
    queued, the Polish exact-form queries already find their pages (seed_demo indexes what
    it makes; nobody has to wait for the queue or run update_index)."""
    browser = Browser(site)
    misses = [
        query
        for query, expected in QUERIES["pl"]["exact"]
        if f"/pl/{expected}/" not in found_paths(browser, "pl", query)[0]
    ]
    assert not misses, f"not found right after start-up: {misses}"


def test_liveness_and_readiness_say_ok_and_name_the_search_backend(site):
    anonymous = Browser(site)
    assert anonymous.get("/healthz").json() == {"status": "ok"}
    response = anonymous.get("/readyz")
    assert response.status_code == 200, failure(site, response)
    ready = response.json()
    assert ready["status"] == "ok", ready
    assert ready["checks"]["database"]["status"] == "ok"
    search = ready["checks"]["search"]
    assert search["status"] == "ok", search
    if site.mode == "engine":
        assert search["backend"] == site.env["SEARCH_ENGINE"], search
    else:
        assert search["backend"] == "database", search


def indexed(site, app_label, model):
    """How many objects of a model the database search index holds (kept beside the engine
    as its fallback, so both modes have it). Pages are indexed under their own types."""
    if (app_label, model) == ("wagtailcore", "page"):
        return site.query(
            "SELECT count(DISTINCT object_id) FROM wagtailsearch_indexentry WHERE "
            "content_type_id IN (SELECT DISTINCT content_type_id FROM wagtailcore_page)"
        )[0][0]
    return site.query(
        "SELECT count(DISTINCT e.object_id) FROM wagtailsearch_indexentry e "
        "JOIN django_content_type c ON c.id = e.content_type_id "
        "WHERE c.app_label = %s AND c.model = %s",
        (app_label, model),
    )[0][0]


def test_the_seeded_content_is_in_the_search_indexes(site):
    """Every organisation and page seed_demo made is indexed, in the database index and
    in the engine's; the engine's indexes are the site's own (aliases over indexes made
    with its analysis), never ones the engine auto-created with dynamic mapping."""
    organisations = len(api_list(Browser(site), "/api/organizations/"))
    pages = Browser(site).get("/api/v2/pages/?limit=1").json()["meta"]["total_count"]
    assert indexed(site, "directory", "organisation") >= organisations
    assert indexed(site, "wagtailcore", "page") >= pages
    if site.mode != "engine":
        return
    indexes = site.engine_indexes()
    for index, aliases in indexes.items():
        assert aliases, f"{index} is no alias's index: auto-created by the first document?"
        settings = requests.get(f"{site.engine_url}/{index}/_settings", timeout=10).json()
        analysis = json.dumps(settings[index]["settings"]["index"].get("analysis", {}))
        assert "razem_polish" in analysis, f"{index} lacks the site's analysis: {analysis[:300]}"
    for model, least in (("wagtailcore_page", pages), ("directory_organisation", organisations)):
        alias = f"{site.name}_{model}"
        assert any(alias in aliases for aliases in indexes.values()), f"no index {alias}"
        mapping = requests.get(f"{site.engine_url}/{alias}/_mapping", timeout=10).json()
        text = json.dumps(mapping)
        assert '"razem_polish"' in text and '"ukrainian"' in text, f"{alias}: {text[:500]}"
        count = requests.get(f"{site.engine_url}/{alias}/_count", timeout=10).json()["count"]
        assert count >= least, f"{alias} holds {count} documents, expected {least} or more"


# The public URL contract ----------------------------------------------------------------------


def contract_paths(browser, language):
    """Every address of DESIGN.md's public URL contract in ``language``, with the statuses
    an anonymous visitor may get (a redirect only where the contract documents one)."""
    today = datetime.date.today()
    events = api_list(browser, f"/api/events/?lang={language}")
    organisations = api_list(browser, f"/api/organizations/?lang={language}")
    assert events, "the demo calendar has no upcoming event"
    assert organisations, "the directory has no approved organisation"
    event = path_of(events[0]["url"])
    organisation = path_of(organisations[0]["url"])
    ok = {200}
    login = {302}  # members-only: to the login page
    return {
        f"/{language}/": ok,
        f"/{language}/news/": ok,
        f"/{language}/news/feed/": ok,
        f"/{language}/library/": ok,
        f"/{language}/library/?q=pomoc&theme=housing&type=guide&language=pl&year=2024": ok,
        f"/{language}/library/feed/": ok,
        f"/{language}/library/submit/": login,
        f"/{language}/organizations/": ok,
        f"/{language}/organizations/?q=pomoc&theme=housing&region=mazowieckie&kind=foundation": ok,
        f"/{language}/organizations/register/": ok,
        organisation: ok,
        f"/{language}/organizations/coverage/": ok,
        f"/{language}/organizations/coverage/?format=csv": ok,
        f"/{language}/support/": ok,
        f"/{language}/working-groups/": ok,
        f"/{language}/events/": ok,
        f"/{language}/events/?past=1": ok,
        f"/{language}/events/{today:%Y}/{today:%m}/": ok,
        f"/{language}/events/feed.ics": ok,
        event: ok,
        f"{event}event.ics": ok,
        f"/{language}/search/?q=pomoc": ok,
        f"/{language}/search/?q=pomoc&all_languages=1": ok,
        f"/{language}/search/?q=pomoc&type=library&theme=housing": ok,
        f"/{language}/newsletter/": ok,
        f"/{language}/account/": login,
        f"/{language}/account/login/": ok,
        f"/{language}/account/password-reset/": ok,
        f"/api/search/?q=pomoc&lang={language}": ok,
        f"/api/search/suggest/?q=pom&lang={language}": ok,
        f"/api/organizations/?lang={language}": ok,
        f"/api/events/?lang={language}": ok,
    }


SITE_WIDE = {
    "/": {302},
    "/api/v2/pages/": {200},
    "/api/v2/pages/?search=pomoc": {200},
    "/api/v2/documents/": {200},
    "/api/v2/images/": {200},
    "/healthz": {200},
    "/readyz": {200},
    "/sitemap.xml": {200},
    "/robots.txt": {200},
    "/admin/": {302},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_url_contract_answers(site, language):
    anonymous = Browser(site)
    paths = contract_paths(anonymous, language)
    if language == "pl":
        paths.update(SITE_WIDE)
    wrong = {}
    for path, expected in paths.items():
        response = anonymous.get(path)
        if response.status_code not in expected:
            wrong[path] = response.status_code
        elif response.status_code == 302 and expected == {302} and "/account/" in path:
            assert "/account/login/" in response.headers["Location"]
    assert not wrong, f"unexpected statuses: {wrong}\n{site.tail('runserver', 60)}"


def test_members_pages_open_to_a_logged_in_member(site, people):
    for language in LANGUAGES:
        for path in (f"/{language}/account/", f"/{language}/library/submit/"):
            response = people["member"].get(path)
            assert response.status_code == 200, failure(site, response)


def test_translator_and_editor_enter_the_admin(site, people):
    for person in ("editor", "translator"):
        response = people[person].get("/admin/")
        assert response.status_code == 200, failure(site, response)
        response = people[person].get("/admin/pages/")
        assert response.status_code in {200, 302}, failure(site, response)


# Search ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("person", ["anonymous", "member", "editor", "translator"])
def test_search_page_api_and_suggestions_answer_every_person(site, people, person):
    browser = people[person]
    wrong = {}
    for language in ("pl", "uk", "en"):
        for query in ("pomoc", "допомога", 'pomoc "uchodźcy', "a* OR (b:", "NEAR(x y)"):
            quoted = urllib.parse.quote(query)
            for path in (
                f"/{language}/search/?q={quoted}",
                f"/api/search/?q={quoted}&lang={language}",
                f"/api/search/suggest/?q={quoted}&lang={language}",
            ):
                response = browser.get(path)
                if response.status_code != 200:
                    wrong[path] = response.status_code
                elif site.mode == "engine" and path.startswith("/api/search/?"):
                    wrong.update({path: "degraded"} if response.json()["degraded"] else {})
    assert not wrong, f"{person}: {wrong}\n{site.tail('runserver', 60)}"


def found_paths(browser, language, query):
    response = browser.get(f"/api/search/?q={urllib.parse.quote(query)}&lang={language}")
    assert response.status_code == 200, failure(browser.site, response)
    data = response.json()
    return [path_of(result["url"]) for result in data["results"][:RECALL_AT]], data


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_search_finds_the_seeded_pages_by_their_words(site, people, language):
    """recall@10 of the query set, once the worker has run what the seed queued: every
    exact-form query finds its page on every backend; inflected forms by the engine's
    stemming, or by the beginnings of words on SQLite (search/sqlite_backend.py)."""
    began = time.monotonic()
    site.wait_for_worker(timeout=600)
    site.timings.setdefault("worker_drained_before_recall", time.monotonic() - began)
    browser = people["anonymous"]
    figures, misses, degraded = {}, defaultdict(list), 0
    for form in ("exact", "inflected"):
        hits = 0
        for query, expected in QUERIES[language][form]:
            paths, data = found_paths(browser, language, query)
            degraded += bool(data["degraded"])
            if f"/{language}/{expected}/" in paths:
                hits += 1
            else:
                misses[form].append(query)
        figures[form] = hits / len(QUERIES[language][form])
    RECALL.setdefault(site.mode, {})[language] = figures
    print(
        f"\n[{site.mode}] recall@{RECALL_AT} {language}: {_rounded(figures)} misses={dict(misses)}"
    )
    assert figures["exact"] == 1.0, f"exact-form queries not found: {misses['exact']}"
    assert degraded == 0, f"{degraded} searches answered by a fallback"
    assert figures["inflected"] >= INFLECTED_RECALL[site.mode], (
        f"inflected recall@10 {figures['inflected']:.2f}: {misses['inflected']}"
    )


@pytest.mark.parametrize("person", ["anonymous", "member"])
def test_search_page_shows_the_page_found(site, people, person):
    for language in ("pl", "uk"):
        query, expected = QUERIES[language]["exact"][1]
        response = people[person].get(f"/{language}/search/?q={urllib.parse.quote(query)}")
        assert response.status_code == 200, failure(site, response)
        assert f"/{language}/{expected}/" in response.text


@pytest.mark.parametrize(
    ("language", "typed", "title"),
    [
        ("pl", "Numer PES", "Numer PESEL UKR krok po kroku"),
        ("pl", "kodeks post", "Kodeks postępowania wolontariusza"),
        ("uk", "Кодекс пов", "Кодекс поведінки волонтера"),
        ("uk", "Номер PES", "Номер PESEL UKR крок за кроком"),
    ],
)
def test_suggestions_complete_a_title_as_it_is_typed(site, language, typed, title):
    response = Browser(site).get(
        f"/api/search/suggest/?q={urllib.parse.quote(typed)}&lang={language}"
    )
    assert response.status_code == 200, failure(site, response)
    assert title in response.json()["suggestions"]


def test_directory_text_search_finds_the_organisations_in_warsaw(site):
    anonymous = Browser(site)
    in_warsaw = [o for o in api_list(anonymous, "/api/organizations/") if o["city"] == "Warszawa"]
    assert len(in_warsaw) >= 2, "the demo directory should have organisations in Warsaw"
    response = anonymous.get("/pl/organizations/?q=Warszawa")
    assert response.status_code == 200, failure(site, response)
    missing = [o["slug"] for o in in_warsaw if path_of(o["url"]) not in response.text]
    assert not missing, f"/pl/organizations/?q=Warszawa misses {missing}"
    found = api_list(anonymous, "/api/organizations/?q=Warszawa")
    assert {o["slug"] for o in in_warsaw} <= {o["slug"] for o in found}


# Forms ----------------------------------------------------------------------------------------


def sign_up(site, address, language="pl"):
    """A visitor signs up for the newsletter; the response to the form."""
    browser = Browser(site)
    _action, _fields, form = browser.form(f"/{language}/newsletter/")
    return browser.submit(
        f"/{language}/newsletter/",
        {
            "email": address,
            "language": language,
            "kinds": options(form, "kinds")[:2],
            "consent": "on",
        },
    )


def confirm_by_mail(site, address):
    """Follow the confirmation link of the newsletter mail to ``address``: a GET shows the
    button, its POST confirms."""
    mail = site.mail.wait_for(address)
    links = [w for w in text_of(mail).split() if "/newsletter/confirm/" in w]
    assert links, text_of(mail)
    link = path_of(links[0])
    browser = Browser(site)
    response = browser.submit(link, {})
    assert response.status_code == 200, failure(site, response, link)
    return response


def subscriber_status(site, address):
    rows = site.query("SELECT status FROM newsletter_subscriber WHERE email = %s", (address,))
    return rows[0][0] if rows else None


def test_newsletter_sign_up_is_confirmed_through_the_mailed_link(site):
    address = f"visitor-{secrets.token_hex(4)}@example.org"
    response = sign_up(site, address)
    assert response.status_code == 302, failure(site, response)
    assert "/newsletter/check-your-inbox/" in response.headers["Location"]
    assert subscriber_status(site, address) == "pending"
    confirm_by_mail(site, address)
    assert subscriber_status(site, address) == "confirmed"


def open_events(browser, language="pl"):
    """Upcoming occurrences anyone may register for: (register path, occurrence date)."""
    found = []
    for event in api_list(browser, f"/api/events/?lang={language}"):
        if event["registration"] == "open" and not event["cancelled"]:
            found.append((f"{path_of(event['url'])}register/", event["occurrence_date"]))
    return found


def register(site, path, day, address):
    return Browser(site).submit(
        f"{path}?date={day}", {"name": "Olena Kowalenko", "email": address, "consent": "on"}
    )


def registrations_of(site, address):
    return site.query(
        "SELECT status FROM event_calendar_eventregistration WHERE email = %s", (address,)
    )


def test_a_visitor_registers_for_an_event(site):
    events = open_events(Browser(site))
    assert events, "no open registration in the demo calendar"
    path, day = events[0]
    address = f"guest-{secrets.token_hex(4)}@example.org"
    response = register(site, path, day, address)
    assert response.status_code == 302, failure(site, response)
    assert "/events/registrations/" in response.headers["Location"]
    assert Browser(site).get(response.headers["Location"]).status_code == 200
    assert registrations_of(site, address)
    assert site.mail.wait_for(address)


def small_pdf(text):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def test_a_member_submits_a_pdf_to_the_library(site, people):
    member = people["member"]
    title = f"Materiał członkowski {secrets.token_hex(3)}"
    _action, _fields, form = member.form("/pl/library/submit/")
    response = member.submit(
        "/pl/library/submit/",
        {
            "title": title,
            "summary": "Krótki poradnik dla wolontariuszy, przesłany przez członka Forum.",
            "resource_type": options(form, "resource_type")[0],
            "languages": ["pl"],
            "publication_date": datetime.date.today().isoformat(),
            "licence": options(form, "licence")[0],
            "access": options(form, "access")[0],
        },
        files={
            "file": (
                "poradnik.pdf",
                small_pdf("Poradnik Kormoran dla wolontariuszy"),
                "application/pdf",
            )
        },
    )
    assert response.status_code == 302, failure(site, response)
    assert "/account/" in response.headers["Location"]
    account = member.get("/pl/account/")
    assert title in account.text
    rows = site.query("SELECT live FROM wagtailcore_page WHERE title = %s", (title,))
    assert rows and not rows[0][0], "the submission must wait in review, not be live"
    deadline, text = time.monotonic() + 300, ""
    while "Kormoran" not in text and time.monotonic() < deadline:
        time.sleep(1)
        rows = site.query(
            "SELECT extracted_text FROM library_librarydocument WHERE title = %s", (title,)
        )
        text = rows[0][0] if rows else ""
    assert "Kormoran" in text, (
        f"the worker did not extract the PDF's text\n{site.tail('db_worker')}"
    )


def publish_page(site, editor, title, slug):
    """An editor creates and publishes a standard page under the Polish home, through the
    admin's own form (the fields its JavaScript would send for one paragraph)."""
    homes = editor.get("/api/v2/pages/?type=home.HomePage").json()["items"]
    home = next(page["id"] for page in homes if page["meta"]["locale"] == "pl")
    path = f"/admin/pages/add/home/standardpage/{home}/"
    paragraph = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "text": f"{title}: strona opublikowana przez redakcję.",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
    return editor.submit(
        path,
        {
            "title": title,
            "slug": slug,
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": json.dumps(paragraph),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        },
        selectors=("form#page-edit-form",),
    )


def assert_published(site, slug):
    """Live at its URL, with a live revision and a first publication date, in the API, and
    queued for translation as drafts in the other languages."""
    response = Browser(site).get(f"/pl/{slug}/")
    assert response.status_code == 200, failure(site, response)
    api = Browser(site).get(f"/api/v2/pages/?slug={slug}&type=home.StandardPage")
    items = [i for i in api.json()["items"] if i["meta"]["locale"] == "pl"]
    assert len(items) == 1 and items[0]["meta"]["first_published_at"], api.text[:500]
    rows = site.query(
        "SELECT p.live, p.live_revision_id, p.first_published_at, l.language_code "
        "FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.translation_key = (SELECT translation_key FROM wagtailcore_page "
        "WHERE slug = %s AND locale_id = (SELECT id FROM wagtailcore_locale "
        "WHERE language_code = 'pl'))",
        (slug,),
    )
    by_language = {row[3]: row for row in rows}
    live, revision, first_published, _ = by_language["pl"]
    assert live and revision and first_published, by_language["pl"]
    assert set(by_language) == set(LANGUAGES), f"translation drafts missing: {by_language}"
    assert not any(by_language[code][0] for code in ("uk", "en"))


def test_an_editor_publishes_a_new_page_through_the_admin(site, people):
    slug = f"nowa-strona-{secrets.token_hex(3)}"
    response = publish_page(site, people["editor"], f"Nowa strona {slug}", slug)
    assert response.status_code == 302, failure(site, response)
    assert_published(site, slug)


def test_an_untranslated_page_shows_the_sites_notice_with_the_polish_version(site, people):
    slug = f"bez-tlumaczenia-{secrets.token_hex(3)}"
    response = publish_page(site, people["editor"], f"Bez tłumaczenia {slug}", slug)
    assert response.status_code == 302, failure(site, response)
    response = Browser(site).get(f"/uk/{slug}/")
    assert response.status_code == 404
    assert f'href="/pl/{slug}/"' in response.text or f"/pl/{slug}/" in response.text
    assert "URLconf" not in response.text, "Django's technical 404 page, not the site's"


# Everyone at once -----------------------------------------------------------------------------


def test_concurrent_writes_lose_nothing(site, people):
    """Twenty people write at once while the worker runs and a management command writes
    beside them: every answer is a success and every row is there afterwards."""
    tag = secrets.token_hex(3)
    events = open_events(Browser(site))
    assert events
    answers, lock = [], threading.Lock()
    subscribers = [f"burst-{tag}-{n}@example.org" for n in range(8)]
    registrants = [f"burst-guest-{tag}-{n}@example.org" for n in range(8)]
    slugs = [f"burst-{tag}-{n}" for n in range(2)]
    editors = [Browser(site).log_in("editor") for _ in slugs]

    def record(what, call):
        try:
            response = call()
            outcome = response.status_code
        except requests.RequestException as error:
            outcome = repr(error)
        with lock:
            answers.append((what, outcome))

    jobs = [(f"newsletter {a}", lambda a=a: sign_up(site, a)) for a in subscribers]
    jobs += [
        (f"register {a}", lambda a=a, e=event: register(site, *e, a))
        for a, event in zip(registrants, itertools.cycle(events), strict=False)
    ]
    jobs += [
        (f"publish {s}", lambda s=s, b=b: publish_page(site, b, f"Strona {s}", s))
        for s, b in zip(slugs, editors, strict=True)
    ]
    jobs += [(f"search {n}", lambda: Browser(site).get("/api/search/?q=pomoc")) for n in range(2)]
    shell_address = f"shell-{tag}@example.org"
    shell = (
        "from newsletter.models import Subscriber; "
        f"Subscriber.objects.create(email={shell_address!r}, language='pl', kinds=['news'])"
    )
    commands = [
        subprocess.Popen(
            [str(PYTHON), "manage.py", *args],
            cwd=REPO,
            env=site.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for args in (["shell", "-c", shell], ["seed_demo"])
    ]
    threads = [threading.Thread(target=record, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    outputs = [command.communicate(timeout=600)[0] for command in commands]

    failed = [
        (what, outcome) for what, outcome in answers if not str(outcome).startswith(("2", "3"))
    ]
    assert len(answers) == len(jobs)
    assert not failed, f"{failed}\n{site.tail('runserver', 80)}"
    for command, output in zip(commands, outputs, strict=True):
        assert command.returncode == 0, (
            f"{command.args[2:4]} exited {command.returncode}:\n{output[-3000:]}"
        )
    lost = [a for a in [*subscribers, shell_address] if subscriber_status(site, a) is None]
    lost += [a for a in registrants if not registrations_of(site, a)]
    assert not lost, f"rows lost: {lost}"
    for slug in slugs:
        assert_published(site, slug)
    for address in subscribers[:2]:
        confirm_by_mail(site, address)
        assert subscriber_status(site, address) == "confirmed"


def test_no_background_task_failed(site):
    """Everything the worker ran (index updates, text extraction, mails) succeeded, and
    it did not take all day."""
    began = time.monotonic()
    site.wait_for_worker(timeout=600)
    site.timings["worker_drained_at_end"] = time.monotonic() - began
    failed = site.query(
        "SELECT task_path, count(*) FROM django_tasks_database_dbtaskresult "
        "WHERE status = 'FAILED' GROUP BY task_path"
    )
    assert not failed, f"{failed}\n{site.tail('db_worker', 60)}"
    exited = {name: code for name, code in site.alive().items() if code is not None}
    assert not exited, f"processes exited: {exited}"
