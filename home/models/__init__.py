from .base import BasePage
from .news import NewsIndexPage, NewsPage, NewsPageQuerySet, with_local_themes
from .pages import HomePage, StandardPage

__all__ = [
    "BasePage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "StandardPage",
    "with_local_themes",
]
