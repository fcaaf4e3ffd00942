"""Who-questions answered by structure where the clause retrieval ranks first names no one, or everyone:

- the plan itself handed to one unit ("4. Sở Nội vụ / - Chủ trì, phối hợp ... tổ chức triển khai thực hiện Kế hoạch
  này"), though the closing words ("Trên đây là Kế hoạch ...; các cơ quan, đơn vị, địa phương, doanh nghiệp nghiêm túc
  tổ chức, triển khai thực hiện./.") repeat the plan's title and rank first (eval/external b11-38);
- a unit named outright before "các sở, ban, ngành, địa phương" as much on topic (tune-fresh32 t32-12);
- a heading naming no one whose items name one body only (NQ 19/2026/NQ-CP Phụ lục I.B.II; blind set b37-18).
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.lexicon import roles
from core.settings import load_settings
from core.textnorm import fold
from tests.conftest import REPO, SHARED_REAL
from tests.assistant.test_external_answers import EXTERNAL_DOCS, _answer, _doc


@pytest.fixture(scope="module")
def thi_dua(tmp_path_factory):
    """KH phát động Đợt thi đua chào mừng Đại hội XIV của Đảng, UBND tỉnh Đắk Lắk (eval/external/docs/b11)."""
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(EXTERNAL_DOCS / "b11" / "556b2fb4a0149576.md", settings)


@pytest.mark.parametrize("question", [
    "Đơn vị nào đầu mối triển khai kế hoạch phát động thi đua chào mừng Đại hội XIV của UBND tỉnh Đắk Lắk?",
    "dak lak: ai chu tri to chuc trien khai ke hoach thi dua chao mung dai hoi XIV?",
])
def test_the_unit_handed_the_plan_itself_leads_it(thi_dua, question):
    """Retrieval's clauses (as the index of set b11 ranks them) hold neither "4. Sở Nội vụ" nor its items: the item
    handing the plan itself joins them, and the closing words that leave it to everyone do not answer."""
    handed = next(c for c in thi_dua.clauses if c.text.startswith("- Chủ trì, phối hợp với các cơ quan"))
    assert handed.responsibility.lead == ["Sở Nội vụ"]
    closing = next(c for c in thi_dua.clauses if c.text.startswith("Trên đây là Kế hoạch"))
    retrieved = [closing, *(c for c in thi_dua.clauses if c.path in ("I.1.b", "III.2.c.1", "IV.4.2"))]
    a = _answer(thi_dua, question, retrieved)
    assert a.text.startswith("Sở Nội vụ chủ trì"), a.text
    assert a.citations[0].section == handed.path


def test_a_question_on_one_task_is_not_answered_by_the_plans_handler(thi_dua):
    """The handler joins only a question whose words are the plan's title: "ai tuyên truyền về gương người tốt, việc
    tốt trong đợt thi đua?" is the Department of Culture's task (IV.3), not the Department of Home Affairs'."""
    task = next(c for c in thi_dua.clauses if c.path == "IV.3")
    a = _answer(thi_dua, "Dak Lak: so nao tuyen truyen guong nguoi tot, viec tot trong dot thi dua chao mung Dai hoi XIV?",
                [task])
    assert a.text.startswith("Sở Văn hóa, Thể thao và Du lịch"), a.text


def test_everyone_is_no_unit_named_outright():
    everyone = roles().everyone
    for lead in ("các cơ quan, đơn vị, địa phương, doanh nghiệp", "Các sở, ban, ngành, địa phương", "các bộ, ngành"):
        assert everyone.fullmatch(fold(lead)), lead
    # a plural with words of its own names someone (tune-fresh17 t17-15, tune-fresh11 t11-16, tune-fresh19 t19-16)
    for lead in ("Các tổ chức chính trị - xã hội xã", "các đơn vị điện lực", "Sở Nội vụ",
                 "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản"):
        assert not everyone.fullmatch(fold(lead)), lead


