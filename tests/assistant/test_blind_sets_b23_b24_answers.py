"""Forms blind sets b23 and b24 (fifty questions each on ten portal documents nobody had read; first runs 0.840 and
0.830; the documents are kept outside the repo) and the blind sets before them showed misread, asserted on verbatim
excerpts of those documents and on plans-real tuning-half files:

- "hồ sơ ... gồm những giấy tờ gì?" needs a clause listing the papers: an item after a lead-in line of its own level
  ("- Thành phần hồ sơ, bao gồm:") or under a heading naming them, not a catalogue naming the procedure or a change "trong
  thành phần hồ sơ" (QĐ 2904 Hà Tĩnh in plans-real; QĐ 2815 Đồng Nai, blind set b22-45);
- "văn bản 11583" names a letter, and "Công văn tuyên truyền 10988/BNV-CQĐP" its symbol too: neither is a topic word;
- "phải xong năm nào" asks when; when the question's other words are all its plan's title ("Dự án đường HCM" of a
  letter "về dự án đường Hồ Chí Minh"), they are its topic;
- "bổ sung" is no ministry, and "được dùng để làm gì?" asks a purpose, not a unit's tasks;
- "X đề nghị Y ... thực hiện ..." is led by Y (requested), and the letter's last request ("... đề nghị Thủ trưởng các
  đơn vị nghiêm túc thực hiện./.") is a clause of its own; "từ bao nhiêu thì" asks a threshold ("VN_AQI ≥ 301"), "bao
  lâu một lần" a period ("hàng tháng"), "bãi bỏ quyết định nào" the effect clause that repeals it;
- (b24, first run 0.830 after the rules above) a sum a lead-in sets for the items below it ("Mức chi 200.000
  đồng/người/ngày áp dụng với các nội dung chi sau:"); "đối với" and "loại văn bản gì" name no topic; "con nuôi" is
  no "còn", and an item naming more than the things named after "ngoài" stays in the answer.
"""

from __future__ import annotations

from pathlib import Path

from api import parse_file
from assistant.understand import QuestionParser
from assistant.values import PAPERS, PERIOD, THRESHOLD, asked_value
from core.docrefs import refs_with_text
from core.query import Intent
from core.settings import load_settings
from core.textnorm import fold
from tests.assistant.test_external_answers import _answer, _clause, _doc

REAL = Path(__file__).resolve().parents[3] / "shared" / "plans-real"


def test_the_papers_of_a_dossier_follow_its_lead_in_line(tmp_path):
    # plans-real/web/ha-tinh_2904-qd-ubnd.md (tuning half, tune-fresh16 t16-49): "- Thành phần hồ sơ, bao gồm: Bản chính
    # Bản sao" (II.1.5), then one dash line per paper (II.1.6 - II.1.9), then "- Số lượng hồ sơ: 01 bộ."
    doc = parse_file(REAL / "web" / "ha-tinh_2904-qd-ubnd.md", load_settings(data_dir=tmp_path / "d"))
    form, producers = _clause(doc, "Phần II.1.6"), _clause(doc, "Phần II.1.8")
    assert producers.text.startswith("- Danh mục các cơ sở sản xuất")
    question = ("Công ty tôi xin giấy chứng nhận CFS cho sách xuất khẩu ở Hà Tĩnh. Nếu có xưởng in riêng thì trong hồ sơ "
                "phải kê khai thêm giấy tờ gì về nơi sản xuất?")
    assert asked_value(fold(question)) is PAPERS
    # retrieved first, as the keyword ranking puts it; a list item naming no paper word ("đơn", "tờ khai") was put after
    # the form before
    a = _answer(doc, question, [producers, form])
    assert a.text.startswith("- Danh mục các cơ sở sản xuất (nếu có)"), a.text


# QĐ 2815/QĐ-UBND Đồng Nai of 20/11/2025 (1a9051122afe8e2b.md), its catalogue: no dossier is listed, one row changes a
# form "trong thành phần hồ sơ" (blind set b22-45)
QD_2815_DONG_NAI = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Số: 2815/QĐ-UBND
Đồng Nai, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI

PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ

