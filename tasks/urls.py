from django.urls import path

from . import views

app_name = "tasks"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("diff/", views.diff, name="diff"),
    path("units/<str:identifier>/pdf/", views.unit_pdf, name="unit_pdf"),
]
