from django.urls import path

from . import report, views

app_name = "toezicht"
urlpatterns = [
    path("noodtoegang/", views.noodtoegang, name="noodtoegang"),
    path("noodtoegang/<uuid:public_id>/gezien/", views.noodtoegang_seen, name="noodtoegang_seen"),
    path("toezicht/", views.report_page, name="ongebruikelijk"),
    *[path(f"toezicht/{kind}/", views.report_rows, {"kind": kind}, name=f"rows_{kind}") for kind in report.KINDS],
]
