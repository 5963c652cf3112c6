"""A realistic mixed corpus for the search benchmarks (``manage.py generate_corpus``).

News, library items (each with a file whose text has been extracted), approved organisations
and events, in Polish, Ukrainian and English, written from the word lists of
``search.corpus_text``. A quarter of the pages are published in all three languages as
translations of each other (one ``translation_key``), the rest in one language; a few pages
are drafts and some library items are for members only, as on the live site.

Fast because it never goes through ``Page.add_child`` (which reads and writes the tree once
per page): the pages of one section are inserted in batches with their treebeard paths
counted on from the section's last child, the page rows with ``bulk_create`` and the rows of
the page type's own table after them; organisations, documents, view restrictions and the
many-to-many rows are bulk inserts too. Nothing is indexed: ``manage.py update_index`` does
that afterwards, which is what the benchmark times.

Deterministic: the same ``seed`` (and day, which dates are counted from) gives the same
items with the same texts.
"""

import datetime
import hashlib
import random
import unicodedata
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from cms.models import Region, TargetGroup, Theme
from directory.models import (
    Organisation,
    OrganisationDescription,
    OrganisationIndexPage,
    OrganisationKind,
    StaffLanguage,
    Status,
)
from event_calendar.models import EventFormat, EventIndexPage, EventPage, EventType
from event_calendar.recurrence import local_zone
from home.models import HomePage, NewsIndexPage, NewsPage
from library import sample_files
from library.models import (
    Access,
    ExtractionStatus,
    LibraryDocument,
    LibraryIndexPage,
    LibraryItemPage,
    Licence,
    ResourceType,
)
from library.models.pages import MEMBERS_GROUP, members_only_collection
from search.corpus_text import LANGUAGES, Topic, Writer

# How often each kind of item comes up, out of 20 stories; shuffled decks rather than dice, so
# that even a small corpus has every kind, every language, drafts and members-only items.
KINDS = {"news": 5, "library": 7, "organisation": 4, "event": 4}
PAGE_KINDS = ("news", "library", "event")
SINGLE_LANGUAGE = {"pl": 5, "uk": 3, "en": 2}  # a story told in one language only
TRANSLATED_SHARE = 0.25  # a page story published in all three languages
DRAFTS = {True: 1, False: 19}  # one page in twenty is a draft
MEMBERS_ONLY = {True: 2, False: 8}  # two library items in ten are for members only
BATCH_SIZE = 1000  # items written per transaction
FILE_POOL = 2  # real PDFs per language that the documents point at

NO_SITE = (
    "The site tree is missing: the default site must have a home page in Polish with its "
    "Ukrainian and English translations. Run `manage.py seed_demo` first (or, in tests and "
    "benchmarks, home.factories.make_site_tree())."
)
SECTION_TITLES = {
    "news": ("news", NewsIndexPage, {"pl": "Aktualności", "uk": "Новини", "en": "News"}),
    "library": (
        "library",
        LibraryIndexPage,
        {"pl": "Biblioteka wiedzy", "uk": "Бібліотека знань", "en": "Knowledge library"},
    ),
    "event": ("events", EventIndexPage, {"pl": "Wydarzenia", "uk": "Події", "en": "Events"}),
    "organisation": (
        "organizations",
        OrganisationIndexPage,
        {"pl": "Organizacje", "uk": "Організації", "en": "Organisations"},
    ),
}
PAGE_MODELS = {"news": NewsPage, "library": LibraryItemPage, "event": EventPage}
WRITTEN_MODELS = [
    Page,
    *PAGE_MODELS.values(),
    LibraryDocument,
    Organisation,
    OrganisationDescription,
    PageViewRestriction,
]
# Ukrainian titles make ASCII slugs by transliteration (the national standard of 2010).
LATIN = "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch iu ia"
CYRILLIC = {
    **dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщюя", LATIN.split(), strict=True)),
    "ь": "",
    "\N{RIGHT SINGLE QUOTATION MARK}": "",  # the Ukrainian apostrophe
}


class CorpusError(Exception):
    """The corpus cannot be made here; the message says why and what to do."""


