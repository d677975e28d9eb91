"""The project's papers: the EUPL-1.2 licence and a valid publiccode.yml.

No publiccode.yml validator can be installed here (the reference one, publiccode-parser, is a Go
program not on PyPI or npm), so the schema below is written from the standard's own text, "The
Standard (core)" (docs/standard/schema.core.rst of publiccodeyml/publiccode.yml), and checked with
jsonschema. Each rule names the key and its "Presence"/"Type" there.
"""
import datetime
import json
import tomllib

import jsonschema
import pytest
import yaml
from django.conf import settings

ROOT = settings.BASE_DIR
URL = r"^https?://[^\s/$.?#][^\s]*$"
BCP47 = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"  # the primary language subtag cannot be omitted
DATE = r"^\d{4}-\d{2}-\d{2}$"  # "Dates": YYYY-MM-DD only
# "List of software categories" (docs/standard/categories-list.rst), the controlled vocabulary.
_CATEGORY_WORDS = """accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration communications
compliance-management contact-management content-management crm customer-service-and-support
data-analytics data-collection data-visualization design design-system digital-asset-management
digital-citizenship document-management donor-management e-commerce e-signature educational-content
email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
financial-reporting fleet-management fundraising gamification geographic-information-systems
grant-management graphic-design help-desk hr ide identity-management instant-messaging
inventory-management it-asset-management it-development it-management it-security
it-service-management knowledge-management learning-management-system marketing mind-mapping
mobile-marketing mobile-payment network-management office online-booking online-community
payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration
project-management property-management real-estate-management remote-support resource-management
sales-management seo service-desk social-media-management survey talent-management task-management
taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management"""
CATEGORIES = _CATEGORY_WORDS.split()

DEPENDENCY = {  # "Dependency": name mandatory
    "type": "object", "required": ["name"],
    "properties": {"name": {"type": "string", "minLength": 1}, "versionMin": {"type": "string"},
                   "versionMax": {"type": "string"}, "version": {"type": "string"},
                   "optional": {"type": "boolean"}},
}
LANGUAGE_DESCRIPTION = {  # "Section description": keys under description/[lang]
    "type": "object",
    "required": ["shortDescription", "longDescription", "features"],
    "properties": {
        "localisedName": {"type": "string"},
        "shortDescription": {"type": "string", "minLength": 1, "maxLength": 150},  # max 150 chars, mandatory
        "longDescription": {"type": "string", "minLength": 150, "maxLength": 10000},  # min 150, max 10000
        "features": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "documentation": {"type": "string", "pattern": URL},
        "apiDocumentation": {"type": "string", "pattern": URL},
        "screenshots": {"type": "array", "items": {"type": "string"}},
        "videos": {"type": "array", "items": {"type": "string", "pattern": URL}},
        "awards": {"type": "array", "items": {"type": "string"}},
    },
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    # Every key whose "Presence" is "mandatory" in the core standard.
    "required": ["publiccodeYmlVersion", "name", "url", "platforms", "categories", "developmentStatus",
                 "softwareType", "description", "legal", "maintenance", "localisation"],
    "properties": {
        "publiccodeYmlVersion": {"type": "string", "pattern": r"^0\.[4-9](\.\d+)?$"},  # 0.4 or newer
        "name": {"type": "string", "minLength": 1},
        "url": {"type": "string", "pattern": URL},
        "softwareVersion": {"type": "string"},
        "releaseDate": {"type": "string", "pattern": DATE},
        "platforms": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "categories": {"type": "array", "minItems": 1, "items": {"enum": CATEGORIES}},
        "developmentStatus": {"enum": ["concept", "development", "beta", "stable", "obsolete"]},
        "softwareType": {"enum": ["standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                                  "standalone/backend", "standalone/other", "addon", "library",
                                  "configurationFiles"]},
        "intendedAudience": {"type": "object", "properties": {
            "countries": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2}$"}}}},
        "description": {  # at least one language, each a BCP 47 tag
            "type": "object", "minProperties": 1,
            "propertyNames": {"pattern": BCP47}, "additionalProperties": LANGUAGE_DESCRIPTION,
        },
        "legal": {"type": "object", "required": ["license"], "properties": {"license": {"type": "string"}}},
        "maintenance": {
            "type": "object", "required": ["type"],
            "properties": {"type": {"enum": ["internal", "contract", "community", "none"]}},
            # contacts mandatory for internal/community, contractors for contract
            "allOf": [
                {"if": {"properties": {"type": {"enum": ["internal", "community"]}}},
                 "then": {"required": ["contacts"], "properties": {"contacts": {
                     "type": "array", "minItems": 1,
                     "items": {"type": "object", "required": ["name"]}}}}},
                {"if": {"properties": {"type": {"const": "contract"}}}, "then": {"required": ["contractors"]}},
            ],
        },
        "localisation": {
            "type": "object", "required": ["localisationReady", "availableLanguages"],
            "properties": {"localisationReady": {"type": "boolean"},
                           "availableLanguages": {"type": "array", "minItems": 1,
                                                  "items": {"type": "string", "pattern": BCP47}}},
        },
        "dependsOn": {"type": "object", "properties": {
            kind: {"type": "array", "items": DEPENDENCY} for kind in ("open", "proprietary", "hardware")}},
    },
}


@pytest.fixture(scope="module")
def publiccode():
    # The standard asks for UTF-8 ("Encoding").
    return yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))


def test_publiccode_yml_follows_the_standard(publiccode):
    jsonschema.validate(publiccode, SCHEMA)
    datetime.date.fromisoformat(publiccode["releaseDate"])


def test_the_schema_catches_what_the_standard_forbids(publiccode):
    """The schema is not a rubber stamp: typical mistakes are refused."""
    broken = [
        {**publiccode, "developmentStatus": "alpha"},
        {**publiccode, "categories": ["social-care"]},
        {key: value for key, value in publiccode.items() if key != "legal"},
        {**publiccode, "description": {"nl": {**publiccode["description"]["nl"], "longDescription": "Te kort."}}},
        {**publiccode, "maintenance": {"type": "community"}},
    ]
    for document in broken:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(document, SCHEMA)


def test_publiccode_yml_tells_the_same_story_as_the_project(publiccode):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert publiccode["softwareVersion"] == project["version"]
    assert publiccode["legal"]["license"] == project["license"] == "EUPL-1.2"
    assert json.loads((ROOT / "package.json").read_text())["license"] == "EUPL-1.2"
    assert {"nl", "en"} <= set(publiccode["description"]) == set(publiccode["localisation"]["availableLanguages"])
    assert {code for code, _name in settings.LANGUAGES} == set(publiccode["localisation"]["availableLanguages"])


def test_the_licence_is_the_full_eupl_1_2():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    for article in ("1.Definitions", "5.Obligations of the Licensee", "15.Applicable Law", "Appendix"):
        assert article in text
    assert len(text) > 13000
