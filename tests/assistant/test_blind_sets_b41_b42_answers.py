"""Questions blind sets b41-b42 showed misread (twenty gazette PDFs of ministry circulars and consolidated texts kept
outside the repo; first runs 0.800 and 0.760 at b084282): an allowance or a benefit asked "bao nhiêu" asks money, so a
clause stating only a share of members ("ít nhất là 2/3 số thành viên") does not answer it; the Official Gazette's
section heading is no issuer; a cited text's symbol the text layer spaced ("29/2017/ TT-BLĐTBXH") still dates that text,
not the sentence."""

from __future__ import annotations

from assistant.understand import QuestionParser
from assistant.values import MONEY, value_asked
from tests.assistant.test_external_answers import _answer, _doc


def test_an_allowance_asked_how_much_asks_money():
    parser = QuestionParser([], [], [])
    for question in ("Thành viên Đoàn đánh giá chất lượng thống kê theo TT 22/2022 được hưởng mức phụ cấp bao nhiêu?",
                     "VBHN 4804: trợ cấp mai táng cho người có công với cách mạng được chi bao nhiêu?"):
        assert value_asked(parser.parse(question)) is MONEY, question
    assert value_asked(parser.parse("trợ cấp thất nghiệp được hưởng bao nhiêu tháng?")) is not MONEY
    # a coefficient or an age (plans-real tuning sets: NĐ 158/2025/NĐ-CP, tune-fresh36 t36-12, tune-fresh40 t40-52)
    for question in ("NĐ 158/2025 về BHXH: thời gian công tác ở chiến trường B, C trước 30/4/1975 được áp hệ số phụ cấp "
                     "khu vực bao nhiêu khi tính trợ cấp một lần?",
                     "NĐ 158: cán bộ xã chờ đủ tuổi hưởng trợ cấp hằng tháng thì đủ bao nhiêu tuổi mới được hưởng?"):
        assert value_asked(parser.parse(question)) is not MONEY, question


TT_05_2022 = """VĂN BẢN QUY PHẠM PHÁP LUẬT
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/2022/TT-BLĐTBXH
Hà Nội, ngày 05 tháng 4 năm 2022
THÔNG TƯ
Quy định về liên kết tổ chức thực hiện chương trình đào tạo
trong giáo dục nghề nghiệp
Điều 11. Hiệu lực thi hành
1. Thông tư này có hiệu lực kể từ ngày 20 tháng 5 năm 2022. Thông tư số 29/2017/ TT-BLĐTBXH ngày 15 tháng 12 năm 2017
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về liên kết tổ chức thực hiện chương trình đào tạo hết hiệu lực
kể từ ngày Thông tư này có hiệu lực thi hành.
"""


def test_the_gazettes_section_heading_is_no_issuer_and_a_spaced_symbol_is_cited():
    """"VĂN BẢN QUY PHẠM PHÁP LUẬT" above the header (as Công báo prints TT 05/2022/TT-BLĐTBXH) had left the circular
    with no issuer; the date of "Thông tư số 29/2017/ TT-BLĐTBXH ngày 15 tháng 12 năm 2017" (a symbol the text layer
    spaced) was read as a date the sentence states, so "có hiệu lực từ ngày nào?" quoted the sentence on the text it
    repeals (blind set b41-21)."""
    doc = _doc(TT_05_2022, "tt-05-2022.txt")
    assert doc.meta.issuer == "Bộ Lao động - Thương binh và Xã hội"
    effect = next(c for c in doc.clauses if c.path == "Điều 11.1")
    ans = _answer(doc, "thong tu 05/2022 ve lien ket to chuc thuc hien chuong trinh dao tao co hieu luc tu ngay nao?",
                  [effect])
    assert ans.text.startswith("Thông tư này có hiệu lực kể từ ngày 20 tháng 5 năm 2022"), ans.text


