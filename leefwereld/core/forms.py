"""Form helpers every app uses: NL Design System classes, plain-text checks, dates, versions."""
import datetime as dt
import uuid

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .datum import datum
from .once import FIELD as ONCE_FIELD
from .validators import validate_no_markup

# First match wins: CheckboxSelectMultiple is a subclass of RadioSelect, so it must come before it.
WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
    forms.HiddenInput: "",
}
TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"
COUNTER_LEFT = _("nog %s tekens")
COUNTER_OVER = _("%s tekens te veel")
TOO_LONG = _("Deze tekst is te lang: maximaal %(limit_value)d tekens. Nu: %(show_value)d.")


class FormRenderer(TemplatesSetting):
    """Render every form with the NL Design System form-field markup (templates/forms/)."""

    form_template_name = "forms/div.html"
    field_template_name = "forms/field.html"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class LeefwereldFormMixin:
    """Every form: NL Design System classes, and no markup in any text field (message at that field)."""

    # The server checks and explains; a browser's own popup or red empty field only confuses.
    use_required_attribute = False

    # A random token per form, so sending it twice saves once (core/once.py). Forms that only find
    # things (search, filters) say once = False.
    once = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.once:
            self.fields[ONCE_FIELD] = forms.UUIDField(required=False, widget=forms.HiddenInput,
                                                      initial=uuid.uuid4)
        self.style_fields()

    def style_fields(self):
        """Apply classes and messages; forms that add fields after __init__ call this again."""
        for field in self.fields.values():
            widget = field.widget
            css = next((c for t, c in WIDGET_CLASSES.items() if isinstance(widget, t)), TEXTBOX)
            if css and css not in widget.attrs.get("class", ""):
                widget.attrs["class"] = (widget.attrs.get("class", "") + " " + css).strip()
            if isinstance(field, forms.DateField) and plausible_date not in field.validators:
                field.validators.append(plausible_date)
            if isinstance(field, forms.CharField) and field.max_length and not isinstance(widget, forms.HiddenInput):
                # The browser would silently cut longer text; let the server say it clearly instead.
                widget.attrs.pop("maxlength", None)
                field.error_messages["max_length"] = TOO_LONG
                if isinstance(widget, forms.Textarea):  # app.js shows what is left, in the reader's language
                    widget.attrs.update({"data-max-length": field.max_length, "data-counter-left": COUNTER_LEFT,
                                         "data-counter-over": COUNTER_OVER})

    def clean(self):
        cleaned = super().clean()
        cleaned.pop(ONCE_FIELD, None)  # the middleware's business, never a service's
        for name, value in list(cleaned.items()):
            if isinstance(value, str) and value:
                try:
                    validate_no_markup(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned

    def add_application_error(self, error):
        """Show a service's ApplicationError next to its field, or at the top of the form."""
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)


EARLIEST_DATE = dt.date(1900, 1, 1)
YEARS_AHEAD = 50
RECENT_DAYS = 366


def plausible_date(value):
    """Every date field: no year 0001 or 3000 from a slip of the keyboard."""
    if value is None:
        return
    if value < EARLIEST_DATE:
        raise forms.ValidationError(_("Deze datum ligt voor 1900. Controleer het jaartal."))
    if value.year > timezone.localdate().year + YEARS_AHEAD:
        raise forms.ValidationError(_("Deze datum ligt te ver in de toekomst. Controleer het jaartal."))


def not_in_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("Deze datum ligt in de toekomst. Vul de datum van vandaag of eerder in."))


def happened_recently(value):
    """Something that happened and is being recorded now: not in the future, not years ago."""
    not_in_future(value)
    if value and value < timezone.localdate() - dt.timedelta(days=RECENT_DAYS):
        raise forms.ValidationError(_("Deze datum ligt meer dan een jaar terug. Controleer het jaartal."))


class VersionField(forms.IntegerField):
    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(min_value=1, **kwargs)


def conflict_rows(form, current):
    """(label, value) of the saved version for every field of the form, to show beside what the user typed."""
    rows = []
    model_fields = {f.name: f for f in current._meta.concrete_fields}
    for name in form.fields:
        field = model_fields.get(name)
        if field is None:  # form-only fields such as version
            continue
        display = getattr(current, f"get_{name}_display", None)
        value = display() if display else getattr(current, name)
        rows.append((field.verbose_name, datum(value) if isinstance(value, dt.date) else value))
    return rows


def save_with_form(form, call, rows=conflict_rows):
    """Run a service for a valid form; True when it saved.

    An ApplicationError is shown at its field. On a conflict the form keeps what was typed, takes
    the saved version number (so saving again is a deliberate choice), and carries the saved
    version as `form.conflict` with `form.conflict_rows` to show beside it (includes/conflict.html).
    """
    from .errors import ApplicationError, ConflictError

    try:
        call()
        return True
    except ConflictError as error:
        form.add_error(None, error.message)
        form.data = form.data.copy()
        form.data["version"] = error.current.version
        form.conflict = error.current
        form.conflict_rows = rows(form, error.current)
    except ApplicationError as error:
        form.add_application_error(error)
    return False
