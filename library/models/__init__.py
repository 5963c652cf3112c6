from .documents import Download, ExtractionStatus, LibraryDocument
from .pages import (
    Access,
    LibraryIndexPage,
    LibraryItemPage,
    Licence,
    MaterialLanguage,
    ResourceType,
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
]
