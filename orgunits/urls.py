from django.urls import path

from . import views

app_name = "orgunits"

urlpatterns = [
    path("", views.unit_list, name="list"),
    path("<str:identifier>/", views.unit_detail, name="detail"),
]
