"""The widget's static file server for scripts/serve.py (standard library only; run by .venv's Python).

For local runs and tests. In production any web server can serve bot/widget/ (see docs/deploy.md).
"""

from __future__ import annotations

import functools
import http.server
import sys
from pathlib import Path


def serve_widget(widget_dir: Path, port: int, rasa_url: str) -> None:
    """The widget's static files; the demo pages get the Rasa URL of this run and a strict CSP."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header(
                "Content-Security-Policy",
                f"default-src 'self'; connect-src 'self' {rasa_url}; img-src 'self' data:; "
                "style-src 'self'; script-src 'self'; frame-ancestors 'self'",
            )
            super().end_headers()

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            name = self.path.split("?")[0].lstrip("/") or "index.html"
            page = widget_dir / name
            if name.endswith(".html") and page.is_file() and page.parent == widget_dir:
                default = 'data-rasa-url="http://localhost:5005"'
                body = page.read_text().replace(default, f'data-rasa-url="{rasa_url}"')
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            sys.stderr.write(f"widget: {self.address_string()} {format % args}\n")

    handler = functools.partial(Handler, directory=str(widget_dir))
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
