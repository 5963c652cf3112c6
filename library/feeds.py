"""RSS 2.0 of a library section: new materials, by title and summary only."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _


class LibraryFeed(Feed):
    """The newest materials of one library section, in that section's language.

    Members-only materials are listed (their title and summary are public, as in the
    listing) and marked with a category; descriptions never appear in the feed.
    """

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("Forum “Razem”: %(section)s") % {"section": self.index_page.title}

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro or self.index_page.search_description or self.index_page.title

    def items(self):
        return self.index_page.items().for_listing()[: self.index_page.feed_size]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        categories = [item.get_resource_type_display()]
        if item.is_members_only:
            categories.append(_("Members only"))
        return categories
