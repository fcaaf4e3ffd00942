"""An appendix after the signature of a decree that the Official Gazette prints with no recipients' block ("Nơi
nhận"): "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Hồ Đức Phớc / Phụ lục (Kèm theo Nghị định số 131/2026/NĐ-CP ...)
/ Mẫu số 01 ...". The appendix heading and its "(Kèm theo ...)" line, joined into one paragraph, start the appendix;
its forms were items of the last article ("Điều 12. Trách nhiệm thi hành") and took its leads, so "ai xác nhận ...?"
was answered with a form's title (NĐ 131/2026/NĐ-CP, blind set b35-02; the excerpt is verbatim, as the PDF reader
gives it)."""

from __future__ import annotations

from ingest.pipeline import parse_text

ND_131 = """CHÍNH PHỦ
Số: 131/2026/NĐ-CP
Hà Nội, ngày 06 tháng 4 năm 2026
NGHỊ ĐỊNH
Quy định chi tiết khoản 3 Điều 160 Luật Tư pháp người chưa thành niên
Điều 11. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 25 tháng 5 năm 2026.
Điều 12. Trách nhiệm thi hành
Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân
tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân có liên
quan chịu trách nhiệm thi hành Nghị định này.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

 Hồ Đức Phớc

Phụ lục
(Kèm theo Nghị định số 131/2026/NĐ-CP
 ngày 06 tháng 4 năm 2026 của Chính phủ)

Mẫu số 01 Giấy đề nghị hỗ trợ
Mẫu số 02A Giấy đề nghị xác nhận (của cơ sở khám bệnh, chữa bệnh gửi cơ quan công an)

Mẫu số 01

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

GIẤY ĐỀ NGHỊ HỖ TRỢ

Kính gửi: ………(1)……..…..…
"""


def test_the_appendix_is_no_item_of_the_last_article():
    doc = parse_text(ND_131, "nd-131.txt")
    forms = [c for c in doc.clauses if "Mẫu số 01" in c.text or "GIẤY ĐỀ NGHỊ HỖ TRỢ" in c.text]
    assert forms and all(c.path.startswith("PL") for c in forms), [(c.path, c.text[:40]) for c in forms]
    assert all(not c.responsibility.lead for c in forms)
    last = next(c for c in doc.clauses if c.path == "Điều 12")
    assert "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương" in last.responsibility.lead
