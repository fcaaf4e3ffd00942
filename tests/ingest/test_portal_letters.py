"""Official letters and telegrams as a legal portal (thuvienphapluat.vn) copies them, read on excerpts of real texts
outside plans-real (public documents of November 2025; blind questions written on them failed before these rules):

- Công văn 11299/VPCP-KGVX: the letter's body ("**Kính gửi:** ... Bộ Khoa học và Công nghệ chủ trì, phối hợp với ...")
  sits right after the pipes of the header table and right before those of the signature table, with no blank line,
  and its subject ("V/v ...") sits in the header's cell under the number;
- Công điện 228/CĐ-TTg: the title in capitals and the recipients' row ("| ** ** | - Bộ trưởng các Bộ: ... |") come
  before a body the portal glued to them the same way;
- the portal's own summary after the signature ("Công điện 228/CĐ-TTg năm 2025 ... do Thủ tướng Chính phủ điện") is
  no clause.
"""

from __future__ import annotations

from pathlib import Path

from api import parse_file
from core.settings import load_settings

PORTAL_NOTICE = """|
|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **
THƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.
|
|
"""

CV_11299 = PORTAL_NOTICE + """**VĂN PHÒNG CHÍNH
PHỦ**
--------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 11299/VPCP-KGVX
*V/v
thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường*
|
*Hà Nội, ngày 18
tháng 11 năm 2025*
|
**Kính gửi:** Bộ trưởng Bộ Khoa học và Công nghệ.
Xét Tờ trình số
226/TTr-BKHCN ngày 05 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ về thành
lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường quốc gia, Phó Thủ tướng
Chính phủ Nguyễn Chí Dũng có ý kiến như sau:
Bộ Khoa học và Công nghệ
chủ trì, phối hợp với Bộ Quốc phòng, Bộ Nội vụ và các bộ, cơ quan liên quan rà
soát, nghiên cứu, làm rõ mô hình tổ chức của Mạng lưới quan trắc và cảnh báo
phóng xạ môi trường quốc gia; báo cáo Thủ tướng
Chính phủ trong quý I năm 2026.
Văn phòng Chính phủ
thông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.
|
*Nơi
nhận:*
- Như trên;
- Lưu: VT, KGVX (3) Q
|
**KT. BỘ TRƯỞNG,
CHỦ NHIỆM**
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
|
Công văn 11299/VPCP-KGVX năm 2025 thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường do Văn phòng Chính phủ ban hành
"""

CD_228 = PORTAL_NOTICE + """**THỦ TƯỚNG CHÍNH
PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 228/CĐ-TTg
|
*Hà Nội, ngày 25
tháng 11 năm 2025 *
|
**CÔNG ĐIỆN**
VỀ VIỆC GIẢI QUYẾT
CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM ĐỐI VỚI NGƯỜI DÂN, DOANH NGHIỆP BỊ ẢNH
HƯỞNG BỞI MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ
**THỦ TƯỚNG CHÍNH PHỦ điện:**
|
** **
|
- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế.
- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực
thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk
Lắk, Khánh Hòa, Lâm Đồng.
|
Trong mấy ngày qua, khu vực Trung Bộ đã xảy ra mưa,
lũ đặc biệt lớn, kết hợp với thủy triều dâng cao, đặc biệt trên một số sông có mức
lũ vượt mức lịch sử trong nhiều năm đã gây ngập lụt nghiêm trọng cho nhiều khu
dân cư, làm thiệt hại nặng nề về người, tài sản, cây trồng, vật nuôi, hạ tầng
kinh tế - xã hội; ảnh hưởng rất lớn đến đời sống vật chất, tinh thần và hoạt
động sản xuất kinh doanh của Nhân dân. Để tiếp tục
triển khai đồng bộ, có hiệu quả việc giải quyết chính sách, chi trả chế độ bảo
hiểm đối với người dân, doanh nghiệp bị ảnh hưởng bởi mưa lũ đặc biệt lớn tại
khu vực Trung Bộ, góp phần hỗ trợ người dân và doanh nghiệp nhanh chóng ổn định
tình hình, đẩy mạnh khôi phục sản xuất kinh doanh sau lũ lụt, Thủ tướng Chính
phủ yêu cầu Bộ trưởng, Thủ trưởng các cơ quan liên quan, Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng,
Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng tập trung thực hiện một số giải
pháp sau:
1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa
phương liên quan:
a) Yêu cầu và đôn đốc các doanh nghiệp kinh doanh
bảo hiểm khẩn trương có phương án giải quyết nhanh, dứt điểm việc chi trả, bồi
thường thiệt hại cho các khách hàng tham gia bảo hiểm.
b) Chỉ đạo Bảo hiểm xã hội Việt Nam chi trả kịp
thời, đầy đủ chế độ bảo hiểm xã hội, bảo hiểm thất nghiệp cho người lao động.
2. Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì,
phối hợp với Bộ Tài chính và các địa phương liên quan chỉ đạo việc giải quyết
chế độ bảo hiểm y tế cho người dân bị ảnh hưởng.
5. Văn phòng Chính phủ theo chức năng, nhiệm vụ
được giao theo dõi, đôn đốc thực hiện Công điện này, báo cáo cấp có thẩm quyền
những vấn đề vượt thẩm quyền./.
|
Nơi nhận:
- Như trên;
- Lưu: Văn thư, KTTH (2) Nam 15b
|
**KT. THỦ TƯỚNG**
PHÓ THỦ TƯỚNG
Hồ Đức Phớc
|
Công điện 228/CĐ-TTg năm 2025 giải quyết chính sách, chi trả chế độ bảo hiểm đối với người dân, doanh nghiệp bị ảnh hưởng bởi mưa lũ đặc biệt lớn tại khu vực Trung Bộ do Thủ tướng Chính phủ điện
"""


