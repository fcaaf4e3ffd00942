"""Answers drawn from the blind sets b72-b75 and b77 (eval/external/misc; the documents tests need are copied to
tests/data/signed-pdf and tests/data/blind-docs, each with its README):

- an event's own time ("2. Thời gian: Vào lúc 08 giờ 00 phút, ngày 09/11/2024", "1. Thời gian tổ chức: 03 ngày: 24, 25
  và 26 tháng 8 năm 2026", "1. Thời gian / Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026") answers "... bắt đầu mấy giờ,
  ngày nào?" asked of the text that invites to it; never "hạn gửi ..." (a day by which to send something);
- "hạn gửi", "mốc nộp" ask when, and a ";" inside brackets ends no sentence;
- a letter passing another text on is answered, asked who takes it on, by the paragraph handing it over by its number;
- the closing article on who executes a decision, and a member's line, answer no question on who does one of its tasks;
- the initials of the issuer's name ("THPT DBK") name the plan, they are no topic its clauses must hold;
- a clause denying what the question asks a few words further on ("không đủ tiêu chuẩn, điều kiện") comes after one
  stating it;
- asked whom a body works with, its own task's partners answer before another's task it joins, and an item beside the
  one found under the same body's heading names them when that one does not; "những đơn vị nào cùng làm" asks partners.
"""

from __future__ import annotations

from assistant.answer.default import _denies, sentences
from assistant.understand import QuestionParser
from core.query import Intent
from core.textnorm import fold
from tests.conftest import REPO, answer_as_indexed, asker, parse_file

SIGNED = REPO / "tests" / "data" / "signed-pdf"
BLIND = REPO / "tests" / "data" / "blind-docs"
LUONG_MINH = REPO.parent / "shared" / "plans-real" / "html" / "luong-minh_kh-hoi-nghi-hiep-thuong-lan-hai.htm"

# one index of the documents, as a user who brought them would have
ask = asker("blind-b72-b77", [SIGNED / "tb-542-2024.pdf", SIGNED / "kh-58-2026.docx", SIGNED / "kh-blank-2026.docx",
                              LUONG_MINH, BLIND / "kh-275-2025.md", BLIND / "cv-nc-2025b.docx",
                              BLIND / "qd-1469-2025.pdf"])


def test_an_events_time_line_answers_when_it_starts(ask):
    # TB 542/TB-UBND Quảng Ngãi: "1. Thành phần / 2. Thời gian: ..."
    a = ask("Hội nghị đánh giá CT MTQG vùng DTTS ở khu vực miền Trung mà Quảng Ngãi cử người đi dự bắt đầu mấy giờ, ngày "
            "nào?")
    assert "08 giờ 00 phút, ngày 09/11/2024" in a.text, a.text
    assert a.citations[0].section == "2"


def test_an_events_time_under_its_heading_and_its_length(ask):
    # "III. THỜI GIAN, HÌNH THỨC ... / 1. Thời gian / Lúc 14 giờ ..." (KH 58 of a school cluster, Đồng Tháp)
    a = ask("Buổi sinh hoạt chuyên môn Lịch sử cụm 2 năm học 2025-2026 họp online lúc mấy giờ, ngày nào?")
    assert "14 giờ 00 phút, ngày 28 tháng 4 năm 2026" in a.text, a.text
    # "II. ... / 1. Thời gian tổ chức: 03 ngày: 24, 25 và 26 tháng 8 năm 2026." (Trường THPT Đốc Binh Kiều)
    a = ask("tuan le sinh hoat cong dan dau nam hoc 2026-2027 to chuc may ngay, ngay nao?")
    assert "24, 25 và 26 tháng 8 năm 2026" in a.text, a.text


def test_a_day_by_which_to_send_is_no_plans_period(ask):
    # "IV. THỜI GIAN THỰC HIỆN / - ... được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026" times the meeting; the
    # minutes are due "chậm nhất ngày 04/02/2026" (V.1.5)
    a = ask("Hạn gửi biên bản hội nghị hiệp thương lần thứ hai và danh sách sơ bộ người ứng cử HĐND xã Lương Minh lên "
            "tỉnh là ngày nào?")
    assert "04/02/2026" in a.text, a.text


def test_han_gui_and_moc_nop_ask_when():
    parser = QuestionParser([], [], [])
    q = parser.parse("Hạn gửi ý kiến về dự thảo sửa Chương trình viễn thông công ích theo CV 507 là khi nào?")
    assert q.intent == Intent.DEADLINE and "han" not in q.content_terms
    q = parser.parse("KH 275 phat trien du lich Hue: moc nop bao cao ve So Du lich la luc nao?")
    assert "moc" not in q.content_terms
    # "gia hạn", "hạn hán" and "cắm mốc" name topics
    q = parser.parse("ai chịu trách nhiệm gia hạn giấy phép và phòng chống hạn hán, cắm mốc giới?")
    assert q.content_terms.count("han") == 3 and "moc" in q.content_terms


def test_hom_nao_asks_the_day():
    q = QuestionParser([], [], []).parse("TB 453/TB-UBND Hà Nội: các nhà treo cờ từ hôm nào tới hôm nào?")
    assert "ngay nao" in q.folded and q.intent == Intent.DEADLINE


