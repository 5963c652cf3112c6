from .documents import Download, ExtractionStatus, LibraryDocument
from .pages import (
    Access,
    LibraryIndexPage,
    LibraryItemPage,
    Licence,
    MaterialLanguage,
    ResourceType,
    with_local_terms,
)

__all__ = [
    "Access",
    "Download",
    "ExtractionStatus",
    "LibraryDocument",
    "LibraryIndexPage",
    "LibraryItemPage",
    "Licence",
    "MaterialLanguage",
    "ResourceType",
    "with_local_terms",
]
