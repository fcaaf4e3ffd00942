"""A conversation's history: the turns asked so far (one per browser tab / CLI chat)."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.models import Answer
from core.query import Query


@dataclass
class Turn:
    question: str
    resolved: str  # the standalone question actually answered
    query: Query
    answer: Answer


@dataclass
class Conversation:
    """History of one user's session (one per browser tab / CLI chat)."""

    turns: list[Turn] = field(default_factory=list)
    max_turns: int = 20

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[: -self.max_turns]

    def history_pairs(self) -> list[tuple[str, str]]:
        return [(t.resolved, t.answer.text) for t in self.turns]

    def clear(self) -> None:
        self.turns.clear()
