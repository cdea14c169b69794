"""Rasa wrapper around bot.nlu.extract: a rule-based, non-trainable entity extractor.

All logic lives in bot.nlu.extract (no Rasa import) so it can be unit-tested in .venv without Rasa.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.extract import extract

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class MobilityEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Countries (with role), cities, dates, durations, roles, activities, institutions, receiving orgs."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MobilityEntityExtractor:
        return cls(config)

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # Nothing to learn; annotations in the data are only used by `rasa test` to score us.
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            try:
                found = extract(text) if isinstance(text, str) else []
            except Exception:  # a rule bug must never take the whole bot down: log it, return no entities
                logger.exception("MobilityEntityExtractor failed on a message of %d chars", len(text or ""))
                found = []
            found = self.add_extractor_name(found)
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
