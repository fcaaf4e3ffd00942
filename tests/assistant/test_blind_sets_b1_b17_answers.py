"""Forms drawn from the provincial blind sets b1-b17 (eval/external), on their real texts (eval/external/docs):

- "bao nhiêu tấn sầu riêng": a tonnage answers only where its sentence or heading names the thing the measure counts
  (questions.toml [counted] object_of); the plan of Sơn La sets tonnages for longan, banana, cassava, passion fruit
  and dragon fruit, none for durian (eval/external b7-16 is unanswerable);
- an acronym of the question is held where its words are spelled out, and the long form the topic adds for it is
  not asked a second time: "TĐC" (tái định cư) also reads as "tiêu chuẩn đo lường chất lượng" in the lexicon, whose
  words no clause of the Government's resolution on the Ninh Thuận nuclear plant holds (eval/external b17-39);
- "... có hiệu lực đến khi nào?" asks the end its own effect clause states, when it states one;
- a record's number in its own field line ("- Số lượng: 5.000 cuốn.") answers of the record found by another line;
- "Thời hạn chậm nhất 05 ngày làm việc kể từ ...", "Trước ngày 15/12 hàng năm", "6 tháng và hàng năm" are a task's
  deadline, read whole (parser v117);
- a level in Roman figures ("Cấp cháy rừng III") is a round its clause names ("3. Khi dự báo đến Cấp III:");
- a bare "bao nhiêu" asks any figure, a share too; folded "máy móc" counts nothing;
- "phối hợp ... trên địa bàn những phường, xã nào?" asks where, not who partners;
- "... nộp ở đâu?" is answered by a clause with the question's own verb and preposition ("nộp tại X") before one
  where a thing goes by another verb ("trình X");
- a province the question names only inside a project's name ("điện hạt nhân Ninh Thuận") is answered by a national
  text on the question's topic that names it, though no plan of that province is loaded.
"""

from __future__ import annotations

import pytest

from api import parse_file
from assistant.topic import coverage, rounds
from assistant.values import counted_word
from assistant.understand import QuestionParser
from core.query import Intent
from core.settings import load_settings
from core.textnorm import fold
from tests.assistant.test_external_answers import EXTERNAL_DOCS, _answer

REFUSED = "Không có trong kế hoạch"