| STT | Mã hồ sơ TTHC | Tên thủ tục hành chính | Thời hạn giải quyết | Cơ quan thực hiện | Ghi chú |
|---|---|---|---|---|---|
| 1 | 1.014390 | Thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ | 10 ngày làm việc | Sở Khoa học và Công nghệ | Thay đổi mẫu đơn trong thành phần hồ sơ |
| 2 | 1.014391 | Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ | 10 ngày làm việc | Sở Khoa học và Công nghệ | Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày |
"""


def test_papers_asked_of_a_catalogue_that_lists_none_are_refused():
    doc = _doc(QD_2815_DONG_NAI, "2815_QD_UBND.md")
    rows = [c for c in doc.clauses if c.kind == "table_row"]
    assert len(rows) == 2
    a = _answer(doc, "QD 2815 Dong Nai: ho so de nghi cap giay chung nhan van phong dai dien cua to chuc KH&CN gom nhung "
                     "giay to gi?", rows)
    assert a.refused, a.text


# Công văn 11583/VPCP-CN of 26/11/2025 (91035abb77ae0a1b.md): the Deputy Prime Minister's instruction, one paragraph
CV_11583_VPCP = """VĂN PHÒNG CHÍNH PHỦ
Số: 11583/VPCP-CN
V/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án đường Hồ Chí Minh
Hà Nội, ngày 26 tháng 11 năm 2025

Kính gửi: Bộ trưởng Bộ Xây dựng.

1. Trên cơ sở Báo cáo số 1052/BC-CP ngày 12/11/2025 của Chính phủ và Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14/11/2025 của Văn phòng Quốc hội, Bộ Xây dựng làm việc với Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội để bổ sung các văn bản cần thiết; phối hợp với các bộ, ngành, địa phương liên quan khẩn trương xử lý các vướng mắc về bố trí nguồn vốn, giải phóng mặt bằng và thủ tục cấp mỏ khoáng sản làm vật liệu đắp nền, bảo đảm tiến độ hoàn thành Dự án vào năm 2026.
2. Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.
"""


def test_when_a_project_its_letter_is_about_ends():
    doc = _doc(CV_11583_VPCP, "11583_VPCP_CN.md")
    question = "Dự án đường HCM phải xong năm nào theo chỉ đạo trong văn bản 11583 của VPCP?"
    assert [r.number for r, _ in refs_with_text(question)] == ["11583"]
    a = _answer(doc, question, ["1", "2"])
    assert not a.refused and "vào năm 2026" in a.text.split("\n", 1)[0], a.text
    # the letter's closing formula assigns nothing
    assert not _clause(doc, "2").responsibility.lead


def test_a_letters_symbol_after_its_description_names_it():
    refs = refs_with_text("Công văn tuyên truyền 10988/BNV-CQĐP yêu cầu các cơ quan báo chí báo cáo trước ngày nào?")
    assert [(r.number, w) for r, w in refs] == [("10988", "cong van tuyen truyen 10988/bnv-cqdp")]
    assert refs_with_text("văn bản số 4387/TB-VPQH")[0][0].kind == "Thông báo"  # its symbol still says its kind


def test_a_purpose_asked_is_no_units_tasks():
    parser = QuestionParser([], [], [{"id": "d", "title": "bổ sung kinh phí", "province": "", "kind": "Quyết định",
                                      "number": "2639/QĐ-TTg", "locality": "", "issuer": "Thủ tướng Chính phủ"}])
    q = parser.parse("Tiền bổ sung theo QĐ 2639 (đợt 2) được dùng để làm gì?")
    assert q.intent == Intent.CONTENT and q.unit_phrase == ""
    assert parser.parse("Sở Tư pháp phải làm gì?").intent == Intent.UNIT_TASKS


# Công văn 5095/SGDĐT-CTTTHSSV Hà Nội of 2025 (d97b35347d17f96f.md): who is asked to act, and from which index value
CV_5095_HA_NOI = """SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI
Số: 5095/SGDĐT-CTTTHSSV
V/v triển khai các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí

Kính gửi: UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc.

Nhằm đảm bảo sức khỏe cho học sinh, sinh viên và cán bộ, giáo viên, nhân viên của các đơn vị, trường học, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, chủ động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:
- Thường xuyên cập nhật thông tin về chất lượng không khí, theo dõi chỉ số VN_AQI tại các trạm quan trắc không khí trên địa bàn Thành phố.
- Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng hoặc điều chỉnh thời gian làm việc, học tập cho phù hợp.

