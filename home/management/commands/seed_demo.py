"""``manage.py seed_demo``: the demo site in Polish, with Ukrainian and English translations.

Idempotent: pages are found by slug and locale, partners by a fixed translation key and users
by username, and a second run updates them in place. StreamField blocks get ids derived from
their place in the content, so that a re-run keeps them and wagtail-localize keeps its segments.

The Ukrainian and English versions are made the way a translator makes them: wagtail-localize
extracts the segments of each Polish page or partner, each segment gets its translation from
``home.demo_content`` (and each app's ``demo_content``), and the translation is saved and published.
"""

import datetime
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo_text import in_language, translations
from cms.models import ContactSettings, Partner, Theme
from directory import demo_content as directory_content
from directory.models import OrganisationIndexPage, SupportIndexPage, WorkingGroupIndexPage
from directory.seed import seed_directory
from event_calendar import demo_content as event_content
from event_calendar.models import EventIndexPage
from event_calendar.seed import seed_events
from home import demo_content as content
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from library import demo_content as library_content
from library.models import LibraryIndexPage
from library.seed import seed_library

SOURCE_LANGUAGE = "pl"
TARGET_LANGUAGES = ("uk", "en")
# The sections with a page type of their own; the others are standard pages.
SECTION_PAGE_TYPES = {
    "library": LibraryIndexPage,
    "organizations": OrganisationIndexPage,
    "support": SupportIndexPage,
    "working-groups": WorkingGroupIndexPage,
    "events": EventIndexPage,
}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ID_NAMESPACE = uuid.UUID("ee2007e0-ae5d-4b62-9f68-12c1c3e56615")

# username -> group (cms/migrations/0003); None makes the superuser.
DEMO_ACCOUNTS = {
    "admin": None,
    "editor": "Editors",
    "translator": "Translators",
    "reviewer": "Library reviewers",
    "moderator": "Directory moderators",
    "member": "Members",
}


def stable_id(*parts):
    """The same id for the same place in the content, run after run."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def with_item_ids(value, key):
    """A block value whose lists (ListBlock values) carry stable item ids."""
    if isinstance(value, dict):
        return {name: with_item_ids(item, f"{key}/{name}") for name, item in value.items()}
    if isinstance(value, list):
        return [
            {
                "type": "item",
                "value": with_item_ids(item, f"{key}/{index}"),
                "id": stable_id(key, index),
            }
            for index, item in enumerate(value)
        ]
    return value


def stream_data(blocks, key):
    """StreamField data for ``(block type, value)`` pairs, with ids stable under ``key``."""
    return [
        {"type": name, "value": with_item_ids(value, f"{key}/{index}"), "id": stable_id(key, index)}
        for index, (name, value) in enumerate(blocks)
    ]


def source_fields(fields, key):
    """The field values of a Polish page: its texts in Polish, its body as StreamField data."""
    values = in_language(fields, SOURCE_LANGUAGE)
    if "body" in values:
        values["body"] = stream_data(values["body"], f"{key}/body")
    return values


def ensure_section(parent, slug, page_class, **fields):
    """The published page of ``page_class`` at ``slug`` under ``parent``, holding ``fields``.

    An existing page there is updated in place. A page of another type at that slug is
    deleted, with its translations and subpages, and replaced: when a later issue gives a
    section its own page class, swapping that class in here is all the seed needs.
    """
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is not None and type(page) is not page_class:
        Page.objects.filter(translation_key=page.translation_key).delete()
        parent.refresh_from_db(fields=["numchild"])  # treebeard counts children on the instance
        page = None
    created = page is None
    if created:
        page = page_class(slug=slug)
    for name, value in fields.items():
        setattr(page, name, value)
    if created:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(instance, glossary, locales):
    """Translate ``instance`` (a page or a snippet) into ``locales`` through wagtail-localize.

    Every segment of the Polish source gets its translation from ``glossary``; a segment
    without one stops the seed rather than leaving Polish text on a translated page.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in segments:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": translated(segment, locale.language_code, glossary),
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "has_error": False,
                    "field_error": "",
                },
            )
        if isinstance(instance, Page):
            # save_target(publish=True) would publish in transaction.on_commit, from a copy of
            # the page loaded before its children were translated: inside an atomic block
            # (this command's or a test's) that late publish resets the page's child count
            # and hides its subpages. So save a draft and publish it from the database now.
            translation.save_target(publish=False)
            translation.get_target_instance().get_latest_revision().publish()
        else:
            translation.save_target(publish=True)


def translated(segment, code, glossary):
    """The text in language ``code`` of one segment of a Polish source."""
    text = glossary.get(segment.string.data, {}).get(code)
    if text is None and segment.context.path == "slug":
        return segment.string.data  # DESIGN.md: a section's slug is the same in every locale
    if text is None:
        raise CommandError(f"No {code} text in home/demo_content.py for {segment.string.data!r}")
    return text


