from .documents import LibraryDocument

__all__ = ["LibraryDocument"]
