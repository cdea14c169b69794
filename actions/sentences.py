"""The one sentence splitter that question detectors share, so that they cut a message at the same places."""

from __future__ import annotations

import re

# Split after the end mark and its spaces, keeping the mark with its sentence: "?" tells a question apart.
SENTENCE_RX = re.compile(r"(?<=[.!?])\s+")
