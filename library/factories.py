"""Factories for the library's pages and documents, used by tests, the seed and the benchmarks."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from library import sample_files
from library.models import LibraryIndexPage, LibraryItemPage, MaterialLanguage, ResourceType


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    """A real one-page PDF holding its title, in the root collection (Wagtail's
    DocumentFactory makes a new root collection per document)."""

    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.LazyAttribute(
        lambda document: ContentFile(sample_files.pdf_bytes([document.title]), name="material.pdf")
    )
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = get_document_model()


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Biblioteka wiedzy"
    slug = "library"
    intro = "Poradniki, raporty i dobre praktyki organizacji."

    class Meta:
        model = LibraryIndexPage


class LibraryItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Materiał {n}")
    slug = factory.Sequence(lambda n: f"material-{n}")  # slugify would drop the "ł"
    summary = factory.Sequence(lambda n: f"Streszczenie materiału {n}.")
    description = "<p>Opis materiału dla członków Forum.</p>"
    resource_type = ResourceType.GUIDE
    languages = factory.LazyFunction(lambda: [MaterialLanguage.POLISH])
    publisher_name = "Forum „Razem”"
    publication_date = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
    )
    external_url = factory.Sequence(lambda n: f"https://example.org/materials/{n}")

    class Meta:
        model = LibraryItemPage
