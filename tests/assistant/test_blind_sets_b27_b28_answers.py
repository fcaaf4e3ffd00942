"""Forms blind sets b27 and b28 showed misread (twenty 2026 gazette PDFs of the Government, the Prime Minister and
ministries, eval/external/gazette; the documents are kept outside the repo, the excerpts below are verbatim), each now
a rule:

- a count a document writes in words ("ít nhất ba bản") answers "mấy bản", as "03 bản" would;
- a date asked as the condition of a rule ("... ký ban hành từ ngày nào thì được ...") is the rule's, not the
  document's own date;
- "kinh phí ... cấp cho cơ quan nào?" asks where the funds go, which the sentence names after "cấp ... cho";
- a signer's rank printed before the name ("Đại tướng Lương Tam Quang") is part of how the text names its signer.
"""

from __future__ import annotations

from datetime import date

from assistant.understand import QuestionParser
from core.query import Intent
from tests.assistant.test_external_answers import _answer, _doc

# NĐ 155/2026/NĐ-CP (nghi-dinh-so-155-2026-nd-cp-469547.pdf, b28), Điều 11 amending Điều 28 of the decree on complaints
ND_155 = """CHÍNH PHỦ
Số: 155/2026/NĐ-CP
Hà Nội, ngày 12 tháng 5 năm 2026
NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 124/2020/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật
Khiếu nại
Điều 11. Sửa đổi, bổ sung khoản 4 Điều 28 như sau:
“4. Việc đối thoại phải được lập thành biên bản; biên bản phải ghi rõ ý kiến của những người tham gia, kết quả đối
thoại, có chữ ký hoặc điểm chỉ của người tham gia. Biên bản được lập thành ít nhất ba bản, mỗi bên giữ một bản. Biên bản
đối thoại được thực hiện theo Mẫu số 14 ban hành kèm theo Nghị định này.”
"""

# TT 33/2026/TT-BCA (thong-tu-so-33-2026-tt-bca-469654.pdf, b28), Điều 7.2 and the signature the Gazette prints
TT_33 = """BỘ CÔNG AN
Số: 33/2026/TT-BCA
Hà Nội, ngày 10 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn một số quy định tại Nghị định số 289/2025/NĐ-CP ngày 06 tháng 11 năm 2025 của Chính phủ hướng dẫn thi hành
Nghị quyết số 197/2025/QH15 trong Công an nhân dân
Điều 7. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 4 năm 2026.
2. Thông tư, thông tư liên tịch, văn bản thẩm định, chương trình xây dựng văn bản quy phạm pháp luật được ký ban hành từ
ngày 01 tháng 01 năm 2026 thì được bổ sung dự toán và thanh toán theo định mức khoán chi quy định tại Thông tư này.
Trong quá trình thực hiện, nếu có vướng mắc, Công an các đơn vị, địa phương báo cáo về Bộ Công an (qua Cục Pháp chế và
cải cách hành chính, tư pháp) để nghiên cứu, hướng dẫn kịp thời./.
BỘ TRƯỞNG
Đại tướng Lương Tam Quang
"""

# QĐ 892/QĐ-TTg (quyet-dinh-so-892-qd-ttg-469579.pdf, b27), mục V
QD_892 = """THỦ TƯỚNG CHÍNH PHỦ
Số: 892/QĐ-TTg
Hà Nội, ngày 20 tháng 5 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án bồi dưỡng cán bộ, công chức, viên chức làm công tác đối ngoại, hội nhập quốc tế giai đoạn 2026 - 2031
Điều 1. Phê duyệt Đề án với những nội dung chủ yếu sau đây:
V. KINH PHÍ THỰC HIỆN
1. Nguồn kinh phí tổ chức thực hiện Kế hoạch bồi dưỡng các năng lực cơ bản để làm việc trong môi trường quốc tế cho cán
bộ, công chức, viên chức làm công tác đối ngoại, hội nhập quốc tế được bố trí cấp hàng năm cho Bộ Ngoại giao thực hiện.
2. Các bộ, ngành, địa phương chi cho các hoạt động bồi dưỡng từ nguồn kinh phí chi thường xuyên được giao hằng năm.
"""


def test_a_count_written_in_words_answers_how_many():
    doc = _doc(ND_155, "nd-155.txt")
    ans = _answer(doc, "nd 155: bien ban doi thoai khieu nai phai lap it nhat may ban?", ["Điều 11.4"])
    assert "ít nhất ba bản" in ans.text
    assert "Mẫu số 14" not in ans.text


def test_a_date_asked_as_a_rules_condition_is_no_header_fact():
    parser = QuestionParser([], [], [{"id": "tt-33", "number": "33/2026/TT-BCA", "kind": "Thông tư"}])
    q = parser.parse("TT 33/2026/TT-BCA: thông tư, văn bản thẩm định ký ban hành từ ngày nào thì được bổ sung dự toán "
                     "và thanh toán theo định mức khoán chi mới?", date(2026, 12, 3))
    assert q.intent != Intent.PLAN_FACTS
    assert parser.parse("Thông tư 33/2026/TT-BCA ký ban hành ngày nào?", date(2026, 12, 3)).intent == Intent.PLAN_FACTS
    doc = _doc(TT_33, "tt-33.txt")
    ans = _answer(doc, "TT 33/2026/TT-BCA: thông tư, văn bản thẩm định ký ban hành từ ngày nào thì được bổ sung dự toán "
                       "và thanh toán theo định mức khoán chi mới?", ["Điều 7.2", "Điều 7.1"])
    assert "01 tháng 01 năm 2026" in ans.text


def test_funds_granted_to_a_body_answer_to_which_body():
    doc = _doc(QD_892, "qd-892.txt")
    ans = _answer(doc, "qd 892 kinh phi Ke hoach boi duong nang luc co ban lam viec trong moi truong quoc te cap hang "
                       "nam cho co quan nao", ["Điều 1.V.1", "Điều 1.V.2"])
    assert "cho: Bộ Ngoại giao" in ans.text and not ans.text.startswith("Các bộ"), ans.text


def test_a_signers_rank_is_kept_with_the_name():
    doc = _doc(TT_33, "tt-33.txt")
    assert doc.meta.signer == "Đại tướng Lương Tam Quang"
    assert doc.meta.signer_title == "BỘ TRƯỞNG"
