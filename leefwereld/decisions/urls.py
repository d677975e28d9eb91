from django.urls import path

from . import views

app_name = "decisions"
urlpatterns = [
    path("huishouden/<uuid:public_id>/", views.household, name="household"),
    path("procedure/start/<uuid:person_id>/", views.procedure_start, name="procedure_start"),
    path("procedure/<uuid:public_id>/", views.procedure_detail, name="procedure"),
    *[path(f"procedure/<uuid:public_id>/{step}/", views.procedure_step, {"step": step}, name=f"procedure_{step}")
      for step in views.PROCEDURE_STEPS],
    path("nieuw/<uuid:person_id>/", views.beschikking_new, name="new"),
    path("<uuid:public_id>/", views.beschikking_detail, name="detail"),
    path("<uuid:public_id>/voorziening/nieuw/", views.voorziening_edit, name="voorziening_add"),
    path("<uuid:public_id>/voorziening/<uuid:voorziening_id>/", views.voorziening_edit, name="voorziening_edit"),
    path("<uuid:public_id>/voorziening/<uuid:voorziening_id>/weg/", views.voorziening_remove,
         name="voorziening_remove"),
    path("<uuid:public_id>/uitleg/", views.explain, name="explain"),
    path("<uuid:public_id>/voorstellen/", views.propose, name="propose"),
    path("<uuid:public_id>/vaststellen/", views.decide, name="decide"),
    path("<uuid:public_id>/corrigeren/", views.correct, name="correct"),
    path("<uuid:public_id>/verzenden/", views.send, name="send"),
    path("<uuid:public_id>/intrekken/", views.withdraw, name="withdraw"),
    path("<uuid:public_id>/herzien/", views.revise, name="revise"),
    path("<uuid:public_id>/voorbeeld.pdf", views.preview, name="preview"),
    path("<uuid:public_id>/brief.pdf", views.letter, name="letter"),
    path("<uuid:public_id>/bezwaar/", views.bezwaar_new, name="bezwaar_new"),
    path("bezwaar/<uuid:public_id>/", views.bezwaar_detail, name="bezwaar"),
]