def test_a_unit_named_outright_before_everyone(real_doc):
    """CT 010/CT-UBND Đắk Lắk: "d) Văn bản thẩm định phải thể hiện đầy đủ ..." under "1. Các sở, ban, ngành, địa
    phương" ranks first for "đơn vị nào phải cho ý kiến phần ưu đãi mà nhà đầu tư được hưởng?"; Thuế tỉnh's "- Đánh
    giá về ưu đãi đầu tư và điều kiện hưởng ưu đãi đầu tư;" (I.2.2.e) answers (tune-fresh32 t32-12)."""
    doc = real_doc("dak-lak_010-ct-ubnd.md")
    a = _answer(doc, "Chi thi 010 Dak Lak ve tham dinh thu tuc dau tu: khi duoc lay y kien tham dinh, don vi nao phai "
                     "cho y kien phan uu dai ma nha dau tu duoc huong?", ["I.2.1.d", "I.2.2.e.1"])
    assert a.text.startswith("Thuế tỉnh Đắk Lắk"), a.text


NQ_19_2026 = """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 19/2026/NQ-CP
Hà Nội, ngày 30 tháng 4 năm 2026
NGHỊ QUYẾT
Về phân cấp, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh
Phụ lục I
PHÂN CẤP THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA BỘ CÔNG THƯƠNG
B. LĨNH VỰC XUẤT NHẬP KHẨU
II. Thủ tục cấp Giấy phép nhập khẩu hàng hóa tân trang theo Nghị định số 77/2023/NĐ-CP về quản lý nhập khẩu hàng hóa
tân trang theo Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương.
1. Thủ tục cấp Giấy phép nhập khẩu đối với hàng hóa tân trang quy định tại Phụ lục I, II, III, IV và V Nghị định số
77/2023/NĐ-CP thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh (sau đây gọi là cơ quan cấp giấy phép).
2. Trình tự, thủ tục cấp Giấy phép nhập khẩu hàng hóa tân trang thực hiện như sau:
a) Thương nhân nhập khẩu gửi 01 bộ hồ sơ đề nghị cấp Giấy phép nhập khẩu hàng hóa tân trang theo quy định tại điểm b
khoản này trực tiếp hoặc qua đường bưu chính hoặc trực tuyến qua Cổng dịch vụ công quốc gia.
b) Hồ sơ bao gồm: Đơn đề nghị cấp Giấy phép nhập khẩu hàng hóa tân trang theo mẫu tại Phụ lục X ban hành kèm theo Nghị
định số 77/2023/NĐ-CP (01 bản chính).
"""


def test_a_heading_naming_no_one_is_answered_by_its_one_led_item():
    """The heading "II. Thủ tục cấp Giấy phép nhập khẩu hàng hóa tân trang ..." holds the question's words and names
    no one; of its items only "1. Thủ tục ... thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh" names anyone (NQ
    19/2026/NQ-CP Phụ lục I.B.II, Công báo số 273 p. 52; blind set b37-18)."""
    doc = _doc(NQ_19_2026, "nq-19-2026.txt")
    heading = next(c for c in doc.clauses if c.text.startswith("II. Thủ tục cấp Giấy phép"))
    assert not heading.responsibility.lead and heading.children
    a = _answer(doc, "sau NQ 19/2026 thi cap GP nhap khau hang hoa tan trang theo ND 77/2023 (CPTPP) thuoc tham quyen "
                     "co quan nao?", [heading])
    assert a.text.startswith("Ủy ban nhân dân cấp tỉnh"), a.text


@pytest.fixture(scope="module")
def real_doc(tmp_path_factory):
    """A document of plans-real (tuning half) by file name."""
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return lambda name: parse_file(next(SHARED_REAL.rglob(name)), settings)


@pytest.fixture(scope="module")
def dong_thap(tmp_path_factory):
    """KH phòng, chống tội phạm, mua bán người năm 2026, UBND tỉnh Đồng Tháp (a sample plan)."""
    settings = load_settings(data_dir=tmp_path_factory.mktemp("data"))
    return parse_file(REPO / "data" / "plans" / "dong-thap_ubnd_2026_toi-pham-mua-ban-nguoi.txt", settings)