@dataclass(frozen=True)
class Item:
    """One item of the corpus in one language, before it is written."""

    number: int
    story: int  # the translations of one story share it, and their slug
    kind: str
    code: str
    translation_key: uuid.UUID
    topic: Topic
    text_seed: int  # the same for the translations of one story: they say the same
    translated: bool  # one of a story's three translations
    draft: bool
    members_only: bool


class Deck:
    """Cards drawn from a shuffled deck that is reshuffled when empty: a share that holds in
    every run of ``sum(counts)`` draws, and not only on average."""

    def __init__(self, rng, counts):
        self.rng, self.cards, self.drawn = rng, [k for k, n in counts.items() for _ in range(n)], []

    def draw(self):
        if not self.drawn:
            self.drawn = self.cards[:]
            self.rng.shuffle(self.drawn)
        return self.drawn.pop()


def plan(count, seed):
    """The ``count`` items of the corpus of ``seed``, in the order they are written."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not secrets
    kinds, languages = Deck(rng, KINDS), Deck(rng, SINGLE_LANGUAGE)
    drafts, members_only = Deck(rng, DRAFTS), Deck(rng, MEMBERS_ONLY)
    number = story = 0
    while number < count:
        kind = kinds.draw()
        translated = (
            kind in PAGE_KINDS
            and count - number >= len(LANGUAGES)
            and rng.random() < TRANSLATED_SHARE
        )
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        topic, text_seed = Topic.pick(rng), rng.getrandbits(64)
        restricted = kind == "library" and members_only.draw()
        for code in LANGUAGES if translated else [languages.draw()]:
            draft = kind in PAGE_KINDS and drafts.draw()
            yield Item(
                number, story, kind, code, key, topic, text_seed, translated, draft, restricted
            )
            number += 1
        story += 1


@contextmanager
def search_index_paused():
    """Saves inside do not reach the search index (no post_save or post_delete handlers of
    Wagtail search): the corpus is indexed afterwards by ``update_index``."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


def ascii_slug(text):
    text = "".join(CYRILLIC.get(char, char) for char in text.lower())
    # NFKD splits off Polish accents; "ł" has no decomposition of its own.
    text = unicodedata.normalize("NFKD", text.replace("ł", "l"))
    return slugify(text.encode("ascii", "ignore").decode())[:60].strip("-")


