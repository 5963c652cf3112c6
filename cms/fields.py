"""Model fields shared by the apps."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext


class ChoiceListField(models.CharField):
    """A few codes from a fixed list, kept in one text column as ``",pl,uk,"``.

    Used for the languages of a material: a handful of fixed codes. A join table would need
    its rows seeded in every database, and array or JSON columns cannot be filtered on
    SQLite; with a comma at both ends, ``languages__contains=",uk,"`` finds one code on
    PostgreSQL and SQLite alike, and the count of every code is one aggregate query.
    In Python the value is a list of codes.
    """

    def __init__(self, *args, choices=(), **kwargs):
        # Kept apart from Django's ``choices``, which describe a single value.
        self.item_choices = list(choices)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.item_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [code for code in (value or "").split(",") if code]

    def get_prep_value(self, value):
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {code for code, _label in self.item_choices}
        unknown = [code for code in value if code not in known]
        if unknown:
            raise ValidationError(
                gettext("Unknown choice: %(codes)s.") % {"codes": ", ".join(unknown)},
                code="invalid_choice",
            )

    def formfield(self, **kwargs):
        return models.Field.formfield(
            self,
            form_class=forms.MultipleChoiceField,
            **{"choices": self.item_choices, "widget": forms.CheckboxSelectMultiple, **kwargs},
        )
