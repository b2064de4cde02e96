"""The printed chart: which sheet, how many pages, what goes on each.

- A chart that fits one A4 landscape page with no text below 7 pt (the Kancelaria's does) is
  printed on one A4 page; else one that fits an A3 page, on one A3 page.
- A larger chart (a whole city hall) is drawn compact (lower levels as indented lists, see
  `convert`) and split by subtree over A3 pages. The first page shows as many levels from the
  top as fit; a box whose subordinates did not fit says "continued on page N". The subtrees cut
  from one box's subordinates go on the following pages, as many side by side as fit, each top
  box saying "continued from page M"; a subtree too big for a page of its own is split again the
  same way. When even a box and its direct subordinates do not fit one page, they are shared
  out over several pages ("part 1 of 2"), each with the box on top. Pages are numbered breadth
  first, so a page only ever sends the reader forward.
- The chart is scaled to fill its area, up to 150 % (one scale for every page of a split
  chart), and never below the scale at which its smallest text (7.5 pt) would print smaller
  than 7 pt.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

from . import style
from .layout import Drawing, drawing
from .legend import Legend, legend
from .model import ChartNode, levels, truncated

MIN_TEXT = 7.0
MAX_SCALE = 1.5
MIN_SCALE = MIN_TEXT / style.SMALLEST_TEXT
MM = 72 / 25.4


@dataclass(frozen=True)
class Sheet:
    """A page size (landscape) and the room it leaves for the chart, in pt."""

    name: str
    width: float
    height: float
    margin: float = 10 * MM
    header: float = 44.0
    gap: float = 8.0

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    def area(self, legend_height: float) -> tuple[float, float]:
        height = self.height - 2 * self.margin - self.header - legend_height - 2 * self.gap
        return self.inner_width, height - 6.0  # leeway for rounding in the PDF renderer


A4 = Sheet("A4 landscape", 841.89, 595.28)
A3 = Sheet("A3 landscape", 1190.55, 841.89)


@dataclass
class Page:
    """One printed page: the trees it shows, their drawing, and where it sits in the whole."""

    roots: list[ChartNode]
    drawing: Drawing | None = None
    scale: float = 1.0
    number: int = 1
    part: tuple[int, int] | None = None
    continues: Page | None = None
    stubs: list[ChartNode] = field(default_factory=list)

    @property
    def chain(self) -> list[str]:
        """The superiors of the page's top boxes, for a page that continues another."""
        if self.continues is None and self.part is None:
            return []
        return [node.label for node in self.roots[0].ancestors()]


@dataclass
class Printout:
    """The chart as printed: the sheet, the pages, the legend every page carries."""

    sheet: Sheet
    pages: list[Page]
    legend: Legend


def _scale(picture: Drawing, sheet: Sheet, legend_height: float) -> float:
    width, height = sheet.area(legend_height)
    return min(width / picture.width, height / picture.height, MAX_SCALE)


def _fits(picture: Drawing, sheet: Sheet, legend_height: float) -> bool:
    return _scale(picture, sheet, legend_height) * picture.smallest_text >= MIN_TEXT - 1e-9


