"""StreamField blocks shared by every section; app-specific blocks live in that app."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.i18n import partners_in_current_language

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        help_text=_("Section headings divide the page; subheadings divide a section."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image whose alternative text is written for this place, so it is never missing."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class VideoEmbedBlock(blocks.StructBlock):
    """An embedded video or map; the title names the frame for screen readers."""

    embed = EmbedBlock(label=_("Address of the video or map"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Says what the embedded content is.")
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"


class LinkValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.localized.url if page else self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("Or an external address"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            error = ValidationError(_("Choose either a page or an address, not both."))
            raise blocks.StructBlockValidationError(block_errors={"page": error})
        return value


class FaqBlock(blocks.StructBlock):
    """Questions and answers, shown as disclosure widgets that work without JavaScript."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.StructBlock(
            [
                ("question", blocks.CharBlock(label=_("Question"), max_length=250)),
                ("answer", blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)),
            ],
            label=_("Question"),
        ),
        label=_("Questions"),
        min_num=1,
    )

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq_block.html"


class PartnersBlock(blocks.StaticBlock):
    """The list of the Forum's partners, kept in the Partner snippets (also in the footer)."""

    class Meta:
        icon = "group"
        label = _("Partners")
        admin_text = _("Lists the partners kept in the Partners snippets.")
        template = "blocks/partners_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["partners"] = partners_in_current_language()
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
    partners = PartnersBlock()
