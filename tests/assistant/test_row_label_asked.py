"""A who-question naming one of a table row's labels is answered by that label's bodies (stop 77).

A row of the legislative programme (NQ 105/2025/UBTVQH15, Phụ lục II) names its bodies under several labels: "Cơ quan
trình: Chính phủ / Cơ quan chủ trì thẩm tra: Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội / Cơ quan tham gia
thẩm tra: Hội đồng Dân tộc, các Ủy ban khác của Quốc hội". The row leads by its "Cơ quan trình"; "... cơ quan nào chủ trì
thẩm tra?" asks another label (blind set b79-01, read after its honest run).
"""

from __future__ import annotations

from assistant.answer.default import _row_label_asked
from core.textnorm import fold
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl-programme-105", [VBPL / "nq-105-2025.html"])

ROW = ("Luật Bưu chính (sửa đổi)\nCơ quan trình: Chính phủ\nCơ quan chủ trì thẩm tra: Ủy ban Khoa học, Công nghệ và Môi "
       "trường của Quốc hội\nCơ quan tham gia thẩm tra: Hội đồng Dân tộc, các Ủy ban khác của Quốc hội\n"
       "Tiến độ trình: Tháng 7/2026")


def test_the_label_holding_most_of_the_questions_words_is_asked():
    label, bodies = _row_label_asked(ROW, fold("Luật Bưu chính thì cơ quan nào chủ trì thẩm tra?"))
    assert label == "Cơ quan chủ trì thẩm tra" and bodies == ["Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"]
    assert _row_label_asked(ROW, fold("cơ quan nào trình?"))[1] == ["Chính phủ"]
    # no label named ("ai chủ trì" holds no "thẩm tra"), a label of no body ("Tiến độ trình"), or two alike: none
    assert _row_label_asked(ROW, fold("Luật Bưu chính sửa đổi do ai chủ trì?")) is None
    assert _row_label_asked("Tiến độ trình: Tháng 7/2026", fold("tiến độ trình khi nào?")) is None
    assert _row_label_asked("Cơ quan thẩm định: Bộ Tư pháp\nĐơn vị thẩm định: Sở Tư pháp", fold("ai thẩm định?")) is None


def test_a_row_is_answered_by_the_label_the_question_names(ask):
    a = ask("NQ 105 chuong trinh lap phap 2026: Luat Buu chinh (ban sua doi) thi co quan nao chu tri tham tra?")
    first = a.text.split("[1]")[0]
    assert "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội" in first and "Chính phủ" not in first, a.text
    assert a.citations[0].section == "PL.II.2", [c.section for c in a.citations]
    a = ask("Luật Bưu chính sửa đổi trong chương trình lập pháp 2026: cơ quan nào tham gia thẩm tra?")
    assert "Hội đồng Dân tộc, các Ủy ban khác của Quốc hội" in a.text.split("[1]")[0], a.text
    # the row's lead stays the answer of a question naming none of its other labels
    a = ask("NQ 105: Luật Bưu chính (sửa đổi) do cơ quan nào trình?")
    assert a.text.split("[1]")[0].startswith("Chính phủ"), a.text
