"""The foreign part split by destination and rate change, under the office's partial-day rule."""

from datetime import date
from decimal import Decimal

import pytest

from trips.settlement import (
    Destination,
    Journey,
    LineKind,
    RateBook,
    SettlementError,
    SettlementInput,
    settle,
)

from .builders import ALBANIA, AUSTRIA, AUSTRIA_OLD, BOOK, EXCHANGE, FRANCE, GERMANY, at, cents


def per_diem(result, country_name: str) -> Decimal:
    lines = [
        line
        for line in result.lines
        if line.kind == LineKind.FOREIGN_PER_DIEM and country_name in line.label
    ]
    assert len(lines) <= 1
    return lines[0].amount if lines else Decimal("0.00")


def run(journey: Journey, book: RateBook = BOOK, **extra):
    data = SettlementInput(journey, local_transport=False, payout_date=date(2026, 3, 20), **extra)
    return settle(data, rates=book, exchange=EXCHANGE)


def two_countries(until, **meals) -> Journey:
    # foreign part 10.03 08:00 – 12.03 18:00: 58 hours = 2 days 10 h
    return Journey(
        departure=at(10, 6),
        border_out=at(10, 8),
        border_in=at(12, 18),
        arrival=at(12, 20),
        destinations=(Destination("DE", until=until, **meals), Destination("FR")),
    )


def test_one_destination_rate_covers_the_whole_foreign_part():
    # given a single destination, Germany, for 2 days 10 hours
    journey = Journey(at(10, 6), at(10, 8), at(12, 18), at(12, 20), (Destination("DE"),))
    result = run(journey)
    # then two full days and a half day at the German rate
    assert per_diem(result, "Niemcy") == cents(2 * GERMANY.per_diem + GERMANY.per_diem / 2)


def test_days_go_whole_to_the_segment_holding_most_of_them():
    # given Germany until 11.03 14:00 (30 h), then France (28 h)
    result = run(two_countries(until=at(11, 14)))
    # then day 1 (all Germany) is German; day 2 (6 h Germany, 18 h France) is French; the last
    # incomplete day (10 h, all France) earns half the French rate
    assert per_diem(result, "Niemcy") == GERMANY.per_diem
    assert per_diem(result, "Francja") == cents(FRANCE.per_diem + FRANCE.per_diem / 2)


def test_several_segments_earn_as_many_days_as_one_would():
    # given the same 58 hours split at any hour, the number of days paid does not change
    for hour in (9, 14, 20):
        result = run(two_countries(until=at(11, hour)))
        german_days = per_diem(result, "Niemcy") / GERMANY.per_diem
        french_days = per_diem(result, "Francja") / FRANCE.per_diem
        assert german_days + french_days == Decimal("2.5")


def test_a_day_split_evenly_goes_to_the_later_segment():
    # given Germany until 11.03 20:00: day 2 has 12 h in each country
    result = run(two_countries(until=at(11, 20)))
    assert per_diem(result, "Niemcy") == GERMANY.per_diem
    assert per_diem(result, "Francja") == cents(FRANCE.per_diem + FRANCE.per_diem / 2)


def test_meals_are_deducted_at_the_rate_of_the_segment_they_were_entered_for():
    # given two breakfasts in Germany
    result = run(two_countries(until=at(11, 14), breakfasts=2))
    assert per_diem(result, "Niemcy") == cents(
        GERMANY.per_diem - 2 * GERMANY.per_diem * Decimal("0.15")
    )
    assert per_diem(result, "Francja") == cents(FRANCE.per_diem + FRANCE.per_diem / 2)


def test_a_short_stop_hands_its_meals_to_the_segment_that_settles_its_day():
    # given Germany 20 h, Austria 3 h (a lunch there), then France to the end (35 h)
    journey = Journey(
        at(10, 6),
        at(10, 8),
        at(12, 18),
        at(12, 20),
        (
            Destination("DE", until=at(11, 4)),
            Destination("AT", until=at(11, 7), lunches=1),
            Destination("FR"),
        ),
    )
    result = run(journey)
    # then Austria settles no day; day 1 is German, and its lunch is deducted there
    assert per_diem(result, "Austria") == Decimal("0.00")
    assert per_diem(result, "Niemcy") == cents(
        GERMANY.per_diem - GERMANY.per_diem * Decimal("0.30")
    )
    assert per_diem(result, "Francja") == cents(FRANCE.per_diem + FRANCE.per_diem / 2)


