"""Rewrite a follow-up question plus chat history into a standalone question with the LLM."""

from __future__ import annotations

import logging
import re

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from assistant.answer.citations import MARKER
from prompts import load_prompt

log = logging.getLogger(__name__)

_LABEL = re.compile(r"^\s*(câu hỏi độc lập|câu hỏi|standalone question)\s*:\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»`*"


def format_history(history: list[tuple[str, str]], max_turns: int = 3, max_answer_chars: int = 400) -> str:
    """The last ``max_turns`` exchanges as "Người dùng: …" / "Trợ lý: …" lines (answers shortened)."""
    lines = []
    for question, answer in history[-max_turns:]:
        short = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(MARKER.sub("", answer).split()))
        if len(short) > max_answer_chars:
            short = short[:max_answer_chars].rsplit(" ", 1)[0] + " …"
        lines += [f"Người dùng: {' '.join(question.split())}", f"Trợ lý: {short}"]
    return "\n".join(lines)


def clean_question(text: str) -> str:
    """First non-empty line of the model output, without a "Câu hỏi độc lập:" label or quotes."""
    for line in text.strip().splitlines():
        line = _LABEL.sub("", line).strip().strip(_QUOTES).strip()
        if line:
            return line
    return ""


def condense_question(
    chat_model: BaseChatModel | None,
    question: str,
    history: list[tuple[str, str]] | None,
    max_turns: int = 3,
) -> str:
    """A standalone version of ``question`` given ``history`` ((question, answer) pairs).

    Returns ``question`` unchanged when there is no history or no model, when the model fails,
    or when its output is empty or implausibly long.
    """
    if not history or chat_model is None or not question.strip():
        return question
    prompt = load_prompt("condense")
    body = re.sub(
        r"\{(\w+)\}",
        lambda m: {"history": format_history(history, max_turns), "question": question.strip()}.get(
            m.group(1), m.group(0)
        ),
        prompt,
    )
    try:
        reply = chat_model.invoke([HumanMessage(content=body)])
    except Exception as exc:  # any endpoint failure: keep the user's own words
        log.warning("question condensation failed, keeping the original question: %s", exc)
        return question
    content = reply.content if isinstance(reply.content, str) else str(reply.content)
    standalone = clean_question(content)
    if not standalone or len(standalone) > max(300, 4 * len(question)):
        return question
    return standalone