Chi tiết liên hệ phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên, Sở Giáo dục và Đào tạo, điện thoại: 02439411232.

Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.
"""


def test_those_a_department_requests_to_act_lead_and_a_threshold_asked():
    doc = _doc(CV_5095_HA_NOI, "5095_SGDDT.md")
    opening = _clause(doc, "2")
    assert opening.responsibility.lead == ["UBND các xã, phường", "các đơn vị, cơ sở giáo dục trực thuộc"]
    assert opening.responsibility.requested
    # the letter's last request ("... đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.") is a clause of its own,
    # not the last bullet's text: the bullet keeps the units its lead-in asks
    last = _clause(doc, "2.2")
    assert "nghiêm túc thực hiện./." not in last.text
    assert last.responsibility.lead == ["UBND các xã, phường", "các đơn vị, cơ sở giáo dục trực thuộc"]
    question = "ha noi cv 5095: chi so VN_AQI tu bao nhieu thi truong duoc chu dong tam dung hoac doi gio hoc?"
    assert asked_value(fold(question)) is THRESHOLD
    a = _answer(doc, question, ["2.1", "2.2"])
    assert not a.refused and "VN_AQI ≥ 301" in a.text.split("\n", 1)[0], a.text


# QĐ 2608/QĐ-UBND Cần Thơ of 2025 (9d0926aa62bf16bd.md), Điều 2.1.đ: a report made monthly
QD_2608_CAN_THO = """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 2608/QĐ-UBND

Điều 2. Tổ chức thực hiện
1. Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân xã, phường có trách nhiệm:
d) Nâng cao trách nhiệm và tính chủ động, tích cực của cán bộ, công chức, viên chức và cơ quan nhà nước; góp phần xóa bỏ các hành vi tiêu cực, nhũng nhiễu trong giải quyết thủ tục hành chính cho cá nhân, tổ chức.
đ) Báo cáo tình hình, kết quả giải quyết hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính về Văn phòng Ủy ban nhân dân thành phố tổng hợp; nội dung báo cáo được lồng ghép vào Báo cáo cải cách thủ tục hành chính của đơn vị, địa phương hàng tháng.
"""


def test_how_often_asked_is_answered_by_a_period():
    doc = _doc(QD_2608_CAN_THO, "2608_QD_UBND.md")
    question = "Báo cáo kết quả giải quyết hồ sơ không phụ thuộc địa giới gửi VP UBND TP Cần Thơ bao lâu một lần?"
    assert asked_value(fold(question)) is PERIOD
    a = _answer(doc, question, ["Điều 2.1.đ", "Điều 2.1.d"])
    assert not a.refused and "hàng tháng" in a.text.split("\n", 1)[0], a.text


# QĐ 2015/QĐ-UBND An Giang of 18/11/2025 (14893cd21e801bb3.md): its catalogue's heading and its effect clause
QD_2015_AN_GIANG = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 2015/QĐ-UBND
An Giang, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ LĨNH VỰC ĐẤU THẦU THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TÀI CHÍNH TỈNH AN GIANG

Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ lĩnh vực đấu thầu thuộc phạm vi chức năng quản lý của Sở Tài chính tỉnh An Giang.
Điều 2. Quyết định này có hiệu lực từ ngày ký và bãi bỏ Quyết định số 1029/QĐ-UBND ngày 25 tháng 6 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh về việc công bố Danh mục thủ tục hành chính mới trong lĩnh vực đấu thầu.
"""


def test_the_decision_a_decision_repeals_is_in_its_effect_clause():
    doc = _doc(QD_2015_AN_GIANG, "2015_QD_UBND.md")
    question = "QĐ 2015/QĐ-UBND tỉnh An Giang bãi bỏ quyết định nào?"
    # the place named after the number is no topic word, nor the number (the names overlap: "qd 2015 qd ubnd", "ubnd
    # tinh an giang")
    parser = QuestionParser(["An Giang"], [], [{"id": doc.id, "title": doc.meta.title, "province": "An Giang",
                                                "kind": "Quyết định", "number": "2015/QĐ-UBND", "locality": "",
                                                "issuer": doc.meta.issuer}])
    assert "2015" not in parser.parse(question).content_terms
    a = _answer(doc, question, ["Điều 1", "Điều 2"])
    assert "bãi bỏ Quyết định số 1029/QĐ-UBND" in a.text.split("\n", 1)[0], a.text


