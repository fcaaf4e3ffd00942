"""A consolidated text (văn bản hợp nhất) names itself at its end, in the authentication block, not in a header: "BỘ
TÀI CHÍNH / Số: 08/VBHN-BTC / XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày 17 tháng 4 năm 2026 / KT. BỘ TRƯỞNG / THỨ
TRƯỞNG / Nguyễn Đức Chi", as the Official Gazette prints them (tests/data/cong-bao: pages 1-2 and 20-21 of VBHN
08/VBHN-BTC, whose kind line carries a footnote's mark, "THÔNG TƯ1"; pages 1-5 of VBHN 4246/VBHN-BLĐTBXH of 2021, which
writes "XÁC NHẬN" beside the ministry's name in two columns). Before, the first had no number, kind, issuer or date
and a signer "Bộ Tài" (blind set b41-50: "VBHN 08/VBHN-BTC ... do ai ký xác thực?" was refused as of a text not
loaded); the Ministry of Labour's name was shown "Bộ Lao Động - Thương Binh Và Xã Hội"."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

DATA = Path(__file__).resolve().parents[1] / "data" / "cong-bao"
VBHN_08 = DATA / "van-ban-hop-nhat-so-08-vbhn-btc-469538_trang-1-2-20-21.pdf"
VBHN_4246 = DATA / "van-ban-hop-nhat-so-4246-vbhn-bldtbxh-34873_trang-1-5.pdf"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("vbhn"))


def test_the_authentication_block_names_the_consolidated_text(settings) -> None:
    m = parse_file(VBHN_08, settings).meta
    assert (m.number, m.kind, m.issuer, m.date, m.signer) == \
        ("08/VBHN-BTC", "Thông tư", "Bộ Tài chính", "2026-04-17", "Nguyễn Đức Chi")
    assert m.title.startswith("Quy định giao dịch cổ phiếu niêm yết")


def test_an_older_block_beside_the_ministrys_name(settings) -> None:
    m = parse_file(VBHN_4246, settings).meta
    assert (m.number, m.date, m.signer) == ("4246/VBHN-BLĐTBXH", "2021-11-24", "Đào Ngọc Dung")
    assert m.issuer == "Bộ Lao động - Thương binh và Xã hội"


def test_the_authentication_block_is_no_words_of_the_last_article(settings) -> None:
    """"... bổ sung cho phù hợp./." / "BỘ LAO ĐỘNG - THƯƠNG BINH XÁC NHẬN VĂN BẢN HỢP NHẤT" / "VÀ XÃ HỘI" / "Số:
    4246/VBHN-BLĐTBXH" / "Hà Nội, ngày 24 tháng 11 năm 2021" / "BỘ TRƯỞNG" / "Đào Ngọc Dung": the block's date had
    become the last item's deadline (blind set b42-47 was answered "thời gian: ngày 24 tháng 11 năm 2021")."""
    doc = parse_file(VBHN_4246, settings)
    last = [c for c in doc.clauses if c.path.startswith("Điều")][-1]
    assert "HỢP NHẤT" not in last.text and "4246/VBHN" not in last.text and "Đào Ngọc Dung" not in last.text
    assert not last.responsibility.deadline


def test_who_attested_a_consolidated_text_and_when_are_facts_of_it() -> None:
    from assistant.understand import QuestionParser
    from core.query import Intent

    parser = QuestionParser([], [], [])
    signed = parser.parse("VBHN 4246 ve bao ve viec lam nguoi to cao do ai ky xac nhan")
    dated = parser.parse("Van ban hop nhat 1798/VBHN-BLDTBXH ve kiem dinh chat luong giao duc nghe nghiep duoc xac thuc "
                         "ngay nao?")
    assert (signed.intent, signed.facts) == (Intent.PLAN_FACTS, ["signer"])
    assert (dated.intent, dated.facts) == (Intent.PLAN_FACTS, ["date"])
    assert parser.parse("ai ky xac nhan noi dung dinh chinh?").intent != Intent.PLAN_FACTS  # a step of a procedure