def test_the_explanation_states_the_rule_and_which_days_went_where():
    result = run(two_countries(until=at(11, 14)))
    text = " ".join(result.explanation)
    assert "większą jej część" in text
    assert "Doba 1: Niemcy" in text
    assert "Doby 2–3: Francja" in text


def test_time_before_a_rate_change_is_settled_at_the_old_rate():
    # given Austria from 27.11.2022 10:00 to 30.11.2022 10:00; the rate changed on 29.11.2022
    journey = Journey(
        at(27, 8, month=11, year=2022),
        at(27, 10, month=11, year=2022),
        at(30, 10, month=11, year=2022),
        at(30, 12, month=11, year=2022),
        (Destination("AT"),),
    )
    result = run(journey)
    lines = [line for line in result.lines if line.kind == LineKind.FOREIGN_PER_DIEM]
    # then days 1 and 2 (day 2: 14 h before midnight of the 29th) at 52 EUR, day 3 at 57 EUR
    assert [line.amount for line in lines] == [2 * AUSTRIA_OLD.per_diem, AUSTRIA.per_diem]
    assert any("zmieniła się 29.11.2022" in sentence for sentence in result.explanation)


def test_a_rate_with_no_known_date_is_used_and_said_to_be_so():
    journey = Journey(at(10, 6), at(10, 8), at(11, 8), at(11, 10), (Destination("AL"),))
    result = run(journey)
    assert per_diem(result, "Albania") == ALBANIA.per_diem
    assert any("data jej ostatniej zmiany jest nieznana" in s for s in result.explanation)


def test_a_country_with_no_rate_stops_the_settlement_instead_of_counting_zero():
    journey = Journey(at(10, 6), at(10, 8), at(11, 8), at(11, 10), (Destination("JP"),))
    with pytest.raises(SettlementError) as error:
        run(journey)
    assert error.value.code == "no_rate"
    assert "JP" in error.value.messages[0]


def test_a_dated_rate_does_not_reach_back_before_its_day():
    # given only the rate from 29.11.2022 for France, a trip in 2021 has no rate
    journey = Journey(
        at(10, 6, year=2021),
        at(10, 8, year=2021),
        at(11, 8, year=2021),
        at(11, 10, year=2021),
        (Destination("FR"),),
    )
    with pytest.raises(SettlementError, match="Francja"):
        run(journey)


@pytest.mark.parametrize(
    ("journey", "message"),
    [
        (
            Journey(at(12, 6), at(12, 8), at(10, 8), at(10, 10), (Destination("DE"),)),
            "niż wyjazd",
        ),
        (
            Journey(at(10, 6), at(10, 5), at(11, 8), at(11, 10), (Destination("DE"),)),
            "niż wyjazd",
        ),
        (
            Journey(at(10, 6), at(10, 8), at(11, 8), at(11, 7), (Destination("DE"),)),
            "wcześniejszy niż przekroczenie granicy",
        ),
        (Journey(at(10, 6), at(10, 8), at(11, 8), at(11, 10), ()), "jedno państwo docelowe"),
        (
            Journey(
                at(10, 6),
                at(10, 8),
                at(11, 8),
                at(11, 10),
                (Destination("DE", until=at(12, 8)), Destination("FR")),
            ),
            "musi się kończyć",
        ),
        (
            Journey(
                at(10, 6), at(10, 8), at(11, 8), at(11, 10), (Destination("DE", breakfasts=-1),)
            ),
            "nie może być ujemna",
        ),
    ],
)
def test_impossible_journeys_get_a_clear_message(journey, message):
    with pytest.raises(SettlementError) as error:
        run(journey)
    assert any(message in text for text in error.value.messages)


def test_a_trip_that_never_left_the_country_settles_only_its_domestic_legs():
    # given the border crossings at the same moment (the foreign part was cancelled on the way)
    journey = Journey(at(10, 6), at(10, 9), at(10, 9), at(10, 20), (Destination("DE"),))
    result = run(journey)
    assert [line.kind for line in result.lines] == [LineKind.DOMESTIC_PER_DIEM]
    assert result.lines[0].amount == Decimal("45.00")
