"""A ministry's or department's whole name ("Bộ" or "Sở" and a branch of units.toml) ends before the lower-case word
after it, even one the verb list lacks: "Đề nghị Bộ Nội vụ cấp Giấy phép hoạt động dịch vụ ..." (a form annexed to NĐ
372/2025/NĐ-CP, Official Gazette; blind set b38-31) was led by "Bộ Nội vụ cấp Giấy phép hoạt động dịch vụ". A place or
a list still runs the name on."""

from __future__ import annotations

from ingest.pipeline import parse_text
from ingest.units import unit_phrase_at

ND_372 = """CHÍNH PHỦ
Số: 372/2025/NĐ-CP
NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP
Điều 4. Hồ sơ đề nghị cấp Giấy phép
6. Đề nghị Bộ Nội vụ cấp Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài theo hợp đồng.
"""


def test_the_name_ends_before_what_the_ministry_does():
    doc = parse_text(ND_372, "nd-372.txt")
    asked = next(c for c in doc.clauses if c.text.startswith("6. Đề nghị Bộ Nội vụ"))
    assert asked.responsibility.lead == ["Bộ Nội vụ"]


def test_a_place_or_a_list_runs_the_name_on():
    assert unit_phrase_at("Sở Y tế tỉnh Lào Cai chủ trì")[0] == "Sở Y tế tỉnh Lào Cai"
    assert unit_phrase_at("Sở Tài chính và Sở Xây dựng phối hợp")[0] == "Sở Tài chính và Sở Xây dựng"
    assert unit_phrase_at("Bộ Văn hóa, Thể thao và Du lịch hướng dẫn")[0] == "Bộ Văn hóa, Thể thao và Du lịch"
    assert unit_phrase_at("Sở Giáo dục và Đào tạo tổ chức")[0] == "Sở Giáo dục và Đào tạo"
    assert unit_phrase_at("Sở Y tế nơi đặt trụ sở kinh doanh.")[0] == "Sở Y tế nơi đặt trụ sở kinh doanh"
