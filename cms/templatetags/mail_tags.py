"""The frame of every mail, for templates that ``cms.mail`` does not render itself."""

from django import template

from cms.mail import frame_context

register = template.Library()


@register.simple_tag(takes_context=True)
def mail_frame(context):
    """Put the frame's details (postal address, contact) in the context unless the sender
    already did: ``cms.mail`` loads them once for many mails, while Wagtail's workflow
    notifications (``wagtailadmin/notifications/``) come with none."""
    if "site_url" not in context:
        for key, value in frame_context().items():
            context[key] = value
    return ""
