"""The web widget in headless Chromium against the real servers started by scripts/serve.py.

Playwright cannot download its browser here, so it drives Debian's chromium (scripts/ensure_browser.sh).
Screenshots go to /tmp/widget-*.png for a human look.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from scripts.serve import Assistant

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]
REPLY_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.fail("chromium is missing: run scripts/ensure_browser.sh (scripts/test.sh does)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: object, assistant: Assistant) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1100, "height": 760}, locale="en-GB")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(assistant.widget_url)
    yield opened
    context.close()
    assert not errors, errors


def open_chat(page: object) -> None:
    page.get_by_role("button", name="Open the Erasmus+ assistant").click()
    sync_api.expect(page.get_by_role("dialog", name="Erasmus+ assistant")).to_be_visible()


def send(page: object, text: str) -> None:
    box = page.get_by_role("textbox", name="Ask about your mobility…")
    box.fill(text)
    box.press("Enter")


def test_a_message_gets_a_reply_with_buttons(page: object) -> None:
    open_chat(page)
    send(page, "Hello")
    bot_bubbles = page.locator(".row.bot .bubble")
    sync_api.expect(bot_bubbles).to_have_count(2, timeout=REPLY_TIMEOUT_MS)  # the welcome + the reply
    sync_api.expect(bot_bubbles.nth(1)).to_contain_text("Erasmus+")
    quick = page.locator(".quick-reply")
    sync_api.expect(quick.first).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    page.screenshot(path="/tmp/widget-reply.png")
    # A quick reply sends its payload and shows its title as the user's message.
    title = quick.first.inner_text()
    quick.first.click()
    sync_api.expect(page.locator(".row.user .bubble").last).to_contain_text(title)
    sync_api.expect(bot_bubbles.nth(2)).to_be_visible(timeout=REPLY_TIMEOUT_MS)  # the answer to the choice


def test_user_text_is_shown_as_text_never_as_html(page: object) -> None:
    open_chat(page)
    send(page, '<img src=x onerror="window.__owned=1"><b>bold?</b>')
    user = page.locator(".row.user .bubble").last
    sync_api.expect(user).to_contain_text('<img src=x onerror="window.__owned=1"><b>bold?</b>')
    assert user.locator("img, b").count() == 0
    page.locator(".row.bot .bubble").nth(1).wait_for(timeout=REPLY_TIMEOUT_MS)
    assert page.evaluate("window.__owned") is None


def test_links_and_addresses_are_clickable(page: object) -> None:
    open_chat(page)
    send(page, "What is the e-mail address of the Erasmus office at IMT Lucca?")
    mail = page.locator('.row.bot a[href^="mailto:"]').first
    mail.wait_for(timeout=REPLY_TIMEOUT_MS)
    assert "erasmus@imtlucca.it" in mail.get_attribute("href")
    page.screenshot(path="/tmp/widget-contact.png")


def test_a_reload_continues_the_same_conversation(page: object) -> None:
    open_chat(page)
    send(page, "Hello")
    page.locator(".row.bot .bubble").nth(1).wait_for(timeout=REPLY_TIMEOUT_MS)
    sender = page.evaluate("localStorage.getItem('erasmus-chat-sender')")
    assert sender and sender.startswith("web-")
    page.reload()
    open_chat(page)
    assert page.evaluate("localStorage.getItem('erasmus-chat-sender')") == sender
    sync_api.expect(page.locator(".row.user .bubble")).to_have_count(1)  # the transcript is shown again


def test_keyboard_only_use_and_escape(page: object) -> None:
    page.keyboard.press("Tab")  # the demo page's link, then the launcher
    launcher = page.get_by_role("button", name="Open the Erasmus+ assistant")
    launcher.focus()
    page.keyboard.press("Enter")
    box = page.get_by_role("textbox", name="Ask about your mobility…")
    sync_api.expect(box).to_be_focused()
    page.keyboard.type("Hello")
    page.keyboard.press("Enter")
    page.locator(".row.bot .bubble").nth(1).wait_for(timeout=REPLY_TIMEOUT_MS)
    page.keyboard.press("Escape")
    sync_api.expect(page.get_by_role("dialog")).to_be_hidden()
    sync_api.expect(launcher).to_be_focused()


def test_delete_my_data_sends_the_command_and_starts_afresh(page: object) -> None:
    open_chat(page)
    send(page, "I'm a PhD student at IMT Lucca")
    page.locator(".row.bot .bubble").nth(1).wait_for(timeout=REPLY_TIMEOUT_MS)
    old = page.evaluate("localStorage.getItem('erasmus-chat-sender')")
    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_request(lambda r: r.url.endswith("/webhooks/rest/webhook")) as sent:
        page.get_by_role("button", name="Delete my data").click()
    assert '"/delete_my_data"' in sent.value.post_data
    assert old in sent.value.post_data
    sync_api.expect(page.locator(".row.user")).to_have_count(0, timeout=REPLY_TIMEOUT_MS)
    sync_api.expect(page.locator(".row.bot .bubble").last).to_contain_text("erased", timeout=REPLY_TIMEOUT_MS)
    assert page.evaluate("localStorage.getItem('erasmus-chat-sender')") != old
    page.screenshot(path="/tmp/widget-deleted.png")
