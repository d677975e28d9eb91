"""The password policy and the page to change one's own password."""
import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from leefwereld.accounts.validators import RepeatedCharacterValidator
from leefwereld.audit.models import AuditEvent


@pytest.mark.parametrize("password,refused", [
    ("zonnig-weer-morgen", False), ("aaa-bbb-ccc-ddd", False), ("zonnig-weeeeer", True), ("12-1111-xyz", True)])
def test_long_runs_of_one_character_are_refused(password, refused):
    validator = RepeatedCharacterValidator(max_run=3)
    if refused:
        with translation.override("nl"), pytest.raises(ValidationError, match="hetzelfde teken"):
            validator.validate(password)
    else:
        validator.validate(password)


def test_the_policy_refuses_short_common_repeated_and_name_like_passwords(pro):
    pro.username, pro.email = "fatima.elamrani", "f.el-amrani@zandhoven.example"

    def errors(password):
        try:
            with translation.override("nl"):
                password_validation.validate_password(password, user=pro)
        except ValidationError as error:
            return " ".join(error.messages)
        return ""

    assert "te kort" in errors("kort-1")
    assert "te algemeen" in errors("password1234")
    assert "hetzelfde teken" in errors("mijn-wachtwoord-!!!!")
    assert "lijkt te veel op de gebruikersnaam" in errors("fatima.elamrani!")
    assert "lijkt te veel op de e-mailadres" in errors("f.el-amrani@zandhoven")
    assert errors("paarse-fiets-op-zolder") == ""


def test_change_own_password(client_for, pro):
    client = client_for(pro)
    assert client.get(reverse("workspace:password_change")).status_code == 200
    bad = client.post(reverse("workspace:password_change"), {
        "old_password": "test-password-123", "new_password1": "zzzzzzzzzzzzzz", "new_password2": "zzzzzzzzzzzzzz"})
    assert bad.status_code == 200 and "hetzelfde teken" in bad.content.decode()
    wrong_old = client.post(reverse("workspace:password_change"), {
        "old_password": "nope", "new_password1": "paarse-fiets-op-zolder", "new_password2": "paarse-fiets-op-zolder"})
    assert wrong_old.status_code == 200
    ok = client.post(reverse("workspace:password_change"), {
        "old_password": "test-password-123", "new_password1": "paarse-fiets-op-zolder",
        "new_password2": "paarse-fiets-op-zolder"})
    assert ok.status_code == 302 and ok["Location"] == reverse("workspace:account")
    pro.refresh_from_db()
    assert pro.check_password("paarse-fiets-op-zolder")
    # still signed in, second factor included
    assert client.get(reverse("workspace:werkvoorraad")).status_code == 200
    assert [e.actor for e in AuditEvent.objects.filter(action="security.password_changed")] == [pro]
