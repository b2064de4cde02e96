"""The settlement entry form, mapped onto `trips.settlement.SettlementInput`.

Rows of the same kind (lodging, receipts, station transfers, NBP rates) are small forms with
numbered prefixes; an empty row is skipped. The calculator's own checks (order of times,
negative amounts, missing rates) come back as Polish messages on the form.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import DayField, MomentField
from .settlement import (
    Advance,
    Destination,
    Journey,
    Lodging,
    OverLimitApproval,
    Receipt,
    ReceiptKind,
    SettlementInput,
    StationTransfer,
    Ways,
)

LODGING_ROWS = 3
RECEIPT_ROWS = 4
TRANSFER_ROWS = 2
RATE_ROWS = 2


def _meals(prefix: str, label: str) -> dict:
    return {
        f"{prefix}breakfasts": forms.IntegerField(
            label=_("Breakfasts provided (%(where)s)") % {"where": label}, min_value=0, initial=0
        ),
        f"{prefix}lunches": forms.IntegerField(
            label=_("Lunches provided (%(where)s)") % {"where": label}, min_value=0, initial=0
        ),
        f"{prefix}dinners": forms.IntegerField(
            label=_("Dinners provided (%(where)s)") % {"where": label}, min_value=0, initial=0
        ),
    }


class Row(forms.Form):
    """A row that may be left empty."""

    key_field = ""

    def is_blank(self) -> bool:
        return not self.data.get(self.add_prefix(self.key_field))

    def full_clean(self):
        if self.is_bound and self.is_blank():
            self.cleaned_data, self._errors = {}, forms.utils.ErrorDict()
            return
        super().full_clean()


class LodgingRow(Row):
    key_field = "town"
    town = forms.CharField(label=_("Town"), max_length=100)
    country = forms.ChoiceField(label=_("Country"))
    first_night = DayField(label=_("First night"))
    nights = forms.IntegerField(label=_("Nights"), min_value=1)
    invoice_amount = forms.DecimalField(
        label=_("Invoice amount (empty: lump sum)"), required=False, decimal_places=2
    )
    invoice_currency = forms.CharField(label=_("Invoice currency"), max_length=3, required=False)
    free = forms.BooleanField(label=_("Lodging was free"), required=False)
    approved_by = forms.CharField(
        label=_("Over the limit approved by"), max_length=200, required=False
    )
    approved_on = DayField(label=_("Approved on"), required=False)
    approval_reference = forms.CharField(
        label=_("Approval reference"), max_length=100, required=False
    )

    def value(self) -> Lodging:
        d = self.cleaned_data
        approval = None
        if d.get("approved_by") and d.get("approved_on"):
            approval = OverLimitApproval(
                d["approved_by"], d["approved_on"], d["approval_reference"]
            )
        return Lodging(
            country=d["country"],
            town=d["town"],
            first_night=d["first_night"],
            nights=d["nights"],
            invoice_amount=d.get("invoice_amount"),
            invoice_currency=(d.get("invoice_currency") or "").upper(),
            free=d.get("free", False),
            approval=approval,
        )


class ReceiptRow(Row):
    key_field = "description"
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(ReceiptKind.TICKET, _("ticket")), (ReceiptKind.OTHER, _("other"))],
    )
    description = forms.CharField(label=_("What"), max_length=200)
    amount = forms.DecimalField(label=_("Amount"), decimal_places=2)
    currency = forms.CharField(label=_("Currency"), max_length=3, initial="PLN")

    def value(self) -> Receipt:
        d = self.cleaned_data
        return Receipt(ReceiptKind(d["kind"]), d["description"], d["amount"], d["currency"].upper())


class TransferRow(Row):
    key_field = "town"
    town = forms.CharField(label=_("Town"), max_length=100)
    country = forms.ChoiceField(label=_("Country"))
    on = DayField(label=_("Day"))
    ways = forms.TypedChoiceField(
        label=_("Ways paid for"),
        coerce=int,
        choices=[(Ways.BOTH, _("both ways")), (Ways.ONE, _("one way"))],
    )
    transport_provided = forms.BooleanField(label=_("Transport was provided"), required=False)

    def value(self) -> StationTransfer:
        d = self.cleaned_data
        return StationTransfer(
            d["country"], d["town"], d["on"], Ways(d["ways"]), d.get("transport_provided", False)
        )


class RateRow(Row):
    """An NBP average rate entered by hand, with its table number and date."""

    key_field = "currency"
    currency = forms.CharField(label=_("Currency"), max_length=3)
    table_number = forms.RegexField(
        label=_("NBP table number"),
        regex=r"^\d{3}/A/NBP/\d{4}$",
        error_messages={"invalid": _("E.g. 052/A/NBP/2026.")},
    )
    table_date = DayField(label=_("Table date"))
    mid = forms.DecimalField(label=_("Average rate (PLN)"), min_value=0, decimal_places=8)


class SettlementForm(forms.Form):
    """The journey as it happened, meals provided, costs, the advance and the payout day."""

    departure = MomentField(label=_("Departure"))
    border_out = MomentField(label=_("Border crossed on the way out"))
    border_in = MomentField(label=_("Border crossed on the way back"))
    arrival = MomentField(label=_("Return"))
    advance_amount = forms.DecimalField(label=_("Advance paid"), required=False, decimal_places=2)
    advance_currency = forms.CharField(label=_("Advance currency"), max_length=3, required=False)
    advance_paid_on = DayField(label=_("Advance paid on"), required=False)
    advance_paid_in_pln = forms.BooleanField(
        label=_("Advance paid out in PLN (at the NBP rate of its day)"), required=False
    )
    local_transport = forms.BooleanField(
        label=_("Lump sum for local transport claimed"), required=False, initial=True
    )
    local_transport_provided = forms.BooleanField(
        label=_("Local transport was provided free"), required=False
    )
    by_car = forms.BooleanField(label=_("The trip was made by car"), required=False)
    payout_date = DayField(label=_("Settlement payout day"), required=False)

    def __init__(self, *args, trip, **kwargs):
        super().__init__(*args, **kwargs)
        self.trip = trip
        self.countries = [(d.country.iso_code, d.country.name) for d in trip.destinations.all()]
        self.fields.update(_meals("domestic_", _("in Poland")))
        for index, (_code, name) in enumerate(self.countries):
            if index < len(self.countries) - 1:
                self.fields[f"dest_{index}_until"] = MomentField(
                    label=_("Left %(country)s for the next destination") % {"country": name}
                )
            self.fields.update(_meals(f"dest_{index}_", name))
        rows = [
            (LodgingRow, "lodging", LODGING_ROWS),
            (ReceiptRow, "receipt", RECEIPT_ROWS),
            (TransferRow, "transfer", TRANSFER_ROWS),
            (RateRow, "rate", RATE_ROWS),
        ]
        data = args[0] if args else kwargs.get("data")
        self.rows = {}
        for cls, name, count in rows:
            self.rows[name] = [cls(data, prefix=f"{name}-{i}") for i in range(count)]
            for row in self.rows[name]:
                if "country" in row.fields:
                    row.fields["country"].choices = self.countries

    def destination_fields(self):
        """Per destination: its name and its bound fields, for the template."""
        return [
            (name, [f for f in self if f.name.startswith(f"dest_{i}_")])
            for i, (_code, name) in enumerate(self.countries)
        ]

    def domestic_fields(self):
        return [f for f in self if f.name.startswith("domestic_")]

    def is_valid(self):
        valid = super().is_valid()
        return all([valid, *(row.is_valid() for rows in self.rows.values() for row in rows)])

    def _filled(self, name):
        return [row for row in self.rows[name] if not row.is_blank()]

    def rates(self) -> list[dict]:
        """NBP rates entered on the form, to be stored before computing."""
        return [
            {**row.cleaned_data, "currency": row.cleaned_data["currency"].upper()}
            for row in self._filled("rate")
        ]

    def settlement_input(self) -> SettlementInput:
        d = self.cleaned_data
        destinations = tuple(
            Destination(
                country=code,
                until=d.get(f"dest_{i}_until"),
                breakfasts=d[f"dest_{i}_breakfasts"],
                lunches=d[f"dest_{i}_lunches"],
                dinners=d[f"dest_{i}_dinners"],
            )
            for i, (code, _name) in enumerate(self.countries)
        )
        journey = Journey(
            d["departure"],
            d["border_out"],
            d["border_in"],
            d["arrival"],
            destinations,
            d["domestic_breakfasts"],
            d["domestic_lunches"],
            d["domestic_dinners"],
        )
        advances = ()
        if d.get("advance_amount"):
            advances = (
                Advance(
                    (d.get("advance_currency") or "PLN").upper(),
                    d["advance_amount"],
                    d.get("advance_paid_on") or d["departure"].date(),
                    d.get("advance_paid_in_pln", False),
                ),
            )
        return SettlementInput(
            journey=journey,
            lodgings=tuple(row.value() for row in self._filled("lodging")),
            transfers=tuple(row.value() for row in self._filled("transfer")),
            receipts=tuple(row.value() for row in self._filled("receipt")),
            advances=advances,
            local_transport=d.get("local_transport", False),
            local_transport_provided=d.get("local_transport_provided", False),
            by_car=d.get("by_car", False),
            payout_date=d.get("payout_date"),
        )
