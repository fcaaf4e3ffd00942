"""Dates of plans and questions: a task's time phrase as a dated range (``parse_deadline``), a question's time
window (``parse_window``), and whether a task falls due in a window (``due_in``). Pure functions; the words come
from the lexicon (core/lexicon/dates.toml) and are matched on folded text, so "truoc ngay 30/6" works too."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from core.lexicon import dates as date_lexicon
from core.models import DeadlineKind, DeadlineRange
from core.textnorm import fold

PERIOD_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}


# ---------------------------------------------------------------------------------------------- calendar helpers
def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_range(year: int, q: int) -> tuple[date, date]:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after (before, when negative) the given month."""
    i = year * 12 + (month - 1) + n
    return i // 12, i % 12 + 1


def issued_date(iso: str) -> date | None:
    """A plan's date as DocumentMeta writes it ("2026-02-14", "2026-02", "2026") → a date (first day when partial)."""
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", iso or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(y, mo, d)
    except ValueError:
        return None


NAMING_WINDOW_DAYS = 31  # a question's window this short (a month, a day) may name the document issued in it


def issued_span(iso: str) -> tuple[date, date] | None:
    """(first, last) day of a document's ISO-ish date: "2026-07-03" that day, "2026-07" the month (a number left blank,
    "/KH-SCT ... tháng 7 năm 2026"); None for a year alone or no date."""
    parts = len(iso.split("-"))
    first = issued_date(iso) if parts in (2, 3) else None
    if first is None:
        return None
    return (first, first) if parts == 3 else (first, month_end(first.year, first.month))


def names_a_day_or_month(window: "DateWindow | None") -> bool:
    """Is a question's window short enough (NAMING_WINDOW_DAYS) to name when a document was issued?"""
    return window is not None and window.start is not None and window.end is not None and \
        (window.end - window.start).days <= NAMING_WINDOW_DAYS


# ---------------------------------------------------------------------------------------------- patterns
def _alt(words) -> str:
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class _Patterns:
    day: re.Pattern  # "10/3/2026", "10-3", "ngay 25 thang 11 nam 2025"
    month: re.Pattern  # "thang 4/2026", "thang 4 nam 2026", "thang iv"
    quarter: re.Pattern  # "quy iii/2026", "quy 3 nam 2026"
    month_year: re.Pattern  # "12/2026": a month and its year alone, as a table's deadline cell writes it
    year: re.Pattern  # "nam 2026"
    bare_year: re.Pattern  # "2026"
    before: re.Pattern  # "truoc ngay", "cham nhat", ... (at the end of the text before a date)
    to: re.Pattern  # "den", "-" between the two ends of a range
    start: re.Pattern  # "tu", "ke tu" (at the end of the text before a date): the range starts there
    within: re.Pattern
    recurring: re.Pattern
    continuous: re.Pattern
    first_half: re.Pattern
    second_half: re.Pattern


_NUM = r"(\d{1,2}|[ivx]{1,4})"
_YEAR_TAIL = r"(?:\s*[/.\-]\s*(\d{4})|\s+nam\s+(\d{4}))?"


@cache
def _patterns() -> _Patterns:
    lex = date_lexicon()
    period_words = _alt(lex.periods)
    return _Patterns(
        day=re.compile(r"(?<![\d/])(?<!thang )(?<!quy )(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?![\d/])"
                       r"|\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?"),
        month=re.compile(rf"\bthang\s+{_NUM}\b{_YEAR_TAIL}"),
        quarter=re.compile(rf"\bquy\s+{_NUM}\b{_YEAR_TAIL}"),
        # "Thời gian hoàn thành: 12/2026" (NQ 03/NQ-CP of 2025, Phụ lục II): the month of a year, never a number's
        # part ("12/2026/NQ-HĐND", "1.12/2026")
        month_year=re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d\d)(?![\d/])"),
        year=re.compile(r"\bnam\s+(\d{4})\b"),
        bare_year=re.compile(r"(?<![\d/])(20\d\d|19\d\d)(?![\d/])"),
        before=re.compile(rf"(?:^|\W)(?:{_alt(lex.before)})\s*$"),
        to=re.compile(rf"^\s*(?:{_alt(lex.range_to)})\s*"),
        start=re.compile(rf"(?:^|\W)(?:{_alt(lex.range_from)})\s*(?:ngay\s*)?$"),
        within=re.compile(rf"\b(?:{_alt(lex.within)})\s+(\d+)(?:\s*\([^)]*\))?\s+({period_words})(\s+(?:{_alt(lex.working)}))?"),
        recurring=re.compile(rf"\b(?:{_alt(lex.recurring)})\s+(?:(?:{_alt(lex.half_year)})|({period_words}))\b"
                             rf"|\b(?:{_alt(lex.half_year)})\s+(?:mot|1|01)\s+lan\b"),
        continuous=re.compile(rf"\b(?:{_alt(lex.continuous)})\b"),
        first_half=re.compile(rf"\b(?:{_alt(lex.first_half)})\b(?:\s+(\d{{4}}))?"),
        second_half=re.compile(rf"\b(?:{_alt(lex.second_half)})\b(?:\s+(\d{{4}}))?"),
    )


