from cms.feeds import SectionFeed


class NewsFeed(SectionFeed):
    """RSS 2.0 of a news section: each item's lead."""

    def items(self):
        return self.index_page.news()[: self.index_page.feed_size]

    def item_description(self, item):
        return item.lead
