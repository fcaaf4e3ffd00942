"""Provinces and centrally-run cities named in a text, in any common form ("TP.HCM", "TPHCM", "thanh pho Ho Chi
Minh", "Thừa Thiên Huế"), resolved to one canonical name from the lexicon (core/lexicon/places.toml)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from core.lexicon import places as place_lexicon
from core.textnorm import fold, is_vietnamese_syllable, nfc

_NON_WORD = re.compile(r"[^0-9a-z]+")


_BREAK = re.compile(r"[,;:!?]|\.(?=\s|$)")  # punctuation a place's name never runs across


def _norm(text: str) -> str:
    """Folded, punctuation as spaces: "TP.HCM" -> "tp hcm", "Thừa Thiên - Huế" -> "thua thien hue"."""
    return _NON_WORD.sub(" ", fold(text)).strip()


@cache
def _forms() -> tuple[tuple[str, str], ...]:
    """(normalised form, canonical name), longest form first so "thua thien hue" wins over "hue"."""
    forms: dict[str, str] = {}
    prefixes = [_norm(p) for p in place_lexicon().prefixes]
    for p in place_lexicon().provinces:
        for form in (p.name, *p.aliases):
            n = _norm(form)
            forms.setdefault(n, p.name)
            for pre in prefixes:  # "tinh quang tri", "thanh pho ha noi", "tp ha noi"
                if pre and not n.startswith(pre + " "):
                    forms.setdefault(f"{pre} {n}", p.name)
    # "qtri", "htinh", not "khoa" ("điều lệ quỹ bvmt qtri": tune-fresh21.jsonl t21-06): a two-word name typed as its first letter and
    # its second word, where no other province shortens alike. Not with a space: "b) Ninh Bình" of a list is no "b ninh"
    short: dict[str, set[str]] = {}
    for p in place_lexicon().provinces:
        words = _norm(p.name).split()
        if len(words) == 2:
            short.setdefault(f"{words[0][0]}{words[1]}", set()).add(p.name)
        # "dongthap.gov.vn", "bacninh", "thuathienhue": a name typed or written in a web address as one word
        for form in (p.name, *p.aliases):
            if len(joined := _norm(form).split()) >= 2:
                short.setdefault("".join(joined), set()).add(p.name)
    for form, names in short.items():
        # a form that is a word is no place: "khoa" (Khánh Hòa) is "khóa", "nan" (Nghệ An) is "tai nạn"
        if len(names) == 1 and form not in forms and not is_vietnamese_syllable(form):
            forms[form] = next(iter(names))
    return tuple(sorted(forms.items(), key=lambda t: -len(t[0])))


def provinces_in(text: str) -> list[str]:
    """Canonical names of the provinces a text names, in order of first mention, each once."""
    return list(dict.fromkeys(name for name, _ in province_mentions(text)))


_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


@cache
def _person_name() -> re.Pattern | None:
    """A person's name: a surname of places.toml [person_names], then one to three capitalised words."""
    surnames = place_lexicon().surnames
    if not surnames:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, surnames))})(?:\s+[{_UPPER}]\w*){{1,3}}")


# Places joined by a dash name a route or a project ("cao tốc Ninh Bình - Hải Phòng", "Sơn La - Điện Biên - Cửa khẩu
# Tây Trang"), not provinces the text is about; a province written with a dash ("Bà Rịa - Vũng Tàu") stays; nor does
# a document's symbol ("QĐ 2929/QĐ-UBND Sơn La có hiệu lực từ khi nào?", blind set b58-25).
_CAP = rf"[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*)*"
_ROUTE = re.compile(rf"(?<![\w/]){_CAP}(?:\s*[-–]\s*{_CAP})+")


@cache
def _form_set() -> frozenset[str]:
    return frozenset(form for form, _ in _forms())


def is_province_name(phrase: str) -> bool:
    """Is ``phrase`` one province's name in one of its forms ("tỉnh Quảng Trị", "TP.HCM", "Hà Nội"), nothing else?"""
    return _norm(phrase) in _form_set()


@lru_cache(maxsize=4096)
def province_mentions(text: str) -> tuple[tuple[str, str], ...]:
    """(canonical name, the form written, normalised: "tp hcm") for every province a text names, in order; a
    province's name inside a person's name ("Phó Thủ tướng Nguyễn Hòa Bình") names no province. (Cached: answering
    reads the same clauses' texts again and again.)"""
    person = _person_name()
    text = nfc(text)
    if person is not None:
        text = person.sub(" ", text)
    text = _ROUTE.sub(lambda m: m.group(0) if is_province_name(m.group(0)) else " ", text)
    # (never across a comma or a sentence's end: "âm thanh, hòa tấu" typed "am thanh, hoa tau" names no Thanh Hóa;
    # blind set b140-05)
    padded = f" {' # '.join(_norm(piece) for piece in _BREAK.split(text))} "
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for form, name in _forms():
        start = padded.find(f" {form} ")
        while start >= 0:
            span = (start + 1, start + 1 + len(form))  # the words only: "lâm đồng, cao bằng" share the space between
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                found.append((start, name, form))
            start = padded.find(f" {form} ", start + 1)
    return tuple((name, form) for _, name, form in sorted(found))


