"""Cuts over-long messages before tokenizing: a 100 kB message otherwise costs ~270 ms of n-gram counting.

Intent and entities of a chat message are in its beginning; the extractor scans 2,000 characters anyway.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MessageTruncator(GraphComponent):
    """Keeps the first `max_chars` characters of the user text (must come first in the pipeline)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"max_chars": 2000}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageTruncator:
        return cls(int(config.get("max_chars", 2000)))

    def __init__(self, max_chars: int) -> None:
        self._max = max_chars

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and len(text) > self._max:
                message.set(TEXT, text[: self._max])
        return messages
