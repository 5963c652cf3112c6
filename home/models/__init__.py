from .news import NewsIndexPage, NewsPage, NewsPageQuerySet, with_local_themes
from .pages import HomePage, StandardPage

__all__ = [
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "StandardPage",
    "with_local_themes",
]
