"""Writes on procedures, beschikkingen and bezwaren. Each goes through access.guard()."""
from .beschikkingen import (  # noqa: F401
    beschikking_correct,
    beschikking_decide,
    beschikking_draft,
    beschikking_explain,
    beschikking_propose,
    beschikking_send,
    beschikking_withdraw,
    herziening_start,
    mandate_gaps,
    voorziening_remove,
    voorziening_save,
)
from .bezwaar import bezwaar_decide, bezwaar_hearing, bezwaar_register  # noqa: F401
from .procedures import (  # noqa: F401
    ingebrekestelling_record,
    melding_to_aanvraag,
    procedure_close,
    procedure_extend,
    procedure_resume,
    procedure_start,
    procedure_suspend,
    procedure_update,
)
