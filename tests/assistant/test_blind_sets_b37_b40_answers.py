"""Questions blind sets b37-b40 showed misread (forty gazette PDFs kept outside the repo; first runs 0.700 and 0.820 at
035f886, 0.820 and 0.900 at a9171a3; the excerpts below are verbatim, as the PDF reader gives them): a count asked of
one decision named by its number is a figure of its list, not how many plans are loaded; when a text named in a list
"hết hiệu lực từ ngày nào" is that list's row, not the decision's own effect clause; the ministries partnering asked by
name; figures under a header naming their unit; a fee as a yearly rate; who signs a decision the text rules on; a
moment set by an event ("là thời điểm hoàn thành ...")."""

from __future__ import annotations

from assistant.understand import QuestionParser
from core.query import Intent
from tests.assistant.test_external_answers import _answer, _doc

QD_135 = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 135/QĐ-BLĐTBXH
Hà Nội, ngày 31 tháng 01 năm 2024
QUYẾT ĐỊNH
Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần thuộc lĩnh vực quản lý nhà
nước của Bộ Lao động - Thương binh và Xã hội
Điều 1. Công bố kèm theo Quyết định này các Danh mục văn bản quy phạm pháp luật hết hiệu lực.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Thủ trưởng các đơn vị thuộc Bộ, các cơ quan có liên quan chịu trách
nhiệm thi hành Quyết định này./.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Bá Hoan
DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ HOẶC MỘT PHẦN
THUỘC LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
(Ban hành kèm theo Quyết định số 135/QĐ-BLĐTBXH ngày 31/01/2024
của Bộ trưởng Bộ Lao động - Thương binh và Xã hội)
A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ
II. LĨNH VỰC QUAN HỆ LAO ĐỘNG VÀ TIỀN LƯƠNG
5
Nghị định số 63/2015/NĐ-CP ngày 22/7/2015 của Chính
phủ quy định chính sách đối với người lao động dôi dư
khi sắp xếp lại công ty trách nhiệm hữu hạn một thành
viên do Nhà nước làm chủ sở hữu
Được thay thế bởi Nghị định số 97/2022/NĐ-CP
ngày 29/11/2022 của Chính phủ
15/01/2023
"""


def test_a_text_in_the_list_ceases_on_its_rows_day():
    doc = _doc(QD_135, "qd-135.txt")
    row = next(c for c in doc.clauses if "Nghị định số 63/2015/NĐ-CP" in c.text)
    effect = next(c for c in doc.clauses if c.path == "Điều 2")
    ans = _answer(doc, "Theo QĐ 135/QĐ-BLĐTBXH, NĐ 63/2015 về lao động dôi dư khi sắp xếp lại công ty TNHH MTV do Nhà "
                       "nước làm chủ sở hữu hết hiệu lực từ ngày nào?", [row, effect])
    assert not ans.refused and "15/01/2023" in ans.text, ans.text
    # the decision's own effect is still its effect clause
    ans = _answer(doc, "QĐ 135/QĐ-BLĐTBXH có hiệu lực từ khi nào?", [row, effect])
    assert not ans.refused and "kể từ ngày ký" in ans.text, ans.text


def test_a_count_asked_of_one_named_decision_is_a_figure_of_it():
    doc = {"id": "qd169", "title": "Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một "
           "phần thuộc lĩnh vực quản lý nhà nước của Bộ Lao động - Thương binh và Xã hội", "province": "",
           "kind": "Quyết định", "number": "169/QĐ-BLĐTBXH", "locality": "", "issuer": "Bộ Lao động - Thương binh và Xã hội"}
    parser = QuestionParser([], [], [doc])
    q = parser.parse("QĐ 169/2025 của BLĐTBXH liệt kê tổng cộng bao nhiêu văn bản hết hiệu lực một phần?")
    assert q.doc_ids == ["qd169"] and q.intent != Intent.PLAN_FACTS, q.intent
    # not naming one: how many plans there are
    assert parser.parse("Có bao nhiêu văn bản của Bộ Lao động - Thương binh và Xã hội?").intent == Intent.PLAN_FACTS


ND_212 = """CHÍNH PHỦ
Số: 212/2025/NĐ-CP
Hà Nội, ngày 31 tháng 7 năm 2025
NGHỊ ĐỊNH
Quy định về hoạt động đầu tư từ quỹ bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế
Điều 22. Trách nhiệm của các bộ, ngành
1. Bộ Tài chính chủ trì xây dựng chiến lược đầu tư dài hạn theo quy định tại Điều 6 Nghị định này.
2. Bộ Nội vụ, Bộ Y tế có trách nhiệm phối hợp với Bộ Tài chính xây dựng chiến lược đầu tư dài hạn theo quy định
tại Điều 6 Nghị định này.
4. Các bộ, ngành có liên quan phối hợp tham gia với Bộ Tài chính xây dựng chiến lược đầu tư dài hạn theo chức
năng, nhiệm vụ.
"""

ND_38 = """CHÍNH PHỦ
Số: 38/2022/NĐ-CP
Hà Nội, ngày 12 tháng 6 năm 2022
NGHỊ ĐỊNH
Quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động
Điều 3. Mức lương tối thiểu
1. Quy định mức lương tối thiểu tháng và mức lương tối thiểu giờ đối với người lao động làm việc cho người sử dụng
lao động theo vùng như sau:
| Vùng | Mức lương tối thiểu tháng (Đơn vị: đồng/tháng) | Mức lương tối thiểu giờ (Đơn vị: đồng/giờ) |
|---|---|---|
| Vùng I | 4.680.000 | 22.500 |
| Vùng II | 4.160.000 | 20.000 |
"""

ND_118 = """CHÍNH PHỦ
Số: 118/2026/NĐ-CP
NGHỊ ĐỊNH
Về cho vay lại vốn vay nước ngoài của Chính phủ
Điều 8. Phí cho vay lại
4. Phí ngân hàng phục vụ trong trường hợp thực hiện giải ngân và thu hồi nợ vốn vay thông qua Ngân hàng phục vụ là
0,1%/năm tính trên dư nợ tại thời điểm Bên vay trả Phí ngân hàng phục vụ.
"""


def test_which_ministries_partner_asks_them_by_name():
    doc = _doc(ND_212, "nd-212.txt")
    named, generic = (next(c for c in doc.clauses if c.text.startswith(s)) for s in ("2. Bộ Nội vụ", "4. Các bộ"))
    ans = _answer(doc, "nd 212 2025: BTC xay dung chien luoc dau tu dai han tu quy bhxh thi nhung bo nao phoi hop?",
                  [generic, named])
    assert not ans.refused and "Bộ Nội vụ" in ans.text and "Bộ Y tế" in ans.text, ans.text


def test_a_figure_under_a_header_naming_its_unit():
    doc = _doc(ND_38, "nd-38.txt")
    table = next(c for c in doc.clauses if "Vùng I" in c.text)
    ans = _answer(doc, "luong toi thieu thang vung I theo ND 38/2022 la bao nhieu?", [table])
    assert not ans.refused and "4.680.000" in ans.text, ans.text


def test_a_fee_stated_as_a_yearly_share():
    doc = _doc(ND_118, "nd-118.txt")
    fee = next(c for c in doc.clauses if "0,1%/năm" in c.text)
    ans = _answer(doc, "Phí ngân hàng phục vụ khi giải ngân, thu nợ qua ngân hàng phục vụ theo NĐ 118/2026 là bao nhiêu?",
                  [fee])
    assert not ans.refused and "0,1%/năm" in ans.text, ans.text


def test_with_which_ministries_a_body_connects_asks_partners():
    q = QuestionParser([], [], []).parse("Theo ND 372/2025, Bộ Nội vụ liên thông, kết nối dữ liệu cấp giấy phép qua "
                                         "mạng với những bộ nào?")
    assert q.intent == Intent.PARTNERS


TT_20 = """BỘ TÀI CHÍNH
Số: 20/2026/TT-BTC
THÔNG TƯ
Hướng dẫn về thuế thu nhập doanh nghiệp
Điều 5. Doanh thu
1. Thời điểm xác định doanh thu tính thuế:
b) Đối với hoạt động vận tải hàng không, thời điểm xác định doanh thu tính thuế thu nhập doanh nghiệp là thời điểm
hoàn thành việc cung ứng dịch vụ vận chuyển cho người mua.
"""


def test_a_moment_set_by_an_event_answers_when():
    doc = _doc(TT_20, "tt-20.txt")
    air = next(c for c in doc.clauses if "vận tải hàng không" in c.text)
    ans = _answer(doc, "thoi diem xac dinh doanh thu tinh thue TNDN voi hoat dong van tai hang khong la khi nao, theo TT "
                       "20/2026 BTC?", [air])
    assert not ans.refused and "hoàn thành việc cung ứng dịch vụ vận chuyển" in " ".join(ans.text.split()), ans.text


def test_who_signs_a_decision_the_text_rules_on_is_no_fact_of_the_text():
    parser = QuestionParser([], [], [])
    q = parser.parse("theo TT 06/2026/TT-BTC, khi hải quan chủ động tạm dừng thủ tục với hàng nghi giả mạo nhãn hiệu "
                     "thì ai ký quyết định tạm dừng?")
    assert q.intent != Intent.PLAN_FACTS
    assert parser.parse("ai ký quyết định này?").intent == Intent.PLAN_FACTS
    assert parser.parse("QĐ 135 do ai ký?").intent == Intent.PLAN_FACTS
    assert parser.parse("Ai ký quyết định phê duyệt danh mục địa điểm hội chợ, triển lãm thương mại năm 2026 của Bắc "
                        "Ninh?").intent == Intent.PLAN_FACTS  # the text itself, by its title (eval/external b6-12)


def test_a_body_asked_before_any_listed_verb_asks_who():
    """"chỉ tiêu ... thì cơ quan nào thu thập, tổng hợp số liệu?" asks who collects an indicator (TT 01/2025/TT-BKHĐT
    Phụ lục II 0221; blind set b39-13), not a target: "chỉ tiêu" is the topic. A body that is or has something is not."""
    parser = QuestionParser([], [], [])
    q = parser.parse("chi tieu tri gia xuat khau thuy san bien trong tt 01/2025 bkhdt thi co quan nao thu thap tong "
                     "hop so lieu")
    assert q.intent == Intent.LEAD
    assert parser.parse("co quan nao co ty le giai ngan cao nhat?").intent != Intent.LEAD


def test_an_agreement_typed_by_its_acronym_is_read_with_its_name():
    """"... theo NĐ 77/2023 (CPTPP)": NQ 19/2026/NQ-CP writes the agreement out ("Hiệp định Đối tác Toàn diện và Tiến
    bộ xuyên Thái Bình Dương"; blind set b37-18)."""
    from core.textnorm import long_forms

    assert long_forms("hang hoa tan trang theo nd 77/2023 (cptpp)") == \
        "hiep dinh doi tac toan dien va tien bo xuyen thai binh duong"
