from django.urls import path

from . import survey_views, views

app_name = "kompas"
urlpatterns = [
    path("", views.home, name="home"),
    path("export.csv", views.export_csv, name="csv"),
    path("export.pdf", views.export_pdf, name="pdf"),
    path("indicator/<uuid:public_id>/", views.indicator, name="indicator"),
    path("indicator/<uuid:public_id>/duiding/", views.interpret, name="interpret"),
    path("indicator/<uuid:public_id>/verhaal/", views.link_story, name="link_story"),
]

urlpatterns += [
    path("ervaring/", survey_views.surveys, name="surveys"),
    path("ervaring/<uuid:public_id>/", survey_views.survey, name="survey"),
    path("ervaring/<uuid:public_id>/invoeren/", survey_views.survey_enter, name="survey_enter"),
    path("ervaring/<uuid:public_id>/mijn-leefwereld/", survey_views.survey_portal, name="survey_portal"),
    path("ervaring/<uuid:public_id>/rapport.pdf", survey_views.survey_pdf, name="survey_pdf"),
]
