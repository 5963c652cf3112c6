"""The directory's e-mails, each written in its recipient's language.

Sending never decides the fate of what a visitor submitted: a registration or a proposal is
saved before its e-mail goes, and a mail server that refuses is logged and reported to the
caller (``False``), never raised.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def send_in_language(recipients, language, template, context, reply_to=None):
    """Render ``directory/emails/<template>_subject.txt`` and ``…_body.txt`` in ``language``
    and send them to ``recipients`` (``reply_to``: addresses answers should go to); ``True``
    when the mail server took the message."""
    with translation.override(language):
        subject = " ".join(
            render_to_string(f"directory/emails/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"directory/emails/{template}_body.txt", context)
    try:
        EmailMessage(
            subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients), reply_to=reply_to
        ).send()
    except Exception:  # SMTP errors, refused recipients, DNS: whatever the server says
        logger.exception("Could not send the %r e-mail to %s", template, recipients)
        return False
    return True
