"""The project's URLs plus the test dossier's generic case pages."""

from django.urls import include, path

from kancelaria.cases.views import case_urlpatterns
from kancelaria.urls import urlpatterns as project_urlpatterns

from .models import Dossier

urlpatterns = [
    *project_urlpatterns,
    path("dossiers/", include((case_urlpatterns(Dossier), "casetypes"))),
]
