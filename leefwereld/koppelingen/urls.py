from django.urls import path

from . import views

app_name = "koppelingen"
urlpatterns = [
    path("huishouden/<uuid:public_id>/", views.household, name="household"),
    path("berichten/<int:pk>/", views.bericht, name="bericht"),
    path("aanbieders/<str:agb_code>/", views.aanbieder, name="aanbieder"),
    path("beheer/", views.beheer, name="beheer"),
    path("beheer/aanbieders/<str:agb_code>/", views.beheer_aanbieder, name="beheer_aanbieder"),
]