def test_the_plan_itself_asked_is_answered_by_its_handler_first(dong_thap):
    """"đầu mối triển khai kế hoạch ..." asks who carries the plan itself: "3. Giao Công an tỉnh tham mưu Ủy ban nhân
    dân tỉnh theo dõi, hướng dẫn, kiểm tra, đôn đốc các ngành, địa phương thực hiện có hiệu quả Kế hoạch này" (III.3),
    before the tasks retrieval ranks as high on the title's words (II.6 lists seven bodies)."""
    a = _answer(dong_thap, "dong thap: don vi nao dau moi trien khai ke hoach phong chong toi pham mua ban nguoi?",
                ["II.6", "II.3", "II.3.1"])
    assert "Công an tỉnh" in a.text.splitlines()[0] and "Tòa án" not in a.text, a.text
    assert a.citations[0].section == "III.3"


def test_a_notice_about_a_programme_is_not_that_programme(real_doc):
    """TB 631/TB-VPCP concludes on the programme's file: "khi triển khai chương trình gộp, ai chịu trách nhiệm hướng dẫn
    ...?" asks of the programme, not who carries out the notice (tune-fresh31 t31-12)."""
    from assistant.topic import asks_plan_itself
    from assistant.understand import QuestionParser

    doc = real_doc("chinh-phu_631-tb-vpcp.md")
    parse = QuestionParser([], [], []).parse
    assert not asks_plan_itself(parse("tb 631: khi trien khai chuong trinh gop, ai chiu trach nhiem huong dan va kiem tra "
                                      "giam sat phan noi dung cho vung dong bao DTTS va mien nui?"), doc)
    assert asks_plan_itself(parse("ai theo dõi, đôn đốc việc thực hiện thông báo 631?"), doc)


def test_the_plans_handler_is_one_body_not_everyone_carrying_it_out():
    """KH thực hiện QĐ 1899/QĐ-TTg (phòng thủ dân sự), UBND tỉnh Nghệ An (eval/external/docs/b2): "1. Các sở, ban,
    ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này." hands
    the plan to everyone; "2. Bộ CHQS tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo dõi, hướng dẫn, kiểm tra,
    đôn đốc ..." is the one body asked of (b2-25, lost by a first version of the rule that put any handler first)."""
    doc = parse_file(EXTERNAL_DOCS / "b2" / "c5d930a5fc8373cd.md", load_settings())
    a = _answer(doc, "Nghệ An: cơ quan nào tham mưu UBND tỉnh theo dõi, đôn đốc triển khai kế hoạch phòng thủ dân sự?",
                ["IV.2", "IV.1"])
    assert a.text.startswith("Bộ CHQS tỉnh"), a.text


def test_a_when_question_on_the_plan_itself_asks_its_stated_period(thi_dua):
    """"đợt thi đua ... thực hiện trong thời gian nào?" describes the plan by its title and asks its period: "2. Thời
    gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng." (II.2),
    not the time of a task as much on the plan's words ("thường xuyên", IV.3; eval/external b11-13)."""
    retrieved = [c for c in thi_dua.clauses if c.path in ("0", "IV.3", "IV.4.2")]
    a = _answer(thi_dua, "dot thi dua chao mung Dai hoi XIV cua Dak Lak thuc hien trong thoi gian nao?", retrieved)
    assert "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội" in a.text, a.text
    assert a.citations[0].section == "II.2"


def test_a_plans_period_stated_under_a_heading_of_its_own():
    """KH triển khai Đợt thi đua chào mừng Đại hội XIV, UBND tỉnh Nghệ An (eval/external/docs/b10): "1. Thời gian thực
    hiện" / "Đợt thi đua được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu
    toàn quốc lần thứ XIV của Đảng." (V.1; b10-36, answered with the plan's aim before)."""
    doc = parse_file(EXTERNAL_DOCS / "b10" / "99c7d8fff9e4572e.md", load_settings())
    a = _answer(doc, "dot thi dua chao mung dai hoi XIV cua Nghe An keo dai den khi nao?", ["I.1", "V.2.3"])
    assert a.text.startswith("Đợt thi đua được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi"), a.text
