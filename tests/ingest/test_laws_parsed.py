"""Bodies named before their duty in laws and decrees (stop 77; blind sets b115-b116, read after their honest runs):

- a line "<body> có nhiệm vụ:" heads the body's items with the body alone, not "<body> có nhiệm vụ";
- an aside on the body's scope between it and its task verb ("..., trong phạm vi nhiệm vụ, quyền hạn của mình, quyết
  định ...") leaves the body leading; an aside that is no scope leaves a name with words of its own no body;
- "Bộ ảnh" is a set of photographs, no ministry;
- the period days are counted in belongs to the deadline: "trong thời hạn 10 ngày đầu tháng".
"""

from __future__ import annotations

import pytest

from ingest.responsibilities import extract_deadline, extract_from_text, heading_units
from tests.conftest import REPO, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"


def test_a_line_saying_its_body_has_duties_heads_the_items_with_the_body():
    # NĐ 315/2025/NĐ-CP, Quy chế Điều 23: "3. Văn phòng có nhiệm vụ: / a) Kiểm tra, tổng hợp các hồ sơ, đề án, văn bản
    # trình phiên họp ..." (the items had led as "Văn phòng có nhiệm vụ")
    doc = parse_file(VBPL / "nd-315-2025.html")
    for path in ("Điều 23.3", "Điều 23.3.a", "Điều 23.3.b"):
        assert clause_at(doc, path).responsibility.lead == ["Văn phòng"], path
    # Luật Quản lý thuế 108/2025/QH15 Điều 39.1 (blind set b115)
    assert heading_units("Chính phủ có nhiệm vụ, quyền hạn sau đây:") is None
    assert extract_from_text("1. Chính phủ có nhiệm vụ, quyền hạn sau đây:", context=None).lead == ["Chính phủ"]


@pytest.mark.parametrize("sentence, lead", [
    # Luật Quản lý thuế 108/2025/QH15 Điều 39.4 (blind set b115-08: no lead before)
    ("4. Hội đồng nhân dân các cấp, trong phạm vi nhiệm vụ, quyền hạn của mình, quyết định nhiệm vụ thu ngân sách hằng năm "
     "và giám sát việc thực hiện pháp luật về thuế tại địa phương.", ["Hội đồng nhân dân các cấp"]),
    # the same aside before a role, as before
    ("5. Ủy ban nhân dân các cấp, trong phạm vi nhiệm vụ, quyền hạn của mình, có nhiệm vụ sau đây:",
     ["Ủy ban nhân dân các cấp"]),
    # NĐ 315/2025/NĐ-CP Quy chế Điều 25.3.b: what follows the comma is another verb of the members, no scope
    ("b) Các thành viên Ủy ban nhân dân phát biểu ý kiến, nêu rõ những nội dung đồng ý, không đồng ý", []),
    # NQ 66.4/2025/NQ-CP Điều 4.4.d: "đề cao trách nhiệm, nhất là ..." is no aside between a body and its verb
    ("d) Các Bộ, cơ quan ngang Bộ, cơ quan trung ương khác và chính quyền địa phương đề cao trách nhiệm, nhất là trách "
     "nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo tổ chức triển khai thực hiện", []),
])
def test_a_scope_between_a_body_and_its_task_verb_leaves_the_body_leading(sentence, lead):
    assert extract_from_text(sentence, context=None).lead == lead


def test_a_set_of_photographs_is_no_ministry():
    # NĐ 308/2025/NĐ-CP Điều 33.3.b, a dossier's item
    assert extract_from_text("b) Bộ ảnh tổng thể và đặc tả chi tiết (ảnh màu, từ khổ 10 cm x 15 cm trở lên);",
                             context=None).lead == []


def test_the_period_the_days_are_counted_in_belongs_to_the_deadline():
    # NĐ 274/2025/NĐ-CP Điều 3.1: "Hằng tháng, cơ quan bảo hiểm xã hội rà soát ..., trong thời hạn 10 ngày đầu tháng gửi
    # văn bản yêu cầu người sử dụng lao động ..." (blind set b87-08: the deadline read "trong thời hạn 10 ngày")
    doc = parse_file(VBPL / "nd-274-2025.html")
    assert clause_at(doc, "Điều 3.1").responsibility.deadline == "trong thời hạn 10 ngày đầu tháng"
    # TT 35/2025/TT-NHNN Điều 17.3.a
    assert extract_deadline("Trường hợp bên vay đặc biệt có tiền thu hồi từ tài sản bảo đảm cho khoản vay đặc biệt, trong "
                            "thời hạn 05 ngày làm việc đầu tháng tiếp theo (tháng T+1), bên vay đặc biệt phải trả nợ gốc") == \
        "trong thời hạn 05 ngày làm việc đầu tháng tiếp theo"
