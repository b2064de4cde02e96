"""URLs of the trips post (namespace `trips`)."""

from django.urls import path

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
    path("<int:pk>/notes/", case.trip_note, name="note"),
    path("<int:pk>/attachments/", case.trip_attachment, name="attachment"),
    path(
        "<int:pk>/attachments/<int:attachment_pk>/",
        case.trip_attachment_download,
        name="attachment-download",
    ),
    path("<int:pk>/settlement/", settlement.trip_settlement, name="settlement"),
    path("<int:pk>/order.pdf", settlement.trip_order_pdf, name="order-pdf"),
    path("<int:pk>/settlement.pdf", settlement.trip_settlement_pdf, name="settlement-pdf"),
]
