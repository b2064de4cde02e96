"""`import_ordinance PATH --number N --date YYYY-MM-DD [--dry-run] [--json] [--apply]`."""

import json
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tasks import services
from tasks.importer import OrdinanceTextError
from tasks.summary import import_summary

OUTCOMES = {
    "dry-run": gettext_lazy("Read only; nothing stored."),
    "created": gettext_lazy("Stored as a draft; review it in the admin."),
    "replaced": gettext_lazy("The draft has been replaced by this text."),
    "unchanged": gettext_lazy("This text has already been imported; nothing changed."),
}


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": value}
        ) from error


class Command(BaseCommand):
    help = _(
        "Read the text of an ordinance and store it as a draft to review in the admin; "
        "--dry-run only reads it, --apply also approves and applies it (seeding, tests)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("the text of the ordinance (UTF-8)"))
        parser.add_argument("--number", required=True, help=_("its number, e.g. 318/2026"))
        parser.add_argument("--date", required=True, help=_("its date, YYYY-MM-DD"))
        parser.add_argument("--effective", help=_("in force from, when the text gives no date"))
        parser.add_argument("--dry-run", action="store_true", help=_("read only, store nothing"))
        parser.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
        parser.add_argument("--apply", action="store_true", help=_("approve and apply at once"))

    def handle(self, *args, **options):
        path = Path(options["path"])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}
            ) from error
        given = {
            "text": text,
            "number": options["number"],
            "signed_on": _date(options["date"]),
            "effective_from": _date(options["effective"]) if options["effective"] else None,
        }
        try:
            summary = self._run(given, options)
        except OrdinanceTextError as error:
            lines = [_("line %(line)s: %(text)s") % vars(m) for m in error.messages]
            raise CommandError(
                _("The text cannot be read; nothing has been imported:") + "\n" + "\n".join(lines)
            ) from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self._print(summary, options)

    def _run(self, given: dict, options) -> dict:
        if options["dry_run"]:
            read, matches = services.ordinance_preview(**given)
            return {**import_summary(read, matches), "outcome": "dry-run"}
        result = services.ordinance_import(actor=None, **given)
        ordinance = result.ordinance
        if options["apply"]:
            if ordinance.status == ordinance.Status.DRAFT:
                ordinance = services.ordinance_approve(actor=None, ordinance=ordinance)
            if ordinance.status == ordinance.Status.APPROVED:
                ordinance = services.ordinance_apply(actor=None, ordinance=ordinance)
        return {**result.summary, "outcome": result.outcome, "status": ordinance.status}

    def _print(self, summary: dict, options) -> None:
        if options["json"]:
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        meta, items = summary["ordinance"], summary["items"]
        self.stdout.write(
            _("Zarządzenie nr %(number)s of %(date)s, in force from %(effective)s")
            % {
                "number": meta["number"],
                "date": meta["signed_on"],
                "effective": meta["effective_from"],
            }
        )
        self.stdout.write(_("Units (%(count)s):") % {"count": len(summary["units"])})
        for unit in summary["units"]:
            superior = unit["superior"] or "—"
            self.stdout.write(
                f"  {unit['key']:<16} {unit['symbol']:<6} {unit['name']}  ← {superior}"
            )
        self.stdout.write(_("Lists of tasks:"))
        for task_list in summary["lists"]:
            line = _("%(unit)s, %(reference)s: %(points)s points, %(subpoints)s sub-points")
            self.stdout.write("  " + line % task_list)
        self.stdout.write(
            _("%(points)s points and %(subpoints)s sub-points (%(total)s items)") % items
        )
        for warning in summary["warnings"]:
            self.stdout.write(self.style.WARNING(_("warning: %(text)s") % {"text": warning}))
        self.stdout.write(self.style.SUCCESS(str(OUTCOMES[summary["outcome"]])))
