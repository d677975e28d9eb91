from django.urls import path

from .views import escalation, kaart, referrals, sharing, team

app_name = "coordination"
urlpatterns = [
    path("kaart/", kaart.kaart, name="kaart"),
    path("kaart/importeren/", kaart.kaart_import_view, name="kaart_import"),
    path("kaart/sociale-kaart.csv", kaart.kaart_export, name="kaart_export"),
    path("plan/<uuid:public_id>/doel/<uuid:goal_id>/kaart/", kaart.goal_kaart, name="goal_kaart"),
    path("plan/<uuid:public_id>/doel/<uuid:goal_id>/kaart/<uuid:entry_id>/", kaart.goal_kaart_pick,
         name="goal_kaart_pick"),
    path("plan/<uuid:public_id>/escaleren/", escalation.escalation_new, name="escalation_new"),
    path("plan/<uuid:public_id>/veiligheidsplan/", sharing.veiligheidsplan_edit, name="veiligheidsplan"),
    path("huishouden/<uuid:public_id>/", sharing.household_page, name="household"),
    path("huishouden/<uuid:public_id>/grondslag/", sharing.ground_new, name="ground_new"),
    path("huishouden/<uuid:public_id>/verwijzing/", sharing.referral_new, name="referral_new"),
    path("grondslag/<uuid:public_id>/intrekken/", sharing.ground_withdraw, name="ground_withdraw"),
    path("grondslag/<uuid:public_id>/gezien/", sharing.safety_seen, name="safety_seen"),
    path("verwijzing/<uuid:public_id>/", referrals.referral_detail, name="referral"),
    path("verwijzing/<uuid:public_id>/antwoord/", referrals.referral_respond, name="referral_respond"),
    path("verwijzing/<uuid:public_id>/datum/", referrals.referral_accept_date, name="referral_accept_date"),
    path("partner/", referrals.partner_inbox, name="inbox"),
    path("escalatie/<uuid:public_id>/", escalation.escalation_detail, name="escalation"),
    path("collectief/", team.signals, name="collectief"),
    path("team/tijd/", team.team_time, name="team_time"),
]
