from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page

from cms.blocks import RICH_TEXT_FEATURES, CallToActionBlock
from cms.i18n import prefer_current_language
from cms.privacy import public


class FeaturedPagesValue(blocks.StructValue):
    def cards(self):
        """The chosen pages that are live, in the reader's language where translated."""
        chosen = [page for page in self.get("pages") if page]
        return prefer_current_language(chosen, public(Page.objects.live()).specific())


class FeaturedPagesBlock(blocks.StructBlock):
    """A row of cards for the pages the communications team wants in front of visitors."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(label=_("Page")), label=_("Pages"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Featured pages")
        template = "home/blocks/featured_pages_block.html"
        value_class = FeaturedPagesValue


class HomeStreamBlock(blocks.StreamBlock):
    featured_pages = FeaturedPagesBlock()
    call_to_action = CallToActionBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
