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


TT_33 = """BỘ CÔNG AN
Số: 33/2026/TT-BCA
Hà Nội, ngày 10 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn một số quy định tại Nghị định số 289/2025/NĐ-CP
Điều 7. Điều khoản thi hành
5. Cục Kế hoạch và tài chính có trách nhiệm tổng hợp, báo cáo việc thực hiện Thông tư này.
BỘ TRƯỞNG
Đại tướng Lương Tam Quang
PHỤ LỤC I
Định mức khoán chi cho từng nhiệm vụ, hoạt động xây dựng, ban hành thông tư, thông tư liên tịch do Bộ Công an chủ trì
soạn thảo (Kèm theo Thông tư số 33/2026/TT-BCA ngày 10 tháng 4 năm 2026 của Bộ trưởng Bộ Công an)
| STT | Nhiệm vụ và hoạt động | Định mức khoán chi |
|---|---|---|
| 1 | Soạn thảo, ban hành thông tư | 308 |
| 2 | Thẩm định dự thảo thông tư (Cục Pháp chế và cải cách hành chính, tư pháp) | 20 |
"""


def test_an_appendix_right_after_the_signer_is_a_part_of_its_own():
    # TT 33/2026/TT-BCA as the Official Gazette prints it (blind set b28; kept outside the repo): no recipients' block,
    # the appendix's title and its "(Kèm theo ...)" wrapped into one paragraph. Before, the appendix's rows were items
    # of Điều 7.5 and took its lead, "Cục Kế hoạch và tài chính".
    from ingest.pipeline import parse_text

    doc = parse_text(TT_33, "tt-33.txt")
    assert (doc.meta.signer, doc.meta.signer_title) == ("Đại tướng Lương Tam Quang", "BỘ TRƯỞNG")  # the rank printed
    rows = [c for c in doc.clauses if "Soạn thảo, ban hành thông tư" in c.text]
    assert rows and all(c.path.startswith("PL") for c in rows)
    assert all("Cục Kế hoạch và tài chính" not in c.responsibility.lead for c in rows)


def test_a_signers_rank_is_part_of_the_name(tmp_path):
    # plans-real/web (tuning half), Ministry of Defence consolidated texts: "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / "Thượng tướng
    # Võ Minh Lương", "... Đại tướng Nguyễn Tân Cương" (structure.toml [signer_rank]); before, the rank was dropped
    meta = _meta(REAL / "web" / "bo-quoc-phong_94-vbhn-bqp.md", tmp_path)
    assert (meta.signer, meta.signer_title) == ("Thượng tướng Võ Minh Lương", "KT. BỘ TRƯỞNG THỨ TRƯỞNG")
    assert _meta(REAL / "web" / "bo-quoc-phong_89-vbhn-bqp.md", tmp_path).signer == "Đại tướng Nguyễn Tân Cương"
