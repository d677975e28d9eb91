"""The functional administrator makes system clients: a token shown once, scopes, confidentiality level."""
from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from leefwereld.access.admin_audit import AuditedAdmin

from .models import ApiClient
from .scopes import SCOPES
from .tokens import set_token, token_renew


class ApiClientForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(label=gettext_lazy("Scopes"), choices=list(SCOPES.items()), required=False,
                                       widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = ApiClient
        fields = ["name", "acts_as", "scopes", "vertrouwelijkheid", "rate", "active"]

    def clean_rate(self):
        from rest_framework.throttling import SimpleRateThrottle

        rate = self.cleaned_data["rate"].strip()
        if rate:
            try:
                SimpleRateThrottle.parse_rate(None, rate)
            except (ValueError, KeyError, IndexError) as exc:
                raise forms.ValidationError(_("Schrijf het als aantal per tijd, bijvoorbeeld 600/min.")) from exc
        return rate


@admin.register(ApiClient)
class ApiClientAdmin(AuditedAdmin):
    form = ApiClientForm
    list_display = ["name", "acts_as", "vertrouwelijkheid", "active", "token_prefix"]
    list_filter = ["active", "vertrouwelijkheid"]
    readonly_fields = ["token_prefix"]
    actions = ["renew_token"]

    def save_model(self, request, obj, form, change):
        token = None if change else set_token(obj)
        obj.scopes = sorted(form.cleaned_data["scopes"])
        super().save_model(request, obj, form, change)
        if token:
            messages.warning(request, _("De sleutel van %(name)s, alleen nu te zien: %(token)s")
                             % {"name": obj.name, "token": token})

    @admin.action(description=gettext_lazy("Nieuwe sleutel maken (de oude werkt dan niet meer)"))
    def renew_token(self, request, queryset):
        for client in queryset:
            token = token_renew(actor=request.user, client=client)
            messages.warning(request, _("De nieuwe sleutel van %(name)s, alleen nu te zien: %(token)s")
                             % {"name": client.name, "token": token})