# --- blind set b24 (first run 0.830 with the rules above; the rules below are drawn from it) -------------------------

# QĐ 139/2025/QĐ-UBND Đồng Tháp (a16f8b41d34cc524.md), Điều 3: the sum set in a lead-in for the items below it
QD_139_DONG_THAP = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 139/2025/QĐ-UBND

QUYẾT ĐỊNH
QUY ĐỊNH MỨC CHI ĐẢM BẢO CHO VIỆC TỔ CHỨC THỰC HIỆN BỒI THƯỜNG, HỖ TRỢ, TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT

Điều 3. Mức chi đảm bảo cho việc tổ chức thực hiện bồi thường, hỗ trợ, tái định cư
1. Mức chi 200.000 đồng/người/ngày áp dụng với các nội dung chi sau:
a) Chi tổ chức thực hiện bồi thường, hỗ trợ, tái định cư, gồm: tổ chức họp với người có đất, chủ sở hữu tài sản để phổ biến, tuyên truyền các chính sách, pháp luật;
3. Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, hỗ trợ, tái định cư có trách nhiệm lập dự toán chi phí bảo đảm cho việc tổ chức thực hiện bồi thường, hỗ trợ, tái định cư của từng dự án.
"""


def test_a_sum_its_lead_in_sets_for_the_items_below():
    doc = _doc(QD_139_DONG_THAP, "139_2025_QD_UBND.md")
    question = "muc chi to chuc boi thuong, ho tro, tai dinh cu o Dong Thap theo QD 139/2025 la bao nhieu?"
    a = _answer(doc, question, ["Điều 3.3", "Điều 3.1.a"])
    assert not a.refused and "Mức chi 200.000 đồng/người/ngày" in a.text.split("\n", 1)[0], a.text


# QĐ 63/2025/QĐ-UBND Đồng Nai (208bf7c0b7e8f27c.md): what the department signs, and who executes the decision
QD_63_DONG_NAI = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Số: 63/2025/QĐ-UBND
Đồng Nai, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH
PHÂN CẤP CHO SỞ TƯ PHÁP TỈNH ĐỒNG NAI CÓ Ý KIẾN VIỆC CHO CON NUÔI NƯỚC NGOÀI, KÝ QUYẾT ĐỊNH VIỆC NUÔI CON NUÔI CÓ YẾU TỐ NƯỚC NGOÀI

Điều 3. Nội dung phân cấp
1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp tỉnh Đồng Nai ký quyết định việc nuôi con nuôi có yếu tố nước ngoài.
2. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp tỉnh Đồng Nai có ý kiến và ký văn bản đồng ý/không đồng ý việc cho con nuôi nước ngoài.
Điều 5. Hiệu lực thi hành
1. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Giám đốc Sở Y tế, Giám đốc Công an tỉnh; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.
"""


def test_what_a_department_signs_and_who_else_executes():
    doc = _doc(QD_63_DONG_NAI, "63_2025_QD_UBND.md")
    # "đối với" and "loại ... gì" name no topic: past the title's words, "ký văn bản" is what is asked
    a = _answer(doc, "Theo QĐ 63/2025/QĐ-UBND Đồng Nai, Sở Tư pháp được ký loại văn bản gì đối với việc cho con nuôi "
                     "nước ngoài?", ["Điều 3.2", "Điều 3.1"])
    assert not a.refused and "văn bản đồng ý/không đồng ý" in a.text.split("\n", 1)[0], a.text
    # "con nuôi" is no "còn"; an item naming other leaders besides the two named stays in the answer
    a = _answer(doc, "Ngoài Chánh VP UBND tỉnh và GĐ Sở Tư pháp, QĐ 63 Đồng Nai về con nuôi còn giao những lãnh đạo "
                     "nào thi hành?", ["Điều 5", "Điều 5.1", "Điều 5.2"])
    assert "Giám đốc Sở Y tế, Giám đốc Công an tỉnh" in a.text, a.text
