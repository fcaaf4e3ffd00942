"""A conversation's history: the turns asked so far (one per browser tab / CLI chat), and what it is about."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.models import Answer, ListItem
from core.query import Intent, Query


@dataclass
class Focus:
    """What the conversation is about after a turn. A follow-up changes only what it names: "thế ở Đồng Tháp thì
    sao?" the place, "còn đơn vị phối hợp?" the field asked, "đơn vị đó còn làm gì?" the question about the unit."""

    topic: Query | None = None  # the last question that named a topic of its own (as resolved)
    unit: str = ""  # the unit last asked about, or the lead of the last task cited
    task: str = ""  # clause id of the last task cited ("" when the last answer cited several plans)
    tasks: list[str] = field(default_factory=list)  # clause ids the last answer cited, best first
    doc_ids: list[str] = field(default_factory=list)  # the plans of the last answer
    items: list[ListItem] = field(default_factory=list)  # the last list shown ("nhiệm vụ thứ hai")
    pending: Intent | None = None  # what the question we asked back was about ("hạn khi nào?" → which task?)


@dataclass
class Turn:
    question: str
    resolved: str  # the standalone question actually answered
    query: Query
    answer: Answer
    focus: Focus = field(default_factory=Focus)


@dataclass
class Conversation:
    """History of one user's session (one per browser tab / CLI chat)."""

    turns: list[Turn] = field(default_factory=list)
    max_turns: int = 20

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    @property
    def focus(self) -> Focus | None:
        return self.turns[-1].focus if self.turns else None

    def add(self, turn: Turn) -> None:
        self.turns.append(turn)
        del self.turns[: -self.max_turns]

    def history_pairs(self) -> list[tuple[str, str]]:
        return [(t.resolved, t.answer.text) for t in self.turns]

    def clear(self) -> None:
        self.turns.clear()
