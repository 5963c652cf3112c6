"""Every e-mail the platform writes itself is rendered and sent here.

An app keeps only the words of its mails: ``<name>_subject.txt``, ``<name>_body.txt`` and,
when it wants more than paragraphs and links, ``<name>_body.html``. This module renders them
in the recipient's language, frames them with the Forum's footer and postal address (from
the contact settings) and sends the plain text with an HTML alternative.

Wagtail sends its workflow notifications itself (the library's review):
``cms/templates/wagtailadmin/notifications/base.txt`` and ``base.html`` give them the same
footer and HTML frame, which load the frame's details with the ``mail_frame`` tag.

Sending never decides the fate of what someone submitted: the caller has saved it first, and
a mail server that refuses is logged and reported (``False``), never raised.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from cms.models import ContactSettings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mail:
    subject: str
    text: str
    html: str


def absolute_url(path):
    """A path of this site as a link that works from a mail client."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def frame_context():
    """What the frame of every mail shows; load it once when sending many mails."""
    contact = ContactSettings.load()
    return {
        "site_url": absolute_url("/"),
        "postal_address": contact.postal_address,
        "contact_email": contact.email,
    }


def render(template, context, language, frame=None):
    """The mail ``template`` (a template path without ``_subject.txt``/``_body.txt``)
    in ``language``; a subject never spans lines, so it can never smuggle a header."""
    context = {**(frame or frame_context()), **context}
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}_body.txt", context).strip()
        try:
            body_html = render_to_string(f"{template}_body.html", context)
        except TemplateDoesNotExist:
            body_html = None
        context.update(body_text=text, body_html=body_html, subject=subject)
        full_text = text + "\n\n" + render_to_string("emails/footer.txt", context).strip()
        html = render_to_string("emails/base.html", context)
    return Mail(subject, full_text + "\n", html)


def message(mail, to, *, reply_to=None, headers=None, connection=None):
    """An ``EmailMultiAlternatives`` of a rendered mail, ready to send."""
    email = EmailMultiAlternatives(
        mail.subject,
        mail.text,
        settings.DEFAULT_FROM_EMAIL,
        list(to),
        reply_to=reply_to,
        headers=headers,
        connection=connection,
    )
    email.attach_alternative(mail.html, "text/html")
    return email


def send(template, context, language, to, *, reply_to=None, headers=None, attachments=()):
    """Render ``template`` in ``language`` and send it to ``to``; ``True`` when the mail
    server took it. ``attachments``: ``(filename, content, mimetype)`` triples."""
    email = message(render(template, context, language), to, reply_to=reply_to, headers=headers)
    for attachment in attachments:
        email.attach(*attachment)
    try:
        email.send()
    except Exception:  # SMTP errors, refused recipients, DNS: whatever the server says
        logger.exception("Could not send the %r e-mail to %s", template, to)
        return False
    return True
