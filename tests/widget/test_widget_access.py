"""The widget for everyone: axe-core's accessibility rules (from the npm registry, injected into the page), a
conversation with the keyboard alone, a phone-sized screen, and what a person sees when the server is down and
when it is back. Headless Debian Chromium against the real servers (the shared assistant of tests/e2e)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from scripts.serve import Assistant
from tests.conftest import REPO

sync_api = pytest.importorskip("playwright.sync_api")

AXE = REPO / ".state" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
REPLY_TIMEOUT_MS = 30_000
DESKTOP = {"viewport": {"width": 1100, "height": 760}}
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True,
         "has_touch": True}


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def new_page(chromium: Any, assistant: Assistant, device: dict[str, Any]) -> Any:
    context = chromium.new_context(locale="en-GB", **device)
    page = context.new_page()
    page.goto(assistant.widget_url)
    return page


def open_and_greet(page: Any) -> None:
    page.get_by_role("button", name="Open the Erasmus+ assistant").click()
    box = page.get_by_role("textbox", name="Ask about your mobility…")
    box.fill("Hello")
    box.press("Enter")
    page.locator(".row.bot .bubble").nth(1).wait_for(timeout=REPLY_TIMEOUT_MS)
    page.locator(".quick-reply").first.wait_for(timeout=REPLY_TIMEOUT_MS)
    # Checked once the panel's opening animation (a 12 px rise with a fade, widget.css) and the bubbles' have
    # ended: under load axe measured the colours mid-fade (colour-contrast on the privacy note, a red CI run)
    # and the phone box was measured 3 px low.
    page.get_by_role("dialog", name="Erasmus+ assistant").evaluate(
        "el => Promise.all(el.getAnimations({subtree: true})"
        ".filter(a => a.effect.getTiming().iterations !== Infinity).map(a => a.finished))")  # not typing dots


def serious_violations(page: Any) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/ensure_services.sh (scripts/test.sh does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    assert result["passes"], "axe checked nothing"
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("device", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_or_critical_accessibility_violation(chromium: Any, assistant: Assistant,
                                                        device: dict[str, Any]) -> None:
    # The page's CSP (script-src 'self') would block the injected axe script; the test browser may bypass it.
    page = new_page(chromium, assistant, {**device, "bypass_csp": True})
    try:
        assert serious_violations(page) == []  # the page with the closed launcher
        open_and_greet(page)
        assert serious_violations(page) == []  # an open conversation with a reply and quick replies
    finally:
        page.context.close()


def test_a_phone_sized_screen_shows_the_whole_chat(chromium: Any, assistant: Assistant) -> None:
    page = new_page(chromium, assistant, PHONE)
    try:
        open_and_greet(page)
        width, height = PHONE["viewport"]["width"], PHONE["viewport"]["height"]
        dialog = page.get_by_role("dialog", name="Erasmus+ assistant")
        panel = dialog.bounding_box()
        assert panel["x"] >= 0 and panel["y"] >= 0, panel
        assert panel["x"] + panel["width"] <= width + 1 and panel["y"] + panel["height"] <= height + 1, panel
        for name in ("textbox", "button"):
            target = (page.get_by_role("textbox", name="Ask about your mobility…") if name == "textbox"
                      else page.get_by_role("button", name="Send"))
            box = target.bounding_box()
            assert box["y"] + box["height"] <= height and box["x"] + box["width"] <= width, (name, box)
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
        # Touch targets: quick replies and the send button at least 24 px high (WCAG 2.2 target size).
        sizes = [b.bounding_box()["height"] for b in page.locator(".quick-reply, .send").all()]
        assert sizes and min(sizes) >= 24, sizes
        page.locator(".quick-reply").first.tap()
        page.locator(".row.bot .bubble").nth(2).wait_for(timeout=REPLY_TIMEOUT_MS)
        page.screenshot(path="/tmp/widget-phone.png")
    finally:
        page.context.close()


def focused(page: Any) -> dict[str, Any]:
    """The focused element, looked up inside the widget's shadow root."""
    return page.evaluate(
        "(() => { let e = document.activeElement; "
        "while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; "
        "return {tag: e.tagName, cls: String(e.className), "
        "label: e.getAttribute('aria-label') || '', text: e.textContent.trim()}; })()"
    )


def tab_until(page: Any, matches: Any, key: str = "Tab", limit: int = 25) -> dict[str, Any]:
    for _ in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if matches(now):
            return now
    raise AssertionError(f"{key} never reached the element; focus ended on {now}")


def test_a_whole_conversation_with_the_keyboard_alone(chromium: Any, assistant: Assistant) -> None:
    page = new_page(chromium, assistant, DESKTOP)
    try:
        tab_until(page, lambda f: f["label"] == "Open the Erasmus+ assistant")
        page.keyboard.press("Enter")
        assert focused(page)["tag"] == "TEXTAREA"  # the dialog opens with the focus in the message box
        page.keyboard.type("Hello")
        page.keyboard.press("Enter")
        page.locator(".quick-reply").first.wait_for(timeout=REPLY_TIMEOUT_MS)
        # The answer's choices are reachable backwards from the message box, and Enter picks one.
        choice = tab_until(page, lambda f: "quick-reply" in f["cls"], key="Shift+Tab")
        page.keyboard.press("Enter")
        sync_api.expect(page.locator(".row.user .bubble").last).to_contain_text(choice["text"])
        page.locator(".row.bot .bubble").nth(2).wait_for(timeout=REPLY_TIMEOUT_MS)
        assert focused(page)["tag"] == "TEXTAREA"  # focus back to typing
        page.keyboard.press("Escape")
        sync_api.expect(page.get_by_role("dialog")).to_be_hidden()
        assert focused(page)["label"] == "Open the Erasmus+ assistant"
    finally:
        page.context.close()


def test_an_unreachable_server_is_said_and_the_message_sent_again_when_it_is_back(
    chromium: Any, assistant: Assistant
) -> None:
    page = new_page(chromium, assistant, DESKTOP)
    rasa = assistant.servers["rasa"]
    try:
        open_and_greet(page)
        rasa.stop()  # the real server goes away (the widget page is served by another process)
        box = page.get_by_role("textbox", name="Ask about your mobility…")
        box.fill("When must I apply?")
        box.press("Enter")
        alert = page.get_by_role("alert")
        sync_api.expect(alert).to_contain_text("cannot be reached", timeout=REPLY_TIMEOUT_MS)
        sync_api.expect(page.locator(".typing")).to_be_hidden()
        page.screenshot(path="/tmp/widget-unreachable.png")
        rasa.start()
        assistant.wait(["rasa"])
        page.get_by_role("button", name="Send again").click()
        sync_api.expect(alert).to_have_count(0, timeout=REPLY_TIMEOUT_MS)
        page.locator(".row.bot .bubble").nth(2).wait_for(timeout=REPLY_TIMEOUT_MS)
        users = [t.strip() for t in page.locator(".row.user .bubble").all_inner_texts()]
        assert [u for u in users if u.endswith("When must I apply?")] and len(users) == 2, users
        transcript = json.loads(page.evaluate("localStorage.getItem('erasmus-chat-transcript')") or "[]")
        assert [m["who"] for m in transcript].count("user") == 2  # kept once, not once per attempt
    finally:
        if rasa.died() or rasa.process is None or rasa.process.poll() is not None:
            rasa.start()
            assistant.wait(["rasa"])
        page.context.close()