def _number(token: str) -> int:
    return int(token) if token.isdigit() else date_lexicon().roman.get(token, 0)


# ---------------------------------------------------------------------------------------------- time expressions
@dataclass(frozen=True)
class _Span:
    """One time expression found in a text: its first and last day (year may be unknown: 0)."""

    unit: str  # "day" | "month" | "quarter" | "year"
    pos: int
    stop: int
    year: int
    month: int = 0  # month (day/month units) or quarter (quarter unit)
    day: int = 0

    def with_year(self, year: int) -> "_Span":
        return _Span(self.unit, self.pos, self.stop, year, self.month, self.day)

    def first(self) -> date:
        if self.unit == "day":
            return date(self.year, self.month, self.day)
        if self.unit == "month":
            return date(self.year, self.month, 1)
        if self.unit == "quarter":
            return quarter_range(self.year, self.month)[0]
        return date(self.year, 1, 1)

    def last(self) -> date:
        if self.unit == "day":
            return date(self.year, self.month, self.day)
        if self.unit == "month":
            return month_end(self.year, self.month)
        if self.unit == "quarter":
            return quarter_range(self.year, self.month)[1]
        return date(self.year, 12, 31)


def _valid(unit: str, month: int, day: int = 1) -> bool:
    if unit == "quarter":
        return 1 <= month <= 4
    if unit in ("month", "day"):
        return 1 <= month <= 12 and 1 <= day <= 31
    return True


def _spans(t: str) -> list[_Span]:
    """Every day, month, quarter and year expression of a folded text, in order, not overlapping."""
    p = _patterns()
    found: list[_Span] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for m in p.day.finditer(t):
        if m.group(1):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        else:
            d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        if _valid("day", mo, d) and (y == 0 or 1900 < y < 2200):
            if y:
                try:
                    date(y, mo, d)
                except ValueError:
                    continue
            found.append(_Span("day", m.start(), m.end(), y, mo, d))
            taken.append((m.start(), m.end()))
    for unit, pat in (("month", p.month), ("quarter", p.quarter), ("month", p.month_year)):
        for m in pat.finditer(t):
            n = _number(m.group(1))
            if _valid(unit, n) and free(m.start(), m.end()):
                found.append(_Span(unit, m.start(), m.end(), int(m.group(2) or m.group(3) or 0), n))
                taken.append((m.start(), m.end()))
    for m in p.year.finditer(t):
        if free(m.start(), m.end()):
            found.append(_Span("year", m.start(), m.end(), int(m.group(1))))
            taken.append((m.start(), m.end()))
    for m in p.bare_year.finditer(t):
        if free(m.start(), m.end()):
            found.append(_Span("year", m.start(), m.end(), int(m.group(1))))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda s: s.pos)


def _bare_number_after(t: str, pos: int, unit: str) -> _Span | None:
    """"thang 7 - 9/2026": the second end written as a bare number of the first end's unit."""
    m = re.match(rf"\s*{_NUM}\b{_YEAR_TAIL}", t[pos:])
    if not m or unit not in ("month", "quarter"):
        return None
    n = _number(m.group(1))
    if not _valid(unit, n):
        return None
    return _Span(unit, pos + m.start(1), pos + m.end(), int(m.group(2) or m.group(3) or 0), n)


