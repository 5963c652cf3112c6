"""The newsletter in the admin (digests, composing, sending, the report) and on the
member's account page."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.widgets.button import HeaderButton
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from newsletter.admin_views import (
    COMPOSE,
    EDIT,
    REPORT,
    ComposeView,
    DigestAdminForm,
    DigestSendView,
    NewsletterReportView,
    can,
    preview_html,
    send_url,
)
from newsletter.models import Digest
from newsletter.views import account_newsletter

hooks.register("account_sections", account_newsletter)


class DigestIndexView(snippet_views.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can(self.request.user, EDIT):
            buttons.append(
                ButtonMenuItem(_("Preview and send"), url=send_url(instance), icon_name="mail")
            )
        return buttons


class DigestEditView(snippet_views.EditView):
    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Preview and send"), url=send_url(self.object), icon_name="mail"),
        ]


class DigestViewSet(SnippetViewSet):
    model = Digest
    icon = "mail"
    menu_label = _("Newsletter")
    menu_name = "newsletter"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = DigestIndexView
    edit_view_class = DigestEditView
    list_display = ["subject", "language", "status", "created_at", "sent_at"]
    list_filter = ["language", "status"]
    edit_handler = ObjectList(
        [
            FieldPanel("subject"),
            FieldPanel("language"),
            FieldPanel("since"),
            FieldPanel("intro"),
            InlinePanel(
                "items",
                heading=_("Items"),
                label=_("Item"),
                panels=[
                    FieldPanel("kind"),
                    FieldPanel("object_id"),
                    FieldPanel("title"),
                    FieldPanel("summary"),
                    FieldPanel("when"),
                    FieldPanel("url"),
                    FieldPanel("theme_slugs"),
                ],
            ),
        ],
        base_form_class=DigestAdminForm,
    )


register_snippet(DigestViewSet)


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path("newsletter/compose/", ComposeView.as_view(), name="newsletter_compose"),
        path(
            "newsletter/digests/<int:pk>/send/",
            DigestSendView.as_view(),
            name="newsletter_digest_send",
        ),
        path(
            "newsletter/digests/<int:pk>/preview.html",
            preview_html,
            name="newsletter_digest_preview_html",
        ),
        path("newsletter/report/", NewsletterReportView.as_view(), name="newsletter_report"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return can(request.user, self.permission)


@hooks.register("register_admin_menu_item")
def register_compose_menu_item():
    return PermissionMenuItem(
        _("Compose a digest"),
        reverse("newsletter_compose"),
        name="newsletter-compose",
        icon_name="mail",
        order=261,
        permission=COMPOSE,
    )


@hooks.register("register_reports_menu_item")
def register_newsletter_report_menu_item():
    return PermissionMenuItem(
        _("Newsletter report"),
        reverse("newsletter_report"),
        name="newsletter-report",
        icon_name="mail",
        order=900,
        permission=REPORT,
    )
