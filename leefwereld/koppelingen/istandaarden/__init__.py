"""iWmo 3.2 and iJw 3.2 (iStandaarden, Zorginstituut Nederland): assignments to providers, their start
and stop of care and their requests for an assignment, as XML messages (ADR 0026)."""
