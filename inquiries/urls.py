from django.urls import path

from kancelaria.cases.views import (
    CaseAttachmentAddView,
    CaseAttachmentDownloadView,
    CaseNoteAddView,
)

from . import views
from .models import Inquiry

app_name = "inquiries"

urlpatterns = [
    path("", views.inquiry_list, name="list"),
    path("print/", views.register_print, name="print"),
    path("new/", views.inquiry_create, name="create"),
    path("unit/<str:identifier>/", views.unit_register, name="unit"),
    path("<int:pk>/", views.inquiry_detail, name="detail"),
    path("<int:pk>/draft/", views.draft_edit, name="draft"),
    path(
        "<int:pk>/files/<int:attachment_pk>/",
        CaseAttachmentDownloadView.as_view(model=Inquiry),
        name="attachment",
    ),
    path("<int:pk>/files/", CaseAttachmentAddView.as_view(model=Inquiry), name="attachment-add"),
    path("<int:pk>/notes/", CaseNoteAddView.as_view(model=Inquiry), name="note-add"),
    path("<int:pk>/<slug:name>/", views.inquiry_action, name="action"),
]
