"""The `kancelaria` app's own tables: case sign counters and the log of reminders sent."""

from .cases.models import ReminderLog, SignCounter

__all__ = ["ReminderLog", "SignCounter"]
