"""Admin views of the translation workflow: the translation status and its CSV export.

Editors and Translators (anyone with wagtail-localize's ``submit_translation``
permission) see, for every page and snippet in every language, whether a translation is
missing, in progress, outdated or up to date (``cms.translation_status``), and go from
each row to the translation editor.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, LocaleColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import BaseListingView
from wagtail.admin.widgets.button import HeaderButton

from cms.spreadsheets import csv_download
from cms.translation_status import Status, compute_translation_status, translation_queue

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def can_view_translation_status(user):
    """Superusers, Editors and Translators: whoever may submit translations."""
    return user.is_active and user.has_perm(SUBMIT_TRANSLATION)


class TranslationStatusFilterForm(forms.Form):
    """The filters of the status view; each one that does not validate is ignored."""

    locale = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        help_text=gettext_lazy("The language of the translation."),
    )
    section = forms.ChoiceField(
        label=gettext_lazy("Section"),
        required=False,
        help_text=gettext_lazy("A top-level page and everything below it, or a snippet type."),
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All")), *Status.choices],
        help_text=gettext_lazy("How far the translation is."),
    )

    def __init__(self, data, *, locales, sections):
        super().__init__(data)
        all_choice = ("", _("All"))
        self.fields["locale"].choices = [
            all_choice,
            *[(locale.language_code, locale.get_display_name()) for locale in locales],
        ]
        self.fields["section"].choices = [all_choice, *sections]

    def valid_values(self):
        """The filters whose values are valid, by name; empty ones left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def invalid_values(self):
        """(label, value) of every filter whose value is not one of its choices."""
        self.is_valid()
        return [(self.fields[name].label, self.data.get(name)) for name in self.errors]


class StatusColumn(StatusTagColumn):
    """The status as a Wagtail status tag, highlighted when the translation is up to date."""

    def __init__(self):
        super().__init__(
            "status_label",
            label=gettext_lazy("Status"),
            primary=lambda row: row.status == Status.UP_TO_DATE,
        )


class ActionColumn(Column):
    """A link to translate the object, or to edit its translation."""

    cell_template_name = "cms/admin/translation_status_action_cell.html"


class TranslationStatusView(BaseListingView):
    """Every page and snippet x language with its translation status; ``?format=csv``."""

    template_name = "cms/admin/translation_status.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "site"
    index_url_name = "translation_status"
    paginate_by = 50
    verbose_name_plural = gettext_lazy("translations")
    columns = [
        TitleColumn("title", label=gettext_lazy("Title"), get_url=lambda row: row.action_url),
        Column("type_label", label=gettext_lazy("Type")),
        Column("section_label", label=gettext_lazy("Section")),
        LocaleColumn(accessor="locale", label=gettext_lazy("Language"), sort_key=None),
        StatusColumn(),
        ActionColumn("action", label=gettext_lazy("Action")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def report(self):
        return compute_translation_status(get_language())

    @cached_property
    def filter_form(self):
        return TranslationStatusFilterForm(
            self.request.GET, locales=self.report.locales, sections=self.report.sections
        )

    @cached_property
    def is_csv(self):
        return self.request.GET.get("format") == "csv"

    def get_queryset(self):
        filters = self.filter_form.valid_values()
        rows = self.report.rows
        if "locale" in filters:
            rows = [row for row in rows if row.locale.language_code == filters["locale"]]
        if "section" in filters:
            rows = [row for row in rows if row.section == filters["section"]]
        if "status" in filters:
            rows = [row for row in rows if row.status == filters["status"]]
        return rows

    def get(self, request, *args, **kwargs):
        if self.is_csv:
            return self.csv_response(self.get_queryset())
        for label, value in self.filter_form.invalid_values():
            messages.error(
                request,
                _("“%(value)s” is not a valid %(filter)s filter; it was ignored.")
                % {"value": value, "filter": label.lower()},
            )
        return super().get(request, *args, **kwargs)

    def get_header_buttons(self):
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        query["format"] = "csv"
        return [
            HeaderButton(
                _("Download CSV"),
                url=f"{reverse(self.index_url_name)}?{query.urlencode()}",
                icon_name="download",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = self.object_list
        context["filter_form"] = self.filter_form
        context["status_counts"] = [
            (label, sum(1 for row in rows if row.status == value))
            for value, label in Status.choices
        ]
        return context

    def csv_response(self, rows):
        """The rows as a CSV download (see cms.spreadsheets)."""
        header = [
            _("Title"),
            _("Type"),
            _("Section"),
            _("Language"),
            _("Status"),
            _("Translated segments (%)"),
            _("Link"),
        ]
        return csv_download(
            "translation-status",
            header,
            (
                [
                    row.title,
                    row.type_label,
                    row.section_label,
                    row.locale.language_code,
                    Status(row.status).label,
                    "" if row.percent is None else row.percent,
                    self.request.build_absolute_uri(row.action_url),
                ]
                for row in rows
            ),
        )


class TranslationQueuePanel(Component):
    """Dashboard panel: what needs translating most, for whoever may translate."""

    name = "translation_queue"
    template_name = "cms/admin/translation_queue_panel.html"
    order = 50  # above Wagtail's own panels: this is what a translator logs in for
    size = 10

    def get_context_data(self, parent_context):
        queue = translation_queue(compute_translation_status(get_language()))
        return {
            "rows": queue[: self.size],
            "queue_length": len(queue),
            "status_url": reverse("translation_status"),
        }