class _Planner:
    """Shares a chart too large for one page out over A3 pages (see the module's docstring)."""

    def __init__(self, sheet: Sheet, legend_height: float, heads: bool):
        self.sheet, self.legend_height, self.heads = sheet, legend_height, heads
        self.cache: dict = {}

    def fits(self, roots: list[ChartNode]) -> bool:
        picture = drawing(roots, heads=self.heads, compact=True, cache=self.cache)
        return _fits(picture, self.sheet, self.legend_height)

    def pages(self, forest: list[ChartNode]) -> list[Page]:
        pages: list[Page] = []
        queue: deque[tuple[list[ChartNode], dict]] = deque([(forest, {})])
        while queue:
            roots, sources = queue.popleft()
            for page in self.place(roots, continued=bool(sources)):
                page.number = len(pages) + 1
                _link(page, sources)
                pages.append(page)
                queue.extend(_continuations(page))
        return pages

    def place(self, roots: list[ChartNode], *, continued: bool) -> list[Page]:
        """Sibling subtrees side by side on as few pages as they fit; a big one split."""
        pages: list[Page] = []
        chunk: list[ChartNode] = []
        for root in roots:
            if chunk and self.fits(_whole([*chunk, root], continued)):
                chunk.append(root)
                continue
            if chunk:
                pages.append(_page(_whole(chunk, continued)))
            chunk = [root] if self.fits(_whole([root], continued)) else []
            if not chunk:
                pages.extend(self.split(root, continued))
        if chunk:
            pages.append(_page(_whole(chunk, continued)))
        return pages

    def split(self, root: ChartNode, continued: bool) -> list[Page]:
        """The box with as many levels below it as fit, or its subordinates in parts."""
        for depth in range(levels(root) - 1, 1, -1):
            copies = _marked([truncated(root, depth)], continued)
            if self.fits(copies):
                return [_page(copies)]
        return self.parts(root, continued)

    def parts(self, root: ChartNode, continued: bool) -> list[Page]:
        chunks: list[list[ChartNode]] = [[]]
        for child in root.children:
            if chunks[-1] and not self.fits(_under(root, [*chunks[-1], child], 1, continued)):
                chunks.append([])
            chunks[-1].append(child)
        pages = [_page(self.deepest(root, chunk, continued)) for chunk in chunks]
        for number, page in enumerate(pages, start=1):
            page.part = (number, len(pages))
        return pages

    def deepest(self, root: ChartNode, chunk: list[ChartNode], continued: bool):
        for depth in range(max(levels(item) for item in chunk), 1, -1):
            copies = _under(root, chunk, depth, continued)
            if self.fits(copies):
                return copies
        return _under(root, chunk, 1, continued)


def _marked(roots: list[ChartNode], continued: bool) -> list[ChartNode]:
    """Reserve the "continued from page …" line on a page's top boxes (numbered later)."""
    for root in roots if continued else ():
        root.continued_from = 0
    return roots


def _whole(roots: list[ChartNode], continued: bool) -> list[ChartNode]:
    return _marked([truncated(root, levels(root)) for root in roots], continued)


def _under(root: ChartNode, chunk: list[ChartNode], depth: int, continued: bool):
    """`root` on top of some of its subordinates' subtrees, each cut at `depth` levels."""
    items = [truncated(item, depth) for item in chunk]
    copy = replace(root, children=items, origin=root.source, parent=None, stub_page=None)
    return _marked([copy], continued)


def _page(roots: list[ChartNode]) -> Page:
    stubs = [node for root in roots for node in root.walk() if node.stub_page is not None]
    return Page(roots, stubs=stubs)


def _link(page: Page, sources: dict) -> None:
    """Number the stubs that lead to this page and the markers that lead back."""
    for root in page.roots:
        if id(root.source) in sources:
            stub, origin = sources[id(root.source)]
            stub.stub_page = stub.stub_page or page.number
            root.continued_from = origin.number
            page.continues = origin


def _continuations(page: Page):
    """The page's stubs as groups of siblings, each to be continued on the following pages."""
    groups: dict[int, list[ChartNode]] = {}
    for stub in page.stubs:
        groups.setdefault(id(stub.source.parent), []).append(stub)
    for stubs in groups.values():
        yield [stub.source for stub in stubs], {id(stub.source): (stub, page) for stub in stubs}


def printout(forest: list[ChartNode], *, heads: bool = True) -> Printout:
    """Decide the sheet and the pages for a chart, and draw each page."""
    whole = drawing(forest, heads=heads)
    for sheet in (A4, A3):
        key = legend(whole, sheet.inner_width)
        if _fits(whole, sheet, key.height):
            return Printout(sheet, [Page(forest, whole, _scale(whole, sheet, key.height))], key)
    compact = drawing(forest, heads=heads, compact=True)
    key = legend(compact, A3.inner_width, pages=True)
    pages = _Planner(A3, key.height, heads).pages(forest)
    for page in pages:
        page.drawing = drawing(page.roots, heads=heads, compact=True)
    scale = min(_scale(page.drawing, A3, key.height) for page in pages)
    for page in pages:
        page.scale = max(scale, MIN_SCALE)
    return Printout(A3, pages, key)


def screen_drawing(forest: list[ChartNode], *, heads: bool = True) -> Drawing:
    """The drawing for the screen: ordinary, or compact when it would not fit one A3 page."""
    whole = drawing(forest, heads=heads)
    if _fits(whole, A3, 0.0):
        return whole
    return drawing(forest, heads=heads, compact=True)
