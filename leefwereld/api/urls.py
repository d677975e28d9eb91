from django.urls import path

from .docs import ReferenceView, SchemaView
from .views import documenten, file, samen, versioned

app_name = "api"

urlpatterns = [
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", ReferenceView.as_view(), name="docs"),
    path("personen/", file.PersonList.as_view(), name="personen"),
    path("personen/<uuid:public_id>/", file.PersonDetail.as_view(), name="persoon"),
    path("huishoudens/<uuid:public_id>/", file.HouseholdDetail.as_view(), name="huishouden"),
    path("vragen/", file.VraagList.as_view(), name="vragen"),
    path("vragen/<uuid:public_id>/", file.VraagDetail.as_view(), name="vraag"),
    path("contactmomenten/", file.ContactmomentList.as_view(), name="contactmomenten"),
    path("gesprekken/", file.GesprekList.as_view(), name="gesprekken"),
    path("gesprekken/<uuid:public_id>/", file.GesprekDetail.as_view(), name="gesprek"),
    path("metingen/", file.AssessmentList.as_view(), name="metingen"),
    path("plannen/", versioned.PlanList.as_view(), name="plannen"),
    path("plannen/<uuid:public_id>/", versioned.PlanDetail.as_view(), name="plan"),
    path("plannen/<uuid:public_id>/doelen/", versioned.GoalCreate.as_view(), name="doelen"),
    path("procedures/", versioned.ProcedureList.as_view(), name="procedures"),
    path("procedures/<uuid:public_id>/", versioned.ProcedureDetail.as_view(), name="procedure"),
    path("beschikkingen/", versioned.BeschikkingList.as_view(), name="beschikkingen"),
    path("beschikkingen/<uuid:public_id>/", versioned.BeschikkingDetail.as_view(), name="beschikking"),
    path("beschikkingen/<uuid:public_id>/vaststellen/", versioned.BeschikkingDecide.as_view(), name="vaststellen"),
    path("beschikkingen/<uuid:public_id>/voorzieningen/", versioned.VoorzieningCreate.as_view(),
         name="voorzieningen"),
    path("beschikkingen/<uuid:public_id>/voorzieningen/<uuid:voorziening_id>/", versioned.VoorzieningDetail.as_view(),
         name="voorziening"),
    path("verwijzingen/", samen.ReferralList.as_view(), name="verwijzingen"),
    path("verwijzingen/<uuid:public_id>/", samen.ReferralDetail.as_view(), name="verwijzing"),
    path("grondslagen/", samen.GroundList.as_view(), name="grondslagen"),
    path("grondslagen/<uuid:public_id>/", samen.GroundDetail.as_view(), name="grondslag"),
    path("grondslagen/<uuid:public_id>/intrekken/", samen.GroundWithdraw.as_view(), name="intrekken"),
    path("sociale-kaart/", samen.KaartList.as_view(), name="kaart"),
    path("sociale-kaart/<uuid:public_id>/", samen.KaartDetail.as_view(), name="kaart_entry"),
    path("documenten/", documenten.DocumentList.as_view(), name="documenten"),
    path("documenten/<uuid:public_id>/", documenten.DocumentDetail.as_view(), name="document"),
    path("documenten/<uuid:public_id>/inhoud/", documenten.DocumentContent.as_view(), name="document_inhoud"),
    path("logboek/", samen.AuditList.as_view(), name="logboek"),
]
