from django.apps import AppConfig


class CaseTypesConfig(AppConfig):
    """A minimal case type that exists only in the test run, to test what every case shares."""

    name = "tests.casetypes"
    label = "casetypes"
    case_types = ["casetypes.models.Dossier"]
