from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """A change the search engine missed because it was down: the object to index again
    (or to remove) once the engine answers. One row per object, whatever happened to it
    meanwhile: catching up reads the object as it is then."""

    class Action(models.TextChoices):
        ADD = "add", _("Add or update")
        DELETE = "delete", _("Remove")

    app_label = models.CharField(_("application"), max_length=100, help_text=_("Django app."))
    model_name = models.CharField(_("model"), max_length=100, help_text=_("Django model."))
    object_pk = models.CharField(_("object"), max_length=64, help_text=_("Primary key."))
    action = models.CharField(
        _("action"), max_length=8, choices=Action.choices, help_text=_("What the index missed.")
    )
    queued_at = models.DateTimeField(
        _("queued at"), auto_now=True, help_text=_("When the engine last failed to take it.")
    )

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["app_label", "model_name", "object_pk"],
                name="one_pending_update_per_object",
            )
        ]

    def __str__(self):
        return f"{self.action} {self.app_label}.{self.model_name} {self.object_pk}"
