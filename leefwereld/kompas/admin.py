"""Beheer of the kwaliteitskompas: social results with activities and indicators, the teams' own caseload
estimates, and the client-experience survey's questions (all data, ADR 0025)."""
from django.contrib import admin

from leefwereld.access.admin_audit import AuditedAdmin, AuditedInline

from .models import Activity, Indicator, Result, TeamEstimate
from .survey import Survey, SurveyQuestion


class ActivityInline(AuditedInline):
    model = Activity
    fields = ["order", "name", "name_en"]


class IndicatorInline(AuditedInline):
    model = Indicator
    fields = ["order", "measure", "name", "name_en", "question", "question_en"]


@admin.register(Result)
class ResultAdmin(AuditedAdmin):
    list_display = ["name", "active", "order"]
    fields = ["name", "name_en", "description", "description_en", "outcome_tags", "active", "order"]
    filter_horizontal = ["outcome_tags"]
    inlines = [ActivityInline, IndicatorInline]


@admin.register(TeamEstimate)
class TeamEstimateAdmin(AuditedAdmin):
    list_display = ["team", "discipline", "people"]
    fields = ["team", "discipline", "people", "note"]


class QuestionInline(AuditedInline):
    model = SurveyQuestion
    fields = ["order", "text", "text_en"]


@admin.register(Survey)
class SurveyAdmin(AuditedAdmin):
    list_display = ["title", "year", "wet"]
    fields = ["title", "year", "wet"]
    inlines = [QuestionInline]