def _infer_year(span: _Span, issued: date | None, default_year: int | None = None) -> _Span | None:
    """A month or day written without a year: its first occurrence from the plan's date on (None if unknown)."""
    if span.year:
        return span
    if default_year:
        return span.with_year(default_year)
    if issued is None:
        return None
    candidate = span.with_year(issued.year)
    try:
        if candidate.last() < issued.replace(day=1):
            candidate = span.with_year(issued.year + 1)
        candidate.first()
    except ValueError:
        return None
    return candidate


# ---------------------------------------------------------------------------------------------- deadlines
def parse_deadline(text: str, issued: date | None = None) -> DeadlineRange | None:
    """The dated range of a task's time phrase ("Xong trong tháng 4/2026", "trước ngày 14/6", "Thường xuyên"...).

    ``issued`` (the plan's date) gives the year of a day or month written without one. None when the phrase
    states no time at all."""
    t = fold(text or "")
    if not t:
        return None
    p = _patterns()
    spans = _spans(t)
    recurring = p.recurring.search(t)
    if spans and recurring and not any(s.year for s in spans):
        spans = []  # "định kỳ 6 tháng (trước ngày 14/6)": the days repeat every period
    if spans:
        found = _dated(t, spans, issued)
        if found is not None:
            return found
    if (m := p.within.search(t)) is not None:
        period = date_lexicon().periods[m.group(2)]
        return DeadlineRange(DeadlineKind.WITHIN, days=int(m.group(1)) * _DAYS_IN[period], working_days=bool(m.group(3)))
    if recurring is not None:
        period = date_lexicon().periods.get(recurring.group(1) or "", "half_year")
        return DeadlineRange(DeadlineKind.RECURRING, recurring=period)
    if p.continuous.search(t):
        return DeadlineRange(DeadlineKind.CONTINUOUS)
    if spans:  # a day or month with no year and no plan date
        kind = DeadlineKind.BEFORE if p.before.search(t[: spans[0].pos]) else _KIND[spans[0].unit]
        return DeadlineRange(kind)
    return None


_DAYS_IN = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_KIND = {"day": DeadlineKind.DAY, "month": DeadlineKind.MONTH, "quarter": DeadlineKind.QUARTER,
         "year": DeadlineKind.YEAR}


def _half(t: str, issued: date | None) -> DeadlineRange | None:
    p = _patterns()
    for pat, months in ((p.first_half, (1, 6)), (p.second_half, (7, 12))):
        m = pat.search(t)
        if m:
            y = int(m.group(1) or 0) or next((s.year for s in _spans(t[m.end():]) if s.unit == "year"), 0)
            y = y or (issued.year if issued else 0)
            if not y:
                return DeadlineRange(DeadlineKind.RANGE)
            return DeadlineRange(DeadlineKind.RANGE, date(y, months[0], 1).isoformat(),
                                 month_end(y, months[1]).isoformat())
    return None