def _parse(text: str, name: str, tmp_path: Path):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, load_settings(data_dir=tmp_path / "data"))


def test_a_letters_body_glued_to_its_tables_is_read(tmp_path: Path):
    doc = _parse(CV_11299, "06690fd4027d01c8.md", tmp_path)
    assert doc.meta.number == "11299/VPCP-KGVX" and doc.meta.kind == "Công văn"
    assert doc.meta.title == "thành lập Mạng lưới quan trắc và cảnh báo phóng xạ môi trường"
    task = next(c for c in doc.clauses if c.text.startswith("Bộ Khoa học và Công nghệ chủ trì"))
    r = task.responsibility
    assert r.lead == ["Bộ Khoa học và Công nghệ"]
    assert r.partners[:2] == ["Bộ Quốc phòng", "Bộ Nội vụ"]
    assert "quý I năm 2026" in r.deadline
    assert not any("do Văn phòng Chính phủ ban hành" in c.text for c in doc.clauses)  # the portal's summary


def test_a_telegrams_body_after_its_recipients_row_is_read(tmp_path: Path):
    doc = _parse(CD_228, "44aeb2fd86d07d4a.md", tmp_path)
    assert doc.meta.number == "228/CĐ-TTg"
    by_path = {c.path: c for c in doc.clauses}
    assert by_path["1"].responsibility.lead == ["Bộ Tài chính"]
    assert by_path["1.a"].text.startswith("a) Yêu cầu và đôn đốc các doanh nghiệp kinh doanh bảo hiểm")
    assert by_path["1.a"].responsibility.lead == ["Bộ Tài chính"]  # from its heading
    assert by_path["2"].responsibility.lead == ["Bộ Y tế"] and "Bộ Tài chính" in by_path["2"].responsibility.partners
    assert not any("do Thủ tướng Chính phủ điện" in c.text for c in doc.clauses)


CV_4240 = PORTAL_NOTICE + """**ỦY BAN NHÂN DÂN **
THÀNH PHỐ HỒ CHÍ MINH
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 4240/UBND-VX
*V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ, công chức, viên chức*
|
*Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025*
|
|

**Kính gửi:**

|
- Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố;
- Ủy ban nhân dân các xã, phường và đặc khu.
|
Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc triển
khai cập nhật cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức theo mô hình chính quyền 02 cấp. Tuy nhiên, việc
cập nhật và đồng bộ cơ sở dữ liệu của các cơ quan, đơn vị hiện nay chưa đảm bảo về tiến độ và chất lượng theo yêu cầu
đề ra; Để hoàn thành việc cập nhật, đồng bộ với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức theo yêu cầu
của Bộ Nội vụ, Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:
**1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác; Chủ tịch Ủy ban nhân dân các xã, phường và
đặc khu**
- Tiếp tục triển khai việc cập nhật cơ sở dữ liệu của toàn bộ cán bộ, công chức, viên chức và hoàn thành 100% việc cập
nhật lý lịch cán bộ, công chức, viên chức **trước ngày 06 tháng 12 năm 2025**.
**2. Giao Sở Nội vụ**
- Hướng dẫn, theo dõi tiến độ và đánh giá chất lượng cập nhật dữ liệu cán bộ, công chức, viên chức của các cơ quan,
đơn vị.
- Tham mưu Ủy ban nhân dân Thành phố đánh giá, xem xét trách nhiệm người đứng đầu đối với các cơ quan, đơn vị không
thực hiện kịp thời, đầy đủ các nội dung chỉ đạo của Ủy ban nhân dân Thành phố.
Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.
|
Nơi nhận:
- Như trên;
- Lưu: VT
|
**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Nguyễn Mạnh Cường
|
"""

