from django.urls import path

from . import views

app_name = "money"
urlpatterns = [
    path("huishouden/<uuid:public_id>/", views.household, name="household"),
    path("eenmalig/<uuid:person_id>/", views.help_new, name="help_new"),
    path("bijdrage/<uuid:person_id>/", views.bijdrage_new, name="bijdrage_new"),
    path("voorziening/<uuid:public_id>/boeken/", views.book_voorziening, name="book_voorziening"),
    path("budget/", views.team_budget, name="budget"),
    path("budget/vaststellen/", views.budget_edit, name="budget_edit"),
    path("bijdrageregels/", views.regels, name="regels"),
    path("bijdrageregels/nieuw/", views.regel_new, name="regel_new"),
    path("bijdrageregels/nieuwe-versie/", views.regel_version, name="regel_version"),
]
