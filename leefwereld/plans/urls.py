from django.urls import path

from . import views

app_name = "plans"
urlpatterns = [
    path("start/<uuid:person_id>/", views.plan_start, name="start"),
    path("meekijken/", views.reviews, name="reviews"),
    path("meekijken/<uuid:review_id>/", views.review, name="review"),
    path("<uuid:public_id>/", views.plan_detail, name="detail"),
    path("<uuid:public_id>/doel/nieuw/", views.goal_edit, name="goal_add"),
    path("<uuid:public_id>/doel/<uuid:goal_id>/", views.goal_edit, name="goal_edit"),
    path("<uuid:public_id>/doel/<uuid:goal_id>/weg/", views.goal_remove, name="goal_remove"),
    path("<uuid:public_id>/doel/<uuid:goal_id>/actie/nieuw/", views.action_edit, name="action_add"),
    path("<uuid:public_id>/doel/<uuid:goal_id>/actie/<uuid:action_id>/", views.action_edit, name="action_edit"),
    path("<uuid:public_id>/actie/<uuid:action_id>/stand/", views.action_status, name="action_status"),
    path("<uuid:public_id>/regie/", views.regie, name="regie"),
    path("<uuid:public_id>/gegevens/", views.details, name="details"),
    path("<uuid:public_id>/voorleggen/", views.submit, name="submit"),
    path("<uuid:public_id>/inwoner/", views.agreement, name="agreement"),
    path("<uuid:public_id>/versies/", views.versions, name="versions"),
    path("<uuid:public_id>/evaluatie/", views.evaluate, name="evaluate"),
]
