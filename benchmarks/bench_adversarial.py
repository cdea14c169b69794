"""Cost of hostile text in the parts that read every message: is it linear in the length?

Feeds adversarial inputs of 100 to 2,000 characters (repeated separators, long digit runs, nested brackets,
near-miss dates, repeated month words, mixed scripts with zero-width marks, an ordinary sentence repeated)
to the NLU fact extractor (bot/nlu/extract.py, dates included) and the intent signals (bot/nlu/signals.py),
and prints the median time per call, the time per character and the growth from 100 to 2,000 characters.
Linear cost grows about 20x over that range; catastrophic regex backtracking would grow by orders of
magnitude (or never finish). Inputs beyond 2,000 characters are cut by the extractor (MAX_CHARS) and the
Rasa pipeline (bot/nlu/truncate.py), and the Rasa server refuses bodies over 64 KB (bot/limits.py).

Usage: .venv/bin/python benchmarks/bench_adversarial.py [--repeats 15] [--lengths 100,250,500,1000,2000]
A benchmark, not a test: it prints figures and exits 1 only when a growth exceeds --max-growth (default 60).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.nlu import extract as extract_module  # noqa: E402
from bot.nlu.signals import signals  # noqa: E402

TODAY = dt.date(2025, 9, 15)
SHAPES: dict[str, str] = {
    "separators": " ,;.-/ ",
    "digits": "1234567890",
    "digit runs and dots": "12.05.2026.",
    "nested brackets": "(([[{{<",
    "near-miss dates": "9 to 20 feb 20 ",
    "month words": "février mars april mei ",
    "ranges": "du 1 au 2 du 3 au 4 ",
    "mixed scripts": "Ελλά\u200bда日本\u202eمصر😀 ",
    "sentence": "I am Belgian, staff at ITM Antwerp, training in Madrid from 9 to 20 February 2026. ",
    "html and sql": "<b onclick='x'>'; DROP TABLE events; -- ",
}


def make(shape: str, length: int, salt: int) -> str:
    """`length` characters of the shape; the salt varies the text so no cache answers."""
    unit = SHAPES[shape]
    text = (unit * (length // len(unit) + 1))[: length - 4]
    return f"{text}{salt:04d}"[:length]


def median_seconds(function: Callable[[str], object], shape: str, length: int, repeats: int) -> float:
    times = []
    for salt in range(repeats):
        text = make(shape, length, salt)
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--lengths", default="100,250,500,1000,2000")
    parser.add_argument("--max-growth", type=float, default=60.0,
                        help="growth 100 -> 2000 chars above this counts as super-linear (linear: 20)")
    args = parser.parse_args(argv)
    lengths = [int(n) for n in args.lengths.split(",")]
    # The uncached extractor: the module's lru_cache would answer repeated texts for free.
    functions: dict[str, Callable[[str], object]] = {
        "extract": lambda text: extract_module._extract.__wrapped__(text, TODAY),
        "signals": lambda text: (extract_module._extract.cache_clear(), signals(text)),
    }
    worst = 0.0
    print(f"{'function':8} {'input':20} " + " ".join(f"{n:>9}" for n in lengths) + "   us/char   growth")
    for name, function in functions.items():
        for shape in SHAPES:
            medians = [median_seconds(function, shape, n, args.repeats) for n in lengths]
            growth = medians[-1] / medians[0] if medians[0] else float("inf")
            worst = max(worst, growth)
            cells = " ".join(f"{m * 1e3:8.2f}ms" for m in medians)
            print(f"{name:8} {shape:20} {cells}   {medians[-1] / lengths[-1] * 1e6:7.2f}   {growth:6.1f}x")
    expected = lengths[-1] / lengths[0]
    print(f"\nlength grows {expected:.0f}x; worst time growth {worst:.1f}x "
          f"({'linear or better' if worst <= args.max_growth else 'SUPER-LINEAR'})")
    return 0 if worst <= args.max_growth else 1


if __name__ == "__main__":
    sys.exit(main())