class Command(BaseCommand):
    help = (
        "Load the demo content (pages, news, partners, contact details) in Polish with "
        "Ukrainian and English translations, and the demo users where the settings allow them. "
        "Safe to run again: it updates what exists."
    )

    def handle(self, *args, **options):
        # The tasks of what the seed saves (search index and reference index updates, text
        # extraction) run here, as each is queued: the site the command leaves is complete,
        # searchable at once, and leaves the worker no backlog of thousands of tasks. No
        # transaction around it all: on SQLite one would hold the write lock for the whole
        # run, and a second run beside the server would make the site's writes wait.
        with override_settings(TASKS=IMMEDIATE_TASKS):
            self.seed(options["verbosity"])

    def seed(self, verbosity):
        self.verbosity = verbosity
        locales = list(Locale.objects.filter(language_code__in=TARGET_LANGUAGES))
        if len(locales) != len(TARGET_LANGUAGES):
            raise CommandError("The uk and en locales are missing: run `manage.py migrate` first.")
        glossary = translations(
            [
                content.HOME,
                content.HOME_FEATURED,
                content.HOME_CALL_TO_ACTION,
                content.ABOUT,
                content.NEWS_INDEX,
                content.SECTIONS,
                content.NEWS,
                content.PARTNERS,
                library_content.PUBLISHED,
                directory_content.WORKING_GROUPS,
                event_content.EVENTS,
            ]
        )

        partners = self.seed_partners()
        pages = self.seed_pages()
        for instance in partners + pages:
            translate(instance, glossary, locales)
        self.say(
            f"Translated {len(pages)} pages and {len(partners)} partners into "
            f"{', '.join(TARGET_LANGUAGES)} through wagtail-localize."
        )
        self.seed_contact_details()
        member = self.seed_users()
        library = next(page for page in pages if isinstance(page, LibraryIndexPage))
        materials = seed_library(library, member=member, say=self.say)
        for material in materials:
            translate(material, glossary, locales)
        working_groups = next(page for page in pages if isinstance(page, WorkingGroupIndexPage))
        for group in seed_directory(working_groups, member=member, say=self.say):
            translate(group, glossary, locales)
        calendar = next(page for page in pages if isinstance(page, EventIndexPage))
        for event in seed_events(calendar, say=self.say):
            translate(event, glossary, locales)

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def seed_partners(self):
        """The Polish partner snippets, each with a fixed translation key."""
        locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        partners = []
        for order, partner in enumerate(content.PARTNERS):
            instance, _created = Partner.objects.update_or_create(
                translation_key=stable_id("partner", partner["key"]),
                locale=locale,
                defaults={
                    "name": partner["name"].pl,
                    "role": partner["role"].pl,
                    "url": partner["url"],
                    "sort_order": order,
                },
            )
            partners.append(instance)
        self.say(f"Partners: {len(partners)}.")
        return partners

    def seed_pages(self):
        """The Polish page tree, the home page first and each parent before its children."""
        home = ensure_section(
            Page.get_first_root_node(),
            content.HOME["slug"].pl,
            HomePage,
            **source_fields(content.HOME["fields"], "home"),
        )
        self.make_site_root(home)

        children = {}
        sections = [(content.ABOUT, StandardPage), (content.NEWS_INDEX, NewsIndexPage)]
        sections += [
            (section, SECTION_PAGE_TYPES.get(section["slug"], StandardPage))
            for section in content.SECTIONS
        ]
        for section, page_class in sections:
            slug = section["slug"]
            fields = source_fields(section["fields"], slug)
            children[slug] = ensure_section(home, slug, page_class, show_in_menus=True, **fields)

        featured, action = content.HOME_FEATURED, content.HOME_CALL_TO_ACTION
        home.body = stream_data(
            in_language(
                [
                    (
                        "featured_pages",
                        {**featured, "pages": [children[slug].pk for slug in featured["pages"]]},
                    ),
                    ("call_to_action", {**action, "page": children[action["page"]].pk}),
                ],
                SOURCE_LANGUAGE,
            ),
            "home/body",
        )
        home.save_revision().publish()

        news = [self.seed_news_item(children["news"], item) for item in content.NEWS]
        self.say(f"Pages in {SOURCE_LANGUAGE}: home, {len(children)} sections, {len(news)} news.")
        return [home, *children.values(), *news]

    def make_site_root(self, home):
        """Point the default site at ``home`` and drop Wagtail's "Welcome" page."""
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Forum „Razem”",
            },
        )
        Page.objects.filter(
            depth=2, content_type__app_label="wagtailcore", content_type__model="page"
        ).delete()

    def seed_news_item(self, news_index, item):
        """One news item, dated ``days_ago`` before today so that the demo always looks current."""
        themes = Theme.objects.filter(
            locale__language_code=SOURCE_LANGUAGE, slug__in=item["themes"]
        )
        return ensure_section(
            news_index,
            item["slug"],
            NewsPage,
            date=timezone.localdate() - datetime.timedelta(days=item["days_ago"]),
            themes=list(themes),
            **source_fields(item["fields"], item["slug"]),
        )

    def seed_contact_details(self):
        contact = ContactSettings.load()
        for name, value in content.CONTACT.items():
            setattr(contact, name, value)
        contact.save()
        self.say("Contact details: demo placeholders.")

    def seed_users(self):
        """One account per group with the development password; never where not allowed.

        Returns the demo member, who submits the library's materials waiting in review.
        """
        if not getattr(settings, "DEMO_USERS_ALLOWED", False):
            self.say("Demo users skipped: DEMO_USERS_ALLOWED is off in these settings.")
            return None
        password = getattr(settings, "DEMO_PASSWORD", "")
        if not password:
            raise CommandError("Set DEMO_PASSWORD to create the demo users.")
        user_model = get_user_model()
        for username, group_name in DEMO_ACCOUNTS.items():
            user, _created = user_model.objects.update_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.org",
                    "is_active": True,
                    "is_staff": group_name is None,
                    "is_superuser": group_name is None,
                },
            )
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=group_name)] if group_name else [])
        self.say(f"Demo accounts (development only), password: {password}")
        for username, group_name in DEMO_ACCOUNTS.items():
            self.say(f"  {username:<10} {group_name or 'superuser'}")
        return user_model.objects.get(username="member")
