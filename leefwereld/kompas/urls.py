from django.urls import path

from . import views

app_name = "kompas"
urlpatterns = [
    path("", views.home, name="home"),
    path("export.csv", views.export_csv, name="csv"),
    path("export.pdf", views.export_pdf, name="pdf"),
    path("indicator/<uuid:public_id>/", views.indicator, name="indicator"),
    path("indicator/<uuid:public_id>/duiding/", views.interpret, name="interpret"),
    path("indicator/<uuid:public_id>/verhaal/", views.link_story, name="link_story"),
]
