"""A member uploads, replaces and removes their organisation's logo and edits the
translations of its description; bad files are refused in the member's language and
change nothing; each edit is a revision moderators can compare and revert; nobody edits
another organisation's logo or translations."""

import io
import os

import pytest
from django import forms
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Revision

from directory.factories import OrganisationFactory
from directory.forms import LOGO_MAX_UPLOAD_BYTES
from directory.models import OrganisationDescription
from directory.tests.test_member_accounts import profile

EDIT = "/{lang}/account/organisation/"


def png(name="logo.png", size=(40, 20), noise=False):
    """A real PNG made with Pillow; ``noise`` makes one that does not compress."""
    if noise:
        width, height = size
        image = Image.frombytes("RGB", size, os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", size, (200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def rows(**texts):
    """The translation rows of the form, one per language given (``uk="…"``)."""
    data = {"descriptions-TOTAL_FORMS": len(texts), "descriptions-INITIAL_FORMS": len(texts)}
    for number, (language, text) in enumerate(texts.items()):
        data[f"descriptions-{number}-language"] = language
        data[f"descriptions-{number}-text"] = text
    return data


def edit(client, lang="en", **overrides):
    return client.post(EDIT.format(lang=lang), profile(lang, **overrides))


def test_a_member_uploads_a_logo_which_becomes_a_wagtail_image_in_a_logged_revision(
    member_client, member, organisation
):
    response = edit(member_client, logo_file=png())
    assert response.status_code == 302
    organisation.refresh_from_db()
    logo = organisation.logo
    assert isinstance(logo, get_image_model())
    assert (logo.width, logo.height) == (40, 20)
    assert logo.uploaded_by_user == member
    assert organisation.latest_revision.content["logo"] == logo.pk
    assert organisation.latest_revision.user == member
    assert ModelLogEntry.objects.filter(
        action="wagtail.edit", object_id=str(organisation.pk), user=member
    ).exists()
    html = member_client.get(EDIT.format(lang="en")).content.decode()
    assert "The current logo" in html
    assert 'name="remove_logo"' in html


def test_a_new_logo_replaces_the_old_one_and_the_old_one_stays_for_a_revert(
    member_client, organisation
):
    edit(member_client, logo_file=png())
    organisation.refresh_from_db()
    old = organisation.logo
    edit(member_client, logo_file=png("new.png", size=(60, 30)))
    organisation.refresh_from_db()
    assert organisation.logo != old
    assert organisation.logo.width == 60
    assert get_image_model().objects.filter(pk=old.pk).exists()


def test_a_member_removes_the_logo(member_client, organisation):
    edit(member_client, logo_file=png())
    organisation.refresh_from_db()
    image = organisation.logo
    assert edit(member_client, remove_logo="on").status_code == 302
    organisation.refresh_from_db()
    assert organisation.logo is None
    # Kept in the library: the revision before points at it.
    previous = organisation.revisions.order_by("-pk")[1]
    assert previous.as_object().logo == image


def test_without_a_logo_there_is_nothing_to_remove(member_client, organisation):
    html = member_client.get(EDIT.format(lang="en")).content.decode()
    assert 'name="logo_file"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="remove_logo"' not in html


def refused(response, organisation, member):
    """The edit came back with errors and changed nothing."""
    assert response.status_code == 200
    organisation.refresh_from_db()
    assert organisation.name != "Nazwa Nie Zapisana"
    assert organisation.logo is None
    assert not Revision.objects.filter(user=member).exists()
    assert not get_image_model().objects.exists()
    return response.content.decode()


@pytest.mark.parametrize("lang", ["pl", "uk", "en"])
def test_a_file_that_is_not_an_image_is_refused_in_the_members_language(
    member_client, member, organisation, lang
):
    not_an_image = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", "image/png")
    response = edit(member_client, lang, name="Nazwa Nie Zapisana", logo_file=not_an_image)
    html = refused(response, organisation, member)
    with translation.override(lang):
        message = str(forms.ImageField.default_error_messages["invalid_image"])
    assert message in response.context["form"].errors["logo_file"]
    # The message is next to the field and the field points at it.
    assert 'aria-describedby="id_logo_file_helptext id_logo_file_error"' in html
    assert 'id="id_logo_file_error"' in html
    assert message in html


def test_an_image_of_a_type_not_allowed_is_refused(member_client, member, organisation):
    bmp = io.BytesIO()
    Image.new("RGB", (10, 10)).save(bmp, format="BMP")
    upload = SimpleUploadedFile("logo.bmp", bmp.getvalue(), "image/bmp")
    response = edit(member_client, name="Nazwa Nie Zapisana", logo_file=upload)
    refused(response, organisation, member)
    assert "Not a supported image format" in response.context["form"].errors["logo_file"][0]


def test_an_oversize_image_is_refused(member_client, member, organisation):
    big = png("big.png", size=(1000, 1000), noise=True)
    assert big.size > LOGO_MAX_UPLOAD_BYTES
    response = edit(member_client, name="Nazwa Nie Zapisana", logo_file=big)
    html = refused(response, organisation, member)
    assert "This file is too big" in html
    assert "2.0\xa0MB" in html


def test_an_error_elsewhere_saves_neither_the_logo_nor_the_translations(
    member_client, member, organisation
):
    response = edit(member_client, themes=[], logo_file=png(), **rows(uk="Опис"))
    refused(response, organisation, member)
    assert not organisation.descriptions.exists()


def test_the_form_offers_a_translation_for_each_other_language(member_client, organisation):
    organisation.description_language = "pl"
    organisation.descriptions = [OrganisationDescription(language="uk", text="Наш опис")]
    organisation.save()
    form = member_client.get(EDIT.format(lang="en")).context["form"]
    assert [f["language"].value() for f in form.translations] == ["uk", "en"]
    assert [f["text"].value() for f in form.translations] == ["Наш опис", ""]
    html = member_client.get(EDIT.format(lang="en")).content.decode()
    assert 'lang="uk"' in html


def test_translations_are_saved_changed_and_removed_in_revisions(
    client, member_client, member, moderator, organisation
):
    edit(member_client, **rows(uk="Навчаємо польської мови.", en="We teach Polish."))
    organisation.refresh_from_db()
    texts = {d.language: d.text for d in organisation.descriptions.all()}
    assert texts == {"uk": "Навчаємо польської мови.", "en": "We teach Polish."}
    with_both = organisation.latest_revision
    assert len(with_both.content["descriptions"]) == 2

    # An empty translation is removed; the other one changes.
    edit(member_client, **rows(uk="Навчаємо дорослих.", en="  "))
    organisation.refresh_from_db()
    texts = {d.language: d.text for d in organisation.descriptions.all()}
    assert texts == {"uk": "Навчаємо дорослих."}

    # Moderators compare the versions and can go back to the one with both translations.
    client.force_login(moderator)
    compare = client.get(
        reverse(
            "wagtailsnippets_directory_organisation:revisions_compare",
            args=[organisation.pk, with_both.pk, organisation.latest_revision.pk],
        )
    )
    assert compare.status_code == 200
    html = compare.content.decode()
    assert '<span class="addition">дорослих.</span>' in html  # the changed translation
    assert "We teach Polish." in html  # the removed one
    restored = organisation.revisions.get(pk=with_both.pk).as_object()
    assert {d.language for d in restored.descriptions.all()} == {"uk", "en"}


def test_a_translation_in_the_descriptions_own_language_is_dropped(member_client, organisation):
    edit(member_client, description_language="uk", **rows(uk="Опис", en="Description"))
    organisation.refresh_from_db()
    assert [d.language for d in organisation.descriptions.all()] == ["en"]


def test_a_language_given_twice_or_unknown_is_refused(member_client, member, organisation):
    data = rows(uk="Один", en="Two")
    data["descriptions-1-language"] = "uk"
    response = edit(member_client, name="Nazwa Nie Zapisana", **data)
    refused(response, organisation, member)
    assert "Give each language" in response.content.decode()
    data["descriptions-1-language"] = "xx"
    refused(edit(member_client, name="Nazwa Nie Zapisana", **data), organisation, member)


@pytest.fixture
def other_member(django_user_model):
    """A member of another approved organisation."""
    other = OrganisationFactory(name="Cudza Fundacja", slug="cudza")
    user = django_user_model.objects.create_user(username="inny", password="secret")
    user.groups.add(Group.objects.get(name="Members"))
    other.members.add(user)
    return user, other


def test_members_cannot_edit_each_others_logo_or_translations(
    client, member, organisation, other_member
):
    other_user, other = other_member
    for user, target in ((member, other), (other_user, organisation)):
        client.force_login(user)
        url = f"{EDIT.format(lang='en')}?organisation={target.slug}"
        assert client.get(url).status_code == 403
        data = profile(name="Przejęta", logo_file=png(), **rows(uk="Przejęta"))
        assert client.post(url, data).status_code == 403
    for target in (organisation, other):
        target.refresh_from_db()
        assert target.name != "Przejęta"
        assert target.logo is None
        assert not target.descriptions.exists()
    assert not get_image_model().objects.exists()
