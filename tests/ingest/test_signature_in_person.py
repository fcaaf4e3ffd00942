"""The signer of a text signed in person, with no "Nơi nhận" beside it and no "KT."/"TM." before the office: the office
alone on its line in capitals, the name under it. The Official Gazette prints ministers' circulars so ("BỘ TRƯỞNG" /
"Đại tướng Lương Tam Quang", TT 33/2026/TT-BCA, blind set b28-48, where "ai ký?" was answered "không đọc được"), and so
do a portal copy of plans-real and a bundled sample plan. A signer's name ends before the appendix heading that follows
it ("Võ Văn Hưng" / "Phụ lục I" was read "Võ Văn Hưng Phụ")."""

from __future__ import annotations

from pathlib import Path

from api import parse_file
from core.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "plans-real"


def _meta(path: Path, tmp_path: Path):
    return parse_file(path, load_settings(data_dir=tmp_path / "d")).meta


def test_a_minister_signing_in_person(tmp_path):
    # plans-real/web/vb_cd24d493.md (tuning half): "**BỘ TRƯỞNG**" / "Nguyễn Mạnh Hùng" after the recipients' cell
    meta = _meta(REAL / "web" / "vb_cd24d493.md", tmp_path)
    assert (meta.signer, meta.signer_title) == ("Nguyễn Mạnh Hùng", "BỘ TRƯỞNG")


def test_a_chairman_signing_in_person(tmp_path):
    # data/plans (bundled sample): "CHỦ TỊCH" / "Phạm Thành Ngại"
    meta = _meta(ROOT / "data" / "plans" / "dong-thap_ubnd_2026_toi-pham-mua-ban-nguoi.txt", tmp_path)
    assert (meta.signer, meta.signer_title) == ("Phạm Thành Ngại", "CHỦ TỊCH")


def test_a_name_ends_before_the_appendix(tmp_path):
    # the gazette PDF of tests/data/cong-bao: "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Phạm Thị Thanh Trà" before its appendix
    meta = _meta(ROOT / "tests" / "data" / "cong-bao" / "quyet-dinh-so-844-qd-ttg-469526.pdf", tmp_path)
    assert meta.signer == "Phạm Thị Thanh Trà"
    assert meta.signer_title == "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG"
