"""The real action package, slowed down on demand, for tests/infra/test_faults.py (`--actions` of the action
server). While the file named by $SLOW_ACTIONS_FLAG exists, every action call first waits the number of
seconds written in it: a slow action server without touching actions/.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import pkgutil
from pathlib import Path
from typing import Any

from rasa_sdk.executor import ActionExecutor

import actions

# rasa-sdk registers every Action subclass imported so far: import the whole real package.
for module in pkgutil.walk_packages(actions.__path__, "actions."):
    importlib.import_module(module.name)

_original_run = ActionExecutor.run


async def _run(self: ActionExecutor, action_call: dict[str, Any]) -> Any:
    flag = os.environ.get("SLOW_ACTIONS_FLAG")
    if flag and Path(flag).exists():
        await asyncio.sleep(float(Path(flag).read_text() or "10"))
    return await _original_run(self, action_call)


ActionExecutor.run = _run  # type: ignore[method-assign]
