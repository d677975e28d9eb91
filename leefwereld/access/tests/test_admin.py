"""The functional administrator's admin at /beheer/: open by role only, every change audited with old and new."""
import pytest
from django.urls import reverse
from django_otp.oath import TOTP

from leefwereld.accounts.models import Role, Team, User
from leefwereld.accounts.tests.factories import TeamFactory
from leefwereld.accounts.tests.helpers import linked_app, login_verified
from leefwereld.audit.models import AuditEvent
from leefwereld.conversations.models import Domain, Instrument
from leefwereld.core.models import OutcomeTag
from leefwereld.kompas.defaults import install_default_kompas
from leefwereld.kompas.models import Activity, Indicator, Result, Survey
from leefwereld.learning.models import Mensbeeld

MODELS = [("accounts", "team"), ("accounts", "user"), ("conversations", "instrument"), ("learning", "mensbeeld"),
          ("kompas", "result"), ("kompas", "survey")]


def rows():
    return list(AuditEvent.objects.filter(action="beheer.manage").order_by("id"))


@pytest.fixture
def admin_client(client, beheerder):
    login_verified(client, beheerder)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("app, model", MODELS)
def test_each_model_opens_for_the_administrator(admin_client, app, model, team):
    Instrument.objects.get_or_create(name="Huizen")
    Survey.objects.get_or_create(year=2025, wet="wmo", defaults={"title": "Onderzoek"})
    install_default_kompas(Result, Activity, Indicator, OutcomeTag)
    obj = {"team": Team, "user": User, "instrument": Instrument, "mensbeeld": Mensbeeld, "result": Result,
           "survey": Survey}[model].objects.first()
    for url in (reverse(f"admin:{app}_{model}_changelist"), reverse(f"admin:{app}_{model}_add"),
                reverse(f"admin:{app}_{model}_change", args=[obj.pk])):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "Leefwereld beheer" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["pro", "teamleider"])
def test_professionals_and_team_leaders_are_refused(client, request, who):
    """Not even with Django's staff and superuser flags: the role decides (404, as elsewhere)."""
    user = request.getfixturevalue(who)
    user.is_staff = user.is_superuser = True
    user.save()
    login_verified(client, user)
    for url in (reverse("admin:index"), reverse("admin:accounts_team_changelist"),
                reverse("admin:accounts_user_change", args=[user.pk]), reverse("admin:login")):
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("admin:accounts_team_add"), {"name": "Nieuw"}).status_code == 404
    assert not Team.objects.filter(name="Nieuw").exists()


