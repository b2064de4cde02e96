from django.urls import path

from . import files, views

app_name = "inquiries"

urlpatterns = [
    path("", views.inquiry_list, name="list"),
    path("print/", views.register_print, name="print"),
    path("new/", views.inquiry_create, name="create"),
    path("unit/<str:identifier>/", views.unit_register, name="unit"),
    path("<int:pk>/", views.inquiry_detail, name="detail"),
    path("<int:pk>/draft/", views.draft_edit, name="draft"),
    path("<int:pk>/files/", files.attachment_upload, name="attachment_upload"),
    path("<int:pk>/files/<int:attachment_pk>/", files.attachment_download, name="attachment"),
    path("<int:pk>/notes/", files.note_create, name="note_create"),
    path("<int:pk>/<slug:name>/", views.inquiry_action, name="action"),
]
