"""The concrete models of what every case shares (the abstract ones live in `cases.models`)."""

from .cases.models import ReminderLog, SignCounter

__all__ = ["ReminderLog", "SignCounter"]
