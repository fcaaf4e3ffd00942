"""Forms blind sets b33-b36 showed misread (forty more gazette PDFs, kept outside the repo; first runs before any of
their rules 0.750, 0.860, 0.720 and 0.760; the excerpts below are verbatim): the text a decree repeals when it names
that text first ("Nghị định số 75/2024/NĐ-CP ... hết hiệu lực thi hành ...") and however the question asks it ("thay
thế các quyết định nào", "thay cho thông tư nào"), a value one sentence states for all its items at the end ("mã hàng
2710.19.20 (...); 2710.19.89 (...) và 2711.19.00 (...) là 0%"), a time set by an event the text waits for ("... đến hết
thời hạn của văn bản, giấy tờ đó"), an amount spelled out before its figure ("một trăm triệu (100.000.000) đồng") and a
question on the text it names that is no follow-up."""

from __future__ import annotations

from assistant.understand import QuestionParser
from tests.assistant.test_external_answers import _answer, _doc

ND_162 = """CHÍNH PHỦ
Số: 162/2026/NĐ-CP
Hà Nội, ngày 15 tháng 5 năm 2026
NGHỊ ĐỊNH
Điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội
và trợ cấp hằng tháng
Điều 5. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
2. Nghị định số 75/2024/NĐ-CP điều chỉnh lương hưu, trợ cấp bảo hiểm
xã hội và trợ cấp hằng tháng hết hiệu lực thi hành kể từ ngày Nghị định này có
hiệu lực thi hành.
"""

NQ_25 = """CHÍNH PHỦ
Số: 25/2026/NQ-CP
Hà Nội, ngày 30 tháng 4 năm 2026
NGHỊ QUYẾT
Về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09
tháng 3 năm 2026 của Chính phủ sửa đổi mức thuế suất thuế nhập khẩu
ưu đãi đối với một số mặt hàng xăng, dầu
Điều 2. Mức thuế suất thuế nhập khẩu ưu đãi của một số mặt hàng
nguyên liệu sản xuất xăng, dầu
Mức thuế suất thuế nhập khẩu ưu đãi của một số mặt hàng nguyên liệu sản
xuất xăng, dầu thuộc mã hàng 2710.19.20 (Dầu thô đã tách phần nhẹ); 2710.19.89
(Dầu trung khác và các chế phẩm) và 2711.19.00 (Loại khác) là 0%.
"""

NQ_66_17 = """CHÍNH PHỦ
Số: 66.17/2026/NQ-CP
Hà Nội, ngày 15 tháng 5 năm 2026
NGHỊ QUYẾT
Cắt giảm, sửa đổi ngành, nghề đầu tư kinh doanh có điều kiện
Điều 5. Điều khoản chuyển tiếp
Đối với các ngành, nghề đầu tư kinh doanh có điều kiện quy định tại Luật
Đầu tư đã được cắt giảm theo quy định của Nghị quyết này, tổ chức, cá nhân
được tiếp tục sử dụng các loại giấy phép, giấy chứng nhận, chứng chỉ, văn bản
xác nhận hoặc hình thức văn bản cho phép đầu tư, kinh doanh khác do cơ quan
nhà nước có thẩm quyền đã cấp đến hết thời hạn của văn bản, giấy tờ đó.
Điều 6. Hiệu lực thi hành
1. Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026 đến
hết ngày 28 tháng 02 năm 2027.
"""


def test_the_text_repealed_named_before_het_hieu_luc():
    doc = _doc(ND_162, "nd-162.txt")
    repeal = next(c for c in doc.clauses if c.text.startswith("2. Nghị định số 75/2024"))
    ans = _answer(doc, "NĐ 162 điều chỉnh lương hưu thay thế nghị định nào?", [repeal])
    assert not ans.refused and "Nghị định số 75/2024/NĐ-CP" in ans.text, ans.text


