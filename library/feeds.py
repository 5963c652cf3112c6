"""RSS 2.0 of a library section: new materials, by title and summary only."""

from django.utils.translation import gettext as _

from cms.feeds import SectionFeed


class LibraryFeed(SectionFeed):
    """The newest materials of one library section, in that section's language.

    Members-only materials are listed (their title and summary are public, as in the
    listing) and marked with a category; descriptions never appear in the feed.
    """

    def items(self):
        return self.index_page.items().for_listing()[: self.index_page.feed_size]

    def item_description(self, item):
        return item.summary

    def item_categories(self, item):
        categories = [item.get_resource_type_display()]
        if item.is_members_only:
            categories.append(_("Members only"))
        return categories
