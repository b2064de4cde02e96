from django.apps import AppConfig


class TestCasesConfig(AppConfig):
    """Installed only in the test settings: a memo case with the smallest workflow."""

    name = "tests.casetypes"
    label = "testcases"
    verbose_name = "Test cases"
    case_types = ["tests.casetypes.models.Memo"]
