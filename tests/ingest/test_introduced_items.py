"""Items introduced by "X chủ trì, phối hợp với Y:" (blind set b27, NQ 122/NQ-CP of the Government's April 2026
session): X is the subject of the items that name none, Y their partners unless an item names its own ("b) Chủ trì,
phối hợp với các Bộ: Xây dựng, Quốc phòng ..."), and an item that only directs others ("c) Chỉ đạo các cơ quan, đơn
vị, nhà thầu tập trung tháo gỡ ...") is still X's. Before, such an item either took Y as partners over its own or,
naming the bodies it directs, was read as naming no lead at all. Asserted on documents of the repo's external sets
and on a verbatim excerpt of NQ 122 (a gazette PDF kept outside the repo, eval/external/README.md)."""

from __future__ import annotations

from pathlib import Path

from api import parse_file
from core.settings import load_settings
from ingest.pipeline import parse_text

DOCS = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs"

NQ_122 = """CHÍNH PHỦ
Số: 122/NQ-CP
NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 4 năm 2026
QUYẾT NGHỊ:
III. Về nhiệm vụ, giải pháp trọng tâm thời gian tới
7. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa phương:
c) Chỉ đạo các cơ quan, đơn vị, nhà thầu tập trung tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ thi công các
dự án, công trình giao thông trọng điểm.
10. Bộ Y tế chủ trì, phối hợp với các cơ quan, địa phương:
a) Khẩn trương hoàn thiện hồ sơ, báo cáo Thủ tướng Chính phủ xem xét, phê duyệt Kế hoạch hành động thực hiện
Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư.
b) Chủ trì, phối hợp với các Bộ: Xây dựng, Quốc phòng theo chức năng, nhiệm vụ, thẩm quyền chỉ đạo các cơ quan
liên quan khẩn trương xử lý dứt điểm các tồn tại, vướng mắc tại dự án đầu tư xây dựng cơ sở 2 Bệnh viện Bạch Mai.
"""


def _clause(doc, path: str):
    found = [c for c in doc.clauses if c.path == path]
    assert found, [c.path for c in doc.clauses]
    return found[0]


def test_an_item_naming_its_own_partners_keeps_them():
    doc = parse_text(NQ_122, "nq-122.txt")
    b = _clause(doc, "III.10.b").responsibility
    assert b.lead == ["Bộ Y tế"] and b.partners == ["Bộ Xây dựng", "Bộ Quốc phòng"]
    a = _clause(doc, "III.10.a").responsibility
    assert a.lead == ["Bộ Y tế"] and a.partners == ["các cơ quan, địa phương"]


def test_an_item_directing_others_is_the_introducing_units():
    doc = parse_text(NQ_122, "nq-122.txt")
    c = _clause(doc, "III.7.c").responsibility
    assert c.lead == ["Bộ Xây dựng"] and c.partners == ["các cơ quan, địa phương"]


def test_telegram_items_under_a_ministry_leading_with_partners(tmp_path):
    # Công điện 228/CĐ-TTg (eval/external/docs/b1): "1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên
    # quan: / b) Chỉ đạo Bảo hiểm xã hội Việt Nam chi trả kịp thời ..."
    doc = parse_file(DOCS / "b1" / "44aeb2fd86d07d4a.md", load_settings(data_dir=tmp_path / "d"))
    b = _clause(doc, "1.b").responsibility
    assert b.lead == ["Bộ Tài chính"] and b.partners == ["các bộ, địa phương liên quan"]


def test_a_department_introducing_items_gives_them_its_partners(tmp_path):
    # eval/external/docs/b7/f1e0981425ec38be.md V.4.1.1, under "Sở Khoa học và Công Nghệ chủ trì, phối hợp với các
    # sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan:"
    doc = parse_file(DOCS / "b7" / "f1e0981425ec38be.md", load_settings(data_dir=tmp_path / "d"))
    r = _clause(doc, "V.4.1.1").responsibility
    assert r.lead == ["Sở Khoa học và Công Nghệ"] and "UBND các xã, phường" in r.partners
