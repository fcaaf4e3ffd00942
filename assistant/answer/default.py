"""Default answerer (no LLM, no network): composes a short cited Vietnamese answer from retrieved clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest

from assistant.answer.quotes import Citations, citation_text, section_text
from assistant.answer.task import stating_clause
from assistant.answer.texts import REFUSAL, not_indexed
from assistant.index.corpus_stats import topic_words
from core.models import Answer, Citation, Clause, Document, Hit, Responsibility
from core.query import Intent, Query
from core.settings import Settings
from core.textnorm import fold


@dataclass
class Evidence:
    """A retrieved clause chosen to answer from."""

    hit: Hit
    doc: Document
    clause: Clause
    coverage: float  # share of the question's topic words found in the clause (and its heading trail)


def coverage(terms: list[str], text: str, idf: dict[str, float] | None = None) -> float:
    """Share of the question's topic words found in ``text``, each weighted by its rarity in the corpus."""
    if not terms:
        return 0.0
    words = topic_words(text)
    unseen = idf.get("", 1.0) if idf else 1.0  # words the corpus never uses weigh the most
    weight = (lambda t: idf.get(t, unseen)) if idf else (lambda t: 1.0)
    total = sum(weight(t) for t in terms)
    return sum(weight(t) for t in terms if t in words) / total if total else 0.0


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")


def sentences(text: str) -> list[str]:
    """A clause's sentences and lines (split after "." or ";" and at line breaks), stripped, non-empty."""
    return [p.strip() for p in re.split(r"(?<=[.;])\s+|\n", text) if p.strip()]


# A question that asks for a value of a given kind needs a clause holding such a value.
_ASKS = [
    (re.compile(r"\b(bao nhieu tien|kinh phi bao nhieu|bao nhieu kinh phi|tong kinh phi|muc kinh phi|bao nhieu (ty|trieu|dong))\b"),
     re.compile(r"\d[\d.,]*\s*(dong|ty|trieu|nghin|vnd)\b")),
    (re.compile(r"\b(so dien thoai|dien thoai|duong day nong|hotline|email|dia chi)\b"), re.compile(r"\d{3,}[.\s]?\d{3,}|@")),
    (re.compile(r"\b(bao nhieu phan tram|phan tram|ty le|ti le)\b"), _PERCENT),
    (re.compile(r"\b(truoc ngay nao|ngay nao|ngay may|thang nao|han chot)\b"),
     re.compile(r"\b(ngay \d|\d{1,2}/\d{1,2}|thang \d|quy [ivx1-4]|thuong xuyen)")),
]


def asked_value(folded_question: str) -> re.Pattern | None:
    """The pattern a supporting clause must contain for this question, if it asks for a typed value."""
    for ask, need in _ASKS:
        if ask.search(folded_question):
            return need
    return None


def best_sentences(text: str, terms: list[str], must: re.Pattern | None = None, limit: int = 2,
                   idf: dict[str, float] | None = None) -> list[str]:
    """The sentences of a clause that best cover the question's terms (in text order)."""
    parts = sentences(text)
    if must is not None:
        parts = [p for p in parts if must.search(fold(p))] or parts
    scored = sorted(range(len(parts)), key=lambda i: -coverage(terms, parts[i], idf))[:limit]
    return [parts[i] for i in sorted(scored)]


def _join(units: list[str]) -> str:
    return ", ".join(units)


def _sentences_with(text: str, pattern: re.Pattern, limit: int = 2) -> list[str]:
    out = [p for p in sentences(text) if pattern.search(fold(p))]
    return out[:limit]