def test_a_value_stated_once_for_every_item_of_the_sentence():
    doc = _doc(NQ_25, "nq-25.txt")
    rate = next(c for c in doc.clauses if "2710.19.20" in c.text)
    ans = _answer(doc, "Thuế NK ưu đãi mã 2710.19.20 dầu thô đã tách phần nhẹ theo NQ 25/2026 là bao nhiêu?", [rate])
    assert not ans.refused and "0%" in ans.text, ans.text


def test_until_the_paper_runs_out_answers_until_when():
    doc = _doc(NQ_66_17, "nq-66-17.txt")
    transition = next(c for c in doc.clauses if "Điều khoản chuyển tiếp" in c.title or "chuyển tiếp" in c.text[:40])
    effect = next(c for c in doc.clauses if "hiệu lực thi hành kể từ" in c.text)
    ans = _answer(doc, "Ngành nghề bị cắt theo NQ 66.17 thì giấy phép, chứng chỉ đã cấp còn được dùng đến khi nào?",
                  [transition, effect])
    assert not ans.refused and "đến hết thời hạn của văn bản, giấy tờ đó" in " ".join(ans.text.split()), ans.text


TT_28 = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Số: 28/2026/TT-BKHCN
Hà Nội, ngày 31 tháng 5 năm 2026
THÔNG TƯ
Quy định Danh mục dịch vụ viễn thông bắt buộc quản lý chất lượng
Điều 2. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 7 năm 2026.
2. Thông tư số 32/2020/TT-BTTTT ngày 04 tháng 11 năm 2020 của Bộ
trưởng Bộ Thông tin và Truyền thông quy định Danh mục dịch vụ viễn thông bắt
buộc quản lý chất lượng hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.
"""

ND_200 = """CHÍNH PHỦ
Số: 200/2026/NĐ-CP
NGHỊ ĐỊNH
Quy định về phát hành trái phiếu
Điều 6. Điều kiện, điều khoản cơ bản của trái phiếu
4. Mệnh giá trái phiếu:
a) Trái phiếu chào bán tại thị trường trong nước, mệnh giá là một trăm
triệu (100.000.000) đồng Việt Nam hoặc bội số của một trăm triệu
(100.000.000) đồng Việt Nam;
b) Trái phiếu chào bán ra thị trường quốc tế, mệnh giá thực hiện theo quy
định tại thị trường phát hành.
"""

def test_thay_cho_asks_the_text_repealed():
    doc = _doc(TT_28, "tt-28.txt")
    repeal = next(c for c in doc.clauses if c.text.startswith("2. Thông tư số 32/2020"))
    ans = _answer(doc, "Thông tư 28/2026 danh mục dịch vụ viễn thông bắt buộc quản lý chất lượng thay cho thông tư "
                       "nào?", [repeal])
    assert not ans.refused and "Thông tư số 32/2020/TT-BTTTT" in ans.text, ans.text
    ans = _answer(doc, "tt 28/2026 thay the cac thong tu nao?", [repeal])
    assert not ans.refused and "Thông tư số 32/2020/TT-BTTTT" in ans.text, ans.text


def test_an_amount_spelled_out_before_its_figure():
    doc = _doc(ND_200, "nd-200.txt")
    par = next(c for c in doc.clauses if "thị trường trong nước" in c.text)
    ans = _answer(doc, "Menh gia trai phieu chao ban trong nuoc theo ND 200/2026 la bao nhieu?", [par])
    assert not ans.refused and "một trăm triệu (100.000.000) đồng" in " ".join(ans.text.split()), ans.text


def test_a_question_on_the_text_it_names_is_no_follow_up():
    doc = {"id": "tt45", "title": "Sửa đổi, bổ sung một số điều của Thông tư số 29/2020/TT-BTC", "province": "",
           "kind": "Thông tư", "number": "45/2026/TT-BTC", "locality": "", "issuer": "Bộ Tài chính"}
    q = QuestionParser([], [], [doc]).parse("Theo TT 45/2026/TT-BTC, Hội đồng định giá biểu quyết ngang phiếu thì xử lý "
                                            "thế nào?")
    assert not q.is_followup and q.doc_ids == ["tt45"]