def test_a_semicolon_inside_brackets_ends_no_sentence(ask):
    text = ("Báo cáo tình hình thực hiện Kế hoạch gửi Sở Du lịch theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - "
            "2030), thời gian gửi báo cáo trước ngày 10/12 của từng giai đoạn. Trong quá trình thực hiện ...; nếu có khó "
            "khăn")
    assert sentences(text)[0].endswith("trước ngày 10/12 của từng giai đoạn.")
    assert len(sentences(text)) == 3
    a = ask("KH 275 phat trien du lich Hue: moc nop bao cao ve So Du lich la luc nao?")
    assert "trước ngày 10/12 của từng giai đoạn" in a.text, a.text
    assert a.citations[0].section == "Kết"


def test_a_letter_handing_on_a_text_is_answered_by_the_paragraph_handing_it(ask):
    a = ask("Công văn của tỉnh về Kế hoạch 600/KH-BCA-V01 tổng kết chiến lược ma túy: giao đơn vị nào tham mưu?")
    assert a.text.startswith("Công an tỉnh"), a.text
    assert a.citations[0].section == "Kết"


def test_who_runs_a_council_is_no_execution_article_nor_a_members_line(ask):
    a = ask("Ai chịu trách nhiệm chỉ đạo, vận hành Hội đồng Sáng kiến Bộ VHTTDL theo QĐ thành lập tháng 5/2025?")
    assert a.text.startswith("Chủ tịch Hội đồng"), a.text
    assert a.citations[0].section == "Điều 2"


def test_the_initials_of_the_issuers_name_name_the_plan(ask):
    # Trường THPT Đốc Binh Kiều: "c) Bảo đảm 100% học sinh được tham gia đầy đủ các nội dung sinh hoạt công dân."
    a = ask("KH sinh hoat cong dan THPT DBK dat muc tieu bao nhieu phan tram hoc sinh tham gia?")
    assert "100%" in a.text, a.text


def test_an_item_beside_the_one_found_names_the_partner(ask):
    # "2. Phó Hiệu trưởng Nguyễn Minh Trí / - Là đầu mối tổ chức triển khai toàn bộ nội dung; ... / - Phối hợp với Công an
    # xã Đốc Binh Kiều mời báo cáo viên cho ngày 26/8."
    a = ask("PHT Minh Trí phải phối hợp cơ quan nào để mời người nói chuyện chuyên đề trong tuần lễ công dân?")
    assert "Công an xã Đốc Binh Kiều" in a.text and a.citations[0].section == "III.2.2", a.text


def test_cung_lam_asks_partners():
    q = QuestionParser([], [], []).parse("Tap huan luat xuat nhap canh o Phu Tho: Cong an tinh can nhung don vi nao cung lam?")
    assert q.intent == Intent.PARTNERS


def test_whom_a_body_works_with_is_its_own_tasks_partners():
    # Chỉ thị 24/CT-TTg as a web article: "(2) Bộ Tài chính: - Thực hiện đôn đốc, chỉ đạo các đơn vị trực thuộc phối hợp
    # với Bộ Công an triển khai tích hợp công nghệ sinh trắc học ..." found first, "(1) Bộ Công an: - Chủ trì, phối hợp
    # với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai ứng dụng công nghệ sinh trắc học ..."
    # as much on topic
    directive = parse_file(BLIND / "ct-24-2025.md")
    joins = next(c for c in directive.clauses if c.text.startswith("- Thực hiện đôn đốc, chỉ đạo các đơn vị trực thuộc"))
    leads = next(c for c in directive.clauses if c.text.startswith("- Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính"))
    a = answer_as_indexed(directive, "CT 24 - trien khai sinh trac hoc: Bo Cong an phoi hop voi nhung co quan nao?",
                          [joins, leads])
    assert "Bộ Xây dựng, Bộ Tài chính" in a.text and "chủ trì: Bộ Công an" in a.text, a.text


def test_a_count_denied_a_few_words_on_is_not_the_count_asked():
    # QĐ 337/QĐ-SGDĐT Đồng Tháp (2026; blind set b74-23): Điều 1.3 counts those who do not qualify, Điều 1.2 those who do
    asked = fold("QĐ 337/QĐ-SGDĐT: có bao nhiêu giáo viên THPT đủ điều kiện lên hạng II?")
    denied = ("Tổng số viên chức không đủ tiêu chuẩn, điều kiện thăng hạng chức danh nghề nghiệp viên chức từ hạng III lên "
              "hạng II đối với giáo viên trung học phổ thông công lập ... năm 2025: 27 người, trong đó:")
    stated = ("Tổng số viên chức đủ tiêu chuẩn, điều kiện thăng hạng chức danh nghề nghiệp viên chức từ hạng III lên hạng "
              "II đối với giáo viên trung học phổ thông công lập ... năm 2025: 1.362 người, trong đó:")
    assert _denies(denied, asked) and not _denies(stated, asked)
    # a question denying too asks the denial
    assert not _denies(denied, fold("có bao nhiêu giáo viên không đủ điều kiện lên hạng II?"))
