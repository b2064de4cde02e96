"""The printed chart: the picture draws exactly the chart's boxes, lines and frames, and the text
set over it as HTML lands where the layout measured each line."""

from collections import defaultdict

import pytest

from benchmarks.bench_orgchart import HEADS
from orgunits.orgchart.documents import Heading, render_printout
from orgunits.orgchart.model import chart_forest
from orgunits.orgchart.pages import printout
from orgunits.orgchart.picture import picture_svg
from orgunits.orgchart.sample import city_hall_rows, kancelaria_rows
from orgunits.orgchart.style import FRAME_FILL
from orgunits.orgchart.svg import box_look, frame_label_top

from .geometry import read_picture
from .pdftext import page_texts, placed_texts

HEADING = Heading("Kancelaria Prezydenta Miasta Krakowa", "Schemat organizacyjny", "—")


def _edges(x, y, width, height):
    return (x, y, x + width, y + height)


def _same(drawn: list, expected: list) -> bool:
    """Whether two lists of (look, numbers) are the same, numbers within 0.05 pt (the SVG keeps
    two decimals)."""
    pending = list(drawn)
    for look, numbers in expected:
        match = next(
            (
                item
                for item in pending
                if item[0] == look
                and len(item[1]) == len(numbers)
                and all(abs(a - b) < 0.05 for a, b in zip(item[1], numbers, strict=True))
            ),
            None,
        )
        if match is None:
            return False
        pending.remove(match)
    return not pending


@pytest.mark.parametrize("rows", [kancelaria_rows(HEADS), city_hall_rows(400)], ids=["kp", "400"])
def test_the_picture_draws_every_box_in_its_look_every_line_and_every_frame(rows):
    for page in printout(chart_forest(rows)).pages:
        drawn = page.drawing
        picture = read_picture(picture_svg(drawn, page.scale))
        boxes = [(box_look(b).fill, _edges(b.x, b.y, b.width, b.height)) for b in drawn.all_boxes()]
        frames = [(FRAME_FILL, _edges(f.x, f.y, f.width, f.height)) for f in drawn.frames]
        assert _same(picture.rectangles, boxes + frames)
        lines = [("line", [n for point in line for n in point]) for line in picture.lines]
        expected = [("line", [n for point in line.points for n in point]) for line in drawn.lines]
        assert _same(lines, expected)


def _measured(page):
    """Where the layout puts each line on the page's chart: (text, left end, baseline), in pt."""
    scale, drawn = page.scale, page.drawing
    for box in drawn.all_boxes():
        centre = box.x + box.width / 2
        for line in box.content.lines:
            left = centre - line.font.width(line.text) / 2
            yield line.text, left * scale, (box.y + line.baseline) * scale
    for frame in drawn.frames:
        for line in frame.label.lines:
            yield line.text, (frame.x + 6) * scale, (frame_label_top(frame) + line.baseline) * scale


def _assert_set_as_measured(page, sheet, placed):
    printed = defaultdict(list)
    for text, x, y in placed:
        printed[text].append((x, y))
    # the chart is centred below the title block
    dx = sheet.margin + (sheet.inner_width - page.drawing.width * page.scale) / 2
    dy = sheet.margin + sheet.header + sheet.gap
    for text, x, y in _measured(page):
        where = min(printed[text], key=lambda p, x=x, y=y: abs(p[0] - dx - x) + abs(p[1] - dy - y))
        assert where[0] - dx == pytest.approx(x, abs=0.1), text
        assert where[1] - dy == pytest.approx(y, abs=0.1), text


def test_the_kancelarias_text_lands_where_the_layout_measured_it():
    result = printout(chart_forest(kancelaria_rows(HEADS)))
    [placed] = placed_texts(render_printout(result, HEADING))
    _assert_set_as_measured(result.pages[0], result.sheet, placed)


def test_every_page_of_a_city_hall_sets_its_text_where_measured_and_carries_the_legend(city_hall):
    _rows, result, pdf = city_hall
    for page, placed, text in zip(result.pages, placed_texts(pdf), page_texts(pdf), strict=True):
        _assert_set_as_measured(page, result.sheet, placed)
        for caption in result.legend.captions:
            assert caption in text
