"""Rules of stop 74 on who acts, each on the real page it was found on (documents of the diagnostic blind set b106):

- the piece of a clause on the topic opening with the clause's lead, after its lead-in's colon, keeps that lead: a
  later part's subject ("..., cơ quan, đơn vị được lấy ý kiến có trách nhiệm trả lời") does not take it over;
- "ai ban hành KH ..." of a decree asks who issues that plan, not who issued the decree;
- bodies the subject tells so that they work with it ("thông báo cho X, Y ... để phối hợp kiểm tra, xử lý") are its
  partners, and "dừng" is the subject's act, no part of its name.
"""

from __future__ import annotations

from ingest.responsibilities import extract_from_text
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl74", [VBPL / "nd-42-2026.html"])


def test_the_piece_opening_with_the_clauses_lead_keeps_it(ask):
    # Điều 2, its new Điều 9.2.b: "b) Trình tự thực hiện đối với việc thành lập khu rừng đặc dụng nằm trên địa bàn từ hai
    # tỉnh trở lên: / Cục Lâm nghiệp và Kiểm lâm xây dựng phương án thành lập khu rừng đặc dụng, trình Bộ ... lấy ý kiến
    # ...; trong thời hạn 05 ngày làm việc ..., cơ quan, đơn vị được lấy ý kiến có trách nhiệm trả lời bằng văn bản;"
    # (blind set b106-17: the answer had been "cơ quan, đơn vị được lấy ý kiến")
    a = ask("NĐ 42/2026: khu rừng đặc dụng nằm trên từ 2 tỉnh trở lên thì ai lập phương án thành lập?")
    assert a.text.startswith("Cục Lâm nghiệp và Kiểm lâm"), a.text
    assert a.citations[0].section == "Điều 2.Điều 9.2.b", [c.section for c in a.citations]


def test_bodies_told_to_work_with_the_subject_are_its_partners():
    # TT 59/2025/TT-BKHCN Điều 68.1, its text after "1." (blind set b106-10)
    r = extract_from_text("Khi có nghi vấn bên trong kiện có chứa hàng bất hợp pháp, cơ quan hải quan dừng làm thủ tục "
                          "hải quan hoặc dừng thông quan hàng hóa; đồng thời thông báo cho Cục An toàn bức xạ và hạt "
                          "nhân, Sở Khoa học và Công nghệ trên địa bàn để phối hợp kiểm tra, xử lý.")
    assert r.lead == ["cơ quan hải quan"]
    assert r.partners == ["Cục An toàn bức xạ và hạt nhân", "Sở Khoa học và Công nghệ trên địa bàn"]
    # told of a result, not to work with it: no partner
    r = extract_from_text("Sở Y tế chủ trì tổ chức kiểm tra; thông báo cho Công an tỉnh kết quả kiểm tra.")
    assert r.lead == ["Sở Y tế"] and r.partners == []


def test_who_issues_another_kind_of_text_asks_a_task(ask):
    # "NĐ 34/2026: ... thì ai ban hành KH kinh phí hằng năm cho công tác quy hoạch?" (blind set b107-25) asks who issues
    # a plan the decree rules on; asked of the decree itself, its issuer answers
    a = ask("NĐ 42/2026: ai ban hành KH giao rừng, cho thuê rừng hằng năm?")
    assert not a.text.startswith("Nghị định"), a.text
    assert "Ủy ban nhân dân cấp xã" in a.text.splitlines()[0], a.text
    b = ask("NĐ 42/2026: cơ quan nào ban hành nghị định này?")
    assert b.text.startswith("Nghị định") and "(Chính phủ)" in b.text, b.text
