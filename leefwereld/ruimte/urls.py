from django.urls import path

from . import views

app_name = "ruimte"
urlpatterns = [
    path("richtlijnen/", views.guideline_list, name="guidelines"),
    path("richtlijnen/nieuw/", views.guideline_new, name="guideline_new"),
    path("richtlijnen/<slug:code>/", views.guideline_detail, name="guideline"),
    path("richtlijnen/<slug:code>/nieuwe-versie/", views.guideline_version, name="guideline_version"),
    path("afwijking/nieuw/<uuid:person_id>/", views.deviation_new, name="deviation_new"),
    path("afwijking/<uuid:public_id>/", views.deviation_detail, name="deviation"),
    *[path(f"afwijking/<uuid:public_id>/{step}/", views.deviation_discuss, {"step": step}, name=f"deviation_{step}")
      for step in ("bespreken", "casusoverleg")],
    *[path(f"afwijking/<uuid:public_id>/{step}/", views.deviation_cover, {"step": step},
           name=f"deviation_{step.replace('-', '_')}") for step in ("dekking", "geen-dekking", "weigeren")],
    path("afwijking/<uuid:public_id>/belemmering/", views.barrier_from_deviation, name="deviation_barrier"),
    path("team/", views.team, name="team"),
    path("spreiding/", views.spread, name="spread"),
    path("belemmeringen/", views.barriers, name="barriers"),
    path("belemmeringen/nieuw/", views.barrier_new, name="barrier_new"),
    path("belemmeringen/register/", views.register, name="register"),
    path("belemmering/<uuid:public_id>/", views.barrier_detail, name="barrier"),
    path("belemmering/<uuid:public_id>/antwoord/", views.barrier_answer, name="barrier_answer"),
    path("belemmering/<uuid:public_id>/eigenaar/", views.barrier_hand_over, name="barrier_hand_over"),
]
