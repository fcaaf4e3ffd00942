"""Parsing rules drawn from blind sets b64-b66 (a provincial People's Committee office's documents, Lâm Đồng 2025-2026,
kept outside the repository), each tested on a made-up twin written the way the real text is (tests/data/office-twins,
a .docx built here) or on a real document of the repository showing the same form."""

from __future__ import annotations

import docx

from ingest.pipeline import ingest_file
from core.settings import load_settings
from tests.conftest import REPO, SHARED_REAL, clause_at, parse_file

TWINS = REPO / "tests" / "data" / "office-twins"




def test_a_project_board_is_one_partner():
    # "chủ trì, phối hợp Sở Xây dựng, Ban Quản lý dự án đầu tư xây dựng số 1 và Công an tỉnh để làm việc với các chủ mỏ
    # đá" (a Lâm Đồng conclusion on two expressways; b65-21): "dự án" is no verb "dự" (attend)
    doc = parse_file(TWINS / "kh-phong-chong-ma-tuy.md")
    r = clause_at(doc, "II.2").responsibility
    assert r.lead == ["Sở Xây dựng"]
    assert r.partners == ["Sở Tài chính", "Ban Quản lý dự án đầu tư xây dựng số 2", "Công an tỉnh"], r.partners


def test_the_signers_name_typed_under_the_signature_table(tmp_path):
    # Word keeps "Nơi nhận" and the office ("CHỦ TỊCH") in a two-cell table and the name on a line under it (a Lâm
    # Đồng decision of 9/2025; b66-19: "không đọc được tên người ký")
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số:      /QĐ-UBND", "Gia Lai, ngày      tháng 9 năm 2025", "QUYẾT ĐỊNH",
                 "Về việc kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Gia Lai",
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Căn cứ Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015;",
                 "QUYẾT ĐỊNH:", "Điều 1. Kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Gia Lai.",
                 "Điều 2. Công an tỉnh trực tiếp quản lý, chỉ đạo Đội.",
                 "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành."):
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Bộ Công an;\n- Như Điều 3;\n- Lưu: VT, NC."
    table.cell(0, 1).text = "CHỦ TỊCH\n\n\n\n"
    d.add_paragraph("")
    d.add_paragraph("\t\t\t\t\t\tPhạm Văn Long")
    path = tmp_path / "qd-kien-toan-doi-ung-cuu.docx"
    d.save(str(path))
    doc, _ = ingest_file(path, load_settings(data_dir=tmp_path / "index"))
    assert (doc.meta.signer, doc.meta.signer_title) == ("Phạm Văn Long", "CHỦ TỊCH")


def test_a_courtesy_close_to_the_addressee_assigns_nothing():
    # "Thuế tỉnh Vĩnh Long thông báo đến CÔNG TY ... được biết và thực hiện theo đúng quy định tại các văn bản quy phạm
    # pháp luật đã được trích dẫn tại văn bản này./." (a tax office's reply; the committed portal copy of b7)
    path = REPO / "eval" / "external" / "docs" / "b7" / "de1ea1a30ca1e0bc.md"
    doc = parse_file(path)
    close = next(c for c in doc.clauses if c.text.startswith("Thuế tỉnh Vĩnh Long thông báo đến"))
    assert not close.responsibility.lead and not close.is_task


def test_a_letters_closing_request_is_no_part_of_its_last_item():
    # "Yêu cầu các sở, ngành ... hoàn thành tốt các nhiệm vụ được giao. Giao Công an tỉnh theo dõi, đôn đốc ... và thường
    # xuyên tổng hợp tình hình, kết quả báo cáo theo quy định./." (a Lâm Đồng letter of 10/2025; b65-03): a paragraph of
    # its own, so the last item takes neither its "thường xuyên" nor its text
    doc = parse_file(TWINS / "cv-cai-nghien-cong-dong.md")
    item = clause_at(doc, "3")
    assert item.responsibility.deadline == "" and "Yêu cầu" not in item.text, (item.responsibility, item.text)
    assert item.responsibility.advisers == ["Sở Tài chính"] or item.responsibility.lead == ["Sở Tài chính"]
    assert any(c.text.startswith("Yêu cầu các sở, ngành") for c in doc.clauses)


def test_a_date_in_the_case_a_rule_states_is_no_deadline():
    # "a) Đối với trường hợp ... có thời gian hưởng phụ cấp thâm niên nghề ... trước ngày 01 tháng 10 năm 2004 thì ..." (NĐ
    # 158/2025/NĐ-CP Điều 15.3.a, plans-real): the case, not a time the rule sets (the Tax Department's reply of b61 read
    # "Trường hợp cá nhân nhận được các khoản thu nhập ... trước ngày 19/02/2025 thì ..." as a deadline the same way)
    doc = parse_file(SHARED_REAL / "web" / "chinh-phu_158-2025-nd-cp.md")
    assert clause_at(doc, "Điều 15.3.a").responsibility.deadline == ""
