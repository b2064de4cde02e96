"""Staff open the org chart in a real browser: no WCAG 2.1 AA violation, every box a link,
every line of text inside its box as the browser sets it, zoom by keyboard."""

from orgunits.orgchart import fonts
from tests.orgunits.orgchart.geometry import FONT_FILES

TEXT_OVERFLOW = """() => [...document.querySelectorAll('svg.orgchart-svg g.oc-box')]
  .flatMap(group => {
    const rect = group.querySelector('rect');
    const left = rect.x.baseVal.value, right = left + rect.width.baseVal.value;
    return [...group.querySelectorAll('text')].map(text => {
        const length = text.getComputedTextLength(), centre = text.x.baseVal[0].value;
        return {key: group.dataset.key, text: text.textContent, length: length,
                family: text.getAttribute('font-family'),
                weight: text.getAttribute('font-weight') || 'normal',
                style: text.getAttribute('font-style') || 'normal',
                size: parseFloat(text.getAttribute('font-size')),
                fits: centre - length / 2 > left && centre + length / 2 < right};
    });
})"""


def test_the_chart_page_passes_axe_and_each_box_leads_to_its_unit(page, log_in, axe_violations):
    # given a staff member on the chart
    log_in("kp02")
    page.goto(f"{page.base_url}/orgchart/")
    # then the page has no WCAG 2.1 A/AA violation and 14 boxes, each a link
    assert axe_violations(page) == []
    assert page.locator("svg.orgchart-svg a").count() == 14
    assert page.locator(".orgchart-outline li").count() == 14
    # when they follow the box of KP-05
    page.locator("svg.orgchart-svg a[href='/units/KP-05/']").click()
    page.wait_for_url("**/units/KP-05/")
    assert page.locator("h1").inner_text() == "KP-05 Kancelaria Tajna"


def test_every_line_of_text_fits_its_box_as_the_browser_sets_it(page, log_in):
    log_in("kp02")
    page.goto(f"{page.base_url}/orgchart/")
    page.evaluate("document.fonts.ready")
    lines = page.evaluate(TEXT_OVERFLOW)
    assert len(lines) > 30
    assert [line for line in lines if not line["fits"]] == []
    # and the browser sets each line exactly as wide as the chart measured it
    for line in lines:
        key = (line["family"], line["weight"], line["style"])
        font = fonts.Font(*key, FONT_FILES[key], line["size"])
        assert abs(line["length"] - font.width(line["text"])) < 0.01 * line["length"], line


def test_the_chart_zooms_by_keyboard_and_fits_the_window_again(page, log_in):
    log_in("kp02")
    page.goto(f"{page.base_url}/orgchart/")
    chart = page.locator("svg.orgchart-svg")
    fitted = float(chart.get_attribute("width"))
    page.get_by_role("button", name="Pomniejsz").focus()
    page.keyboard.press("Enter")
    assert float(chart.get_attribute("width")) < fitted
    page.get_by_role("button", name="Dopasuj do okna").focus()
    page.keyboard.press("Enter")
    assert float(chart.get_attribute("width")) == fitted
    assert page.locator("[data-zoom-level]").inner_text().endswith("%")


def test_a_box_is_reached_and_followed_by_keyboard(page, log_in):
    log_in("kp02")
    page.goto(f"{page.base_url}/orgchart/")
    link = page.locator("svg.orgchart-svg a[href='/units/KP-04/']")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/units/KP-04/")
