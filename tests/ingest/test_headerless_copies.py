"""Documents copied without their header, in forms the blind set b14 (eval/external, written on documents nobody had
read) showed misread before these rules, asserted on the real portal files in eval/external/docs/b14:

- an official letter the portal copies as its metadata block ("Số hiệu: | 171/CV-BCĐ | Loại văn bản: | Công văn |
  Nơi ban hành: | ... | Người ký: | ... | Ngày ban hành: | 21/11/2025 | ...") then "Kính gửi:", with no national
  motto: the block gives number, kind, issuer and date, and the body starts after it;
- a date a letter's first lines cite ("Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025") is not the letter's own: a
  document's symbol ("/TW") is no place;
- a letter with nothing above "Kính gửi:" that a vice-chair signs takes the province whose People's Committee it names
  ("... thuộc Ủy ban nhân dân Thành phố / Hồ Chí Minh");
- a telegram names its sender: "THỦ TƯỚNG CHÍNH PHỦ điện:";
- a document's number wrapped to a line's start ("Hướng dẫn số" / "01-HD/BTCTU.") continues the sentence; "phản hồi",
  "phản ánh" are verbs, not part of a unit's name;
- a letter with nothing above "Kính gửi:" is named by its appendix's "(Kèm theo Công văn số ... ngày ... của ...)" (b15);
- an appendix table the portal opened before its title ("| **PHỤ LỤC** ... | **TT** | **Tỉnh kiến nghị** | ... | **Bộ
  phụ trách tiếp nhận, xử lý** |"): the title is text, each request a row led by the ministry handling it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings

B14 = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs" / "b14"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


def test_a_letter_copied_as_its_metadata_block(settings):
    doc = parse_file(B14 / "65c9ecb9e2fa82c1.md", settings)
    m = doc.meta
    assert (m.number, m.kind, m.date, m.signer) == ("171/CV-BCĐ", "Công văn", "2025-11-21", "Phạm Thị Thanh Trà")
    assert m.issuer.startswith("Ban Chỉ đạo")
    assert not any("Số hiệu" in c.text or "Tình trạng" in c.text for c in doc.clauses)
    # the body's items belong to the addressee its opening sentence asks ("yêu cầu Chủ tịch Ủy ban nhân dân các
    # tỉnh, thành phố trực thuộc Trung ương ... một số nội dung cụ thể sau:")
    item = next(c for c in doc.clauses if c.path == "2.2")
    assert item.responsibility.lead == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


@pytest.mark.parametrize("name, expected", [
    # a date the first lines cite ("Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025") is not the letter's own
    ("b14/e42103d7f815212d.md", {"number": "174/CV-BCĐ", "date": "2025-12-02", "place": ""}),
    # nothing above "Kính gửi:", a vice-chair signs: the province whose People's Committee the text names
    ("b14/511e7283656cde8f.md", {"province": "Hồ Chí Minh", "signer": "Nguyễn Mạnh Cường",
                                 "issuer": "Ủy ban nhân dân thành phố Hồ Chí Minh"}),
    # a telegram names its sender: "THỦ TƯỚNG CHÍNH PHỦ điện:"
    ("b14/c2fb3a9578fcdb7e.md", {"kind": "Công điện", "issuer": "Thủ tướng Chính phủ", "signer": "Phạm Minh Chính"}),
    # named by its appendix's "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, ...)"
    ("b15/f0a3d9f100d0791b.md", {"kind": "Công văn", "number": "6386/BVHTTDL-KHCNĐTMT", "date": "2025-11-25",
                                 "issuer": "Bộ Văn hóa, Thể thao và Du lịch", "province": ""}),
], ids=["cited-date", "committee-province", "telegram-sender", "named-by-appendix"])
def test_what_a_headerless_copy_says_of_itself(name, expected, settings):
    m = parse_file(B14.parent / name, settings).meta
    assert {k: getattr(m, k) for k in expected} == expected


def test_a_wrapped_document_number_and_a_closing_request(settings):
    """"... Mục I Hướng dẫn số" / "01-HD/BTCTU." is one sentence, not an item in capitals; the closing "đề nghị các cơ
    quan, tổ chức, đơn vị phản hồi bằng văn bản về ..." glued to the last item names no unit "... phản hồi"."""
    doc = parse_file(B14 / "511e7283656cde8f.md", settings)
    assert not any(c.text.strip().startswith("01-HD/BTCTU") for c in doc.clauses)
    last = next(c for c in doc.clauses if c.path == "3.2")
    assert last.responsibility.lead == ["Sở Nội vụ"]


def test_an_appendix_title_in_the_tables_first_cell(settings):
    doc = parse_file(B14 / "e42103d7f815212d.md", settings)
    rows = {c.path: c for c in doc.clauses if c.kind == "table_row"}
    assert len(rows) >= 40
    row = next(c for c in rows.values() if "quy hoạch chi tiết tỷ lệ 1/500" in c.text and "Đồng Nai" in c.text)
    assert row.responsibility.lead == ["Bộ Xây dựng"]
    assert rows["PL.2"].responsibility.lead == ["Bộ Nội vụ"]
    assert not any("PHỤ LỤC" in c.text for c in rows.values())

