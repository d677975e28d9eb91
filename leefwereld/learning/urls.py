from django.urls import path

from . import learn_views, views

app_name = "learning"
urlpatterns = [
    path("casus/nieuw/<uuid:person_id>/", views.story_start, name="start"),
    path("casus/<uuid:public_id>/", views.story_edit, name="edit"),
    path("casus/<uuid:public_id>/controle/", views.story_review, name="review"),
    path("casus/<uuid:public_id>/delen/", views.story_share, name="share"),
    path("gedeeld/", views.shared_list, name="shared"),
    path("gedeeld/<uuid:public_id>/", views.shared_detail, name="shared_detail"),
]

urlpatterns += [
    path("overleg/", learn_views.overleg_list, name="overleg_list"),
    path("overleg/nieuw/", learn_views.overleg_new, name="overleg_new"),
    path("overleg/<uuid:public_id>/", learn_views.overleg_detail, name="overleg_detail"),
    path("reflecties/", learn_views.reflection_list, name="reflection_list"),
    path("reflecties/nieuw/", learn_views.reflection_new, name="reflection_new"),
    path("reflecties/<uuid:public_id>/", learn_views.reflection_detail, name="reflection_detail"),
    path("reflecties/<uuid:public_id>/delen/", learn_views.reflection_share, name="reflection_share"),
    path("lessen/", learn_views.lesson_list, name="lesson_list"),
    path("lessen/nieuw/", learn_views.lesson_new, name="lesson_new"),
    path("lessen/export.json", learn_views.lessons_export, name="lessons_export"),
    path("lessen/<uuid:public_id>/", learn_views.lesson_detail, name="lesson_detail"),
    path("lessen/<uuid:public_id>/delen/", learn_views.lesson_share, name="lesson_share"),
]
