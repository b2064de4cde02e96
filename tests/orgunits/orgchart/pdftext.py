"""Reading a PDF back: its text, the size every piece of text is printed at, its metadata."""

from io import BytesIO

import pypdf


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def printed_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """(text, size in pt as printed): the font size times the text and graphics matrices."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append((text.strip(), size * abs(a * d - b * c) ** 0.5))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font the pages use, and whether its file is embedded in the PDF."""
    fonts = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    return fonts


def placed_texts(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """Each page's pieces of text and where each starts: (text, x from the left, baseline from
    the top), in pt."""
    pages = []
    for page in reader(pdf).pages:
        height = float(page.mediabox.height)
        placed = []

        def visit(text, cm, tm, font, size, placed=placed, height=height):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                placed.append((text.strip(), x, height - y))

        page.extract_text(visitor_text=visit)
        pages.append(placed)
    return pages
