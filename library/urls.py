from django.urls import path

from library.submissions import SubmitMaterialView

# Before Wagtail's page serving: /{lang}/library/ itself is the library's index page.
urlpatterns = [path("library/submit/", SubmitMaterialView.as_view(), name="library_submit")]