VBHN_4804 = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
NGHỊ ĐỊNH
Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng
Điều 13. Các chế độ ưu đãi khác
1. Trợ cấp mai táng: mức chi theo quy định của pháp luật bảo hiểm xã hội về
trợ cấp mai táng.
2. Trợ cấp thờ cúng liệt sĩ: 1.400.000 đồng/01 liệt sĩ/01 năm.
"""


def test_a_sum_asked_for_one_benefit_is_not_anothers():
    """VBHN 4804/VBHN-BLĐTBXH states no sum for "trợ cấp mai táng" (it refers to the social insurance law): the sum of
    "trợ cấp thờ cúng liệt sĩ" beside it does not answer (blind set b41-25); asked of itself, it does."""
    doc = _doc(VBHN_4804, "vbhn-4804.txt")
    burial, worship = (next(c for c in doc.clauses if c.path == p) for p in ("Điều 13.1", "Điều 13.2"))
    ans = _answer(doc, "VBHN 4804: trợ cấp mai táng cho người có công với cách mạng được chi bao nhiêu tiền?",
                  [worship])
    assert ans.refused, ans.text
    ans = _answer(doc, "VBHN 4804: trợ cấp thờ cúng liệt sĩ được chi bao nhiêu tiền?", [worship, burial])
    assert not ans.refused and "1.400.000 đồng" in ans.text, ans.text


def test_what_a_sum_asked_is_for():
    """The words after a sum's head name what it is for; the sentence answering must name them too (blind sets b41-24,
    b41-25: the sums of "Chi phí duy trì tên ..." and "Trợ cấp thờ cúng liệt sĩ" had answered for others)."""
    from assistant.answer.default import _money_thing
    from core.textnorm import fold

    assert _money_thing(fold("VBHN 4804: trợ cấp mai táng cho người có công được chi bao nhiêu tiền?")) == "mai tang"
    assert _money_thing(fold("phi nop ho so du thau qua mang theo TT 05/2024 BKHDT la bao nhieu tien")) == "nop ho"
    assert _money_thing(fold("mức hỗ trợ cho mỗi hộ là bao nhiêu?")) is None
    assert _money_thing(fold("tỉnh xin trung ương hỗ trợ thêm bao nhiêu tiền cho 2026-2030?")) is None  # TB 623, t17-58
    assert "mai tang" not in fold("2. Trợ cấp thờ cúng liệt sĩ: 1.400.000 đồng/01 liệt sĩ/01 năm.")


TT_152_2025 = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 152/2025/TT-BTC
Hà Nội, ngày 31 tháng 12 năm 2025
THÔNG TƯ
Hướng dẫn chế độ kế toán cho hộ kinh doanh, cá nhân kinh doanh
Chương II
QUY ĐỊNH CỤ THỂ
Mục 1
KẾ TOÁN TẠI HỘ KINH DOANH, CÁ NHÂN KINH DOANH
THUỘC ĐỐI TƯỢNG KHÔNG CHỊU THUẾ GIÁ TRỊ GIA TĂNG,
KHÔNG PHẢI NỘP THUẾ THU NHẬP CÁ NHÂN
Điều 4. Trường hợp hộ kinh doanh, cá nhân kinh doanh thuộc đối tượng không chịu thuế giá trị gia tăng, không phải nộp
thuế thu nhập cá nhân
1. Trường hợp hộ kinh doanh, cá nhân kinh doanh thuộc đối tượng không chịu thuế giá trị gia tăng, không phải nộp thuế
thu nhập cá nhân thì sử dụng Sổ doanh thu bán hàng hóa, dịch vụ (mẫu số S1a-HKD) sau đây để ghi chép doanh thu bán
hàng hóa, dịch vụ, cụ thể:
"""


def test_a_sections_title_in_capitals_names_its_subject_not_a_unit():
    """"Mục 1 / KẾ TOÁN TẠI HỘ KINH DOANH, CÁ NHÂN KINH DOANH / THUỘC ĐỐI TƯỢNG ..." (TT 152/2025/TT-BTC, Công báo) titles
    the section by its subject; "Kế toán" heads unit names ("Kế toán Quỹ"), so the title had been read as a unit heading
    and 74 of the circular's 91 clauses inherited it as their lead (blind set b41)."""
    doc = _doc(TT_152_2025, "tt-152-2025.txt")
    article = next(c for c in doc.clauses if c.text.startswith("Điều 4."))
    assert not any("KẾ TOÁN" in u.upper() for c in doc.clauses for u in c.responsibility.lead), \
        [(c.path, c.responsibility.lead) for c in doc.clauses if c.responsibility.lead]
    assert article.responsibility.lead == []
