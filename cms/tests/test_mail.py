"""The one place every mail is rendered: language, frame, HTML alternative, refusals."""

import smtplib
from pathlib import Path

import pytest
from django.core import mail as outbox
from django.template.loader import render_to_string
from django.utils import translation

from cms import mail
from cms.models import ContactSettings

pytestmark = pytest.mark.django_db

TEST_TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def test_templates(settings):
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [TEST_TEMPLATES, *settings.TEMPLATES[0]["DIRS"]]}
    ]


@pytest.fixture
def contact():
    settings = ContactSettings.load()
    settings.postal_address = "ul. Przykładowa 1\n00-001 Warszawa"
    settings.email = "biuro@example.org"
    settings.save()
    return settings


@pytest.mark.parametrize(
    ("language", "word", "forum"),
    [
        ("pl", "Zrezygnuj z subskrypcji", "Forum „Razem”"),
        ("uk", "Відписатися", "Форум «Razem»"),
        ("en", "Unsubscribe", "Forum “Razem”"),
    ],
)
def test_mail_is_framed_with_the_footer_and_postal_address_in_the_recipients_language(
    contact, language, word, forum
):
    rendered = mail.render(
        "emails/test",
        {"name": "Ola", "unsubscribe_url": "https://example.org/u/1"},
        language,
    )
    assert rendered.subject == "Test Ola"
    assert rendered.text.startswith("Hello Ola")
    assert f"{forum}\nul. Przykładowa 1\n00-001 Warszawa" in rendered.text
    assert f"{word}: https://example.org/u/1" in rendered.text
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in rendered.html
    assert f">{word}</a>" in rendered.html
    assert f'lang="{language}"' in rendered.html


def test_text_body_becomes_escaped_html_with_links_when_no_html_template(contact):
    rendered = mail.render("emails/test", {"name": "<b>Ola</b>"}, "en")
    assert "&lt;b&gt;Ola&lt;/b&gt;" in rendered.html
    assert '<a href="https://example.org/more"' in rendered.html


def test_the_frame_loads_itself_for_mails_that_cms_mail_does_not_render(contact):
    """Wagtail's workflow notifications include the footer and extend the HTML frame."""
    with translation.override("pl"):
        footer = render_to_string("emails/footer.txt", {})
        html = render_to_string("emails/base.html", {})
    assert "Forum „Razem”\nul. Przykładowa 1\n00-001 Warszawa\nbiuro@example.org" in footer
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in html


def test_subject_cannot_carry_a_header(contact):
    rendered = mail.render("emails/test", {"name": "Ola\nBcc: victim@example.org"}, "en")
    assert "\n" not in rendered.subject
    assert mail.send("emails/test", {"name": "Ola\r\nBcc: x@example.org"}, "en", ["a@example.org"])
    (sent,) = outbox.outbox
    assert sent.bcc == []
    assert sent.alternatives[0].mimetype == "text/html"


def test_refused_mail_is_reported_not_raised(contact, settings, monkeypatch):
    def refuse(self, messages):
        raise smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"no")})

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    assert mail.send("emails/test", {"name": "Ola"}, "en", ["a@example.org"]) is False
