"""Tests of the file readers (ingest.readers) on the real sample plans and on bad input."""

from __future__ import annotations

import random
import re
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF

from ingest.readers import SUPPORTED_SUFFIXES, ReadResult, read_file
from core.errors import ReadError

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fixtures_build import (  # noqa: E402
    ASSIGNMENT_HEADER,
    ASSIGNMENT_ROWS,
    build_docx_from_plan,
    build_docx_with_assignment_table,
    build_html_from_plan,
    build_image_only_pdf,
    build_pdf_from_plan,
    plan_paragraphs,
)

REPO = Path(__file__).resolve().parents[2]
PLANS = sorted((REPO / "data" / "plans").glob("*.txt"))
HAI_PHONG = REPO / "data" / "plans" / "hai-phong_so-tu-phap_2026-2030_chuong-trinh-mua-ban-nguoi.txt"
EXTRA = Path(__file__).resolve().parents[3] / "shared" / "plans-extra"
BAC_NINH_DOCX = EXTRA / "bac-ninh_ubnd_144_2025_kinh-te-so-xa-hoi-so.docx"
CA_MAU_PDF = EXTRA / "ca-mau_ubnd_0204_2025_tai-chinh-ngan-sach.pdf"
MAX = 40 * 1024 * 1024
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _extra(path: Path) -> Path:
    assert path.is_file(), (
        f"Missing real test file {path}: the repo expects ../shared/plans-extra beside it "
        "(clone the shared folder next to the repository)."
    )
    return path


def norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows software writes them: letters Windows-1258 lacks
    precomposed ("ố") are written as base letter + combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
            out += (base + "".join(c for c in decomposed if c in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def assert_read_error(path: Path, *vi_fragments: str, max_bytes: int = MAX) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_file(path, max_bytes)
    err = info.value
    assert path.name in err.vi and path.name in err.en
    for fragment in vi_fragments:
        assert fragment in err.vi, f"{fragment!r} not in {err.vi!r}"
    return err


# ------------------------------------------------------------------------------------------ plain text


def test_five_plans_present() -> None:
    assert len(PLANS) == 5


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_plan_txt_reads_exactly(plan: Path) -> None:
    expected = plan.read_text(encoding="utf-8")
    result = read_file(plan, MAX)
    assert isinstance(result, ReadResult)
    assert result.source_format == "txt"
    assert result.text == unicodedata.normalize("NFC", expected) == expected
    assert result.warnings == []


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
@pytest.mark.parametrize(
    ("encoding", "warning"),
    [
        ("utf-8-sig", None),
        ("utf-16", "UTF-16"),  # with BOM (LE on this machine)
        ("utf-16-le", "UTF-16-LE"),  # no BOM: detected by the NUL pattern
        ("utf-16-be", "UTF-16-BE"),
        ("cp1258", "Windows-1258"),
    ],
)
def test_plan_reencoded_reads_same_text(plan: Path, encoding: str, warning: str | None, tmp_path: Path) -> None:
    text = plan.read_text(encoding="utf-8")
    data = encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    if encoding == "cp1258":
        assert any(b in data for b in (b"\xec", b"\xd2", b"\xde", b"\xf2", b"\xcc"))  # real combining tones
    target = tmp_path / f"{plan.stem}.txt"
    target.write_bytes(data)
    result = read_file(target, MAX)
    assert result.text == text
    if warning is None:
        assert result.warnings == []
    else:
        assert any(warning in w for w in result.warnings), result.warnings


def test_utf16_be_with_bom(tmp_path: Path) -> None:
    text = HAI_PHONG.read_text(encoding="utf-8")
    target = tmp_path / "be.txt"
    target.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    assert read_file(target, MAX).text == text


def test_crlf_and_md_kept_as_decoded(tmp_path: Path) -> None:
    text = HAI_PHONG.read_text(encoding="utf-8")
    target = tmp_path / "KẾ HOẠCH hải phòng.MD"
    target.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = read_file(target, MAX)
    assert result.source_format == "md"
    assert result.text == text  # markdown marks, hard wraps and blank lines untouched
    assert "#### **I. MỤC ĐÍCH**" in result.text


def test_decomposed_utf8_becomes_nfc(tmp_path: Path) -> None:
    text = HAI_PHONG.read_text(encoding="utf-8")
    target = tmp_path / "nfd.txt"
    target.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    assert read_file(target, MAX).text == text


@pytest.mark.parametrize("name", ["kế hoạch số 18 (bản cuối).txt", "-bat-dau-bang-gach.txt", "a..b..txt",
                                  "Đồng Tháp  2026.md"])
def test_odd_file_names_read(name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    target.write_bytes(HAI_PHONG.read_bytes())
    assert read_file(target, MAX).text == HAI_PHONG.read_text(encoding="utf-8")


def test_few_broken_utf8_bytes_read_with_warning(tmp_path: Path) -> None:
    data = HAI_PHONG.read_bytes()
    target = tmp_path / "hong-nhe.txt"
    target.write_bytes(data[:500] + b"\xff\xfe" + data[500:])
    result = read_file(target, MAX)
    assert result.text.count("\ufffd") == 2
    assert any("ký tự hỏng" in w for w in result.warnings)
    assert result.text.replace("\ufffd", "") == HAI_PHONG.read_text(encoding="utf-8")


def test_double_encoded_text_refused(tmp_path: Path) -> None:
    mojibake = HAI_PHONG.read_text(encoding="utf-8").encode("utf-8").decode("cp1252", errors="replace")
    target = tmp_path / "ma-kep.txt"
    target.write_text(mojibake, encoding="utf-8")  # "Káº¾ HOáº CH": UTF-8 read as Windows-1252 once
    assert_read_error(target, "bảng mã")


# ------------------------------------------------------------------------------------------ real .docx/.pdf


def test_real_docx_bac_ninh_appendix_table() -> None:
    result = read_file(_extra(BAC_NINH_DOCX), MAX)
    assert result.source_format == "docx"
    text = result.text
    assert unicodedata.is_normalized("NFC", text)
    lines = text.split("\n")
    header = lines.index("| TT | Chỉ tiêu | Chủ trì |")
    assert lines[header + 1] == "|---|---|---|"
    table = []
    for line in lines[header:]:
        if not line.startswith("|"):
            break
        table.append(line)
    assert len(table) == 2 + 21  # header, separator, 21 rows (the file's table has 22 rows)
    assert "| I. Kinh tế số |  |  |" in table  # section row merged across the table: text in its first column
    assert "| II. Xã hội số |  |  |" in table
    assert "| 1 | Kinh tế số chiếm 45% GRDP tỉnh. | Sở Tài chính |" in table
    assert "| 4 | Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%. | Công an tỉnh |" in table
    assert "| 13 | Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D) đạt trên 60%. " \
           "| Sở Khoa học và Công nghệ |" in table
    # Body order kept: header table, title, body, signature table, appendix title, appendix table.
    order = [
        text.index("| Số: 144/KH-UBND | Bắc Ninh, ngày 24 tháng 11 năm 2025 |"),
        text.index("\nKẾ HOẠCH\n"),
        text.index("\nI. QUAN ĐIỂM\n"),
        text.index("- Kinh tế số chiếm 45% GRDP tỉnh."),
        text.index("| Nơi nhận:"),
        text.index("\nPHỤ LỤC\n"),
        text.index("| TT | Chỉ tiêu | Chủ trì |"),
    ]
    assert order == sorted(order)
    assert "\n\n\n" not in text


def test_real_pdf_ca_mau_text_layer() -> None:
    result = read_file(_extra(CA_MAU_PDF), MAX)
    assert result.source_format == "pdf"
    assert result.warnings == []
    text = result.text
    assert unicodedata.is_normalized("NFC", text)
    assert "Số: 0204/KH-UBND Cà Mau, ngày 24 tháng 11 năm 2025" in text
    assert "TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU" in text
    assert "Kính gửi: Hội đồng nhân dân tỉnh Cà Mau" in text
    flat = norm_ws(text)
    assert ("Căn cứ Nghị định số 45/2017/NĐ-CP ngày 21/4/2017 của Chính phủ quy định chi tiết lập kế hoạch "
            "tài chính 05 năm") in flat
    assert "GRDP bình quân đầu người ước đạt 80 triệu đồng/người/năm" in flat
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Văn Bi" in flat
    # 23 pages, each going on from the one before: the sentence the break after page 2 cut is one paragraph
    assert "tốc độ tăng trưởng kinh tế thời\ngian vừa qua chưa có đột phá" in text
    # the ruled appendices are Markdown tables, a row per line (the letterhead, two columns, stays text)
    assert "| STT | Nội dung | Đơn vị tính | Năm hiện hành 2025 | Năm 2026 | Năm 2027 | Năm 2028 |" in text
    assert "| 2 | Tốc độ tăng trưởng GRDP | % | 8,00 | 8,00 | 10,00 | 10,00 | 10,00 |" in text
    assert not re.search(r"[ \t]\n", text)  # no trailing spaces left from the PDF lines


# ------------------------------------------------------------------------------------------ built .docx


def test_built_docx_from_plan_with_word_numbering(tmp_path: Path) -> None:
    out = build_docx_from_plan(HAI_PHONG, tmp_path / "hai phong.docx",
                               appendix_rows=[ASSIGNMENT_HEADER] + ASSIGNMENT_ROWS)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    numbered = xml.count("<w:numPr>")
    assert numbered >= 40  # labels are Word numbering, not typed text
    assert ">1. Triển khai" not in xml and ">- Tổ chức quán triệt" not in xml
    numbering_xml = zipfile.ZipFile(out).read("word/numbering.xml").decode("utf-8")
    assert 'w:val="%1.%2."' in numbering_xml and 'w:val="upperRoman"' in numbering_xml

    result = read_file(out, MAX)
    blocks = result.text.rstrip("\n").split("\n\n")
    expected = [p.text for p in plan_paragraphs(HAI_PHONG)]
    assert blocks[: len(expected)] == expected
    for label_text in ("I. MỤC ĐÍCH", "II. YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN",
                       "1.1. Tuyên truyền, nâng cao ý thức chấp hành pháp luật",
                       "1.2. Tuyên truyền trên phương tiện thông tin đại chúng",
                       "3. Kinh phí thực hiện Kế hoạch", "- Đơn vị phối hợp: Các cơ quan, đơn vị liên quan."):
        assert any(b.startswith(label_text) for b in blocks), label_text
    table = blocks[len(expected) + 1].split("\n")
    assert table[0] == "| " + " | ".join(ASSIGNMENT_HEADER) + " |"
    assert table[1] == "|---|---|---|---|---|"
    assert table[2] == "| " + " | ".join(ASSIGNMENT_ROWS[0]) + " |"
    assert len(table) == 5


def test_built_docx_assignment_table_plain_and_merged(tmp_path: Path) -> None:
    plain = read_file(build_docx_with_assignment_table(tmp_path / "plain.docx"), MAX).text
    assert "II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Công an tỉnh chủ trì" in plain
    assert "\n\na) Tổ chức hội nghị tuyên truyền" in plain and "\n\nb) Phát hành tờ rơi" in plain
    assert "\n\n2. Sở Y tế chủ trì" in plain
    header = "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |"
    assert plain.split(header)[1].strip().split("\n") == ["|---|---|---|---|---|"] + [
        "| " + " | ".join(row) + " |" for row in ASSIGNMENT_ROWS
    ]
    merged = read_file(build_docx_with_assignment_table(tmp_path / "merged.docx", merged_cells=True), MAX).text
    rows = merged.split(header)[1].strip().split("\n")
    assert rows[1] == "| I. Nhiệm vụ năm 2026 |  |  |  |  |"
    shared = "Công an tỉnh; các cơ quan liên quan"
    assert rows[3].split(" | ")[3] == shared and rows[4].split(" | ")[3] == shared  # vertical merge repeated
    assert len(rows) == 5


def _numbering_doc(tmp_path: Path, abstract_levels: str, nums: str, paragraphs: list[tuple[str, int | None, int]],
                   name: str = "num.docx") -> Path:
    """A docx whose numbering.xml holds the given w:abstractNum/w:num; paragraphs are (text, numId, ilvl)."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    first_num.addprevious(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{abstract_levels}'
                                    "</w:abstractNum>"))
    for num in list(parse_xml(f'<w:root {nsdecls("w")}>{nums}</w:root>')):
        numbering.append(num)
    for text, num_id, ilvl in paragraphs:
        paragraph = document.add_paragraph(text)
        if num_id is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    out = tmp_path / name
    document.save(str(out))
    return out


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def test_word_numbering_rules(tmp_path: Path) -> None:
    levels = (_lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%2.") + _lvl(2, "lowerLetter", "%3)")
              + _lvl(3, "bullet", "\uf0b7") + _lvl(4, "decimal", "%2.%5.", extra='<w:lvlRestart w:val="0"/>'))
    nums = ('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
            '<w:num w:numId="91"><w:abstractNumId w:val="90"/></w:num>'
            '<w:num w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    paragraphs = [
        ("Mục đích", 90, 0), ("Một", 90, 1), ("Hai", 90, 1), ("ý a", 90, 2), ("ý b", 90, 2), ("chấm", 90, 3),
        ("Nhiệm vụ", 90, 0), ("Một lại", 90, 1), ("ý a lại", 90, 2), ("con 1", 90, 4),
        ("Tổ chức", 91, 0),  # another w:num on the same abstractNum continues: III.
        ("không restart", 90, 4),  # lvlRestart 0: level 4 goes on (2) after III.; level 1 shows its start
        ("Văn bản thường", None, 0),
        ("bắt đầu 5", 92, 1), ("sáu", 92, 1),  # startOverride restarts level 1 at 5
        ("", 92, 1),  # an empty numbered paragraph still counts (7) but is not output
        ("tám", 92, 1),
        ("tắt", 0, 0),  # numId 0: numbering switched off
    ]
    text = read_file(_numbering_doc(tmp_path, levels, nums, paragraphs), MAX).text
    assert text.rstrip("\n").split("\n\n") == [
        "I. Mục đích", "1. Một", "2. Hai", "a) ý a", "b) ý b", "- chấm",
        "II. Nhiệm vụ", "1. Một lại", "a) ý a lại", "1.1. con 1",
        "III. Tổ chức",
        "1.2. không restart",
        "Văn bản thường",
        "5. bắt đầu 5", "6. sáu", "8. tám", "tắt",
    ]


def test_word_numbering_from_paragraph_styles(tmp_path: Path) -> None:
    document = docx.Document()
    for text, style in [("Một", "List Number"), ("Hai", "List Number"), ("Chấm", "List Bullet"),
                        ("Ba", "List Number"), ("Tiêu đề", "Heading 1")]:
        document.add_paragraph(text, style=style)
    out = tmp_path / "styles.docx"
    document.save(str(out))
    assert read_file(out, MAX).text == "1. Một\n\n2. Hai\n\n- Chấm\n\n3. Ba\n\nTiêu đề\n"


def test_docx_cell_text_and_pipes(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nội dung"
    table.cell(0, 1).text = "Đơn vị"
    table.cell(1, 0).text = "Dòng một\nDòng hai"
    cell = table.cell(1, 1)
    cell.text = "Sở Tư pháp | Công an"
    cell.add_paragraph("Sở Y tế")
    document.add_paragraph("Sau bảng")
    out = tmp_path / "cells.docx"
    document.save(str(out))
    assert read_file(out, MAX).text == (
        "| Nội dung | Đơn vị |\n|---|---|\n| Dòng một Dòng hai | Sở Tư pháp \\| Công an Sở Y tế |\n\nSau bảng\n"
    )


# ------------------------------------------------------------------------------------------ built .pdf/.html


def test_built_pdf_reads_back_same_words(tmp_path: Path) -> None:
    result = read_file(build_pdf_from_plan(HAI_PHONG, tmp_path / "hai phong.pdf"), MAX)
    assert result.source_format == "pdf"
    flat = norm_ws(result.text)
    paragraphs = [p.text for p in plan_paragraphs(HAI_PHONG)]
    long_ones = [p for p in paragraphs if len(p) > 300]
    assert len(long_ones) >= 5
    for passage in long_ones:
        assert norm_ws(passage) in flat
    assert all(norm_ws(p) in flat for p in paragraphs)


def test_built_html_reads_back(tmp_path: Path) -> None:
    out = build_html_from_plan(HAI_PHONG, tmp_path / "hai phong.html",
                               appendix_rows=[ASSIGNMENT_HEADER] + ASSIGNMENT_ROWS)
    result = read_file(out, MAX)
    assert result.source_format == "html"
    blocks = result.text.rstrip("\n").split("\n\n")
    expected = [p.text for p in plan_paragraphs(HAI_PHONG)]
    assert blocks[: len(expected)] == expected
    assert "KHÔNG ĐƯỢC ĐỌC" not in result.text and "font-family" not in result.text
    assert "Trang chủ" not in result.text
    assert blocks[-1].split("\n")[:3] == [
        "| " + " | ".join(ASSIGNMENT_HEADER) + " |", "|---|---|---|---|---|",
        "| " + " | ".join(ASSIGNMENT_ROWS[0]) + " |",
    ]


def test_html_lists_breaks_and_spans(tmp_path: Path) -> None:
    page = tmp_path / "list.htm"
    page.write_text(
        "<html><body><h2>II. NHIỆM VỤ</h2><ol><li>Tuyên truyền</li><li>Hỗ trợ <b>nạn nhân</b></li></ol>"
        "<ul><li>Công an tỉnh</li></ul><p>Dòng một<br>Dòng hai</p><!-- ghi chú -->"
        "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr>"
        "<tr><td colspan='3'>I. Nhóm</td></tr>"
        "<tr><td>1</td><td>Việc A</td><td rowspan='2'>Sở Tư pháp</td></tr>"
        "<tr><td>2</td><td>Việc B</td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert read_file(page, MAX).text == (
        "II. NHIỆM VỤ\n\n1. Tuyên truyền\n\n2. Hỗ trợ nạn nhân\n\n- Công an tỉnh\n\nDòng một\nDòng hai\n\n"
        "| TT | Nội dung | Chủ trì |\n|---|---|---|\n| I. Nhóm |  |  |\n| 1 | Việc A | Sở Tư pháp |\n"
        "| 2 | Việc B | Sở Tư pháp |\n"
    )


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".pdf", ".html"])
def test_empty_file_refused(suffix: str, tmp_path: Path) -> None:
    target = tmp_path / f"rỗng{suffix}"
    target.write_bytes(b"")
    assert_read_error(target, "Tệp rỗng")


def test_whitespace_only_refused(tmp_path: Path) -> None:
    target = tmp_path / "trắng.txt"
    target.write_text(" \n\n\t \r\n", encoding="utf-8")
    assert_read_error(target, "Tệp rỗng")
    page = tmp_path / "trắng.html"
    page.write_text("<html><head><script>x=1</script></head><body> <p> </p></body></html>", encoding="utf-8")
    assert_read_error(page, "Tệp rỗng")


def test_binary_file_refused(tmp_path: Path) -> None:
    data = bytearray(random.Random(7).randbytes(64 * 1024))
    data[100:104] = b"\x00\x00\x00\x00"
    target = tmp_path / "dữ liệu.txt"
    target.write_bytes(bytes(data))
    assert_read_error(target, "nhị phân")


def test_control_characters_refused(tmp_path: Path) -> None:
    target = tmp_path / "điều khiển.txt"
    target.write_bytes(b"Ke hoach \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f so 12" * 20)
    assert_read_error(target, "ký tự điều khiển")


def test_pdf_renamed_txt_refused_with_hint(tmp_path: Path) -> None:
    target = tmp_path / "kehoach.txt"
    target.write_bytes(_extra(CA_MAU_PDF).read_bytes()[:4096])
    assert_read_error(target, "tệp PDF")


def test_image_only_pdf_refused(tmp_path: Path) -> None:
    err = assert_read_error(build_image_only_pdf(tmp_path / "bản quét.pdf"), "không có lớp văn bản", "bản quét")
    assert "no text layer" in err.en


def test_password_pdf_refused(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Kế hoạch mật: phòng, chống mua bán người năm 2026")
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    target = tmp_path / "mật.pdf"
    pdf.output(str(target))
    assert_read_error(target, "mật khẩu")


def test_corrupt_pdf_refused(tmp_path: Path) -> None:
    target = tmp_path / "hỏng.pdf"
    target.write_bytes(b"%PDF-1.7\n" + b"rac " * 200)
    assert_read_error(target, "PDF")


def test_unknown_encoding_refused(tmp_path: Path) -> None:
    japanese = "行動計画：人身売買の防止と対策について。各機関は報告書を提出すること。" * 30
    target = tmp_path / "nhật.txt"
    target.write_bytes(japanese.encode("shift_jis"))
    assert_read_error(target, "bảng mã")


def test_utf8_non_latin_text_refused(tmp_path: Path) -> None:
    target = tmp_path / "nga.txt"
    target.write_text("План действий по борьбе с торговлей людьми. " * 30, encoding="utf-8")
    assert_read_error(target, "không giống văn bản tiếng Việt")


def test_too_big_file_refused_before_reading(tmp_path: Path) -> None:
    target = tmp_path / "lớn.txt"
    with target.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB (sparse)
    started = time.perf_counter()
    err = assert_read_error(target, "quá lớn", max_bytes=10 * 1024 * 1024)
    assert time.perf_counter() - started < 0.5
    assert "50.0 MB" in err.vi and "10.0 MB" in err.vi


def test_non_zip_docx_refused(tmp_path: Path) -> None:
    target = tmp_path / "giả.docx"
    target.write_bytes(HAI_PHONG.read_bytes())
    assert_read_error(target, "không phải tệp nén ZIP")


def test_old_doc_named_docx_refused(tmp_path: Path) -> None:
    target = tmp_path / "cũ.docx"
    target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    assert_read_error(target, ".doc")


def test_zip_bomb_docx_refused(tmp_path: Path) -> None:
    target = tmp_path / "bom.docx"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024) + b">")
    assert target.stat().st_size < 200 * 1024
    assert_read_error(target, "bom nén")


def test_zip_that_is_not_word_refused(tmp_path: Path) -> None:
    target = tmp_path / "khong-phai-word.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    assert_read_error(target, "không phải tài liệu Word")


@pytest.mark.parametrize("name", ["bảng.xlsx", "cũ.rtf", "không-đuôi"])
def test_unsupported_suffix_refused(name: str, tmp_path: Path) -> None:
    target = tmp_path / name
    target.write_bytes(b"du lieu")
    err = assert_read_error(target, "Không hỗ trợ")
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in err.vi


def test_missing_file_refused(tmp_path: Path) -> None:
    assert_read_error(tmp_path / "không có.txt", "Không tìm thấy")
