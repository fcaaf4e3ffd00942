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