def _dated(t: str, spans: list[_Span], issued: date | None) -> DeadlineRange | None:
    p = _patterns()
    half = _half(t, issued)
    if half is not None:
        return half
    first = spans[0]
    # a range: "tháng 7 đến tháng 9/2026", "từ ngày 1/7 - 30/9/2026", "2026 - 2030", "tháng 7 - 9/2026"
    after = t[first.stop:]
    to = p.to.match(after)
    if to:
        pos = first.stop + to.end()
        second = next((s for s in spans[1:] if s.pos == pos), None) or _bare_number_after(t, pos, first.unit)
        if second is not None:
            year = second.year or first.year
            a = _infer_year(first, issued, first.year or year)
            b = _infer_year(second, issued, second.year or (a.year if a else 0))
            if a is not None and b is not None:
                start, end = a.first(), b.last()
                if end < start and not second.year:
                    end = b.with_year(b.year + 1).last()
                return DeadlineRange(DeadlineKind.RANGE, start.isoformat(), end.isoformat())
    # "Quý IV/2025 và Quý I/2026", "tháng 5, tháng 6/2026": several periods joined, due by the end of the last
    joined = [first]
    for nxt in spans[1:]:
        if nxt.unit != first.unit or not re.fullmatch(r"\s*(?:,|va|;)\s*", t[joined[-1].stop:nxt.pos]):
            break
        joined.append(nxt)
    if len(joined) > 1 and first.unit in ("month", "quarter", "year"):
        last = joined[-1]
        a = _infer_year(first, issued, first.year or last.year)
        b = _infer_year(last, issued, last.year or (a.year if a else 0))
        if a is not None and b is not None and b.last() >= a.first():
            return DeadlineRange(DeadlineKind.RANGE, a.first().isoformat(), b.last().isoformat())
    before = p.before.search(t[: first.pos]) is not None
    if p.start.search(t[: first.pos]):  # "từ ngày 01/01/2026" (no end): in force from then, due at no date
        span = _infer_year(first, issued, None)
        return DeadlineRange(DeadlineKind.RANGE, span.first().isoformat()) if span is not None else None
    # a year named after a month/day without one: "tháng 4 năm 2026" is read by the pattern itself; "quý III
    # của năm 2026" is not: take the year that follows
    years = [s.year for s in spans if s.unit == "year"]
    span = _infer_year(first, issued, years[0] if first.unit != "year" and years else None)
    if span is None:
        return None
    try:
        start, end = span.first(), span.last()
    except ValueError:
        return None
    if before:
        if span.unit == "day":
            return DeadlineRange(DeadlineKind.BEFORE, issued.isoformat() if issued and issued <= end else "",
                                 end.isoformat())
        # "trước tháng 5/2026" = by the end of April; "đến hết tháng 4/2026" = by its end
        words = t[: first.pos].split()
        by_end = bool(words) and words[-1] in ("het", "han", "nhat")
        due = end if by_end else start - timedelta(days=1)
        return DeadlineRange(DeadlineKind.BEFORE, issued.isoformat() if issued and issued <= due else "",
                             due.isoformat())
    return DeadlineRange(_KIND[span.unit], start.isoformat(), end.isoformat())


# ---------------------------------------------------------------------------------------------- question windows
@dataclass(frozen=True)
class DateWindow:
    """A time window a question asks about: due dates from ``start`` to ``end`` (None = open)."""

    start: date | None
    end: date | None
    label: str  # Vietnamese, for the answer: "tháng 12/2025", "quý II/2026", "trước ngày 30/06/2026"
    overdue: bool = False  # "đã quá hạn": due before today

    def holds(self, d: date) -> bool:
        return (self.start is None or d >= self.start) and (self.end is None or d <= self.end)

    def overlaps(self, start: date | None, end: date) -> bool:
        return (self.start is None or end >= self.start) and (self.end is None or (start or end) <= self.end)


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _label(unit: str, first: date, last: date) -> str:
    if unit == "month":
        return f"tháng {first.month}/{first.year}"
    if unit == "quarter":
        return f"quý {_ROMAN[quarter_of(first)]}/{first.year}"
    if unit == "year":
        return f"năm {first.year}"
    if unit == "week":
        return f"tuần {first:%d/%m}–{last:%d/%m/%Y}"
    return f"{first:%d/%m/%Y}–{last:%d/%m/%Y}" if first != last else f"ngày {first:%d/%m/%Y}"


def _period_containing(unit: str, d: date) -> tuple[date, date]:
    if unit == "month":
        return date(d.year, d.month, 1), month_end(d.year, d.month)
    if unit == "quarter":
        return quarter_range(d.year, quarter_of(d))
    if unit == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    return d, d


def _shift(unit: str, d: date, n: int) -> date:
    """A day inside the period ``n`` periods after the one holding ``d``."""
    if unit == "month":
        y, m = add_months(d.year, d.month, n)
        return date(y, m, 1)
    if unit == "quarter":
        y, m = add_months(d.year, 3 * quarter_of(d) - 2, 3 * n)
        return date(y, m, 1)
    if unit == "year":
        return date(d.year + n, 1, 1)
    if unit == "week":
        return d + timedelta(days=7 * n)
    return d + timedelta(days=n)


