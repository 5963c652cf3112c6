"""The demo materials of the knowledge library, for ``seed_demo``.

``seed_library`` makes the Polish pages of ``library.demo_content`` under the library section,
each with a real generated file, and gives back the published ones for ``seed_demo`` to
translate through wagtail-localize. Materials ``in_review`` become drafts owned by the demo
member and submitted to «Library review», as a member's submission would be
(``library.submissions``); they stay untranslated until a reviewer approves them.

Idempotent: pages are found by slug, files by title, and a draft already in review is left
as it is, so a second run makes no new pages, documents or workflow states.
"""

import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.models import Region, TargetGroup, Theme
from library import demo_content as content
from library import sample_files
from library.models import LibraryItemPage

SOURCE_LANGUAGE = "pl"
FILE_LANGUAGES = ("pl", "uk", "en")


def seed_library(library_index, member=None, say=print):
    """The Polish published materials under ``library_index``, made or updated in place.

    ``member`` owns the materials waiting in review; without one (demo users not allowed)
    they are not made. Returns the published pages, for the caller to translate.
    """
    published = [publish_item(library_index, entry) for entry in content.PUBLISHED]
    in_review = []
    if member is not None:
        in_review = [submit_item(library_index, entry, member) for entry in content.IN_REVIEW]
    say(f"Library: {len(published)} materials published, {len(in_review)} waiting in review.")
    return published


def item_fields(entry, owner=None):
    """The page field values of ``entry`` in Polish, its file included."""
    fields = {name: getattr(text, SOURCE_LANGUAGE) for name, text in entry["fields"].items()}
    fields.update(
        resource_type=entry["resource_type"],
        languages=entry["languages"],
        publication_date=entry["publication_date"],
        licence=entry["licence"],
        access=entry["access"],
        external_url=entry["external_url"],
        document=ensure_document(entry, owner),
        themes=terms(Theme, entry["themes"]),
        target_groups=terms(TargetGroup, entry["target_groups"]),
        regions=terms(Region, entry["regions"]),
    )
    return fields


def terms(model, slugs):
    return list(model.objects.filter(locale__language_code=SOURCE_LANGUAGE, slug__in=slugs))


def publish_item(library_index, entry):
    """The published Polish page of ``entry``, made or updated in place."""
    page = library_index.get_children().filter(slug=entry["slug"]).specific().first()
    created = page is None
    if created:
        page = LibraryItemPage(slug=entry["slug"])
    for name, value in item_fields(entry).items():
        setattr(page, name, value)
    if created:
        library_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_item(library_index, entry, member):
    """The member's draft of ``entry``, submitted to «Library review» once."""
    page = library_index.get_children().filter(slug=entry["slug"]).specific().first()
    if page is not None:
        return page
    page = LibraryItemPage(slug=entry["slug"], owner=member, live=False)
    for name, value in item_fields(entry, owner=member).items():
        setattr(page, name, value)
    library_index.add_child(instance=page)
    page.save_revision(user=member)
    page.get_workflow().start(page, member)
    return page


def ensure_document(entry, owner=None):
    """The file of ``entry``, generated once and found again by its title."""
    if not entry["file"]:
        return None
    document_model = get_document_model()
    title = entry["fields"]["title"].pl
    document = document_model.objects.filter(title=title).first()
    if document is None:
        name = f"{entry['slug']}.{entry['file']}"
        document = document_model(
            title=title,
            file=ContentFile(file_bytes(entry), name=name),
            collection=Collection.get_first_root_node(),
            uploaded_by_user=owner,
        )
        document.save()
    return document


def file_bytes(entry):
    """A one- or two-page file: the material in Polish, then in its other language, if any."""
    pages = [file_text(entry, SOURCE_LANGUAGE)]
    other = next((code for code in entry["languages"] if code in FILE_LANGUAGES[1:]), None)
    if other:
        pages.append(file_text(entry, other))
    if entry["file"] == "docx":
        return sample_files.docx_bytes(pages)
    return sample_files.pdf_bytes(pages)


CODENAME_LINE = {
    "pl": "Materiał przygotowany w ramach projektu „{}”.",
    "uk": "Матеріал підготовлено в межах проєкту «{}».",
    "en": "Prepared within the “{}” project.",
}


def file_text(entry, code):
    """The material's title, summary and description in ``code``, and its project's name."""
    texts = entry["fields"]
    description = re.sub(r"<[^>]+>", " ", getattr(texts["description"], code)).strip()
    return "\n\n".join(
        [
            getattr(texts["title"], code),
            getattr(texts["summary"], code),
            description,
            f"{getattr(texts['publisher_name'], code)}, {entry['publication_date']:%d.%m.%Y}",
            CODENAME_LINE[code].format(entry["codename"]),
        ]
    )
