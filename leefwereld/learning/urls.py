from django.urls import path

from . import views

app_name = "learning"
urlpatterns = [
    path("casus/nieuw/<uuid:person_id>/", views.story_start, name="start"),
    path("casus/<uuid:public_id>/", views.story_edit, name="edit"),
    path("casus/<uuid:public_id>/controle/", views.story_review, name="review"),
    path("casus/<uuid:public_id>/delen/", views.story_share, name="share"),
    path("gedeeld/", views.shared_list, name="shared"),
    path("gedeeld/<uuid:public_id>/", views.shared_detail, name="shared_detail"),
]
