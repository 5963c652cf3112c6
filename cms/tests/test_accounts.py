"""Members log in, out and reset their password on the public site, in their language."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

PASSWORD = "pass-1234-secure"


@pytest.fixture
def member(django_user_model, homes):
    user = django_user_model.objects.create_user(
        username="fundacja", email="biuro@fundacja.example.org", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name="Members"))
    return user


@pytest.mark.parametrize(
    ("code", "title"), [("pl", "Zaloguj się"), ("uk", "Увійти"), ("en", "Log in")]
)
def test_login_page_speaks_the_visitors_language(client, homes, code, title):
    response = client.get(f"/{code}/account/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{code}">' in html


def test_a_member_logs_in_and_lands_on_the_account_page(client, member):
    response = client.post(
        "/uk/account/login/", {"username": "fundacja", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/uk/account/"
    assert "biuro@fundacja.example.org" in response.content.decode()


def test_a_wrong_password_is_refused_with_a_message_and_no_session(client, member):
    response = client.post("/pl/account/login/", {"username": "fundacja", "password": "nope"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_account_page_sends_anonymous_visitors_to_login_in_their_language(client, homes):
    response = client.get("/en/account/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/login/?next=/en/account/"


def test_logging_out_ends_the_session(client, member):
    client.force_login(member)
    response = client.post("/pl/account/logout/")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.get("/pl/account/").status_code == 302


def test_password_reset_mails_a_link_in_the_visitors_language_that_works(client, member):
    response = client.post("/uk/account/password-reset/", {"email": member.email})
    assert response.status_code == 302
    assert response["Location"] == "/uk/account/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "пароль" in message.body
    link = re.search(r"http://testserver(/uk/account/password-reset/\S+/)", message.body).group(1)

    form = client.get(link, follow=True)
    assert form.status_code == 200
    new_password = "nowe-haslo-2026-xyz"
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
        follow=True,
    )
    assert done.redirect_chain[-1][0] == "/uk/account/password-reset/done/"
    member.refresh_from_db()
    assert member.check_password(new_password)


@pytest.mark.parametrize(
    ("code", "subject"),
    [
        ("pl", "Forum „Razem”: nowe hasło"),
        ("uk", "Форум «Razem»: новий пароль"),
        ("en", "Forum “Razem”: a new password"),
    ],
)
def test_password_reset_mail_has_the_forums_frame_and_an_html_part_in_the_visitors_language(
    client, member, postal_address, code, subject
):
    client.post(f"/{code}/account/password-reset/", {"email": member.email})
    (message,) = mail.outbox
    assert message.subject == subject
    words, footer = message.body.split("\n--\n")
    assert f"http://testserver/{code}/account/password-reset/" in words
    forum = subject.split(":")[0]  # the Forum's name in the visitor's language
    assert footer.startswith(f"{forum}\n{postal_address}")  # not the request's host
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'<html lang="{code}">' in html
    assert f"http://testserver/{code}/account/password-reset/" in html
    assert "ul. Przykładowa 1<br>00-001 Warszawa" in html


def test_password_reset_does_not_reveal_whether_an_address_has_an_account(client, member):
    response = client.post("/pl/account/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_private_pages_send_visitors_to_the_member_login(client, homes):
    page = StandardPageFactory(parent=homes["pl"], slug="dla-czlonkow")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    response = client.get("/pl/dla-czlonkow/")
    assert response.status_code == 302
    assert response["Location"].startswith("/pl/account/login/?next=/pl/dla-czlonkow/")
