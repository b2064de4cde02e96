"""The project's URLs plus the test memo's generic case pages."""

from django.urls import include, path

from kancelaria.urls import urlpatterns as project_urlpatterns

from . import views

app_patterns = (
    [path("<int:pk>/", views.detail, name="detail")],
    "testcases",
)

urlpatterns = [*project_urlpatterns, path("test-memos/", include(app_patterns))]
