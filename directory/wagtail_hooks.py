"""The directory in the Wagtail admin: organisations to moderate, needs and offers, proposals;
the moderation decisions' log actions; the member's organisation and its needs and offers on
the account page."""

from django.db.models import Case, IntegerField, Value, When
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets.button import HeaderButton
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import CooperationProposal, Organisation, Status, SupportListing
from directory.moderation import LOG_ACTIONS, DecisionView, available_decisions, can_moderate
from directory.registration import account_organisation
from directory.support_views import account_listings

hooks.register("account_sections", account_organisation)
hooks.register("account_sections", account_listings)

DECISION_LABELS = {
    "approve": (_("Approve"), "check"),
    "reject": (_("Reject"), "cross"),
    "archive": (_("Archive"), "folder-inverse"),
}
STATUS_RANK = {Status.PENDING: 0, Status.APPROVED: 1, Status.REJECTED: 2, Status.ARCHIVED: 3}


def decision_url(organisation, decision):
    return reverse(f"directory_organisation_{decision}", args=[organisation.pk])


class OrganisationIndexView(snippet_views.IndexView):
    """Pending registrations first, newest first within a status; decisions in each row."""

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        rank = Case(
            *[When(status=status, then=Value(n)) for status, n in STATUS_RANK.items()],
            output_field=IntegerField(),
        )
        return queryset.annotate(status_rank=rank).order_by("status_rank", "-created_at", "-pk")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_moderate(self.request.user):
            for n, decision in enumerate(available_decisions(instance)):
                label, icon = DECISION_LABELS[decision]
                buttons.append(
                    ButtonMenuItem(
                        label,
                        url=decision_url(instance, decision),
                        icon_name=icon,
                        priority=n + 1,
                    )
                )
        return buttons


class OrganisationEditView(snippet_views.EditView):
    """The edit page, with the decisions that apply to the organisation in its header."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can_moderate(self.request.user):
            for n, decision in enumerate(available_decisions(self.object)):
                label, icon = DECISION_LABELS[decision]
                buttons.append(
                    HeaderButton(
                        label,
                        url=decision_url(self.object, decision),
                        icon_name=icon,
                        priority=n + 1,
                    )
                )
        return buttons


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_name = "organisations"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = OrganisationIndexView
    edit_view_class = OrganisationEditView
    list_display = ["name", "kind", "city", "status", "created_at"]
    list_filter = ["status", "kind", "is_forum_member"]
    # The search index holds approved organisations only; moderators search all of them.
    search_backend_name = None
    search_fields = ["name", "short_name", "city", "contact_name", "contact_email"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("short_name"),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("is_forum_member"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("krs"), FieldPanel("nip"), FieldPanel("regon"), FieldPanel("edrpou")],
            heading=_("Registry numbers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("city"),
            ],
            heading=_("Public contact"),
        ),
        FieldPanel("regions"),
        FieldPanel("themes"),
        FieldPanel("target_groups"),
        FieldPanel("staff_languages"),
        FieldPanel("description"),
        FieldPanel("description_language"),
        InlinePanel("descriptions", heading=_("Translated descriptions")),
        FieldPanel("logo"),
        FieldPanel("year_founded"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_language"),
            ],
            heading=_("Contact person (private)"),
        ),
        FieldPanel("members"),
        MultiFieldPanel(
            [
                FieldPanel("status", read_only=True),
                FieldPanel("rejection_reason", read_only=True),
                FieldPanel("consent_given_at", read_only=True),
                FieldPanel("consent_version", read_only=True),
            ],
            heading=_("Moderation"),
        ),
    ]


class SupportListingViewSet(SnippetViewSet):
    model = SupportListing
    icon = "list-ul"
    inspect_view_enabled = True
    list_display = ["title", "organisation", "kind", "category", "is_closed", "created_at"]
    list_filter = ["kind", "category", "is_closed"]
    search_fields = ["title", "description", "organisation__name"]


class CooperationProposalViewSet(SnippetViewSet):
    model = CooperationProposal
    icon = "mail"
    inspect_view_enabled = True
    list_display = ["__str__", "from_organisation", "sender", "created_at"]
    search_fields = ["message", "from_organisation__name"]


class SupportBoardViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Needs and offers")
    menu_icon = "list-ul"
    menu_order = 251
    items = (SupportListingViewSet, CooperationProposalViewSet)


register_snippet(OrganisationViewSet)
register_snippet(SupportBoardViewSetGroup)


@hooks.register("register_admin_urls")
def register_decision_urls():
    return [
        path(
            f"organisations/<int:pk>/{decision}/",
            DecisionView.as_view(decision=decision),
            name=f"directory_organisation_{decision}",
        )
        for decision in DECISION_LABELS
    ]


@hooks.register("register_log_actions")
def register_decision_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)
