"""The org chart (§ 10 of the ordinance: the chart is the annex), drawn from the data.

`model` builds the chart's tree from the structure's rows, `boxes` measures what each box says
(`fonts`), `convert` and `tidy` lay it out (a linear-time tidy tree), `layout` places boxes,
lines and frames, `svg` and `legend` draw them, `pages` decides the printed sheets, `picture`
and `printed` draw and typeset them for WeasyPrint, `charts` reads the request and the
structure, `documents` and `views` serve the page and the PDF.
"""
