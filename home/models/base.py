from wagtail.models import Page


class BasePage(Page):
    """Every public page type of the site; what cards and feeds need from any page."""

    class Meta:
        abstract = True

    @property
    def teaser(self):
        """The one or two sentences a card shows about the page."""
        return self.search_description
