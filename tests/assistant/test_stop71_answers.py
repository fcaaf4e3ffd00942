"""Rules drawn from blind sets b92-b95 (stop 71), each on the real page or plan it was found on:

- a body named by what it is, which no unit head opens, leads the duty it opens a sentence with ("Tổ chức tài chính vi
  mô có trách nhiệm:", roles.toml [duty_subject]); a unit the lexicon knows ending such a subject is the lead ("Điều 5.
  Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì");
- an incident is no department: "vụ cháy", "vụ án" (units.toml, the "Vụ" head; b95-03);
- of two texts sharing a number, the issuer the question writes after it picks one ("Thông tư 20/2025 của Bộ VHTTDL";
  b92-07);
- the body a question names first is the one it asks of ("NĐ 307 giao Sở Tài chính nhiệm vụ gì trong việc phân loại
  đơn vị hành chính?"; b95-22);
- of the duties an article gives body by body, the one far more on the question's topic answers, words in an
  exception in brackets not counting ("(trừ ... tiền chất được sử dụng trong lĩnh vực công nghiệp ...)"; b93-05);
- the body acting after grounds that open the sentence leads ("Trên cơ sở hồ sơ ..., Vụ Tổ chức phi chính phủ tổng
  hợp, thẩm định hồ sơ"; b92-12);
- an item that only names whom it directs, under "X có trách nhiệm:", is led by X (b95).
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import Settings
from ingest.responsibilities import extract_from_text
from tests.conftest import REPO, SHARED_REAL, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl71", [VBPL / "nd-28-2026.html", VBPL / "tt-109-2025.html", VBPL / "nd-307-2025.html",
                       VBPL / "tt-20-2025-bnv.html", VBPL / "tt-20-2025-bvhttdl.html"])


@pytest.fixture(scope="module")
def tt54():
    return parse_file(VBPL / "tt-54-2025.html", Settings())


def _clause(doc, path):
    return next(c for c in doc.clauses if c.path == path)


def test_a_body_named_by_what_it_is_leads_its_duties(tt54):
    # "1. Tổ chức tài chính vi mô có trách nhiệm: / a) Thông báo bằng văn bản cho Ngân hàng Nhà nước kết quả bầu ..."
    assert _clause(tt54, "Điều 29.1").responsibility.lead == ["Tổ chức tài chính vi mô"]
    item = _clause(tt54, "Điều 29.1.a").responsibility
    assert item.lead == ["Tổ chức tài chính vi mô"], item
    assert item.deadline == "trong thời hạn 10 ngày kể từ ngày bầu", item
    # "Tổ chức" opens a name though it is a task verb elsewhere; a modal before the duty is no part of the name
    assert extract_from_text("Tổ chức, cá nhân phải chịu trách nhiệm nộp phí đầy đủ").lead == ["Tổ chức, cá nhân"]
    # a person in a form, a first act before "và", what a thing is, a paper, a bare head: no one named
    for sentence in ("Tôi/chúng tôi xin chịu trách nhiệm trước pháp luật về nội dung kê khai",
                     "a) Người đối chiếu phải ký xác nhận vào bản sao và chịu trách nhiệm về tính chính xác",
                     "Lớp mạng lõi là lớp mạng của hệ thống mạng có nhiệm vụ kết nối",
                     "Hồ sơ bàn giao tài sản kê biên cho cơ quan có trách nhiệm gồm",
                     "2. Cơ quan chịu trách nhiệm thu thập, tổng hợp",
                     "Việc kiểm tra có trách nhiệm bảo đảm khách quan"):
        assert extract_from_text(sentence).lead == [], sentence


def test_a_known_unit_ending_the_subject_is_the_lead():
    doc = parse_file(SHARED_REAL / "web" / "thai-nguyen_26-2025-qd-ubnd.md", Settings())
    heading = _clause(doc, "Điều 5")  # "Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì"
    assert heading.responsibility.lead == ["Sở Dân tộc và Tôn giáo"], heading.responsibility
    assert _clause(doc, "Điều 5.1").responsibility.lead == ["Sở Dân tộc và Tôn giáo"]


def test_an_incident_is_no_department(ask):
    a = ask("Theo TT 109/2025/TT-BCA, cán bộ PCCC làm xác minh vụ cháy phải đạt chuẩn trình độ muộn nhất là ngày nào?")
    assert not a.refused, a.text
    assert "15 tháng 06 năm 2026" in a.text, a.text
    assert a.citations[0].section == "Điều 28.3", [c.section for c in a.citations]
    doc = parse_file(VBPL / "tt-109-2025.html", Settings())
    named = {u for c in doc.clauses for u in c.responsibility.units()}
    assert not any(u.lower().startswith(("vụ cháy", "vụ việc", "vụ án")) for u in named), sorted(named)


def test_the_issuer_after_a_shared_number_picks_the_document(ask):
    a = ask("Thông tư 20/2025 của Bộ VHTTDL: mỗi năm lập các Khối, Cụm thi đua thì vụ nào đứng ra chủ trì?")
    assert a.text.startswith("Vụ Tổ chức cán bộ"), a.text
    assert {c.file_name for c in a.citations} == {"tt-20-2025-bvhttdl.html"}, [c.file_name for c in a.citations]
    # the number written whole picks its own ("TT-BNV"); "vụ nào" asks who; staff's "NGO", "gom hồ sơ"
    b = ask("TT 20/2025/TT-BNV: khen thưởng cho các hội, quỹ, NGO thì vụ nào gom hồ sơ và thẩm định?")
    assert b.text.startswith("Vụ Tổ chức phi chính phủ"), b.text
    assert {c.file_name for c in b.citations} == {"tt-20-2025-bnv.html"}, [c.file_name for c in b.citations]


def test_the_body_after_grounds_opening_the_sentence_leads():
    doc = parse_file(VBPL / "tt-20-2025-bnv.html", Settings())
    # "a) Trên cơ sở hồ sơ đề nghị khen thưởng của hội, quỹ xã hội, quỹ từ thiện, tổ chức phi chính phủ, Vụ Tổ chức phi
    # chính phủ tổng hợp, thẩm định hồ sơ, ..."
    assert _clause(doc, "Điều 11.4.a").responsibility.lead == ["Vụ Tổ chức phi chính phủ"]
    # grounds that are someone's list whose they are: the body acting is named in capitals
    grounds = ("+ Trên cơ sở ý kiến của cấp ủy, tổ chức đảng, cơ quan, đơn vị, Ban Tổ chức Trung ương lấy ý kiến (bằng "
               "văn bản) của Ủy ban Kiểm tra Trung ương")
    assert "cơ quan, đơn vị, Ban Tổ chức Trung ương" not in extract_from_text(grounds).lead
    assert extract_from_text("Căn cứ kết quả thẩm định, cơ quan chủ quản quyết định phê duyệt dự án").lead == \
        ["cơ quan chủ quản"]


def test_the_body_named_first_is_the_one_asked(ask):
    a = ask("NĐ 307/2025/NĐ-CP giao Sở Tài chính nhiệm vụ gì trong việc phân loại đơn vị hành chính?")
    assert a.refused, a.text
    assert "Sở Tài chính" in a.text, a.text


def test_a_sibling_far_more_on_topic_answers(ask):
    a = ask("NĐ 28/2026 danh mục ma túy: tiền chất dùng cho ngành công nghiệp thì bộ nào quản lý nhà nước?")
    assert a.text.startswith("Bộ Công Thương"), a.text
    assert a.citations[0].section == "Điều 2.2", [c.section for c in a.citations]
    # the exception in Điều 2.1 names the field too, but asked of it, the exception is what is asked
    b = ask("NĐ 28/2026: chất ma túy phục vụ giám định thì bộ nào quản lý nhà nước?")
    assert b.text.startswith("Bộ Công an"), b.text


def test_an_item_directing_others_is_led_by_its_lead_in():
    doc = parse_file(VBPL / "tt-85-2025.html", Settings())
    # "7. Ủy ban nhân dân cấp tỉnh có trách nhiệm: / d) Chỉ đạo các cơ quan chuyên môn đảm bảo thực hiện đúng ..."
    item = _clause(doc, "Điều 37.7.d").responsibility
    assert item.lead == ["Ủy ban nhân dân cấp tỉnh"], item
    assert item.implementers == ["các cơ quan chuyên môn"], item
    # "3. Vụ Kế hoạch -Tài chính đảm bảo kinh phí hằng năm ...": the name as the source spaces it
    assert _clause(doc, "Điều 37.3").responsibility.lead == ["Vụ Kế hoạch -Tài chính"]