@pytest.fixture(scope="module")
def son_la_exports(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(EXTERNAL_DOCS / "b7" / "f1e0981425ec38be.md", settings)


@pytest.fixture(scope="module")
def ninh_thuan_resolution(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(EXTERNAL_DOCS / "b17" / "53a2def6c64d24fe.md", settings)


TONNAGES = ["II.1.a.1.2", "II.1.a.2.2", "II.1.a.3.3", "II.1.a.2.1", "II.1.a.2.3"]  # retrieval's order for b7-16


def test_a_tonnage_of_another_crop_does_not_answer(son_la_exports):
    a = _answer(son_la_exports, "Sơn La đặt mục tiêu xuất khẩu bao nhiêu tấn sầu riêng đến năm 2030?", TONNAGES)
    assert a.text.startswith(REFUSED), a.text


@pytest.mark.parametrize("crop, tonnage, path", [("nhãn", "8.500 tấn", "II.1.a.1.2"),
                                                 ("chuoi", "14.500 tấn", "II.1.a.2.2")])
def test_the_tonnage_of_the_crop_asked_answers(son_la_exports, crop, tonnage, path):
    a = _answer(son_la_exports, f"Sơn La đặt mục tiêu xuất khẩu bao nhiêu tấn {crop} đến năm 2030?", TONNAGES)
    assert tonnage in a.text, a.text
    assert a.citations[0].section == path


def test_an_acronyms_long_form_is_not_asked_twice():
    # "tdc" adds "tieu chuan (do) luong chat luong" to the topic; a text spelling out "tái định cư" holds the acronym
    terms = ["tach", "boi", "thuong", "tdc", "dien", "hat", "nhan", "tieu", "chuan", "luong", "chat", "luong"]
    assert coverage(terms, "Cho phép tách nội dung bồi thường, hỗ trợ, tái định cư thuộc dự án điện hạt nhân") == 1.0
    # a word the question writes itself is still asked, though the long form holds it too
    assert coverage(["chat", "luong", "tdc", "tieu", "chuan", "luong", "chat", "luong"], "tái định cư") < 1.0


def test_partners_of_a_task_in_a_national_text_on_a_merged_provinces_project(ninh_thuan_resolution):
    a = _answer(ninh_thuan_resolution,
                "NQ CP ve tach boi thuong TDC dien hat nhan Ninh Thuan: Bo NN&MT chu tri ra soat de bai bo QD "
                "1504/QD-TTg thi phoi hop voi nhung co quan nao?",
                ["Điều 5.2", "Điều 2.4", "Điều 2.1", "Điều 5.7", "Điều 2.2"])
    assert a.text.startswith("Đơn vị phối hợp: Bộ Tư pháp, Bộ Công Thương, Ủy ban nhân dân tỉnh Khánh Hòa"), a.text
    assert a.citations[0].section == "Điều 5.2"


def test_when_a_texts_effect_ends_is_its_own_effect_clause_stating_an_end(ninh_thuan_resolution):
    """"... có hiệu lực đến khi nào?" of the resolution is its Điều 4.1 "Nghị quyết này có hiệu lực thi hành kể từ ngày
    ký ban hành đến hết ngày 28 tháng 02 năm 2027" (eval/external b17-40), wherever retrieval ranked it."""
    a = _answer(ninh_thuan_resolution,
                "Nghị quyết CP về dự án bồi thường, TĐC điện hạt nhân Ninh Thuận có hiệu lực đến khi nào?",
                ["Điều 2.4", "Điều 5.1", "Điều 2.1", "Điều 2.6.c", "Điều 2.6.b"])
    assert "đến hết ngày 28 tháng 02 năm 2027" in a.text, a.text
    assert a.citations[0].section == "Điều 4.1"


@pytest.fixture(scope="module")
def thanh_hoa_monitoring(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(EXTERNAL_DOCS / "b17" / "85ff77cbda28ffbb.md", settings)


def test_a_records_own_field_states_its_number(thanh_hoa_monitoring):
    """"- Hình thức: In tài liệu cấp phát cho cho cán bộ cấp xã, hợp tác xã, cơ sở nuôi trên địa bàn tỉnh." is found by
    what the question describes; the number is its record's own line "- Số lượng: 5.000 cuốn." (KH quan trắc, cảnh
    báo môi trường nuôi trồng thủy sản Thanh Hóa 2026 II.2; eval/external b17-05, questions.toml [value_field])."""
    doc = thanh_hoa_monitoring
    form = next(c for c in doc.clauses if c.path == "II.2.2")
    number = next(c for c in doc.clauses if c.path == "II.2.3")
    a = _answer(doc, "Kế hoạch quan trắc, cảnh báo môi trường NTTS Thanh Hóa 2026: in bao nhiêu cuốn tài liệu tuyên "
                     "truyền cấp phát cho cán bộ xã, HTX, cơ sở nuôi?", [form])
    assert "5.000 cuốn" in a.text, a.text
    assert a.citations[0].section == number.path


def test_a_time_limit_stated_as_at_the_latest_is_the_tasks_deadline(tmp_path):
    """"Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định." under "1. Ban Quản lý các Khu công nghiệp
    chủ trì, ..." (QĐ 1513/QĐ-UBND Bắc Ninh Điều 2.1; eval/external b15-27) is that task's deadline (roles.toml)."""
    doc = parse_file(EXTERNAL_DOCS / "b15" / "f411a708bcdcfda7.md", load_settings(data_dir=tmp_path))
    clause = next(c for c in doc.clauses if c.path == "Điều 2.1")
    assert clause.responsibility.lead == ["Ban Quản lý các Khu công nghiệp"]
    assert clause.responsibility.deadline == "Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định"
    a = _answer(doc, "QĐ 1513/QĐ-UBND tỉnh Bắc Ninh: thời hạn chậm nhất để BQL các KCN xây dựng xong quy trình nội bộ, "
                     "quy trình điện tử là bao lâu?", ["Điều 2.1"])
    assert "05 ngày làm việc" in a.text, a.text


@pytest.mark.parametrize("doc_file, path, deadline", [
    # how often a day recurs stays with it (KH 5G, IoT trong các KCN Nghệ An IV.1.2; eval/external b7-07)
    ("b7/ceb89a53c7b93f00.md", "IV.1.2", "Trước ngày 15/12 hàng năm"),
    # two reporting periods, not only the yearly one (Quy chế phân cấp của Bộ Tư pháp Điều 17.3; b11-24)
    ("b11/6f76eaad0b5b95d8.md", "Điều 17.3", "6 tháng và hàng năm"),
])
def test_a_recurring_deadline_is_read_whole(tmp_path, doc_file, path, deadline):
    doc = parse_file(EXTERNAL_DOCS / doc_file, load_settings(data_dir=tmp_path))
    deadlines = [c.responsibility.deadline for c in doc.clauses if c.path == path]
    assert deadline in deadlines, deadlines


def test_a_level_in_roman_figures_is_the_round_asked(tmp_path):
    """"Cấp cháy rừng III ... trực bao nhiêu giờ mỗi ngày?" is "3. Khi dự báo đến Cấp III: ... / d) ... trực 10/24 giờ
    trong ngày", not Cấp IV's "ứng trực 12/24 giờ" that retrieval ranks first (quy định phòng cháy, chữa cháy rừng,
    Điều 6; eval/external b4-25; questions.toml [round])."""
    assert rounds("cap chay rung iii thi luc luong") == {("cap", 3)}
    assert rounds("giai doan ii va cap bao dong 2") == {("giai", 2), ("cap", 2)}
    assert rounds("cap tinh, cap xa") == frozenset()
    doc = parse_file(EXTERNAL_DOCS / "b4" / "adf53d885efc1c23.md", load_settings(data_dir=tmp_path))
    a = _answer(doc, "Cấp cháy rừng III thì lực lượng canh phòng phải trực bao nhiêu giờ mỗi ngày?",
                ["Điều 6.4.c", "Điều 6.3.d", "Điều 6.5.b", "Điều 6.2"])
    assert "10/24 giờ" in a.text, a.text
    assert a.citations[0].section == "Điều 6.3.d"


def test_a_bare_how_much_asks_any_figure_and_machines_are_no_count(tmp_path):
    """"... cao hơn mức giá quy định trong khoảng bao nhiêu?" counts nothing named, so a share answers ("cao hơn từ trên
    15% đến không quá 30%", QĐ Hải Phòng on machines and equipment Điều 3.2; eval/external b11-41); folded, "máy móc"
    is no "mấy móc" (questions.toml [counted])."""
    assert counted_word(fold("điều chỉnh giá máy móc cao hơn trong khoảng bao nhiêu?")) is None
    assert counted_word(fold("tối đa mấy thủ tục?")).group("what") == "thu"
    doc = parse_file(EXTERNAL_DOCS / "b11" / "317a61c94fc776ca.md", load_settings(data_dir=tmp_path))
    a = _answer(doc, "Hai Phong cho phep co quan tu dieu chinh gia may moc phuc vu chuc danh cao hon muc gia quy dinh "
                     "trong khoang bao nhieu?", ["Điều 3.2", "Điều 1.1.d", "Điều 4.2"])
    assert "từ trên 15% đến không quá 30%" in a.text, a.text


@pytest.mark.parametrize("question, intent", [
    # where, not who: the wards of "Phối hợp thực hiện công tác bảo tồn ... trên địa bàn các phường Hội An, ..." (QĐ
    # Đà Nẵng on the Hội An heritage centre Điều 2.10; eval/external b4-50)
    ("Trung tâm di sản Hội An phối hợp bảo tồn, phát huy giá trị di sản trên địa bàn những phường, xã nào?",
     Intent.CONTENT),
    ("Ở Hải Phòng, tuyên truyền chống mua bán người trên báo đài thì Sở Tư pháp phối hợp với những đơn vị nào?",
     Intent.PARTNERS),
])
def test_where_a_body_works_is_no_partner_asked(question, intent):
    assert QuestionParser([], [], []).parse(question).intent == intent


def test_where_a_claim_is_lodged_is_the_clause_with_the_questions_own_verb(tmp_path):
    """"... đơn giải quyết tranh chấp đất đai thuộc thẩm quyền CT UBND tỉnh thì tổ chức nộp ở đâu?" is "b) Giải quyết
    tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh nộp tại Ban Tiếp công dân - Nội chính thuộc
    Văn phòng Ủy ban nhân dân tỉnh." (Quy chế kèm QĐ 138 Đồng Tháp Điều 3.1.b; eval/external b16-01; roles.toml
    [recipient] "nộp tại"), not the "Hoàn chỉnh hồ sơ trình Chủ tịch ..." of the step retrieval ranks first."""
    doc = parse_file(EXTERNAL_DOCS / "b16" / "5a80798bbf985e87.md", load_settings(data_dir=tmp_path))
    a = _answer(doc, "QD 138 Dong Thap ve TTHC dat dai: don giai quyet tranh chap dat dai thuoc tham quyen CT UBND tinh "
                     "thi to chuc nop o dau?", ["Điều 54.2.3", "Điều 3.1.b", "Điều 3.2.c"])
    assert a.text.startswith("Nộp tại: Ban Tiếp công dân - Nội chính thuộc Văn phòng Ủy ban nhân dân tỉnh"), a.text
    assert a.citations[0].section == "Điều 3.1.b"
