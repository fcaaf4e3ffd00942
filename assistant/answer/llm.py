"""LLM answerer: a LangChain chat model answers from numbered clauses; every [n] is then checked."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.answer.citations import MARKER, check_citations, is_refusal, marker_numbers
from assistant.answer.condense import condense_question
from assistant.answer.local_gguf import LocalGGUFServer, LocalServerConfig
from assistant.answer.texts import REFUSAL
from core.errors import KehoachError
from core.models import Answer, AnswerMode, Hit
from core.query import Query
from core.settings import Settings
from prompts import load_prompt

log = logging.getLogger(__name__)

FENCE_OPEN = "<<<TRICH_DAN_KE_HOACH>>>"
FENCE_CLOSE = "<<<HET_TRICH_DAN>>>"
REFUSAL_TEXT = REFUSAL  # one refusal text for every answerer
FALLBACK_NOTICE = "Không kết nối được mô hình ngôn ngữ, đã dùng chế độ trả lời mặc định."
NO_CITATION_NOTICE = "Câu trả lời của mô hình không có trích dẫn nào được điều khoản hỗ trợ nên đã bị loại."

Fallback = Callable[[Query, list[Hit]], Answer]

# --- Prompt building --------------------------------------------------------------------------

# Things in plan text that could close the fence, open a new one, or pose as a chat role.
_FENCE_WORDS = re.compile(r"(?i)trich[\s_]*dan[\s_]*ke[\s_]*hoach|het[\s_]*trich[\s_]*dan")
_ANGLE_RUNS = re.compile(r"<{2,}|>{2,}")
_SPECIAL_TOKENS = re.compile(r"<\|[^|<>]{0,40}\|>|</?s>|\[/?INST\]|<</?SYS>>", re.IGNORECASE)
_BACKTICKS = re.compile(r"`{3,}|~{3,}")
_ROLE_LINE = re.compile(
    r"(?im)^(\s*)(#+\s*)?(system|user|assistant|human|ai|developer|tool|hệ thống|người dùng|trợ lý)\s*:"
)
_CLAUSE_HEADER = re.compile(r"(?m)^(\s*)\[(\d{1,3})\]")


def neutralise(text: str) -> str:
    """Make clause text inert inside the prompt: it cannot end the fence or pose as a role/clause.

    Removes chat special tokens, breaks runs of angle brackets and code fences, spells the fence
    words differently, turns "system:"-style line starts into plain text and "[n]" into "(n)" so
    plan text can neither close the context block nor fake a clause number or citation.
    """
    text = _SPECIAL_TOKENS.sub(" ", text)
    text = _ANGLE_RUNS.sub(lambda m: m.group(0)[0], text)
    text = _BACKTICKS.sub("'''", text)
    text = _FENCE_WORDS.sub(lambda m: m.group(0).replace("_", " ").lower(), text)
    text = _ROLE_LINE.sub(lambda m: f"{m.group(1)}({m.group(3)})", text)
    text = MARKER.sub(lambda m: f"({m.group(1)})", text)
    return text


def clause_header(n: int, hit: Hit) -> str:
    """``[n] <plan title> — <issuer> — mục <path>`` (fields neutralised, empty ones left out)."""
    meta = hit.chunk.metadata
    parts = [str(meta.get("title") or meta.get("file_name") or hit.chunk.doc_id), str(meta.get("issuer") or "")]
    path = str(meta.get("path") or hit.chunk.path or "")
    if path:
        parts.append(f"mục {path}")
    return f"[{n}] " + " — ".join(neutralise(" ".join(p.split())) for p in parts if p.strip())


def format_context(hits: list[Hit], max_clause_chars: int = 0) -> str:
    """Numbered clauses for the prompt, one block per hit, in hit order (``[1]`` is ``hits[0]``)."""
    blocks = []
    for n, hit in enumerate(hits, start=1):
        text = hit.chunk.text.strip()
        if max_clause_chars and len(text) > max_clause_chars:
            text = text[:max_clause_chars].rsplit(" ", 1)[0] + " …"
        blocks.append("\n".join([clause_header(n, hit), *clause_facts(hit), neutralise(text)]))
    return "\n\n".join(blocks)


def clause_facts(hit: Hit) -> list[str]:
    """What the parser resolved for a clause, so a model can read who leads it even when the clause's own words
    do not say (a task under a unit heading, a table row): its heading trail and its responsibility."""
    meta = hit.chunk.metadata
    lines = []
    trail = [str(h) for h in meta.get("heading_trail", []) or [] if str(h).strip()]
    if trail:
        lines.append("(Thuộc: " + neutralise(" > ".join(" ".join(h.split()) for h in trail)) + ")")
    roles = []
    if meta.get("lead"):
        roles.append("chủ trì: " + "; ".join(meta["lead"]))
    if meta.get("partners"):
        roles.append("phối hợp: " + "; ".join(meta["partners"]))
    if meta.get("deadline"):
        roles.append("thời hạn: " + str(meta["deadline"]))
    if roles:
        lines.append("(" + neutralise(" — ".join(roles)) + ")")
    return lines


def fill(template: str, **values: str) -> str:
    """Replace ``{name}`` placeholders in one pass (values are never re-scanned for placeholders)."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def build_messages(question: str, hits: list[Hit], max_clause_chars: int = 0) -> list[BaseMessage]:
    """System prompt + user message with the fenced, numbered clauses and the question."""
    user = fill(
        load_prompt("answer_user"),
        context=format_context(hits, max_clause_chars),
        question=" ".join(neutralise(question).split()),
    )
    return [SystemMessage(content=load_prompt("answer_system")), HumanMessage(content=user)]


