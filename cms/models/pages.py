"""What every public page type shares, whichever app it lives in."""

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

# What wagtail-localize translates of a section's index page (its default, with the slug
# synchronised): section slugs are part of the public URL contract (DESIGN.md), the same in
# every language, so translators are not offered them. Leaf pages keep translatable slugs.
SECTION_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


class BasePage(Page):
    """Every public page type of the site; what cards and feeds need from any page."""

    class Meta:
        abstract = True

    @property
    def teaser(self):
        """The one or two sentences a card shows about the page."""
        return self.search_description
