"""Word auto-numbering (numbering.xml) rendered as the visible labels: "1.", "1.2.", "a)", "II.", "-".

Counters follow Word: they belong to the abstract definition (w:abstractNum), so two w:num that share one
continue each other, unless a w:num has a w:lvlOverride/w:startOverride, which restarts that level when the
w:num is first used. Using a level resets the deeper levels (w:lvlRestart can change or disable that).
Levels above the used one that were never used show their start value, as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W_NS}}}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Bullet glyphs kept as typed; every other bullet (Symbol/Wingdings private-use glyphs, •, ▪...) becomes "-".
_KEPT_BULLETS = {"-", "+", "*"}


def wval(element: etree._Element | None, default: str | None = None) -> str | None:
    """The w:val attribute of an element (or `default` when the element is missing)."""
    if element is None:
        return default
    return element.get(f"{_W}val", default)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, num_fmt: str) -> str:
    if num_fmt == "lowerLetter":
        return letters(n)
    if num_fmt == "upperLetter":
        return letters(n).upper()
    if num_fmt == "lowerRoman":
        return roman(n)
    if num_fmt == "upperRoman":
        return roman(n).upper()
    if num_fmt == "decimalZero":
        return f"{n:02d}"
    if num_fmt == "none":
        return ""
    return str(n)  # decimal and every format we do not render specially


@dataclass(frozen=True)
class Level:
    """One level (w:lvl) of a list definition."""

    start: int = 1
    num_fmt: str = "decimal"
    lvl_text: str = "%1."
    restart_after: int | None = None  # w:lvlRestart (1-based level that resets this one); 0 = never
    is_legal: bool = False  # w:isLgl: show every placeholder as decimal

    @classmethod
    def from_xml(cls, lvl: etree._Element) -> "Level":
        restart = lvl.find(f"{_W}lvlRestart")
        return cls(
            start=_int(wval(lvl.find(f"{_W}start")), 1),
            num_fmt=wval(lvl.find(f"{_W}numFmt"), "decimal") or "decimal",
            lvl_text=wval(lvl.find(f"{_W}lvlText"), "") or "",
            restart_after=_int(wval(restart), 0) if restart is not None else None,
            is_legal=lvl.find(f"{_W}isLgl") is not None,
        )


@dataclass
class ListInstance:
    """A w:num: its abstract definition, its level overrides and start overrides."""

    abstract_id: str
    levels: dict[int, Level]
    start_overrides: dict[int, int] = field(default_factory=dict)


def _levels_of(parent: etree._Element) -> dict[int, Level]:
    return {_int(lvl.get(f"{_W}ilvl"), 0): Level.from_xml(lvl) for lvl in parent.findall(f"{_W}lvl")}


class NumberingLabeler:
    """Gives each numbered paragraph, in document order, the label Word would display."""

    def __init__(self, numbering_xml: etree._Element | None, style_numbering: dict[str, tuple[str, int]]):
        self._instances: dict[str, ListInstance] = {}
        self._style_numbering = style_numbering
        self._counters: dict[str, dict[int, int]] = {}  # abstract id -> level -> current value
        self._started: set[str] = set()  # numIds already used (their start overrides applied)
        if numbering_xml is not None:
            self._load(numbering_xml)

    def _load(self, root: etree._Element) -> None:
        abstracts = {a.get(f"{_W}abstractNumId"): a for a in root.findall(f"{_W}abstractNum")}
        abstract_levels = {aid: _levels_of(a) for aid, a in abstracts.items()}
        for num in root.findall(f"{_W}num"):
            num_id = num.get(f"{_W}numId")
            abstract_id = wval(num.find(f"{_W}abstractNumId"))
            if num_id is None or abstract_id is None:
                continue
            abstract_id = self._follow_style_link(abstracts, abstract_id, root)
            levels = dict(abstract_levels.get(abstract_id, {}))
            overrides: dict[int, int] = {}
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = _int(override.get(f"{_W}ilvl"), 0)
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    overrides[ilvl] = _int(wval(start), 1)
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = Level.from_xml(lvl)
            self._instances[num_id] = ListInstance(abstract_id, levels, overrides)

    def _follow_style_link(self, abstracts: dict, abstract_id: str, root: etree._Element) -> str:
        """An abstractNum with w:numStyleLink takes its levels from the list style's own numbering."""
        abstract = abstracts.get(abstract_id)
        link = wval(abstract.find(f"{_W}numStyleLink")) if abstract is not None else None
        if link is None or link not in self._style_numbering:
            return abstract_id
        linked_num_id = self._style_numbering[link][0]
        for num in root.findall(f"{_W}num"):
            if num.get(f"{_W}numId") == linked_num_id:
                return wval(num.find(f"{_W}abstractNumId"), abstract_id) or abstract_id
        return abstract_id

    def numbering_of(self, p: etree._Element) -> tuple[str, int] | None:
        """(numId, ilvl) of a w:p, from its own w:numPr or its paragraph style; None when not numbered."""
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        style_id = wval(ppr.find(f"{_W}pStyle")) if ppr is not None else None
        from_style = self._style_numbering.get(style_id) if style_id else None
        num_id = wval(num_pr.find(f"{_W}numId")) if num_pr is not None else None
        ilvl_text = wval(num_pr.find(f"{_W}ilvl")) if num_pr is not None else None
        if num_id is None and from_style is not None:
            num_id = from_style[0]
        if num_id is None or num_id == "0":
            return None
        default_ilvl = from_style[1] if from_style is not None else 0
        return num_id, _int(ilvl_text, default_ilvl)

    def label_for(self, p: etree._Element) -> str:
        """Advance the counters for paragraph `p` and return its visible label ("" when not numbered)."""
        found = self.numbering_of(p)
        if found is None:
            return ""
        num_id, ilvl = found
        instance = self._instances.get(num_id)
        if instance is None:
            return ""
        level = instance.levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(instance.abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            if instance.start_overrides:
                first = min(instance.start_overrides)
                for used in [d for d in counters if d >= first]:
                    del counters[used]  # restart: the next value of these levels is their (override) start
        counters[ilvl] = counters.get(ilvl, self._start(instance, ilvl) - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            restart = instance.levels.get(deeper, Level()).restart_after
            if restart is None or (restart != 0 and ilvl <= restart - 1):
                del counters[deeper]
        return self._render(instance, level, counters)

    def _start(self, instance: ListInstance, ilvl: int) -> int:
        if ilvl in instance.start_overrides:
            return instance.start_overrides[ilvl]
        return instance.levels.get(ilvl, Level()).start

    def _render(self, instance: ListInstance, level: Level, counters: dict[int, int]) -> str:
        if level.num_fmt == "bullet":
            glyph = level.lvl_text.strip()
            return glyph if glyph in _KEPT_BULLETS else "-"

        def placeholder(match: re.Match[str]) -> str:
            ref = int(match.group(1)) - 1
            ref_level = instance.levels.get(ref, Level())
            value = counters.get(ref, self._start(instance, ref))
            fmt = "decimal" if level.is_legal and ref_level.num_fmt != "none" else ref_level.num_fmt
            return format_number(value, fmt)

        return _PLACEHOLDER.sub(placeholder, level.lvl_text).strip()


def style_numbering(styles_xml: etree._Element | None) -> dict[str, tuple[str, int]]:
    """styleId -> (numId, ilvl) for paragraph styles that carry numbering (following w:basedOn)."""
    if styles_xml is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles_xml.findall(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        if style_id is None:
            continue
        parent = wval(style.find(f"{_W}basedOn"))
        if parent:
            based_on[style_id] = parent
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            ilvl = wval(num_pr.find(f"{_W}ilvl"))
            own[style_id] = (wval(num_pr.find(f"{_W}numId")), _int(ilvl, 0) if ilvl is not None else None)
    result: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based_on):
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            cur_num, cur_ilvl = own.get(current, (None, None))
            num_id = num_id if num_id is not None else cur_num
            ilvl = ilvl if ilvl is not None else cur_ilvl
            current = based_on.get(current)
        if num_id is not None and num_id != "0":
            result[style_id] = (num_id, ilvl or 0)
    return result
