"""The foreign part cut into segments, and the office's rule for days that cross a segment's edge.

One destination country's rate covers the whole foreign part (§ 13 ust. 2 of the regulation).
The part is cut only where the order names several destinations (the employer may name more
than one destination country, § 13 ust. 2 sentence 2) and on the day a country's rate changes
(the annex changed on 29.11.2022: time before that day is settled at the old rate). A rate
change takes effect at midnight in Warsaw of its first day.

No source settles how partial days are counted across segments. The office's rule:

1. Days (doby) of 24 hours are counted from the start of the foreign part straight through,
   without restarting at a segment's edge, so a trip earns the same number of days whether it
   has one segment or several.
2. Each day, the last incomplete one included, is settled whole at the rate of the segment in
   which the traveller spent the larger part of it; on an exact tie, the later segment's.
   The incomplete last day earns 1/3, 1/2 or a full rate by its own length (§ 13 ust. 3).
3. Meals provided are deducted at the rate of the segment they were entered for; a stay split
   by a rate change takes its meals to its longest part; a segment that settles no day of its
   own hands its meals to the segment that settled the day it mostly fell in.

`segments_explain` states the rule and how it fell for the trip, for the settlement page and PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trips.perdiem import DAY

from .books import RateBook
from .formatting import day_text, duration_text, moment_text, money
from .types import CountryRate, Journey

UTC = dt.UTC


@dataclass(frozen=True)
class Segment:
    """A piece of the foreign part at one country's rate: its time and the meals entered for it."""

    country: str
    rate: CountryRate
    start: dt.datetime
    end: dt.datetime
    breakfasts: int = 0
    lunches: int = 0
    dinners: int = 0

    @property
    def duration(self) -> dt.timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class SettledSegment:
    """A segment with the days it settles (1-based numbers) and the time those days cover."""

    segment: Segment
    days: tuple[int, ...]
    start: dt.datetime
    end: dt.datetime
    breakfasts: int
    lunches: int
    dinners: int

    @property
    def duration(self) -> dt.timedelta:
        return self.end - self.start


def _local_midnight(day: dt.date) -> dt.datetime:
    zone = ZoneInfo(settings.TIME_ZONE)
    return dt.datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)).date()


def _stays(journey: Journey) -> list[tuple]:
    start = journey.border_out.astimezone(UTC)
    stays = []
    for destination in journey.destinations:
        end = (destination.until or journey.border_in).astimezone(UTC)
        stays.append((destination, start, end))
        start = end
    return stays


def _split_by_rate(destination, start, end, book: RateBook) -> list[Segment]:
    rate = book.in_force(destination.country, _local_day(start))
    pieces = []
    for change in book.changes(destination.country, _local_day(start), _local_day(end)):
        edge = _local_midnight(change.valid_from)
        if start < edge < end:
            pieces.append(Segment(destination.country, rate, start, edge))
            start, rate = edge, change
    pieces.append(Segment(destination.country, rate, start, end))
    longest = max(range(len(pieces)), key=lambda i: (pieces[i].duration, i))
    meals = {
        "breakfasts": destination.breakfasts,
        "lunches": destination.lunches,
        "dinners": destination.dinners,
    }
    pieces[longest] = replace(pieces[longest], **meals)
    return pieces


def segments_build(journey: Journey, book: RateBook) -> list[Segment]:
    """The foreign part cut by destination and by rate change, in time order (UTC moments)."""
    segments = []
    for destination, start, end in _stays(journey):
        segments.extend(_split_by_rate(destination, start, end, book))
    return segments