class DefaultAnswerer:
    """Rules over the clause tree and its extracted responsibilities (no LLM, no network).

    Answers from hits that carry their plan and clause (``Hit.doc``/``Hit.clause``, set by the service)."""

    def __init__(self, settings: Settings | None = None, idf: dict[str, float] | None = None):
        settings = settings or Settings()
        self.min_coverage = settings.answer_min_coverage
        self.top = settings.evidence_top
        self.responsibility_slack = settings.responsibility_slack
        self.compare_slack = settings.compare_slack
        self.summary_chars = settings.summary_chars
        self.idf = idf or {}

    # -- evidence -----------------------------------------------------------------------------
    def evidence(self, query: Query, hits: list[Hit]) -> list[Evidence]:
        """The hits worth answering from, best first (hits without their clause are skipped)."""
        terms = query.content_terms
        out: list[Evidence] = []
        for h in hits:
            if h.doc is None or h.clause is None:
                continue
            scope = f"{' '.join(h.clause.heading_trail)} {h.chunk.text}"
            out.append(Evidence(h, h.doc, h.clause, coverage(terms, scope, self.idf)))
        return out

    def supported(self, query: Query, evidence: list[Evidence]) -> bool:
        """Is there evidence good enough to answer (decided before composing, and before any LLM call)?"""
        if query.unknown_provinces and not query.provinces:
            return False
        if not evidence:
            return False
        need = asked_value(query.folded)
        if need is None:
            return max(e.coverage for e in evidence[: self.top]) >= self.min_coverage
        # the value asked for must sit in a sentence about the question's topic, not anywhere in the clause
        terms = query.content_terms
        best = 0.0
        for e in evidence[: self.top]:
            for sent in sentences(e.hit.chunk.text):
                if need.search(fold(sent)):
                    best = max(best, coverage(terms, f"{' '.join(e.clause.heading_trail)} {sent}", self.idf))
        return best >= self.min_coverage

    # -- composing ----------------------------------------------------------------------------
    def answer(self, query: Query, hits: list[Hit], by_retrieval: bool = False) -> Answer:
        """The answer from the best evidence: the clause covering most of the question's topic words (the
        retrieval score breaks ties), or with ``by_retrieval`` (hits retrieved for a counterpart of a known clause)
        the best-ranked hit among those covering enough of them."""
        evidence = self.evidence(query, hits)
        if not self.supported(query, evidence):
            return self.refusal(query, hits)
        need = asked_value(query.folded)
        ev = sorted(evidence[: self.top], key=lambda e: (need is not None and not need.search(fold(e.hit.chunk.text)),
                                                 e.coverage < self.min_coverage if by_retrieval else -round(e.coverage, 1),
                                                 -e.hit.score))
        intent = query.intent
        if intent == Intent.COMPARE:
            return self._compare(query, evidence, hits)
        best = ev[0]
        if intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE) and best.clause.responsibility.is_empty():
            # prefer a clause that states who does it, unless it is clearly less on topic
            best = next((e for e in ev if not e.clause.responsibility.is_empty()
                         and e.coverage >= best.coverage - self.responsibility_slack), best)
        cites = Citations()
        n = cites.add(best.doc, best.clause, citation_text(best.doc, best.clause, best.hit.chunk))
        r = best.clause.responsibility
        stated = stating_clause(best.doc, best.clause)
        m = cites.add(best.doc, stated, section_text(best.doc, stated)) \
            if stated is not None and stated.id != best.clause.id else None
        ref = f"[{n}]" + (f"[{m}]" if m else "")
        text = self._compose(intent, best, r, ref, query, need)
        return Answer(query.text, text, cites.items, refused=False, intent=intent.value, hits=hits)

    def _compose(self, intent: Intent, e: Evidence, r: Responsibility, ref: str, query: Query,
                 need: re.Pattern | None) -> str:
        where = f"Theo {e.doc.meta.issuer or e.doc.file_name}, mục {e.clause.path}"
        task = e.clause.title
        lead = r.lead or r.implementers
        # faithful to the plan's wording: "Đơn vị thực hiện: X" is reported as "X thực hiện"
        lead_word = "chủ trì" if r.lead and r.lead != r.implementers else "thực hiện"
        if intent == Intent.PARTNERS and r.partners:
            head = f"Đơn vị phối hợp: {_join(r.partners)}"
            if lead:
                head += f" (đơn vị {lead_word}: {_join(lead)})"
            return f"{head}. {ref}\n{where} — “{task}”."
        dated = [x for x in sentences(e.clause.text) if need is not None and need.search(fold(x))]
        if intent == Intent.DEADLINE and need is not None and (len(dated) > 1 or not (r.deadline and need.search(fold(r.deadline)))):
            # several dates in the clause (or none in its stated deadline): quote the sentence on the topic
            sents = best_sentences(e.clause.text, query.content_terms, need, 1, self.idf)
            return f"{' '.join(sents)} {ref}\n{where}."
        if intent == Intent.DEADLINE and r.deadline:
            s = f"Thời gian thực hiện: {r.deadline}"
            if lead:
                s += f"; đơn vị {lead_word}: {_join(lead)}"
            return f"{s}. {ref}\n{where} — “{task}”."
        if intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE, Intent.UNIT_TASKS) and (lead or r.advisers):
            parts = []
            if lead:
                parts.append(f"{_join(lead)} {lead_word}")
            if r.advisers and r.advisers != lead:
                parts.append(f"tham mưu: {_join(r.advisers)}")
            if r.partners:
                parts.append(f"phối hợp: {_join(r.partners)}")
            if r.implementers and r.lead and r.implementers != r.lead:
                parts.append(f"thực hiện: {_join(r.implementers)}")
            if r.deadline:
                parts.append(f"thời gian: {r.deadline}")
            return f"{'; '.join(parts)}. {ref}\n{where} — “{task}”."
        if intent == Intent.TARGET or need is not None:
            pat = need or _PERCENT
            sents = best_sentences(e.hit.chunk.text, query.content_terms, pat, 1, self.idf)
            return f"{' '.join(sents)} {ref}\n{where}."
        if intent == Intent.SUMMARY:
            body = e.hit.chunk.text
            body = body if len(body) <= self.summary_chars else body[: self.summary_chars - 3].rsplit(" ", 1)[0] + "…"
            return f"{where}: {body} {ref}"
        # content: the clause's sentences that answer the question, in its own words
        sents = best_sentences(e.hit.chunk.text, query.content_terms, None, 2, self.idf)
        return f"{where}: {' '.join(sents)} {ref}"

    def _compare(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer:
        cites = Citations()
        lines: list[str] = []
        seen_docs: set[str] = set()
        top = max(e.coverage for e in evidence)
        for e in evidence:
            if e.doc.id in seen_docs or e.coverage < max(self.min_coverage, top - self.compare_slack):
                continue
            seen_docs.add(e.doc.id)
            n = cites.add(e.doc, e.clause, citation_text(e.doc, e.clause, e.hit.chunk))
            pat = _PERCENT if query.intent in (Intent.TARGET, Intent.COMPARE) and "%" in e.hit.chunk.text else None
            detail = " ".join(_sentences_with(e.hit.chunk.text, pat, 1)) if pat else e.clause.title
            place = e.doc.meta.province or e.doc.meta.issuer
            lines.append(f"- {place} ({e.doc.meta.issuer}, mục {e.clause.path}): {detail} [{n}]")
        text = "Các kế hoạch có nội dung này:\n" + "\n".join(lines)
        return Answer(query.text, text, cites.items, refused=False, intent=query.intent.value, hits=hits)

    def refusal(self, query: Query, hits: list[Hit]) -> Answer:
        text = REFUSAL
        if query.unknown_provinces and not query.provinces:
            text = not_indexed(query.unknown_provinces)
        return Answer(query.text, text, [], refused=True, intent=query.intent.value, hits=hits)


def combine_per_plan(question: str, parts: list[tuple[str, Answer]], intent: str) -> Answer:
    """One answer from per-plan answers ("ở Hải Dương và ở Đồng Tháp"), citations renumbered in order."""
    lines: list[str] = []
    citations: list[Citation] = []
    for place, ans in parts:
        offset = len(citations)
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", ans.text)
        for c in ans.citations:
            citations.append(Citation(**{**c.__dict__, "n": c.n + offset}))
        if ans.refused:  # a side the plans do not cover says so
            text = "các kế hoạch đã nạp không nêu nội dung này." if not ans.text.startswith("Không có trong kế hoạch: chưa") \
                else ans.text.split(": ", 1)[1]
        lines.append(f"- {place}: {text}")
    refused = all(a.refused for _, a in parts)
    # interleave the plans' hits so each plan's best clauses rank near the top of the evidence list
    hits = [h for group in zip_longest(*(a.hits for _, a in parts)) for h in group if h is not None]
    return Answer(question, "\n".join(lines), citations, refused=refused, intent=intent, hits=hits)