def site_homes():
    """The home pages of the default site by language code; CorpusError when missing."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, HomePage):
        raise CorpusError(NO_SITE)
    homes = {}
    for code in LANGUAGES:
        locale = Locale.objects.filter(language_code=code).first()
        home = locale and site.root_page.get_translation_or_none(locale)
        if home is None:
            raise CorpusError(NO_SITE)
        homes[code] = home
    return homes


def sections(homes):
    """The news, library, event and directory sections in each language, made where missing
    (as translations of the Polish one); keyed by (kind, code)."""
    found = {}
    for kind, (slug, model, titles) in SECTION_TITLES.items():
        source = model.objects.child_of(homes["pl"]).first()
        if source is None:
            source = homes["pl"].add_child(instance=model(title=titles["pl"], slug=slug))
            source.save_revision().publish()
        for code in LANGUAGES:
            locale = homes[code].locale
            page = source if code == "pl" else source.get_translation_or_none(locale)
            if page is None:
                page = source.copy_for_translation(locale)
                page.title = titles[code]
                page.save_revision().publish()
            found[kind, code] = model.objects.get(pk=page.pk)
    return found


class PageAppender:
    """Appends pages under one parent in batches, the tree's paths counted on here."""

    def __init__(self, parent):
        self.parent = parent
        last = parent.get_last_child()
        self.next_step = last._get_lastpos_in_path() + 1 if last else 1

    def append(self, pages):
        parent, depth = self.parent, self.parent.depth + 1
        for page in pages:
            page.path = Page._get_path(parent.path, depth, self.next_step)
            page.depth, page.numchild = depth, 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.draft_title = page.title
            self.next_step += 1
        # Django cannot bulk-insert a model with a parent table: the Page rows first, then
        # the page type's own rows pointing at them.
        Page.objects.bulk_create(pages, batch_size=500)
        model = type(pages[0])
        for page in pages:
            page.page_ptr_id = page.id
        fields = model._meta.local_concrete_fields
        size = max(connection.ops.bulk_batch_size(fields, pages), 1)
        for start in range(0, len(pages), size):
            model._base_manager._insert(pages[start : start + size], fields=fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        return pages


class CorpusWriter:
    """Writes planned items to the database, a batch at a time."""

    def __init__(self, seed, today):
        self.seed, self.today = seed, today
        homes = site_homes()
        self.appenders = {
            (kind, code): PageAppender(page)
            for (kind, code), page in sections(homes).items()
            if kind in PAGE_KINDS
        }
        self.terms = {
            (model, code): {
                term.slug: term for term in model.objects.filter(locale__language_code=code)
            }
            for model in (Theme, Region, TargetGroup)
            for code in LANGUAGES
        }
        self.members_group = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
        self.collections = {
            True: members_only_collection(),
            False: Collection.get_first_root_node(),
        }
        self.files = self.file_pool()
        self.organisations = []  # publishers for library items written later
        self.counts = Counter()

    def term(self, model, code, slug):
        return self.terms[model, code].get(slug)

    def file_pool(self):
        """A few real PDFs in each language, written once; documents share them (their
        extracted text is their own). Returns (name, size, sha1, sha256) per language."""
        pool = {}
        for code in LANGUAGES:
            pool[code] = []
            for number in range(FILE_POOL):
                writer = Writer(number, Topic.pick(random.Random(number)), code)  # noqa: S311
                name = f"documents/corpus/material-{code}-{number}.pdf"
                content = sample_files.pdf_bytes(writer.paragraphs(3))
                if not default_storage.exists(name):
                    default_storage.save(name, ContentFile(content))
                with default_storage.open(name) as file:
                    content = file.read()
                pool[code].append(
                    (
                        name,
                        len(content),
                        hashlib.sha1(content).hexdigest(),  # noqa: S324 - Wagtail's file_hash
                        hashlib.sha256(content).hexdigest(),
                    )
                )
        return pool

    def exists(self, item):
        """Whether ``item`` was written before (the same seed into the same database)."""
        if item.kind == "organisation":
            return Organisation.objects.filter(slug__endswith=self.suffix(item)).exists()
        return Page.objects.filter(translation_key=item.translation_key).exists()

    def suffix(self, item):
        return f"-{self.seed}-{item.story}"

    @transaction.atomic
    def write(self, items):
        organisations = [item for item in items if item.kind == "organisation"]
        if organisations:
            self.write_organisations(organisations)
        pages = {}
        for item in items:
            if item.kind != "organisation":
                pages.setdefault((item.kind, item.code), []).append(item)
        for (kind, code), group in pages.items():
            writer = getattr(self, f"{kind}_page")
            built = [writer(item, Writer(item.text_seed, item.topic, item.code)) for item in group]
            for item, page in zip(group, built, strict=True):
                self.set_page_fields(page, item)
            if kind == "library":
                self.library_documents(built)
            self.appenders[kind, code].append(built)
            self.write_page_relations(kind, group, built)
        self.counts.update(item.kind for item in items)
        self.counts.update(f"language {item.code}" for item in items)
        self.counts.update("draft" for item in items if item.draft)
        self.counts.update("members only" for item in items if item.members_only)

    # Pages ----------------------------------------------------------------------------------

    def set_page_fields(self, page, item):
        """What every page has: its story's slug and key, its language, its publication."""
        # Translations keep the slug of the Polish page, as wagtail-localize copies it.
        title = page.title
        if item.translated:
            title = Writer(item.text_seed, item.topic, "pl").title(item.kind)
        page.slug = f"{ascii_slug(title) or item.kind}{self.suffix(item)}"
        page.translation_key = item.translation_key
        page.locale = self.appenders[item.kind, item.code].parent.locale
        published = timezone.make_aware(
            datetime.datetime.combine(self.item_date(item), datetime.time(9))
        )
        page.latest_revision_created_at = published
        if item.draft:
            page.live, page.has_unpublished_changes = False, True
        else:
            page.first_published_at = page.last_published_at = published

    def item_date(self, item):
        """A day in the last four years, the same for a story's translations."""
        return self.today - datetime.timedelta(days=item.text_seed % 1460)

    def news_page(self, item, writer):
        return NewsPage(
            title=writer.title("news"),
            date=self.item_date(item),
            lead=writer.sentences(2),
            body=[
                {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.UUID(int=n))}
                for n, text in enumerate(writer.paragraphs(writer.rng.randint(2, 5)), 1)
            ],
        )

    def library_page(self, item, writer):
        title = writer.title("library")
        publisher = None
        if self.organisations and writer.rng.random() < 0.3:
            publisher = self.organisations[writer.rng.randrange(len(self.organisations))]
        document = None
        if writer.rng.random() < 0.9:
            name, size, sha1, sha256 = self.files[item.code][item.number % FILE_POOL]
            # Extracted text of a report of a few pages: 8-40 paragraphs.
            text = "\n\n".join(writer.paragraphs(writer.rng.randint(8, 40), 4, 8))
            document = LibraryDocument(
                title=title,
                file=name,
                file_size=size,
                file_hash=sha1,
                sha256=sha256,
                content_type="application/pdf",
                collection=self.collections[item.members_only],
                extracted_text=text,
                page_count=len(text) // 2500 + 1,
                extraction_status=ExtractionStatus.DONE,
            )
        return LibraryItemPage(
            title=title,
            summary=writer.sentences(2),
            description="".join(f"<p>{text}</p>" for text in writer.paragraphs(2)),
            resource_type=writer.rng.choice(ResourceType.values),
            languages=[item.code],
            publisher_organisation=publisher,
            publisher_name="" if publisher else writer.organisation_name(),
            publication_date=self.item_date(item),
            document=document,
            external_url=(
                "" if document and writer.rng.random() < 0.8
                else f"https://example.org/materials/{self.seed}/{item.number}"
            ),
            licence=writer.rng.choice(Licence.values),
            access=Access.MEMBERS if item.members_only else Access.PUBLIC,
        )  # fmt: skip

    def event_page(self, item, writer):
        title = writer.title("event")
        day = self.today + datetime.timedelta(days=item.text_seed % 540 - 180)
        start = datetime.datetime.combine(day, datetime.time(10 + item.text_seed % 8), local_zone())
        event_format = writer.rng.choice(EventFormat.values)
        weekly = writer.rng.random() < 0.1
        slots = item.topic.slots(item.code)
        return EventPage(
            title=title,
            summary=writer.sentences(2),
            body="".join(f"<p>{text}</p>" for text in writer.paragraphs(2)),
            event_type=writer.rng.choice(EventType.values),
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_format=event_format,
            venue="" if event_format == EventFormat.ONLINE else slots["place_city"],
            online_url=(
                "" if event_format == EventFormat.IN_PERSON
                else f"https://meet.example.org/{self.seed}-{item.number}"
            ),
            region=self.term(Region, item.code, item.topic.region),
            languages=[item.code],
            repeat="weekly" if weekly else "",
            repeat_count=10 if weekly else None,
        )  # fmt: skip

    def write_page_relations(self, kind, items, pages):
        """Themes and the rest of a page's many-to-many rows; documents before them; view
        restrictions of members-only items (what ``LibraryItemPage.apply_access`` makes)."""
        model = PAGE_MODELS[kind]
        relations = {"themes": (Theme, "theme")}
        if kind == "library":
            relations.update(
                target_groups=(TargetGroup, "target_group"), regions=(Region, "region")
            )
        for name, (term_model, topic_field) in relations.items():
            through = getattr(model, name).through
            rows = []
            for item, page in zip(items, pages, strict=True):
                term = self.term(term_model, item.code, getattr(item.topic, topic_field))
                if term is not None:
                    source = {f"{model._meta.model_name}_id": page.pk}
                    rows.append(through(**source, **{term._meta.model_name: term}))
            through.objects.bulk_create(rows, batch_size=2000)
        if kind != "library":
            return
        restricted = [page for page in pages if page.access == Access.MEMBERS]
        restrictions = PageViewRestriction.objects.bulk_create(
            PageViewRestriction(page_id=page.pk, restriction_type=PageViewRestriction.GROUPS)
            for page in restricted
        )
        PageViewRestriction.groups.through.objects.bulk_create(
            PageViewRestriction.groups.through(
                pageviewrestriction_id=restriction.pk, group=self.members_group
            )
            for restriction in restrictions
        )

    def library_documents(self, pages):
        documents = [page.document for page in pages if page.document is not None]
        LibraryDocument.objects.bulk_create(documents, batch_size=500)
        for page in pages:
            if page.document is not None:
                page.document_id = page.document.pk

    # Organisations --------------------------------------------------------------------------

    def write_organisations(self, items):
        """Approved organisations, described in the item's language; a quarter of them with
        translations of the description into the two other languages."""
        built, descriptions = [], []
        kinds, languages = OrganisationKind.values, StaffLanguage.values
        for item in items:
            writer = Writer(item.text_seed, item.topic, item.code)
            name = writer.organisation_name()
            slots = item.topic.slots("pl")
            organisation = Organisation(
                name=name,
                slug=f"{ascii_slug(name)}{self.suffix(item)}",
                kind=kinds[item.text_seed % len(kinds)],
                city=slots["place_city"],
                staff_languages=sorted({"pl", item.code, languages[item.text_seed % 4]}),
                description="\n\n".join(writer.paragraphs(writer.rng.randint(1, 3))),
                description_language=item.code,
                website=f"https://{ascii_slug(name)}.example.org",
                contact_name="Anna Kowalska",
                contact_email=f"kontakt{self.suffix(item)}@example.org",
                status=Status.APPROVED,
                is_forum_member=item.text_seed % 3 == 0,
            )
            built.append(organisation)
            if writer.rng.random() < TRANSLATED_SHARE:
                for code in LANGUAGES:
                    if code != item.code:
                        other = Writer(item.text_seed, item.topic, code)
                        other.organisation_name()  # the same choices as the source text
                        text = "\n\n".join(other.paragraphs(other.rng.randint(1, 3)))
                        descriptions.append((organisation, code, text))
        Organisation.objects.bulk_create(built, batch_size=1000)
        OrganisationDescription.objects.bulk_create(
            OrganisationDescription(organisation=organisation, language=code, text=text)
            for organisation, code, text in descriptions
        )
        # Directory rows point at the source-language (Polish) terms.
        for name, (term_model, topic_field) in {
            "themes": (Theme, "theme"),
            "regions": (Region, "region"),
            "target_groups": (TargetGroup, "target_group"),
        }.items():
            through = getattr(Organisation, name).through
            rows = []
            for item, organisation in zip(items, built, strict=True):
                term = self.term(term_model, "pl", getattr(item.topic, topic_field))
                if term is not None:
                    rows.append(
                        through(organisation_id=organisation.pk, **{term._meta.model_name: term})
                    )
            through.objects.bulk_create(rows, batch_size=2000)
        self.organisations.extend(built)


def generate(count, seed, today=None, say=print):
    """Write the corpus of ``count`` items from ``seed``; returns counts by kind, language,
    draft and members-only. Raises CorpusError without a site tree, or when this seed's
    corpus is already in the database."""
    writer = CorpusWriter(seed, today or timezone.localdate())
    batch = []
    with search_index_paused():
        for item in plan(count, seed):
            if item.number == 0 and writer.exists(item):
                raise CorpusError(
                    f"The corpus of seed {seed} is already in this database: use another "
                    "--seed or a fresh database."
                )
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                writer.write(batch)
                say(f"  {sum(writer.counts[kind] for kind in KINDS)} items")
                batch = []
        if batch:
            writer.write(batch)
    if connection.vendor == "postgresql":
        # Fresh planner statistics, as a live database has (see bench/prepare.py).
        with connection.cursor() as cursor:
            for model in WRITTEN_MODELS:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    return writer.counts
