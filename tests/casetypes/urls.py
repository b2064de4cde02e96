"""The project's URLs plus the test memo's generic case pages."""

from django.urls import include, path

from kancelaria.cases.views import case_urlpatterns
from kancelaria.urls import urlpatterns as project_urlpatterns

from .models import Memo

urlpatterns = [
    *project_urlpatterns,
    path("test-memos/", include((case_urlpatterns(Memo), "testcases"))),
]
