"""URLs of the trips post (namespace `trips`)."""

from django.urls import path

from kancelaria.cases.views import CaseAttachmentDownloadView, CaseNoteAddView

from .models import Trip
from .views import analysis, case, register, settlement

app_name = "trips"

urlpatterns = [
    path("", register.trip_list, name="list"),
    path("export.<str:fmt>", register.trip_export, name="export"),
    path("late/", register.late_list, name="late"),
    path("analysis/", analysis.analysis_page, name="analysis"),
    path("analysis.pdf", analysis.analysis_pdf, name="analysis-pdf"),
    path("new/", case.trip_create, name="create"),
    path("<int:pk>/", case.trip_detail, name="detail"),
    path("<int:pk>/step/<str:step>/", case.trip_step, name="step"),
    path("<int:pk>/decide/<str:decision>/", case.trip_decide, name="decide"),
    path("<int:pk>/return/", case.trip_return, name="return"),
    path("<int:pk>/order/", case.trip_order, name="order"),
    path("<int:pk>/report/", case.trip_report, name="report"),
    path("<int:pk>/notes/", CaseNoteAddView.as_view(model=Trip), name="note-add"),
    path("<int:pk>/files/", case.TripAttachmentAddView.as_view(model=Trip), name="attachment-add"),
    path(
        "<int:pk>/files/<int:attachment_pk>/",
        CaseAttachmentDownloadView.as_view(model=Trip),
        name="attachment",
    ),
    path("<int:pk>/settlement/", settlement.trip_settlement, name="settlement"),
    path("<int:pk>/order.pdf", settlement.trip_order_pdf, name="order-pdf"),
    path("<int:pk>/settlement.pdf", settlement.trip_settlement_pdf, name="settlement-pdf"),
]