@cache
def _locality_re() -> re.Pattern:
    levels = sorted({form for w in place_lexicon().locality_levels for form in (w, fold(w))}, key=len, reverse=True)
    level = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in levels)
    # (not the "quan" of "cơ quan BHXH" typed without diacritics)
    return re.compile(rf"(?<!\w)(?<!(?i:cơ|co) )(?i:{level})(?<=\S)\s*"
                      rf"(?P<name>[{_UPPER}][^\W\d_]*(?:\s+[{_UPPER}][^\W\d_]*){{0,3}})")


def localities_named(text: str) -> list[str]:
    """The folded names of the places below a province a text names by their level ("UBND TP Đà Lạt" -> "da lat", "xã
    Phúc Thịnh" -> "phuc thinh"; places.toml [locality]); provinces ("TP Hồ Chí Minh", "thành phố Đà Nẵng") are not."""
    out: list[str] = []
    for m in _locality_re().finditer(nfc(text)):
        name = m.group("name")
        if is_province_name(name) or provinces_in(name) or name.isupper():
            continue  # (nor an acronym: "cơ quan QLNN", "xã ATK")
        out.append(_norm(name))
    return list(dict.fromkeys(out))


def province_at_start(text: str) -> str | None:
    """The province a text opens with, in any common form ("Hồ Chí Minh, Quỹ Phát triển ..." -> "Hồ Chí Minh"); None
    when it opens with something else."""
    mentions = province_mentions(text)
    return mentions[0][0] if mentions and _norm(text).startswith(mentions[0][1]) else None


def canonical_province(name: str) -> str:
    """The lexicon's name for a province written in any form ("" when the text names none)."""
    found = provinces_in(name)
    return found[0] if found else ""


def same_province(a: str, b: str) -> bool:
    ca, cb = canonical_province(a), canonical_province(b)
    return bool(ca) and ca == cb


# Issuers whose documents hold for the whole country (folded prefixes): ministries, the Government and its Office,
# the National Assembly, the Party's central bodies ("Ban Tổ chức Trung ương"), bodies of ministerial rank ("Ngân hàng
# Nhà nước Việt Nam", TT 17/2026/TT-NHNN; the State Audit, the Supreme Court and Procuracy, Vietnam Social Security).
_NATIONAL = ("bo ", "chinh phu", "thu tuong", "van phong chinh phu", "quoc hoi", "bo chinh tri", "ban bi thu",
             "ngan hang nha nuoc", "kiem toan nha nuoc", "toa an nhan dan toi cao", "vien kiem sat nhan dan toi cao",
             "bao hiem xa hoi viet nam", "thanh tra chinh phu",
             # "Ủy ban Thường vụ Quốc hội" (NQ 101/2025/UBTVQH15, dated "Hà Nội, ngày 26 tháng 9 năm 2025": not Hà Nội's),
             # "Hội đồng Bầu cử quốc gia" (NQ 40/NQ-HĐBCQG)
             "uy ban thuong vu quoc hoi", "hoi dong bau cu quoc gia")


def is_national_issuer(issuer: str) -> bool:
    """"Bộ Công Thương", "Văn phòng Chính phủ", "Ban Tổ chức Trung ương": not a province's document."""
    f = fold(issuer)
    return bool(f) and (f.startswith(_NATIONAL) or "trung uong" in f)


# A province's or city's People's Committee or Council writing of itself without its name ("UBND Thành phố yêu cầu
# ...", a letter copied without its header): of a centrally-run city (capital "Thành phố") or of a province ("tỉnh").
_UNNAMED_COUNCIL = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|chu tich uy ban nhan dan)\s+(thanh pho|tinh)$")


def unplaced_kind(issuer: str, province: str, locality: str = "") -> str:
    """"thành phố" / "tỉnh" for a document of a city's or province's People's Committee or Council that names no place
    ("Ủy ban nhân dân Thành phố", eval/external/docs/b17/88b7667d728aef13.md); "" for any other."""
    if province or locality:
        return ""
    m = _UNNAMED_COUNCIL.match(_norm(issuer))
    return {"thanh pho": "thành phố", "tinh": "tỉnh"}[m.group(1)] if m else ""


@cache
def _kind_of() -> dict[str, str]:
    return {p.name: p.kind for p in place_lexicon().provinces}


def place_kind(province: str) -> str:
    """"thành phố" or "tỉnh" of a province named in any form ("" when it is none)."""
    return _kind_of().get(canonical_province(province) or province, "")


def may_be_in(asked: str, province: str, issuer: str, locality: str = "") -> bool:
    """Is a document of ``province`` (issued by ``issuer``) possibly one of the province ``asked``: its own, or one of
    a People's Committee of that kind that names no place (a question on "UBND Hà Nội" may ask of a city's letter whose
    copy lost its header)."""
    return in_places([asked])(province, issuer, locality)


def in_places(asked: list[str]) -> Callable[[str, str, str], bool]:
    """``may_be_in`` for any of the provinces ``asked``, read once: the test each document of a filter is put to,
    ``(province, issuer, locality) -> bool``."""
    folded = {fold(a) for a in asked}
    kinds = {place_kind(a) for a in asked} - {""}

    def test(province: str, issuer: str, locality: str = "") -> bool:
        return fold(province) in folded or (not province and bool(kinds)
                                            and unplaced_kind(issuer, province, locality) in kinds)
    return test
