"""Done when: kp05 registers a public-information request, drafts the answer, po approves it, and
the Director finds it nowhere (register, search, my work, direct URL → 404)."""

import re


def _register_request(page, axe_violations):
    page.goto(f"{page.base_url}/inquiries/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Zarejestruj interpelację lub wniosek").click()
    assert axe_violations(page) == []
    page.get_by_label("Rodzaj").select_option(label="Wniosek o udostępnienie informacji publicznej")
    page.get_by_label("Komórka przygotowująca odpowiedź").select_option(
        label="KP-05 Kancelaria Tajna"
    )
    page.get_by_label("Data wpływu").fill("2026-04-17")
    page.get_by_label("Nadawca").fill("Stowarzyszenie Watchdog Kraków")
    page.get_by_label("Przedmiot").fill("Liczba dokumentów przekazanych w 2025 r.")
    page.get_by_role("button", name="Zarejestruj").click()
    page.wait_for_url(re.compile(r".*/inquiries/\d+/$"))
    return page.url


def test_kp05_request_approved_by_po_is_invisible_to_the_director(page, log_in, axe_violations):
    # given kp05 registers a request received on Friday 17 April 2026
    log_in("kp05")
    url = _register_request(page, axe_violations)
    sign = page.locator("h1 .symbol").inner_text()
    # then its term is Monday 4 May 2026 (1 May a holiday, then a Saturday and 3 May)
    assert "4 maja 2026 (poniedziałek)" in page.locator("#inquiry-deadline").inner_text()
    assert axe_violations(page) == []
    # when kp05 writes the draft and submits it
    page.get_by_role("link", name="Napisz projekt").click()
    page.get_by_label("Projekt odpowiedzi").fill("W odpowiedzi na wniosek informuję, że …")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Zapisz projekt").click()
    page.get_by_role("button", name="Przekaż do akceptacji").click()
    page.wait_for_url(url)
    assert "Czeka na akceptację" in page.content()
    # and po, the approver on KP-05's line, approves it
    page.context.clear_cookies()
    log_in("po")
    page.locator("#main").get_by_role("link", name=sign).first.click()  # on po's "my work"
    page.get_by_role("button", name="Zaakceptuj projekt").click()
    page.wait_for_url(url)
    assert "Zaakceptowana" in page.locator(".facts").inner_text()
    # and po's search finds it
    page.goto(f"{page.base_url}/search/?q={sign}")
    assert page.locator("main a[href*='/inquiries/']").count() >= 1
    # then the Director finds it nowhere
    page.context.clear_cookies()
    log_in("dyrektor")
    assert sign not in page.content()  # my work
    page.goto(f"{page.base_url}/inquiries/")
    assert sign not in page.content()
    page.goto(f"{page.base_url}/search/?q={sign}")
    assert page.locator("main a[href*='/inquiries/']").count() == 0
    response = page.goto(url)
    assert response.status == 404
