from django.urls import path

from . import professional, views

app_name = "portal"
urlpatterns = [
    path("mijn/inloggen/", views.start, name="start"),
    path("oidc/authenticate/", views.oidc_authenticate, name="oidc_authenticate"),
    path("oidc/callback/", views.oidc_callback, name="oidc_callback"),
    path("mijn/kies/", views.kies, name="kies"),
    path("mijn/uitloggen/", views.uitloggen, name="uitloggen"),
    path("mijn/", views.home, name="home"),
    path("mijn/plan/", views.plan, name="plan"),
    path("mijn/plan/actie/<uuid:action_id>/gedaan/", views.action_done, name="action_done"),
    path("mijn/besluiten/", views.besluiten, name="besluiten"),
    path("mijn/besluiten/<uuid:public_id>/brief.pdf", views.brief, name="brief"),
    path("mijn/documenten/", views.documenten, name="documenten"),
    path("mijn/documenten/<uuid:public_id>/", views.document, name="document"),
    path("mijn/wie/", views.wie, name="wie"),
    path("mijn/berichten/", views.berichten, name="berichten"),
    path("mijn/toestemming/", views.toestemming, name="toestemming"),
    path("mijn/toestemming/<uuid:public_id>/intrekken/", views.toestemming_intrekken, name="toestemming_intrekken"),
    path("mijn/communicatie/", views.communicatie, name="communicatie"),
    path("mijn/ervaring/<uuid:public_id>/", views.ervaring, name="ervaring"),
    path("mijn/ervaring/<uuid:public_id>/nee/", views.ervaring_nee, name="ervaring_nee"),
    path("mijn/inzage/", views.inzage_page, name="inzage"),
    path("mijn/inzage.json", views.inzage_json, name="inzage_json"),
    path("mijn/inzage.pdf", views.inzage_pdf, name="inzage_pdf"),
    path("mijn/inzage/klaarmaken/", views.inzage_klaarmaken, name="inzage_klaarmaken"),
    path("mijn/inzage/<uuid:public_id>/inzage.pdf", views.inzage_klaar, {"kind": "pdf"}, name="inzage_klaar_pdf"),
    path("mijn/inzage/<uuid:public_id>/inzage.json", views.inzage_klaar, {"kind": "json"}, name="inzage_klaar_json"),
    # The professional's side: a resident's messages and correction requests.
    path("inwoners/<uuid:public_id>/berichten/", professional.thread, name="thread"),
    path("inwoners/<uuid:public_id>/vertegenwoordigers/", professional.vertegenwoordigers, name="vertegenwoordigers"),
    path("inwoners/correctie/<uuid:public_id>/", professional.correctie, name="correctie"),
]