KH_552_APPENDIX = PORTAL_NOTICE + """**ỦY BAN NHÂN DÂN**
TỈNH ĐỒNG THÁP
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 552/KH-UBND
|
*Đồng Tháp, ngày 19 tháng 11 năm 2025*
|

**KẾ HOẠCH**

THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035

I. MỤC ĐÍCH
Nâng cao năng lực công nghệ của các ngành kinh tế mũi nhọn.

**PHỤ LỤC**

NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN

|
**STT**
|
**NHIỆM VỤ VÀ GIẢI PHÁP**
|
**CHỦ TRÌ**
|
**PHỐI HỢP**
|
**THỜI GIAN**
|
|
**I**
|
**NHÓM
GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH**
|
|
1
|
Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư.
|
Sở Tài chính
|
Sở, ban, ngành có liên quan
|
Thường xuyên
|
|
2
|
Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh; ưu tiên thu hút dự án ứng dụng công nghệ cao.
|
Sở Tài chính
|
Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp
|
2026
|
"""


def test_a_letters_body_after_kinh_gui_in_the_recipients_row(tmp_path: Path):
    # "**Kính gửi:**" then "| - Các cơ quan ...; | Ngày 28 tháng 10 năm 2025, ... |": the second cell is the body
    # (Công văn 4240/UBND-VX TP.HCM)
    doc = _parse(CV_4240, "a12a41bbbe518be8.md", tmp_path)
    advises = next(c for c in doc.clauses if c.text.lstrip("- ").startswith("Tham mưu Ủy ban nhân dân Thành phố đánh giá"))
    assert "Sở Nội vụ" in advises.responsibility.advisers + advises.responsibility.lead


def test_an_appendix_table_with_caps_header_and_group_cells(tmp_path: Path):
    # "| **STT** | **NHIỆM VỤ VÀ GIẢI PHÁP** | ..." and "| **I** | **NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH** |": cells, not
    # titles that end the table (KH 552/KH-UBND Đồng Tháp, appendix)
    doc = _parse(KH_552_APPENDIX, "192068354fd1ffe5.md", tmp_path)
    row = next(c for c in doc.clauses if c.kind == "table_row" and "cải thiện môi trường đầu tư" in c.text)
    assert row.responsibility.lead == ["Sở Tài chính"]
    assert row.responsibility.partners == ["Sở Công Thương", "Ban Quản lý khu Kinh tế tỉnh Đồng Tháp"]
    assert row.responsibility.deadline == "2026"


def test_the_portals_summary_without_its_issuer_is_dropped():
    from ingest.readers.portal import clean_portal_text

    text = CV_11299.rsplit("Công văn 11299/VPCP-KGVX năm 2025", 1)[0] + (
        "Quyết định 53/2025/QĐ-UBND phân cấp cho Sở Giáo dục và Đào tạo thực hiện nhiệm vụ trong lĩnh vực giáo dục và đào "
        "tạo trên địa bàn tỉnh Cao Bằng\n"
        "Quyết định 53/2025/QĐ-UBND ngày 28/11/2025 phân cấp cho Sở Giáo dục và Đào tạo thực hiện nhiệm vụ trong lĩnh vực "
        "giáo dục và đào tạo trên địa bàn tỉnh Cao Bằng\n")  # (QĐ 53/2025/QĐ-UBND Cao Bằng, as the portal ends it)
    cleaned = clean_portal_text(text).text
    assert "Quyết định 53/2025/QĐ-UBND" not in cleaned and "thông báo để Bộ Khoa học và Công nghệ biết" in cleaned


EXTERNAL_DOCS = Path(__file__).resolve().parents[2] / "eval" / "external" / "docs"


def test_the_real_letter_telegram_and_appendix_files(tmp_path: Path):
    """The whole portal copies the excerpts above come from (eval/external/docs, SOURCES.tsv): Công văn 11299/VPCP-KGVX,
    Công điện 228/CĐ-TTg, Công văn 4240/UBND-VX and KH 552/KH-UBND's appendix, read from their files."""
    settings = load_settings(data_dir=tmp_path / "data")
    letter = parse_file(EXTERNAL_DOCS / "b1" / "06690fd4027d01c8.md", settings)
    assert any(c.responsibility.lead == ["Bộ Khoa học và Công nghệ"] and "quý I năm 2026" in c.responsibility.deadline
               for c in letter.clauses)
    telegram = parse_file(EXTERNAL_DOCS / "b1" / "44aeb2fd86d07d4a.md", settings)
    assert {c.path: c.responsibility.lead for c in telegram.clauses}["1.a"] == ["Bộ Tài chính"]
    hcm = parse_file(EXTERNAL_DOCS / "b4" / "a12a41bbbe518be8.md", settings)
    advises = next(c for c in hcm.clauses if "xem xét trách nhiệm người đứng đầu" in c.text)
    assert "Sở Nội vụ" in advises.responsibility.advisers + advises.responsibility.lead
    plan = parse_file(EXTERNAL_DOCS / "b4" / "192068354fd1ffe5.md", settings)
    row = next(c for c in plan.clauses if c.kind == "table_row" and "cải thiện môi trường đầu tư" in c.text)
    assert row.responsibility.partners == ["Sở Công Thương", "Ban Quản lý khu Kinh tế tỉnh Đồng Tháp"]
