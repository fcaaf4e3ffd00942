"""Which plan a question names and what a when-question asks (stop 79), on documents of the blind sets b121-b123 (read
after their honest runs; tests/data/blind-docs, tests/data/tvpl) and a tuning-half plan of plans-real:

- a text named by kind and number that no indexed plan has ("CT 02/CT-TTg") is no plan of another province that has
  the number ("QĐ 02/2026/QĐ-UBND" of Gia Lai) when the question names its own province;
- a plan named by its kind and its issuer's code ("KH HQKV8"), the number left out;
- the plan's period on a line whose colon a PDF lost ("1. Thời gian thực hiện Từ ngày ký ban hành ...");
- asked by when ("hạn chót"), a clause stating a day before one saying only when a report counts as sent;
- "trước tháng mấy" asks a month as "tháng nào" does: a clause saying "hàng năm" does not answer it;
- "hôm nào" asks a day; a plan "phối hợp" (on working together) names no partner asked;
- a time in digits then words ("(04) bốn giờ");
- bodies named after "phối hợp với" in an item opening with its unit's role are partners, not who does the act asked.
"""

from __future__ import annotations

from tests.conftest import REPO, asker

BLIND = REPO / "tests" / "data" / "blind-docs"
TVPL = REPO / "tests" / "data" / "tvpl"
PLANS_REAL = REPO.parent / "shared" / "plans-real"

ask = asker("plans-named", [BLIND / "cv-2026-ubnd-quangninh-shtt.pdf", BLIND / "qd-02-2026-gialai.pdf",
                            BLIND / "kh-2026-hqkv8-quangninh.pdf", BLIND / "kh-831-2026-dongthap.md",
                            TVPL / "qd-173-2015-btp.txt",
                            PLANS_REAL / "html" / "luong-minh_kh-hoi-nghi-hiep-thuong-lan-hai.htm"])


def _cited(answer) -> list[tuple[str, str]]:
    return [(c.file_name, c.section) for c in answer.citations]


def test_a_directive_no_plan_has_is_not_another_provinces_decision(ask):
    # b121-04: "CT 02" is Chỉ thị 02/CT-TTg, which the Quảng Ninh letter carries out, not QĐ 02/2026 of Gia Lai
    a = ask("CV Quảng Ninh về CT 02 sở hữu trí tuệ: ai lo đẩy nhanh điều tra, truy tố, xét xử các vụ xâm phạm SHTT?")
    assert not a.refused and a.text.startswith("Công an tỉnh")
    assert ("cv-2026-ubnd-quangninh-shtt.pdf", "5") in _cited(a)
    # b121-03, typed without diacritics
    a = ask("CV cua UBND Quang Ninh trien khai CT 02/CT-TTg: so nao chu tri de xuat giai phap tang cuong phoi hop lien "
            "nganh ve thuc thi SHTT?")
    assert a.text.startswith("Sở Khoa học và Công nghệ")


def test_a_plan_named_by_its_issuers_code_and_its_period(ask):
    # b121-18: Kế hoạch 957/KH-HQKV8, "1. Thời gian thực hiện Từ ngày ký ban hành Kế hoạch đến ngày 15 tháng 12 năm 2026"
    a = ask("KH HQKV8 ve kiem soat hang gia, xam pham SHTT thuc hien den bao gio?")
    assert "đến ngày 15 tháng 12 năm 2026" in a.text
    assert _cited(a)[0] == ("kh-2026-hqkv8-quangninh.pdf", "III.1")


def test_asked_by_when_the_clause_stating_a_day(ask):
    # b121-17: "- Báo cáo tổng kết Kế hoạch: Các đơn vị báo cáo trước ngày 20/12/2026" (III.3.1), not "- Báo cáo tổng kết
    # Kế hoạch; đầu mối đ/c ... - Thời điểm tính gửi báo cáo là thời điểm các đơn vị gửi báo cáo ..." (III.3.2)
    a = ask("KH chống hàng giả SHTT 2026 của Hải quan khu vực VIII: báo cáo tổng kết KH các đơn vị nộp hạn chót khi nào?")
    assert "trước ngày 20/12/2026" in a.text


def test_a_month_asked_is_not_how_often(ask):
    # "1. Báo cáo định kỳ hằng năm: Gửi báo cáo an toàn thông tin định kỳ hằng năm ..." (QĐ 02/2026/QĐ-UBND Gia Lai, Quy
    # chế Điều 26.1) sets no month to send by (as b121-30 asked of Khánh Hòa's rules), though it says when
    assert ask("Gia Lai quy chế ATTT: báo cáo an toàn thông tin định kỳ hằng năm phải gửi trước tháng mấy?").refused
    assert ask("Gia Lai quy che ATTT: bao cao ATTT dinh ky hang nam gui truoc thang may?").refused
    assert "hằng năm" in ask("Gia Lai quy che ATTT: bao cao ATTT dinh ky hang nam gui khi nao?").text


def test_a_day_asked_as_hom_nao_of_a_plan_on_working_together(ask):
    # b122-04: Kế hoạch phối hợp (QĐ 173/QĐ-BTP of 2015) II.5.c, "- Thời gian thực hiện: Ngày 09/11/2015"
    a = ask("Theo KH phối hợp UBDT - BTP năm 2015 (QĐ 173), Ngày Pháp luật tổ chức vào hôm nào?")
    assert "09/11/2015" in a.text and "phối hợp:" not in a.text.lower()


def test_hours_in_digits_then_words(ask):
    # b121-23: QĐ 02/2026/QĐ-UBND Gia Lai, Quy chế Điều 17.2 "... trong thời gian tối đa (04) bốn giờ đồng hồ ..."
    a = ask("Gia Lai quy che ATTT: he thong du phong phai thay duoc he thong chinh trong toi da may gio?")
    assert not a.refused and "(04) bốn giờ" in a.text


def test_bodies_after_phoi_hop_voi_are_no_one_doing_the_act(ask):
    # b123-02: KH 831/KH-UBND Đồng Tháp IV.5 "5. Ủy ban nhân dân các xã, phường / - Chủ trì, phối hợp với các cơ sở giáo
    # dục, tổ chức chính trị - xã hội và các tổ chức, cá nhân có liên quan trên địa bàn tổ chức tuyên truyền, ..."
    a = ask("Theo KH 831 của UBND tỉnh Đồng Tháp, ai đứng ra tuyên truyền cho bà con hiểu về hướng nghiệp, phân luồng và "
            "vận động phụ huynh?")
    assert a.text.startswith("Ủy ban nhân dân các xã, phường")


def test_an_events_time_is_no_day_to_send_by(ask):
    # tune-fresh31 t31-35 (plans-real, tuning half): the report is due "chậm nhất ngày 04/02/2026" (V.1), not the days
    # the conference is held (IV.1), though a question naming the plan's issuer ("MTTQ") describes the plan
    a = ask("KH hội nghị hiệp thương lần hai của MTTQ Lương Minh: sau hội nghị phải gửi biên bản và danh sách sơ bộ lên "
            "tỉnh, Ủy ban bầu cử xã chậm nhất ngày nào?")
    assert "04/02/2026" in a.text
