from .base import SECTION_TRANSLATABLE_FIELDS, BasePage
from .news import NewsIndexPage, NewsPage, NewsPageQuerySet, with_local_themes
from .pages import HomePage, StandardPage

__all__ = [
    "SECTION_TRANSLATABLE_FIELDS",
    "BasePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "StandardPage",
    "with_local_themes",
]