@pytest.mark.django_db
def test_logging_in_goes_through_the_apps_own_login_page(client):
    response = client.get(reverse("admin:index"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("workspace:login") + "?next=/beheer/"
    assert response.status_code == 200 and 'name="password"' in response.content.decode()
    response = client.get(reverse("admin:login"))
    assert response.url == reverse("workspace:login") + "?next=/beheer/"


@pytest.mark.django_db
@pytest.mark.parametrize("who, landing", [("pro", "workspace:werkvoorraad"),
                                          ("teamleider", "workspace:werkvoorraad"),
                                          ("beheerder", "admin:index")])
def test_each_role_lands_where_it_can_work(client, request, who, landing):
    login_verified(client, request.getfixturevalue(who))
    response = client.get(reverse("home"))
    assert response.status_code == 302 and response.url == reverse(landing)
    assert client.get(response.url).status_code == 200


@pytest.mark.django_db
def test_login_redirects_to_the_landing_page(client, beheerder):
    beheerder.set_password("een-lang-wachtwoord")
    beheerder.save()
    device = linked_app(beheerder)
    client.post(reverse("workspace:login"), {"username": beheerder.username, "password": "een-lang-wachtwoord"})
    code = f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"
    response = client.post(reverse("workspace:login_code"), {"code": code}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("admin:index")


@pytest.mark.django_db
def test_changing_a_team_records_old_and_new_values(admin_client, beheerder):
    team = TeamFactory(name="Wijkteam Oost", area="Oosterpark", phone="0412 1")
    response = admin_client.post(reverse("admin:accounts_team_change", args=[team.pk]),
                                 {"name": "Wijkteam Oost", "area": "Oosterpark en Dorp", "phone": "0412 1"})
    assert response.status_code == 302
    [row] = rows()
    assert row.actor == beheerder and row.object_type == "accounts.team"
    assert row.object_ref == str(team.public_id)
    assert row.detail["change"] == "changed"
    assert row.detail["fields"] == {"area": {"old": "Oosterpark", "new": "Oosterpark en Dorp"}}


@pytest.mark.django_db
def test_adding_a_user_with_a_role_is_audited_without_the_password(admin_client, team):
    response = admin_client.post(reverse("admin:accounts_user_add"), {
        "username": "kees", "usable_password": "true", "password1": "een-heel-lang-wachtwoord",
        "password2": "een-heel-lang-wachtwoord", "first_name": "Kees", "last_name": "Bakker",
        "role": Role.TEAMLEIDER, "team": team.pk, "discipline": "", "phone": "0412 3",
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    kees = User.objects.get(username="kees")
    assert kees.role == Role.TEAMLEIDER and kees.team == team
    [row] = rows()
    fields = row.detail["fields"]
    assert row.detail["change"] == "added"
    assert fields["role"] == {"old": None, "new": "teamleider"}
    assert fields["team"] == {"old": None, "new": str(team)}
    assert fields["password"] == {"old": None, "new": "********"}
    assert kees.password not in str(row.detail)


@pytest.mark.django_db
def test_changing_a_role_records_old_and_new(admin_client, pro):
    response = admin_client.get(reverse("admin:accounts_user_change", args=[pro.pk]))
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(role=Role.TEAMLEIDER, is_active="on", date_joined_0="", date_joined_1="")
    data.pop("password", None)
    data.pop("last_login", None)
    data.pop("date_joined", None)
    response = admin_client.post(reverse("admin:accounts_user_change", args=[pro.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    [row] = rows()
    assert row.detail["fields"] == {"role": {"old": "professional", "new": "teamleider"}}


@pytest.mark.django_db
def test_password_change_is_audited_without_the_hash(admin_client, pro):
    old_hash = pro.password
    response = admin_client.post(reverse("admin:auth_user_password_change", args=[pro.pk]), {
        "password1": "nog-een-lang-wachtwoord", "password2": "nog-een-lang-wachtwoord",
        "usable_password": "true"})
    assert response.status_code == 302
    pro.refresh_from_db()
    assert pro.check_password("nog-een-lang-wachtwoord")
    [row] = rows()
    assert row.detail["fields"] == {"password": {"old": "********", "new": "********"}}
    assert old_hash not in str(row.detail) and pro.password not in str(row.detail)


@pytest.mark.django_db
def test_the_change_form_shows_no_password_hash(admin_client, pro):
    content = admin_client.get(reverse("admin:accounts_user_change", args=[pro.pk])).content.decode()
    assert "Wachtwoord ingesteld" in content
    assert pro.password.split("$")[-1][:6] not in content
    assert "salt" not in content.lower()


@pytest.mark.django_db
def test_instrument_domains_and_levels_are_audited_row_by_row(admin_client):
    instrument = Instrument.objects.create(name="Eigen instrument")
    domain = Domain.objects.create(instrument=instrument, name="Wonen", order=1)
    data = {
        "name": "Eigen instrument", "description": "", "active": "on",
        "domains-TOTAL_FORMS": "2", "domains-INITIAL_FORMS": "1", "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
        "domains-0-id": domain.pk, "domains-0-instrument": instrument.pk, "domains-0-order": "1",
        "domains-0-name": "Wonen en huisvesting",
        "domains-1-instrument": instrument.pk, "domains-1-order": "2", "domains-1-name": "Financiën",
        "levels-TOTAL_FORMS": "1", "levels-INITIAL_FORMS": "0", "levels-MIN_NUM_FORMS": "0",
        "levels-MAX_NUM_FORMS": "1000",
        "levels-0-instrument": instrument.pk, "levels-0-value": "1", "levels-0-name": "Acute problematiek",
        "levels-0-description": "Eigen tekst van de gemeente",
    }
    response = admin_client.post(reverse("admin:conversations_instrument_change", args=[instrument.pk]), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    details = [(r.object_type, r.detail["change"], r.detail["fields"]) for r in rows()]
    assert ("conversations.domain", "changed",
            {"name": {"old": "Wonen", "new": "Wonen en huisvesting"}}) in details
    assert ("conversations.domain", "added",
            {"instrument": {"old": None, "new": "Eigen instrument"}, "name": {"old": None, "new": "Financiën"},
             "order": {"old": None, "new": 2}}) in details
    added_level = next(d for d in details if d[0] == "conversations.level")
    assert added_level[2]["description"] == {"old": None, "new": "Eigen tekst van de gemeente"}
    # The instrument itself did not change: saved, but no row for it.
    assert not any(d[0] == "conversations.instrument" for d in details)
    assert len(details) == 3


@pytest.mark.django_db
def test_deleting_a_team_still_in_use_explains_instead_of_failing(admin_client, pro, person):
    team = pro.team
    url = reverse("admin:accounts_team_delete", args=[team.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "gebruikers: " in content.lower() and "huishoudens: 1" in content.lower()
    # No resident data on the page: related rows are counted, not named.
    assert person.family_name not in content
    response = admin_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert Team.objects.filter(pk=team.pk).exists()
    assert rows() == []


@pytest.mark.django_db
def test_deleting_a_team_not_in_use_is_audited_with_its_old_values(admin_client):
    team = TeamFactory(name="Wijkteam Weg", area="Nergens")
    response = admin_client.post(reverse("admin:accounts_team_delete", args=[team.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Team.objects.filter(pk=team.pk).exists()
    [row] = rows()
    assert row.detail["change"] == "deleted"
    assert row.detail["fields"]["name"] == {"old": "Wijkteam Weg", "new": None}
    assert row.detail["fields"]["area"] == {"old": "Nergens", "new": None}


@pytest.mark.django_db
def test_bulk_delete_writes_one_row_per_object(admin_client):
    teams = [TeamFactory(), TeamFactory()]
    response = admin_client.post(reverse("admin:accounts_team_changelist"), {
        "action": "delete_selected", "_selected_action": [t.pk for t in teams], "post": "yes"})
    assert response.status_code == 302
    assert not Team.objects.filter(pk__in=[t.pk for t in teams]).exists()
    assert sorted(r.object_ref for r in rows()) == sorted(str(t.public_id) for t in teams)


@pytest.mark.django_db
def test_a_user_with_history_cannot_be_deleted_but_is_explained(admin_client, pro, beheerder):
    TeamFactory(name="Ander team")
    admin_client.post(reverse("admin:accounts_team_add"), {"name": "Nog een team"})  # a row by the admin
    response = admin_client.post(reverse("admin:accounts_user_delete", args=[beheerder.pk]), {"post": "yes"})
    assert response.status_code == 200
    assert "logboek: 1" in response.content.decode().lower()
    assert User.objects.filter(pk=beheerder.pk).exists()


@pytest.mark.django_db
def test_no_resident_data_is_in_the_admin():
    from django.contrib import admin

    from leefwereld.access.checks import REFERENCE_MODELS, RESIDENT_APPS

    for model in admin.site._registry:
        label = model._meta.label
        assert model._meta.app_label not in RESIDENT_APPS or label in REFERENCE_MODELS, label


@pytest.mark.django_db
def test_the_administrators_own_password_change_is_audited(admin_client, beheerder):
    response = admin_client.post(reverse("admin:password_change"), {
        "old_password": "test-password-123", "new_password1": "mijn-nieuwe-lange-zin",
        "new_password2": "mijn-nieuwe-lange-zin"})
    assert response.status_code == 302
    beheerder.refresh_from_db()
    assert beheerder.check_password("mijn-nieuwe-lange-zin")
    [row] = rows()
    assert row.detail["change"] == "password" and row.object_ref == str(beheerder.pk)
    assert beheerder.password not in str(row.detail)


@pytest.mark.django_db
def test_djangos_own_change_log_is_not_kept(admin_client):
    """One record of changes: Leefwereld's append-only audit log, not a second, deletable LogEntry table."""
    from django.contrib.admin.models import LogEntry

    admin_client.post(reverse("admin:accounts_team_add"), {"name": "Wijkteam Log"})
    assert Team.objects.filter(name="Wijkteam Log").exists()
    assert LogEntry.objects.count() == 0
    assert len(rows()) == 1


@pytest.mark.django_db
def test_deleting_an_inline_level_is_audited_with_its_old_text(admin_client):
    from leefwereld.conversations.models import Level

    instrument = Instrument.objects.create(name="Met niveaus")
    level = Level.objects.create(instrument=instrument, value=1, name="Acuut", description="Oude tekst")
    data = {
        "name": "Met niveaus", "description": "", "active": "on",
        "domains-TOTAL_FORMS": "0", "domains-INITIAL_FORMS": "0", "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
        "levels-TOTAL_FORMS": "1", "levels-INITIAL_FORMS": "1", "levels-MIN_NUM_FORMS": "0",
        "levels-MAX_NUM_FORMS": "1000", "levels-0-id": level.pk, "levels-0-instrument": instrument.pk,
        "levels-0-value": "1", "levels-0-name": "Acuut", "levels-0-description": "Oude tekst",
        "levels-0-DELETE": "on",
    }
    response = admin_client.post(reverse("admin:conversations_instrument_change", args=[instrument.pk]), data)
    assert response.status_code == 302
    assert not Level.objects.filter(pk=level.pk).exists()
    [row] = rows()
    assert row.object_type == "conversations.level" and row.object_ref == str(level.pk)
    assert row.detail["change"] == "deleted"
    assert row.detail["fields"]["description"] == {"old": "Oude tekst", "new": None}


@pytest.mark.django_db
def test_logging_out_of_the_admin_goes_through_the_apps_own_logout(admin_client):
    content = admin_client.get(reverse("admin:index")).content.decode()
    assert f'action="{reverse("workspace:logout")}"' in content
    assert reverse("admin:logout") not in content
    response = admin_client.post(reverse("workspace:logout"))
    assert response.status_code == 302
    assert admin_client.get(reverse("admin:index")).status_code == 302


@pytest.mark.django_db
def test_another_apps_admin_class_gets_the_role_check_and_the_audit(rf, beheerder, pro):
    """An app that registers a plain ModelAdmin (django-axes does) is usable by the administrator and audited."""
    from django.contrib import admin

    from leefwereld.access.admin_audit import AuditedAdmin
    from leefwereld.access.admin_site import BeheerSite

    class PlainTeamAdmin(admin.ModelAdmin):
        pass

    site = BeheerSite(name="proef")
    site.register(Team, PlainTeamAdmin)
    model_admin = site._registry[Team]
    assert isinstance(model_admin, AuditedAdmin) and isinstance(model_admin, PlainTeamAdmin)
    request = rf.get("/")
    request.user = beheerder
    assert model_admin.has_change_permission(request) and model_admin.has_delete_permission(request)
    request.user = pro
    assert not model_admin.has_view_permission(request)
