"""The one lexicon of Vietnamese administrative language, kept as data (TOML files beside this module).

Each file holds one concern — units (heads, abbreviations), roles (who leads, partners, by when), places
(provinces and their other names), portal boilerplate, question phrases, stopwords — and each entry carries an
example taken from a real document. Code elsewhere never spells a Vietnamese unit, role or place word itself:
it asks this module. Loaded once per process (``lexicon()``), immutable afterwards.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent


@cache
def lexicon_version() -> str:
    """A digest of every lexicon file: what the parser knows changes when any of them is edited."""
    h = hashlib.sha256()
    for f in sorted(HERE.glob("*.toml")):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file ``<name>.toml`` of this folder."""
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


def _patterns(entries: list[dict[str, Any]]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e["pattern"]) for e in entries)


@dataclass(frozen=True)
class PortalLexicon:
    """Boilerplate of legal web portals (matched on folded lines)."""

    tail_start: tuple[re.Pattern, ...]
    noise_line: tuple[re.Pattern, ...]
    metadata_labels: tuple[str, ...]
    motto: tuple[re.Pattern, ...]


@cache
def portal() -> PortalLexicon:
    data = load_table("portal")
    return PortalLexicon(
        tail_start=_patterns(data["tail_start"]),
        noise_line=_patterns(data["noise_line"]),
        metadata_labels=tuple(data["metadata_labels"]["labels"]),
        motto=_patterns(data["motto"]),
    )


@dataclass(frozen=True)
class UnitHead:
    words: tuple[str, ...]
    not_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitLexicon:
    heads: tuple[UnitHead, ...]
    abbreviations: dict[str, str]  # folded short form -> folded long form
    key_drop: frozenset[str]


@cache
def units() -> UnitLexicon:
    data = load_table("units")
    return UnitLexicon(
        heads=tuple(UnitHead(tuple(h["words"]), tuple(h.get("not_followed_by", ()))) for h in data["head"]),
        abbreviations={a["short"]: a["long"] for a in data["abbreviation"]},
        key_drop=frozenset(data["key_drop"]["words"]),
    )


@dataclass(frozen=True)
class Opener:
    words: tuple[str, ...]
    requested: bool
    directs: bool = False  # "Chỉ đạo X ...": X does the work, the one who directs leads unless X "chủ trì"


@dataclass(frozen=True)
class RoleLexicon:
    role_phrases: tuple[tuple[str, str], ...]  # (phrase, role), longest phrase first
    openers: tuple[Opener, ...]
    heading_prefixes: tuple[str, ...]
    task_verbs: tuple[str, ...]
    labels: tuple[tuple[str, str], ...]  # (label key, role), longest key first
    deadlines: tuple[re.Pattern, ...]


@cache
def roles() -> RoleLexicon:
    data = load_table("roles")
    phrases = [(p, r["role"]) for r in data["role"] for p in r["phrases"]]
    labels = [(k, lab["role"]) for lab in data["label"] for k in lab["keys"]]
    return RoleLexicon(
        role_phrases=tuple(sorted(phrases, key=lambda t: -len(t[0]))),
        openers=tuple(Opener(tuple(o["words"]), bool(o["requested"]), bool(o.get("directs", False))) for o in data["opener"]),
        heading_prefixes=tuple(sorted(data["heading_prefix"]["words"], key=len, reverse=True)),
        task_verbs=tuple(sorted(data["task_verbs"]["words"], key=len, reverse=True)),
        labels=tuple(sorted(labels, key=lambda t: -len(t[0]))),
        deadlines=tuple(re.compile(d["pattern"], re.I) for d in data["deadline"]),
    )


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" | "thành phố"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceLexicon:
    provinces: tuple[Province, ...]
    prefixes: tuple[str, ...]


@cache
def places() -> PlaceLexicon:
    data = load_table("places")
    return PlaceLexicon(
        provinces=tuple(Province(p["name"], p["kind"], tuple(p.get("aliases", ()))) for p in data["province"]),
        prefixes=tuple(data["prefix"]["words"]),
    )


@dataclass(frozen=True)
class Division:
    kind: str  # part | chapter | section | article
    words: tuple[str, ...]
    rank: int


@dataclass(frozen=True)
class DocKind:
    name: str  # "Quyết định"
    code: str  # "QĐ"


@dataclass(frozen=True)
class StructureLexicon:
    divisions: tuple[Division, ...]
    ordinals: tuple[str, ...]
    closing: tuple[re.Pattern, ...]
    attachment: tuple[re.Pattern, ...]
    kinds: tuple[DocKind, ...]
    implied_issuers: tuple[tuple[re.Pattern, str], ...]  # (folded title pattern, issuer)


@cache
def structure() -> StructureLexicon:
    data = load_table("structure")
    return StructureLexicon(
        divisions=tuple(Division(d["kind"], tuple(d["words"]), int(d["rank"])) for d in data["division"]),
        ordinals=tuple(data["ordinals"]["words"]),
        closing=tuple(re.compile(p, re.I) for p in data["closing"]["patterns"]),
        attachment=tuple(re.compile(p) for p in data["attachment"]["patterns"]),
        kinds=tuple(DocKind(k["name"], k["code"]) for k in data["kind"]),
        implied_issuers=tuple((re.compile(i["title"]), i["issuer"]) for i in data.get("implied_issuer", [])),
    )


@cache
def acronyms() -> dict[str, str]:
    """Folded acronym -> folded long form ("tthc" -> "thu tuc hanh chinh"), from abbreviations.toml."""
    return {a["short"]: a["long"] for a in load_table("abbreviations")["acronym"]}


@dataclass(frozen=True)
class StopwordLexicon:
    phrases: tuple[str, ...]  # folded, longest first
    words: frozenset[str]


@cache
def stopwords() -> StopwordLexicon:
    data = load_table("stopwords")["stopwords"]
    words = data["words"].split() if isinstance(data["words"], str) else list(data["words"])
    return StopwordLexicon(tuple(sorted(data["phrases"], key=len, reverse=True)), frozenset(words))
