from django.urls import path

from . import council_views as views

app_name = "raad"
urlpatterns = [
    path("", views.home, name="home"),
    path("vergadering/nieuw/", views.meeting_new, name="meeting_new"),
    path("vergadering/<uuid:public_id>/", views.meeting, name="meeting"),
    path("vergadering/<uuid:public_id>/verhaal/", views.meeting_story, name="meeting_story"),
    path("vergadering/<uuid:public_id>/agendapunt/", views.meeting_item, name="meeting_item"),
    path("vergadering/<uuid:public_id>/bijdrage/", views.meeting_contribute, name="meeting_contribute"),
    path("cijfers/", views.figures, name="figures"),
    path("adviezen/", views.advices, name="advices"),
    path("adviezen/nieuw/", views.advice_new, name="advice_new"),
    path("adviezen/<uuid:public_id>/", views.advice, name="advice"),
    path("adviezen/<uuid:public_id>/stap/", views.advice_step, name="advice_step"),
    path("adviezen/<uuid:public_id>/bijdrage/", views.advice_contribute, name="advice_contribute"),
]