def _overlap(segment: Segment, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    return max(min(segment.end, end) - max(segment.start, start), dt.timedelta(0))


def days_assign(segments: list[Segment]) -> list[tuple[dt.datetime, dt.datetime, int]]:
    """Each day of the foreign part as (start, end, index of the segment that settles it)."""
    start, finish = segments[0].start, segments[-1].end
    days = []
    while start < finish:
        end = min(start + DAY, finish)
        shares = [(_overlap(segment, start, end), i) for i, segment in enumerate(segments)]
        days.append((start, end, max(shares)[1]))
        start = end
    return days


def _meal_receiver(index: int, segments: list[Segment], days: list) -> int:
    """Where the meals of a segment that settles no day go: the settler of its main day."""
    segment = segments[index]
    best = max(days, key=lambda day: (_overlap(segment, day[0], day[1]), day[0]))
    return best[2]


def segments_settle(segments: list[Segment]) -> list[SettledSegment]:
    """Apply the office's rule: whole days to the segment holding most of each, meals along."""
    days = days_assign(segments)
    meals = [[s.breakfasts, s.lunches, s.dinners] for s in segments]
    owners = {owner for _, _, owner in days}
    for index in range(len(segments)):
        if index not in owners and segments and days:
            receiver = _meal_receiver(index, segments, days)
            meals[receiver] = [a + b for a, b in zip(meals[receiver], meals[index], strict=True)]
    settled = []
    for index, segment in enumerate(segments):
        own = [
            (number, start, end)
            for number, (start, end, owner) in enumerate(days, 1)
            if owner == index
        ]
        if not own:
            continue
        b, lunch, dinner = meals[index]
        settled.append(
            SettledSegment(
                segment, tuple(n for n, _, _ in own), own[0][1], own[-1][2], b, lunch, dinner
            )
        )
    return settled


def _days_text(numbers: tuple[int, ...]) -> str:
    first, last = numbers[0], numbers[-1]
    if first == last:
        return _("day %(number)d") % {"number": first}
    return _("days %(first)d–%(last)d") % {"first": first, "last": last}


def segments_explain(
    journey: Journey, segments: list[Segment], settled: list[SettledSegment]
) -> list[str]:
    """The rule and its outcome for this trip, in sentences for the settlement page and PDF."""
    total = segments[-1].end - segments[0].start
    days = -(-total // DAY)
    lines = [
        _("Foreign part: from %(start)s to %(end)s, %(duration)s of real time (%(days)s).")
        % {
            "start": moment_text(journey.border_out),
            "end": moment_text(journey.border_in),
            "duration": duration_text(total),
            "days": ngettext("%(count)d day started", "%(count)d days started", days)
            % {"count": days},
        }
    ]
    if len(segments) > 1:
        lines.append(
            _(
                "The office's rule for several segments: days of 24 hours are counted from the "
                "start of the foreign part without restarting at a segment's edge; each day, the "
                "last incomplete one included, is settled at the rate of the segment in which "
                "the traveller spent the larger part of it (on a tie, the later one); meals are "
                "deducted at the rate of the segment that settles them."
            )
        )
        for item in settled:
            rate = item.segment.rate
            lines.append(
                _("%(days)s: %(country)s at %(rate)s a day.")
                % {
                    "days": _days_text(item.days).capitalize(),
                    "country": rate.country_name,
                    "rate": money(rate.per_diem, rate.currency),
                }
            )
    lines += _rate_notes(segments)
    return lines


def _rate_notes(segments: list[Segment]) -> list[str]:
    notes = []
    undated = {s.rate.country: s.rate for s in segments if s.rate.valid_from is None}
    for rate in undated.values():
        notes.append(
            _(
                "The rate for %(country)s (%(rate)s) is in force, but the date of its last change "
                "is unknown (%(source)s)."
            )
            % {
                "country": rate.country_name,
                "rate": money(rate.per_diem, rate.currency),
                "source": rate.source,
            }
        )
    for previous, current in zip(segments, segments[1:], strict=False):
        if previous.country == current.country and previous.rate != current.rate:
            notes.append(
                _(
                    "The rate for %(country)s changed on %(date)s (%(source)s): the time before "
                    "that day is settled at the previous rate of %(old)s, the rest at %(new)s."
                )
                % {
                    "country": current.rate.country_name,
                    "date": day_text(current.rate.valid_from),
                    "source": current.rate.source,
                    "old": money(previous.rate.per_diem, previous.rate.currency),
                    "new": money(current.rate.per_diem, current.rate.currency),
                }
            )
    return notes
