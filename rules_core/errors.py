"""Exceptions of the rules core. Messages are the one clear line the CLI prints."""

from __future__ import annotations


class InvalidProfile(ValueError):
    """The profile cannot be evaluated (bad JSON shape, impossible date, unknown value...)."""


class UnknownCountry(InvalidProfile):
    """A country text that no code, name or alias resolves; `.suggestions` holds the 3 closest names."""

    def __init__(self, text: str, suggestions: list[str], field: str | None = None) -> None:
        self.text = text
        self.suggestions = suggestions
        self.field = field
        hint = f"; closest names: {', '.join(suggestions)}" if suggestions else ""
        where = f"{field}: " if field else ""
        super().__init__(f"{where}unknown country {text!r}{hint}")


class CallFileError(ValueError):
    """A call definition is invalid; `.problems` lists 'file: place: problem' lines."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))