def parse_window(question: str, today: date) -> DateWindow | None:
    """The time window of a question ("trong tháng 12/2025", "trước 30/6", "quý này", "tháng tới", "30 ngày tới",
    "đã quá hạn"), relative to ``today``. None when the question names no time."""
    t = fold(question)
    lex = date_lexicon()
    periods = _alt(lex.periods)
    if re.search(rf"\b(?:{_alt(lex.overdue)})\b", t):
        return DateWindow(None, today - timedelta(days=1), f"đã quá hạn (trước ngày {today:%d/%m/%Y})", overdue=True)
    # "30 ngày tới", "2 tuần tới", "3 tháng tiếp theo"
    m = re.search(rf"\b(\d+)\s+({periods})\s+(?:{_alt(lex.ahead)})\b", t)
    if m:
        n, unit = int(m.group(1)), lex.periods[m.group(2)]
        if unit in PERIOD_MONTHS:
            y, mo = add_months(today.year, today.month, n * PERIOD_MONTHS[unit])
            end = date(y, mo, min(today.day, calendar.monthrange(y, mo)[1]))
        else:
            end = today + timedelta(days=n * _DAYS_IN[unit])
        return DateWindow(today, end, f"{today:%d/%m/%Y}–{end:%d/%m/%Y}")
    # "tháng này", "quý tới", "năm sau", "tuần trước"
    rel = _alt(sorted(lex.relative, key=len, reverse=True))
    m = re.search(rf"\b({periods})\s+({rel})\b", t)
    if m and not re.match(r"\s*\d", t[m.end():]):
        unit = lex.periods[m.group(1)]
        if unit != "day":
            first, last = _period_containing(unit, _shift(unit, today, lex.relative[m.group(2)]))
            return DateWindow(first, last, _label(unit, first, last))
    half = _half(t, today)
    if half is not None and half.end:
        return DateWindow(date.fromisoformat(half.start), date.fromisoformat(half.end),
                          f"{'6 tháng đầu' if half.start[5:7] == '01' else '6 tháng cuối'} năm {half.start[:4]}")
    spans = _spans(t)
    if not spans:
        return None
    found = _dated(t, spans, None if any(s.year for s in spans) else today)
    if found is None or not found.end:
        return None
    first = spans[0]
    end = date.fromisoformat(found.end)
    if found.kind == DeadlineKind.BEFORE:
        if first.unit == "day" and not first.year and end < today:  # "trước 30/6" asked in December: next year
            end = end.replace(year=end.year + 1)
        return DateWindow(None, end, f"trước ngày {end:%d/%m/%Y}" if first.unit == "day" else f"đến {end:%d/%m/%Y}")
    start = date.fromisoformat(found.start)
    unit = first.unit if found.kind != DeadlineKind.RANGE else "range"
    if unit == "day" and not first.year and start < today and found.kind == DeadlineKind.DAY:
        start = end = start.replace(year=start.year + 1)
    return DateWindow(start, end, _label(unit, start, end))


# ---------------------------------------------------------------------------------------------- matching
def period_ends(period: str, window: DateWindow, active: tuple[date, date] | None = None) -> list[date]:
    """The days a task recurring every ``period`` falls due inside ``window`` (ends of months, quarters, half
    years, years; every day/week counts as due), limited to the plan's ``active`` years when known."""
    if window.start is None or window.end is None:
        return []
    lo, hi = window.start, window.end
    if active is not None:
        lo, hi = max(lo, active[0]), min(hi, active[1])
    if lo > hi:
        return []
    if period in ("day", "week"):
        return [hi]
    step = PERIOD_MONTHS.get(period, 12)
    out = []
    y, m = lo.year, lo.month
    while date(y, m, 1) <= hi:
        if m % step == 0:
            end = month_end(y, m)
            if lo <= end <= hi:
                out.append(end)
        y, m = add_months(y, m, 1)
    return out


def due_in(due: DeadlineRange | None, window: DateWindow, ongoing: bool = False) -> bool:
    """Does a dated task fall due in ``window``? ``ongoing``: is it carried out during the window (its range
    overlaps) rather than due in it. Recurring, continuous and undated tasks never match here."""
    if due is None or not due.end or due.kind in (DeadlineKind.RECURRING, DeadlineKind.CONTINUOUS, DeadlineKind.WITHIN):
        return False
    end = due.end_date
    assert end is not None
    if ongoing and due.kind != DeadlineKind.BEFORE:
        return window.overlaps(due.start_date, end)
    return window.holds(end)


def read_deadlines(clauses, issued_iso: str) -> None:
    """Give every clause's responsibility its dated range (``Responsibility.due``) from its deadline text."""
    issued = issued_date(issued_iso)
    for c in clauses:
        c.responsibility.due = parse_deadline(c.responsibility.deadline, issued)
