"""Fixtures of the library's tests: the section, its readers, real generated files and
uploads through the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from library import sample_files
from library.factories import LibraryDocumentFactory, LibraryIndexPageFactory

ADD_URL = "/admin/documents/add/"

POLISH_PAGE = (
    "Poradnik dla organizacji pomagających: wsparcie uchodźców z Ukrainy w Lublinie, "
    "zakwaterowanie, nauka języka i zatrudnienie."
)
UKRAINIAN_PAGE = "Друга сторінка: безкоштовні консультації для біженців у Ґданську."


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test stores its uploads in a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_user(django_user_model, db):
    """pytest-django's superuser (behind ``admin_client``), reading the admin in English.

    The admin otherwise speaks the site's default language, Polish; the tests read the
    English source of the messages, whatever the catalogues hold.
    """
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "password")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def guide_pdf():
    """A two-page PDF: Polish on the first page, Ukrainian on the second."""
    return sample_files.pdf_bytes([POLISH_PAGE, UKRAINIAN_PAGE])


@pytest.fixture
def editor(django_user_model, db):
    """A member of the Editors group (cms/migrations/0003), who may upload documents."""
    user = django_user_model.objects.create_user(username="redakcja", password="secret")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """Uploads a file through Wagtail's add-document view; the extraction runs on commit."""

    def post(client, name, content, title=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                ADD_URL,
                {
                    "title": title or name,
                    "file": SimpleUploadedFile(name, content),
                    "collection": Collection.get_first_root_node().pk,
                },
                follow=True,
            )

    return post


@pytest.fixture
def library_index(homes):
    """The Polish library section at /pl/library/."""
    return LibraryIndexPageFactory(parent=homes["pl"])


@pytest.fixture
def user_in_group(django_user_model):
    """Makes a user in the named group (the groups come from cms/migrations/0003)."""

    def make(group_name, username=None):
        # Tests log in with force_login, so the account needs no password.
        user = django_user_model.objects.create_user(
            username=username or group_name.lower().replace(" ", "-")
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def member(user_in_group):
    return user_in_group("Members", username="member")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def document(db):
    return LibraryDocumentFactory(title="Poradnik PDF")