# --- Chat model -------------------------------------------------------------------------------


def make_chat_model(base_url: str, model: str, settings: Settings, **extra: Any) -> BaseChatModel:
    """``ChatOpenAI`` against an OpenAI-compatible endpoint, streaming, deterministic, no retries."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=base_url,
        model=model or "default",
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=0,
        streaming=True,
        temperature=0,
        max_tokens=settings.llm_max_tokens,
        **extra,
    )


def _connection_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean "the endpoint did not answer properly" (→ fallback answer)."""
    errors: list[type[BaseException]] = [KehoachError, OSError, TimeoutError]
    try:
        import openai

        errors.append(openai.OpenAIError)
    except ImportError:  # pragma: no cover - langchain-openai depends on openai
        pass
    try:
        import httpx

        errors.append(httpx.HTTPError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


# --- Live preview of a streamed answer ---------------------------------------------------------


class LivePreview:
    """Turns raw model tokens into display pieces while they stream.

    Citation markers are held back until complete, then renumbered in order of first appearance
    (numbers outside 1..n_clauses are dropped), leading whitespace is skipped and trailing
    whitespace is held, so when every citation checks out the pieces join to the final text.
    The final ``Answer.text`` is authoritative: a UI replaces the preview with it.
    """

    _OPEN_TAIL = re.compile(r"\[[\d,; ]*$")

    def __init__(self, n_clauses: int):
        self.n_clauses = n_clauses
        self.order: dict[int, int] = {}
        self._pending = ""
        self._started = False

    def _render(self, text: str) -> str:
        def renumber(m: re.Match[str]) -> str:
            out = ""
            for n in dict.fromkeys(marker_numbers(m.group(1))):
                if 1 <= n <= self.n_clauses:
                    out += f"[{self.order.setdefault(n, len(self.order) + 1)}]"
            return out

        return MARKER.sub(renumber, text)

    def feed(self, token: str) -> str:
        """Display text that can be shown now ("" when everything is held back)."""
        buf = self._pending + token
        tail = self._OPEN_TAIL.search(buf)
        cut = tail.start() if tail else len(buf)
        ready, self._pending = buf[:cut], buf[cut:]
        stripped = ready.rstrip()
        self._pending = ready[len(stripped) :] + self._pending  # hold trailing whitespace
        ready = stripped
        if not self._started:
            ready = ready.lstrip()
            self._started = bool(ready)
        return self._render(ready)


# --- The answerer -----------------------------------------------------------------------------


class LLMAnswerer:
    """Answers from retrieved clauses with an LLM, then verifies and renumbers its citations.

    ``fallback(query, hits)`` gives the answer used when the endpoint fails (by default the default answerer);
    its ``Answer`` gets ``mode=AnswerMode.LLM_FALLBACK`` and a visible notice.
    """

    def __init__(
        self,
        settings: Settings,
        chat_model: BaseChatModel | None = None,
        fallback: Fallback | None = None,
        max_clauses: int | None = None,  # default: settings.llm_max_clauses
        max_clause_chars: int = 0,  # 0: whole chunk (chunks are already bounded in tokens)
    ):
        self.settings = settings
        self.fallback = fallback or (lambda query, hits: _default_fallback(query, hits, settings))
        self.max_clauses = max_clauses or settings.llm_max_clauses
        self.max_clause_chars = max_clause_chars
        self._chat_model = chat_model
        self._local: LocalGGUFServer | None = None
        if chat_model is None and settings.llm_gguf:
            self._local = LocalGGUFServer(
                settings.llm_gguf, LocalServerConfig(n_predict=settings.llm_max_tokens)
            )

    @property
    def chat_model(self) -> BaseChatModel:
        """The chat model (for a local GGUF, the model is loaded on first use)."""
        if self._chat_model is None:
            if self._local is not None:
                self._chat_model = make_chat_model(self._local.base_url, self._local.model_name, self.settings)
            else:
                self._chat_model = make_chat_model(self.settings.llm_base_url, self.settings.llm_model, self.settings)
        return self._chat_model

    def close(self) -> None:
        """Stop the local GGUF server, if one was started."""
        if self._local is not None:
            self._local.close()
            self._chat_model = None

    def __enter__(self) -> "LLMAnswerer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def condense(self, question: str, history: list[tuple[str, str]] | None) -> str:
        """Standalone form of a follow-up question (the question itself on any failure)."""
        if not history:
            return question
        try:
            model = self.chat_model
        except KehoachError as exc:  # local model missing or failed to load
            log.warning("cannot condense the question: %s", exc)
            return question
        return condense_question(model, question, history)

    def answer(self, query: Query, hits: list[Hit], history: list[tuple[str, str]] | None = None) -> Answer:
        """The final answer (streams internally and discards the preview pieces)."""
        final: Answer | None = None
        for item in self.stream(query, hits, history):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(
        self, query: Query, hits: list[Hit], history: list[tuple[str, str]] | None = None
    ) -> Iterator[str | Answer]:
        """Yield display pieces as the model writes, then the checked ``Answer`` (always last).

        ``history`` is accepted for interface parity; the question should already be standalone
        (see ``condense.condense_question``): the prompt carries only the clauses and the question.
        """
        started = time.perf_counter()
        question = query.text
        hits = list(hits[: self.max_clauses])
        if not hits:  # nothing to answer from: no need to ask the model
            yield Answer(question=question, text=REFUSAL_TEXT, refused=True, mode=AnswerMode.LLM)
            return
        messages = build_messages(question, hits, self.max_clause_chars)
        preview = LivePreview(len(hits))
        raw: list[str] = []
        try:
            for chunk in self.chat_model.stream(messages):
                token = chunk.content if isinstance(chunk.content, str) else _text_of(chunk.content)
                if not token:
                    continue
                raw.append(token)
                piece = preview.feed(token)
                if piece:
                    yield piece
        except _connection_errors() as exc:
            log.warning("LLM endpoint failed, using the default answerer: %s", exc)
            yield self._fallback_answer(query, hits, started)
            return
        yield self._finish(question, hits, "".join(raw), started)

    def _finish(self, question: str, hits: list[Hit], raw_text: str, started: float) -> Answer:
        log.debug("raw model output: %r", raw_text)
        answer = Answer(question=question, text="", mode=AnswerMode.LLM, hits=hits)
        checked = check_citations(raw_text, hits)
        answer.notices.extend(checked.notices)
        if is_refusal(raw_text) and not checked.citations:
            answer.text, answer.refused = REFUSAL_TEXT, True
        elif not checked.citations:
            answer.text, answer.refused = REFUSAL_TEXT, True
            answer.notices.append(NO_CITATION_NOTICE)
        else:
            answer.text, answer.citations = checked.text, checked.citations
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _fallback_answer(self, query: Query, hits: list[Hit], started: float) -> Answer:
        answer = self.fallback(query, hits)
        answer.mode = AnswerMode.LLM_FALLBACK
        if FALLBACK_NOTICE not in answer.notices:
            answer.notices.insert(0, FALLBACK_NOTICE)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer


def _text_of(content: Any) -> str:
    """Text of a message content given as a list of blocks."""
    if isinstance(content, list):
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content or "")


def _default_fallback(query: Query, hits: list[Hit], settings: Settings) -> Answer:
    """The default (no-LLM) answerer over the same hits (they carry their clauses: ``Hit.doc``/``Hit.clause``)."""
    from assistant.answer.default import DefaultAnswerer

    return DefaultAnswerer(settings).answer(query, hits)
