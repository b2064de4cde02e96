"""The intranet's URLs; each part of the office has its own module."""

from django.contrib import admin
from django.urls import include, path

from kancelaria import views
from orgunits import views as orgunit_views
from orgunits.orgchart import views as orgchart_views

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("units/", include("orgunits.urls")),
    path("snapshots/", orgunit_views.snapshot_list, name="snapshots"),
    path("orgchart/", orgchart_views.orgchart_page, name="orgchart"),
    path("orgchart.pdf", orgchart_views.orgchart_pdf, name="orgchart-pdf"),
    path("tasks/", include("tasks.urls")),
    path("inquiries/", include("inquiries.urls")),
    path("trips/", include("trips.urls")),
]
