"""The package's lazy public names stay functions whatever is imported first: importing the submodule
`rules_core.options` before calling `rules_core.options(...)` used to replace the function with the module
("'module' object is not callable", found in round 55's tests when run in another order). Each case runs in a
fresh interpreter, where the import order is the one written."""
from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "submodule first": "from rules_core.options import open_activities\nimport rules_core\n"
                       "assert callable(rules_core.options), rules_core.options",
    "function first": "import rules_core\nf = rules_core.options\n"
                      "from rules_core.options import open_activities\n"
                      "assert callable(rules_core.options) and rules_core.options is f",
    "submodule only": "import rules_core.options\nimport sys\n"
                      "assert callable(sys.modules['rules_core'].options)",
}


@pytest.mark.parametrize("code", CASES.values(), ids=CASES.keys())
def test_options_stays_the_function(code):
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
