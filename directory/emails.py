"""The directory's e-mails, each written in its recipient's language.

The words live in ``directory/emails/<template>_subject.txt`` and ``…_body.txt``;
``cms.mail`` frames them with the Forum's footer and postal address and sends them.
Sending never decides the fate of what a visitor submitted: a registration or a proposal is
saved before its e-mail goes, and a mail server that refuses is logged and reported to the
caller (``False``), never raised.
"""

from cms import mail


def send_in_language(recipients, language, template, context, reply_to=None):
    """Send the directory's mail ``template`` in ``language`` to ``recipients``
    (``reply_to``: addresses answers should go to); ``True`` when the mail server took it."""
    return mail.send(
        f"directory/emails/{template}", context, language, recipients, reply_to=reply_to
    )
