"""Question understanding, table-driven (no index, no embedder): intent, role, unit, window, plan facts, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.understand import QuestionParser, names_own_topic, own_topic
from core.query import Intent

PARSER = QuestionParser(
    ["Đồng Tháp", "Hải Phòng", "Thái Nguyên", "Hà Tĩnh", "Hải Dương", "Lào Cai"],
    ["Công an tỉnh", "Sở Văn hóa - Thể thao và Du lịch", "Phòng Phổ biến, giáo dục pháp luật", "Sở Tư pháp",
     "Sở Xây dựng"],
    [{"id": "qd-2597", "number": "2597/QĐ-TTg", "kind": "Quyết định"},
     {"id": "luong-minh", "number": "16/KH-MTTQ-BTT", "kind": "Kế hoạch", "locality": "xã Lương Minh"}],
)
TODAY = date(2026, 4, 15)


@pytest.mark.parametrize("question, intent, role, unit", [
    ("Công an tỉnh Đồng Tháp chủ trì những nhiệm vụ nào?", Intent.UNIT_TASKS, "lead", "Công an tỉnh"),
    ("Sở Văn hóa, Thể thao và Du lịch phối hợp những việc gì?", Intent.UNIT_TASKS, "partners",
     "Sở Văn hóa - Thể thao và Du lịch"),
    ("cong an tinh duoc giao gi o hai duong?", Intent.UNIT_TASKS, "any", "Công an tỉnh"),
    ("Sở Giao thông vận tải có nhiệm vụ gì?", Intent.UNIT_TASKS, "any", "so giao thong van tai"),
    ("Nhiệm vụ của Sở Nội vụ là gì?", Intent.UNIT_TASKS, "any", "so noi vu"),
    ("Ở Hải Dương, ai chủ trì đánh giá vai trò, trách nhiệm của Ban Chỉ đạo 138 các cấp?", Intent.LEAD, "lead", ""),
    ("Đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng?", Intent.LEAD, "lead", ""),
    ("Ở Hải Phòng, tuyên truyền trên báo đài thì Sở Tư pháp phối hợp với những đơn vị nào?", Intent.PARTNERS,
     "partners", "Sở Tư pháp"),
    ("Những nhiệm vụ nào phải hoàn thành trong tháng 4/2026?", Intent.DEADLINE_WINDOW, "any", ""),
    ("Công an tỉnh có việc gì đến hạn quý này?", Intent.DEADLINE_WINDOW, "any", "Công an tỉnh"),
    ("Những nhiệm vụ nào thực hiện thường xuyên ở Thái Nguyên?", Intent.DEADLINE_WINDOW, "doer", ""),
    ("Ban Chỉ đạo 138 cấp xã họp định kỳ hằng quý trước ngày nào?", Intent.DEADLINE, "any", ""),
    ("Kế hoạch nào do Sở Tư pháp ban hành?", Intent.PLAN_FACTS, "any", "Sở Tư pháp"),
    ("So sánh chỉ tiêu kéo giảm tội phạm của Hải Dương và Đồng Tháp", Intent.COMPARE, "any", ""),
    ("Thái Nguyên phấn đấu bao nhiêu phần trăm xã không có ma túy?", Intent.TARGET, "any", ""),
    ("Sở Tư pháp được giao bao nhiêu nhiệm vụ?", Intent.UNIT_TASKS, "any", "Sở Tư pháp"),
    ("so tu phap ha tinh duoc giao bao nhieu bien che cong chuc", Intent.TARGET, "any", "Sở Tư pháp"),  # not tasks
    # "gia hạn" is the topic, who is asked (tune-fresh21 t21-06)
    ("dieu le quy bvmt qtri, gia han no vay do ai xem xet?", Intent.LEAD, "any", ""),
    # a time word describes the task, who does it is asked (tune-fresh40 t40-54, t40-49); asked both, the time is too
    ("Quy BVMT Quang Tri: kiem tra dinh ky, dot xuat cac don vi dung von cua Quy do ai thuc hien?", Intent.LEAD, "doer", ""),
    ("don doc to chuc, ca nhan khai thac khoang san ky quy dung han la nhiem vu cua ai?", Intent.LEAD, "any", ""),
    ("Ai chủ trì báo cáo định kỳ và hạn chót là ngày nào?", Intent.DEADLINE, "lead", ""),
    # a role word naming whom the question is about, where it asks something else (tune-fresh41 t41-05, t41-49)
    ("QĐ 2913 Hà Tĩnh: cơ quan chủ trì xây dựng KH xử lý ô nhiễm đất báo cáo UBND tỉnh thì sản phẩm chính phải nộp là gì?",
     Intent.CONTENT, "lead", ""),
    ("QĐ 3004 HT: cơ sở mua bán TBYT thì người phụ trách chuyên môn phải có trình độ gì?", Intent.CONTENT, "any", ""),
    # "bên nào", "do cơ quan nào <verb>" ask who (tune-fresh41 t41-37, t41-47)
    ("ND 158: nguoi di lam viec o nuoc ngoai bi mat viec tam thoi, muon tam dung dong BHXH thi ben nao phai xac nhan?",
     Intent.LEAD, "any", ""),
    ("nd 158: truoc 1995 da duoc cap giay chung nhan thoi gian di HTLD thi giay xac nhan do co quan nao xac nhan?",
     Intent.LEAD, "any", ""),
    # who signs or issues a text the plan rules on, not who signed the plan (tune-fresh42 t42-05, t42-11; tune-fresh40
    # t40-41); the plan itself (eval/meeting.jsonl pf-08)
    ("ND 170 ho so bo nhiem: nguoi dung dau co quan tu quyet dinh bo nhiem thi to trinh do ai ky?", Intent.LEAD, "any", ""),
    ("dieu le Quy BVMT Quang Tri: quy che lam viec cua hoi dong tu van chuyen nganh do ai ban hanh?", Intent.LEAD, "any",
     ""),
    ("nd 171: tai lieu boi duong duoc giao bien soan thi ai ky QD ban hanh?", Intent.LEAD, "any", ""),
    ("Báo cáo kết quả thực hiện Chỉ thị 38 của Lào Cai do ai ký?", Intent.PLAN_FACTS, "doer", ""),
    # "qc phối hợp" names the regulation on cooperation, no partner asked (tune-fresh42 t42-09)
    ("qc phoi hop VPDKDD Lai Chau: UBND xa va chi nhanh VPDKDD y kien khong thong nhat thi ai dung ra giai quyet?",
     Intent.LEAD, "any", ""),
    # "cùng ai" asks who works with it (tune-fresh42 t42-27)
    ("qd 27 Thai Nguyen: to chuc de cong trinh dien mat an toan do hoat dong cua minh gay ra thi cung ai khac phuc?",
     Intent.PARTNERS, "any", ""),
    # a figure describing the topic ("doanh nghiệp 100% vốn") asks no value: the delegate is asked (eval/external b10-08)
    ("Ở Bắc Ninh, ai được ủy quyền quyết định bổ nhiệm, kỷ luật Kiểm soát viên tại doanh nghiệp 100% vốn nhà nước?",
     Intent.LEAD, "any", ""),
])
def test_intent_role_unit(question, intent, role, unit):
    q = PARSER.parse(question, TODAY)
    assert (q.intent, q.role, q.unit) == (intent, role, unit), question


@pytest.mark.parametrize("question, facts, issued_by, doc_ids", [
    ("Kế hoạch nào do Sở Tư pháp ban hành?", [], "so tu phap", []),
    ("Quyết định số 2597 ban hành ngày nào, ai ký?", ["signer", "date"], "", ["qd-2597"]),
    ("Có bao nhiêu kế hoạch về ma túy?", ["count"], "", []),
    ("Thời gian thực hiện kế hoạch của Hải Phòng?", ["period"], "", []),
    ("UBND tỉnh Lào Cai đã ban hành những văn bản nào?", [], "ubnd tinh lao cai", []),
    ("Kế hoạch bầu cử của xã Lương Minh do ai ký?", ["signer"], "", ["luong-minh"]),
])
def test_plan_fact_questions(question, facts, issued_by, doc_ids):
    q = PARSER.parse(question, TODAY)
    assert q.intent == Intent.PLAN_FACTS
    assert (sorted(q.facts), q.issued_by, q.doc_ids) == (sorted(facts), issued_by, doc_ids), question


@pytest.mark.parametrize("question, start, end", [
    ("Việc gì đến hạn trong tháng 12/2025?", date(2025, 12, 1), date(2025, 12, 31)),
    ("viec gi phai xong truoc 30/6?", None, date(2026, 6, 30)),
    ("Việc gì đến hạn quý này?", date(2026, 4, 1), date(2026, 6, 30)),
    ("Tháng tới có những việc gì đến hạn?", date(2026, 5, 1), date(2026, 5, 31)),
])
def test_windows_are_relative_to_today(question, start, end):
    q = PARSER.parse(question, TODAY)
    assert q.intent == Intent.DEADLINE_WINDOW and (q.window.start, q.window.end) == (start, end)


@pytest.mark.parametrize("question, followup, ordinal, refers", [
    ("còn đơn vị phối hợp?", True, 0, ""),
    ("thế ở Đồng Tháp thì sao?", True, 0, ""),
    ("hạn hoàn thành là khi nào?", True, 0, ""),
    ("ai phối hợp?", True, 0, ""),
    ("đơn vị đó còn làm gì?", True, 0, "unit"),
    ("nhiệm vụ thứ hai ai phối hợp?", True, 2, ""),
    ("việc thứ 3 thời hạn thế nào?", True, 3, ""),
    ("nhiệm vụ cuối cùng là gì?", True, -1, ""),
    ("kế hoạch này ai ký?", True, 0, "plan"),
    ("còn Trung tâm trợ giúp pháp lý Nhà nước thành phố?", True, 0, ""),
    ("Trợ giúp pháp lý ở Hải Phòng do đơn vị nào thực hiện?", False, 0, ""),  # "do" = by, not "đó"
    ("Đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng?", False, 0, ""),
    ("đơn vị trên còn làm gì?", True, 0, "unit"),
    ("kế hoạch trên do ai ký?", True, 0, "plan"),
    # typed with diacritics, "do" is "by": "quyết định do cơ quan nào làm" points at no earlier plan (tune-fresh23 t23-12)
    ("Quy chế xét tặng Công dân Thủ đô ưu tú của HN: bước tổng hợp, trình Chủ tịch UBND thành phố quyết định do cơ quan "
     "nào làm?", False, 0, ""),
    ("quyết định đó có hiệu lực khi nào?", True, 0, "plan"),
    # "trên" before a noun is a preposition, not a pointer back
    ("Thông tư 69/2025 loài ngoại lai xâm hại: đơn vị nào công khai danh mục trên cổng thông tin điện tử?", False, 0, ""),
    ("Các cơ quan, đơn vị trên địa bàn tỉnh Hà Tĩnh phải làm gì để phòng cháy?", False, 0, ""),
    # "việc này" after the question has described the task points at that task, not back (tune-fresh16 t16-06, t16-46)
    ("Tinh toi muon lam ke hoach so hoa rieng cho viec xay dung va quan ly ha tang o dia phuong. Viec nay la trach "
     "nhiem cua ai?", False, 0, ""),
    ("Doanh nghiệp tôi muốn cấp xăng dầu, thực phẩm cho tàu nước ngoài ghé cảng. Hoạt động này chịu sự giám sát của "
     "cơ quan nào?", False, 0, ""),
    # a value asked by its kind only names no task (eval/conversations.jsonl conv-c22); a word of the task does
    ("kinh phí bao nhiêu?", True, 0, ""),
    ("kinh phi bao nhieu", True, 0, ""),
    ("bao nhiêu ngày?", True, 0, ""),
    ("kinh phí tổ chức hội nghị bao nhiêu?", False, 0, ""),
    ("ngân sách năm 2026 bao nhiêu?", False, 0, ""),
    # "việc đầu tiên" of a question that names its document and describes its case asks a step there, not an item of the
    # last list (tune-fresh41 t41-23)
    ("qc thu cong vu Nghe An: can bo vua duoc cap tai khoan thu cong vu thi viec dau tien phai lam la gi?", False, 0, ""),
    ("việc đầu tiên ai chủ trì?", True, 1, ""),
    # "số thứ tự 5" folds like "số thứ tư": a number follows, so it is a row of the document, not the fourth item of the
    # last list (NQ 97/NQ-CP Điều 2, blind set b27-32)
    ("nq 97 dieu chinh nhiem vu so thu tu 5 muc IV cua NQ 140 thanh nhiem vu gi", False, 0, ""),
    ("việc thứ tư ai chủ trì?", True, 4, ""),
    # a unit phrase that ran on into the question is no name that makes it short (tune-fresh42 t42-51)
    ("phieu danh gia cong chuc Hai Phong (phu luc 03): vi tri khong tiep xuc truc tiep dan, doanh nghiep thi diem tieu "
     "chi thai do phuc vu xu ly the nao?", False, 0, ""),
])
def test_followups(question, followup, ordinal, refers):
    q = PARSER.parse(question, TODAY)
    assert (q.is_followup, q.ordinal) == (followup, ordinal), question
    assert q.refers_unit == (refers == "unit") and q.refers_plan == (refers == "plan")


def test_a_bare_number_listed_after_a_named_plan_names_a_plan_too():
    """"KH 16 ..., 2597 ...: ai chủ trì?" names QĐ 2597 by its number alone after the first plan (tune-fresh21 t21-58
    wrote "TB 624 bộ công cụ KPI, 2597 trung tâm dữ liệu Cloud"); a number no plan has, a count or a year is no plan."""
    q = PARSER.parse("KH 16 Lương Minh tuyên truyền bầu cử, 2597 trung tâm dữ liệu Cloud: ai chủ trì?", TODAY)
    assert set(q.doc_ids) == {"luong-minh", "qd-2597"}
    for question in ("KH 16 Lương Minh, 2597 người dự: ai chủ trì?",
                     "KH 16 Lương Minh, 2025 là năm bầu cử: ai chủ trì?", "KH 16 Lương Minh, 1234 khác: ai chủ trì?"):
        assert PARSER.parse(question, TODAY).doc_ids == ["luong-minh"], question


def test_a_number_picks_the_plan_a_commune_only_describes():
    q = PARSER.parse("ke hoach 16 MTTQ xa Luong Minh: ai chu tri ban hanh ke hoach tiep cong dan?", TODAY)
    assert (q.doc_ids, q.numbered, q.localities) == (["luong-minh"], 1, ["xã Lương Minh"])


@pytest.mark.parametrize("query, name, same", [
    ("Bộ Tài chính", "Sở Tài chính", False),  # one letter apart, two different units
    ("Bộ Xây dựng", "Sở Xây dựng", False),
    ("Sở Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", False),
    ("Phòng Phổ biến, giáo dục pháp luật", "Các Phòng", False),  # a one-word name inside a longer one
    ("Bộ Công an", "Công an", False),  # a head alone ("Công an tại các xã") names no unit
    ("Công an tỉnh", "Công an tỉnh Đồng Tháp", True),
    ("Cônq an tỉnh", "Công an tỉnh", True),  # misread by OCR: still the same unit
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hoá - Thể thao và Du lịch", True),
])
def test_the_unit_matcher_keeps_units_with_other_heads_apart(query, name, same):
    from core.units import unit_matches

    assert unit_matches(query, name) == same


def test_the_issuer_before_a_place_only_picks_the_plan():
    # "qd 2913 cua UBND tinh Ha Tinh co hieu luc tu khi nao?" asks only "hiệu lực": "của UBND tỉnh Hà Tĩnh" named
    # the plan, as "QĐ 2913" did; "ubnd" as a topic word made a clause naming "UBND tỉnh" look on topic
    q = PARSER.parse("qd 2597 cua UBND tinh Ha Tinh co hieu luc tu khi nao?", TODAY)
    assert q.content_terms == ["hieu", "luc"]
    assert q.without_scope(q.text) == "co hieu luc tu khi nao"


@pytest.mark.parametrize("term, text, held", [
    ("cbcc", "Luật Cán bộ, công chức năm 2025", True),
    ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch", True),  # "và" is skipped, as acronyms are made
    ("vpdkdd", "Chi nhánh Văn phòng đăng ký đất đai", True),
    ("nnmt", "Bộ Nông nghiệp và Môi trường", True),  # "NN&MT" of the question, joined
    ("ptt", "Kết luận của Phó Thủ tướng", True),
    ("cbcc", "cán bộ và người lao động", False),
    ("nn", "Nhà nước", False),  # two letters say too little
    ("xa", "xã", False),  # a Vietnamese syllable is a word, not an acronym
])
def test_an_acronym_of_the_question_is_held_where_its_words_are_spelled_out(term, text, held):
    from core.textnorm import fold, spelled_out

    assert spelled_out(term, fold(text)) == held


def test_nn_and_mt_is_one_acronym():
    q = PARSER.parse("Bộ NN&MT phối hợp với những bộ nào?", TODAY)
    assert "nnmt" in q.content_terms


@pytest.mark.parametrize("question, asks", [
    ("hai phong qd 212: co vuong mac thi phan anh qua so nao?", True),
    ("Có khó khăn, vướng mắc thì báo cáo về đâu?", True),
    ("Sở nào chủ trì báo cáo kết quả thực hiện?", False),
    # what is handed over, and to whom (tune-fresh20 t20-10, QĐ 88 Lai Châu Điều 6.2.b)
    ("Xa o Lai Chau khi nhan phoi Giay chung nhan moi thi phai ban giao phoi hu hong cho don vi nao?", True),
    ("Ai bàn giao phôi hư hỏng?", False),
    # whom a finding is reported to, no preposition (tune-fresh36 t36-17, TT 35/2025 Quy chế Điều 21.10.b)
    ("trong lúc chấm phúc tra mà thấy có biểu hiện tiêu cực thì Trưởng ban chấm phúc tra phải báo cáo ai xử lý?", True),
    ("Ai báo cáo kết quả chấm phúc tra?", False),
    # "cho những cơ quan nào" (tune-fresh42 t42-22, QĐ 5042 Phần II mục 6 Bước 2)
    ("QĐ 5042 BNNMT: Bộ trưởng đã quyết xuất cấp thuốc BVTV dự trữ quốc gia thì phải báo cáo, thông báo cho những cơ "
     "quan nào?", True),
    ("qc phoi hop VPDKDD: co quan thue qua han chua ra thong bao nghia vu tai chinh thi phai bao cho ai?", True),
    # where a draft is submitted (Nghị quyết 377/NQ-CP of 2025, Điều 2: "... trình Ủy ban Thường vụ Quốc hội"); not a
    # procedure ("quy trình") nor who submits
    ("NQ 377/NQ-CP: Tờ trình dự án Pháp lệnh Cảnh sát môi trường sửa đổi được trình lên cơ quan nào?", True),
    ("quy trinh co quan nao ban hanh?", False),
    ("Cơ quan nào trình dự án Pháp lệnh?", False),
])
def test_a_question_asking_where_something_is_sent(question, asks):
    assert PARSER.parse(question, TODAY).asks_recipient == asks


@pytest.mark.parametrize("question, holder", [
    ("quyet dinh thanh lap To tiep cong dan cua MTTQ xa Luong Minh: to pho la ai?", "to pho"),
    ("Tổ trưởng Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử của Mặt trận xã Lương Minh là ai?", "to truong"),
    ("Ai chủ trì tổ chức hội nghị?", ""),
    # the position next to the asking words, not one the question names in passing (NĐ 171 Điều 10.2; tune-fresh33
    # t33-11)
    ("nd 171: hoi dong xet den bu chi phi dao tao — ai lam thu ky hoi dong (chu tich la dai dien lanh dao Vu To chuc "
     "can bo)?", "thu ky"),
    ("QĐ 5042: nếu lập hội đồng tư vấn thì ai giữ ghế phó chủ tịch?", "pho chu tich"),
])
def test_a_question_asking_who_holds_a_position(question, holder):
    assert PARSER.parse(question, TODAY).holder == holder


@pytest.mark.parametrize("question, intent", [
    ("Công văn giao Sở Công Thương tham mưu ủy quyền: ngoài Luật Tổ chức chính quyền địa phương thì căn cứ luật "
     "chuyên ngành nào?", Intent.CONTENT),
    ("tổ chức chủ trì gửi công văn theo biểu mẫu nào?", Intent.CONTENT),
    ("Thủ tướng giao Sở Xây dựng chủ trì việc gì?", Intent.UNIT_TASKS),  # naming the unit: still its tasks
    ("UBND tỉnh giao sở nào chủ trì rà soát quy hoạch?", Intent.LEAD),
    # "văn bản nào", "hồ sơ nào" fold to "... ban nào", "... sơ nào" like unit heads (tune-fresh12 t12-33, t11-36)
    ("định mức chi cho hoạt động tư vấn của Liên hiệp hội được áp theo văn bản nào?", Intent.CONTENT),
    ("ban giao giay to khi sap nhap thi phai giu ky nhat loai ho so nao?", Intent.CONTENT),
    ("hồ sơ nộp cho cơ quan nào?", Intent.LEAD),  # a unit asked as well
    # "giai đoạn nào" folds to "... đoạn nào" like "đoàn nào": it asks when (tune-fresh13 t13-30)
    ("ban do so quy hoach khoang san VLXD giai doan nao?", Intent.DEADLINE),
    # "thời điểm nào", "mốc nào" ask when (tune-fresh29 t29-15); "thời điểm tính tuổi" names a topic word
    ("doanh nghiệp khai khoáng phải kết nối hệ thống dữ liệu mỏ trước thời điểm nào?", Intent.DEADLINE),
    ("CA tỉnh chủ trì các giải pháp bảo mật cho mail công vụ, phối hợp cùng ai?", Intent.PARTNERS),
    # "ký duyệt" signs off a task's result: who does it, not who signed the plan (tune-fresh17 t17-29)
    ("Nghệ An QĐ 95: ai ký duyệt biểu số liệu kiểm kê đất và bản đồ hiện trạng của xã?", Intent.LEAD),
    ("kế hoạch 182 ai ký?", Intent.PLAN_FACTS),
    # what is forbidden, even to the unit that leads (tune-fresh25 t25-20)
    ("cơ quan chủ trì giải quyết thủ tục đầu tư bị cấm những hành vi gì?", Intent.CONTENT),
    # "hỗ trợ" with a value asked asks the value, not who supports (tune-fresh25 t25-32)
    ("nu cong chuc mang theo con duoi bao nhieu thang tuoi thi duoc Nha nuoc ho tro kinh phi?", Intent.TARGET),
    ("những đơn vị nào hỗ trợ Sở Y tế tổ chức tuyên truyền?", Intent.PARTNERS),
    # "phối hợp" only sets the scene of a what-question (tune-fresh26 t26-50)
    ("khi phoi hop voi cac bo trien khai du an trong diem tren dia ban, tinh can dac biet chu y cong tac nao?",
     Intent.CONTENT),
    ("Sở Tư pháp phối hợp với những đơn vị nào?", Intent.PARTNERS),
    # "hỗ trợ" as the support itself asks no one (QĐ 3210/QĐ-UBND TP.HCM II.3; CV 2428/BXD-QLN 2, blind questions on
    # texts outside plans-real)
    ("Khi lập đề án hỗ trợ nhà ở ở TP.HCM, nhóm hộ nào được xếp ưu tiên đầu tiên?", Intent.CONTENT),
    ("cv 2214 bxd de nghi co quan nao bo tri von de ho tro nha o cho nguoi co cong nam 2013?", Intent.LEAD),
    ("Đơn vị nào phải hỗ trợ kỹ thuật khi hệ thống thư công vụ gặp sự cố?", Intent.LEAD),
    # who else takes part (tune-fresh32 t32-21, tune-fresh41 t41-28)
    ("Bộ Tài chính làm đầu mối tổng hợp, còn bộ nào cùng tham gia?", Intent.PARTNERS),
    ("khi thanh lap hoi dong tham dinh du an thi Quy duoc moi nhung ai tham gia?", Intent.PARTNERS),
    # "luật ... nào" asks a law, unless a unit is asked ("kiểm tra thi hành luật thì cơ quan nào phối hợp?", KH 7360/KH-UBND
    # Lai Châu II.4)
    ("KH trien khai luat tieu chuan quy chuan Lai Chau: kiem tra thi hanh luat thi co quan nao phoi hop?", Intent.PARTNERS),
    # a document's number asked ("Thông báo 634/TB-VPCP"), not "là sở nào" (tune-fresh10 t10-13)
    ("thong bao ket luan cua Thu tuong khi lam viec voi Thanh Hoa la so may?", Intent.PLAN_FACTS),
    ("chi thi 010 Dak Lak: danh gia dieu kien giao dat khong qua dau gia la so nao?", Intent.LEAD),
    ("Kế hoạch triển khai chương trình MTQG phòng chống ma túy đến 2030 của Đồng Nai số bao nhiêu?", Intent.PLAN_FACTS),
    ("bao cao ket qua CT 38 cua Lao Cai: tinh da gop y ho so quy hoach khoang san bang van ban so may?", Intent.CONTENT),
    # who submits a share is asked, not the share (CV 11208/BNV-KHTC, 2)
    ("theo CV 11208, ai trinh HDND cap tinh quy dinh ty le chi phi quan ly cho tung xa, phuong, dac khu?", Intent.LEAD),
    # what a unit must do once something is done (QĐ 102/2025/QĐ-UBND Phú Thọ Điều 10.4.b), not the unit's task list
    ("Cấp phép xây dựng công trình tín ngưỡng, tôn giáo xong thì UBND cấp xã ở Phú Thọ phải làm gì?", Intent.CONTENT),
])
def test_which_law_or_form_is_content_and_giao_names_or_asks(question, intent):
    assert PARSER.parse(question, TODAY).intent == intent


def test_a_directive_no_plan_carries_names_the_plan_that_carries_it_out():
    # "báo cáo chỉ thị 38": no indexed plan is Chỉ thị 38; the report whose title cites it is meant
    parser = QuestionParser(["Lào Cai"], [], [
        {"id": "bc-38", "number": "/BC-UBND", "kind": "Báo cáo",
         "title": "Kết quả thực hiện các nhiệm vụ trong Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ"},
        {"id": "kh-11", "number": "/KH-UBND", "kind": "Kế hoạch",
         "title": "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy"}])
    q = parser.parse("lao cai: bao cao chi thi 38 noi du kien xong khi nao, con ke hoach thuc hien chi thi 11?", TODAY)
    assert (q.doc_ids, q.numbered) == (["bc-38", "kh-11"], 2)


def test_who_asks_over_a_list_word():
    # "phụ lục các nhiệm vụ chậm muộn: cơ quan nào chủ trì ...": who does one task, not a task list
    q = PARSER.parse("TB 624, phụ lục các nhiệm vụ chậm muộn: cơ quan nào chủ trì xây dựng Khung chiến lược?", TODAY)
    assert q.intent == Intent.LEAD
    q = PARSER.parse("bo nao huong dan So Xay dung trien khai cac nhiem vu chuyen doi so?", TODAY)
    assert q.intent == Intent.LEAD


def test_words_describing_another_named_plan_are_not_the_topic():
    from dataclasses import replace

    q = PARSER.parse("QĐ 2597 về chuyển đổi số và kế hoạch 16 có hiệu lực từ khi nào?", TODAY)
    assert "chuyen" in q.content_terms
    assert "chuyen" not in replace(q, topic_exclude=["chuyen", "doi", "so"]).content_terms


@pytest.mark.parametrize("question, written", [
    ("Quy chế thư điện tử công vụ Nghệ An: hộp thư cá nhân được cấp ít nhất bao nhiêu dung lượng?", "toi thieu"),
    ("tp HCM QĐ 2817: đổi nội dung giấy chứng nhận DN KH&CN thì mất mấy ngày?", "thoi han giai quyet trong thoi han"),
    ("ai chủ trì tuyên truyền phòng, chống mua bán người?", ""),
])
def test_the_words_documents_write_join_the_keyword_search(question, written):
    from assistant.understand import written_forms
    from core.textnorm import fold

    assert written_forms(fold(question)) == written


def _plan(doc_id: str, kind: str, title: str, locality: str = "", province: str = "", number: str = "") -> dict:
    """An indexed plan as the question parser sees it (the service's documents list)."""
    return {"id": doc_id, "number": number, "kind": kind, "locality": locality, "file_name": f"{doc_id}.md",
            "province": province, "title": title}


def test_a_second_plan_named_by_its_title():
    # plans-real/office: Lào Cai's letter "Về việc bảo vệ khoáng sản chưa khai thác" and the plan carrying out
    # Chỉ thị 11; a question naming one by number (the directive) and the other by its title asks both
    from assistant.understand import QuestionParser, names_own_topic, own_topic

    docs = [
        _plan("cv", "Công văn", "Về việc bảo vệ khoáng sản chưa khai thác trên địa bàn tỉnh", province="Lào Cai"),
        _plan("kh", "Kế hoạch", "Triển khai thực hiện Chỉ thị số 11-CT/TU về tăng cường quản lý khoáng sản",
              province="Lào Cai"),
    ]
    parser = QuestionParser(["Lào Cai"], [], docs)
    q = parser.parse("Lào Cai: công văn bảo vệ khoáng sản chưa khai thác và kế hoạch thực hiện Chỉ thị 11 yêu cầu "
                     "Công an tỉnh dẹp xong khai thác cát sỏi khi nào?")
    assert q.numbered == 2 and set(q.doc_ids) == {"cv", "kh"}
    # the same words as the topic, with no kind of document before them, name no plan
    q = parser.parse("kế hoạch thực hiện Chỉ thị 11: việc bảo vệ khoáng sản chưa khai thác giao ai?")
    assert q.doc_ids == ["kh"]


def test_of_a_communes_plans_the_one_named_by_its_title():
    # plans-real/html: the commune Lương Minh has several plans; "hội nghị cử tri nơi cư trú" repeats the title of one
    # (eval/real/tune-fresh2.jsonl tga-03); a second ask joined by ", còn" may be about another plan
    from assistant.understand import QuestionParser, names_own_topic, own_topic

    docs = [
        _plan("cutri", "Kế hoạch", "Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với "
              "người ứng cử đại biểu Quốc hội khóa XVI", locality="xã Lương Minh"),
        _plan("hiepthuong", "Kế hoạch", "Tổ chức các hội nghị hiệp thương và hướng dẫn các thôn giới thiệu người ứng cử",
              locality="xã Lương Minh"),
    ]
    parser = QuestionParser([], [], docs)
    q = parser.parse("hoi nghi cu tri noi cu tru o Luong Minh: thon co tu 100 cu tri tro len thi toi thieu bao nhieu nguoi du?")
    assert q.doc_ids == ["cutri"]
    q = parser.parse("xa Luong Minh: hoi nghi lay y kien cu tri noi cu tru to chuc ngay nao, con hiep thuong lan thu ba "
                     "phai xong cham nhat ngay nao?")
    assert set(q.doc_ids) == {"cutri", "hiepthuong"}


def test_words_repeating_a_searched_plans_title_pick_plans_not_the_topic():
    # plans-real/html (tune.jsonl ta-05): two of Lương Minh's plans carry "tiếp công dân, xử lý đơn thư" in their title;
    # those words pick the plans and are dropped from every one's topic alike, leaving "hoạt động ... giải thể"
    from assistant.understand import QuestionParser, names_own_topic, own_topic

    docs = [
        _plan("qd", "Quyết định", "Về việc thành lập Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử",
              locality="xã Lương Minh"),
        _plan("kh", "Kế hoạch", "Tiếp công dân, xử lý đơn thư khiếu nại, tố cáo phục vụ bầu cử", locality="xã Lương Minh"),
        _plan("other", "Kế hoạch", "Thực hiện công tác bầu cử", locality="xã Lương Minh"),
    ]
    q = QuestionParser([], [], docs).parse("to tiep cong dan xu ly don thu bau cu xa Luong Minh hoat dong den khi nao "
                                           "thi giai the")
    assert {"tiep", "cong", "dan", "xu", "ly", "don", "thu"} <= set(q.title_terms)
    assert "giai" not in q.title_terms and "hoat" not in q.title_terms


@pytest.mark.parametrize("question, intent", [
    # what to do in a situation is asked of the content (tune-fresh2 tga-07), what a unit must do is its task list
    ("to tiep cong dan gap vu viec phuc tap, noi com thi phai lam gi?", Intent.CONTENT),
    ("Khi phát hiện sai sót trong hồ sơ thì Sở Tư pháp phải làm gì?", Intent.CONTENT),
    ("Sở Tư pháp phải làm gì?", Intent.UNIT_TASKS),
    # a situation told without an opener ("khi", "nếu") is still a situation (tune-fresh20 t20-42, QĐ 212 Hải Phòng)
    ("Công chức ở Hải Phòng nghỉ chế độ thai sản đúng vào thời điểm đánh giá, xếp loại chất lượng cuối năm thì phải "
     "làm gì?", Intent.CONTENT),
    ("Sở Tư pháp Hà Tĩnh thì phải làm gì?", Intent.UNIT_TASKS),
    # who issues a decision the document rules on, not who issued the document (tune-fresh20 t20-02, NĐ 171 Điều 12)
    ("Cong chuc bi buoc den bu chi phi hoc thac si thi ai ban hanh quyet dinh den bu chi phi dao tao theo Nghi dinh "
     "171?", Intent.LEAD),
    ("Ai ban hành quyết định số 2979?", Intent.PLAN_FACTS),
    # "ai ký xác nhận ..." asks who signs off a correction, not who signed the plan; "quy chế phối hợp" names a
    # document, it asks no partner (tune-fresh9 tvi-10, Lai Châu QĐ 88)
    ("quy che phoi hop dat dai Lai Chau: so do cap lan dau bi ghi sai, ai ky xac nhan noi dung dinh chinh?", Intent.LEAD),
    ("Kế hoạch 16 do ai ký?", Intent.PLAN_FACTS),
    # "ai là người ký xác nhận ...": the same, asked of the signer (tune-fresh34 t34-16)
    ("QĐ 88/2025 Lai Châu: khi sửa sai sót lần đầu trên Giấy chứng nhận cấp lần đầu thì ai là người ký xác nhận nội "
     "dung đính chính?", Intent.LEAD),
    ("QĐ 88/2025 Lai Châu người ký là ai?", Intent.PLAN_FACTS),
    # support is the task whose time is asked, no partner asked (tune-fresh34 t34-59, TB 648)
    ("tb 648 dien bien: bo tai chinh phai bao cao ket qua nghien cuu kien nghi ho tro benh an dien tu truoc ngay nao?",
     Intent.CONTENT),
    ("đơn vị nào hỗ trợ Sở Y tế tuyên truyền?", Intent.PARTNERS),
    # whose seal: the sentence answers (tune-fresh6 tsa-48, QĐ 1696 Lào Cai Điều 3.2.c)
    ("khi lam viec duoc uy quyen thi Giam doc So Cong Thuong dung van ban, con dau cua co quan nao?", Intent.CONTENT),
    # a share named as the topic of a who-question (tune-fresh4 tkb-28, HD 45-HD/BTCTW); one asking its value stays
    ("huong dan 45: co cau, ty le can bo tre, can bo nu trong quy hoach o cap xa do ai quy dinh cu the?", Intent.LEAD),
    ("tỷ lệ cán bộ trẻ trong quy hoạch cấp xã là bao nhiêu?", Intent.TARGET),
    # a value stated, not asked (tune-fresh13 t13-37/t13-40, KH 144 Bắc Ninh appendix)
    ("kh 144 bac ninh, bang phan cong chi tieu: chi tieu moi nam ra it nhat 05 bo open data thi ai lo chinh?", Intent.LEAD),
    ("chỉ tiêu tỷ lệ học STEM ở ĐH, CĐ đạt 30% thì sở nào đứng ra chủ trì?", Intent.LEAD),
])
def test_what_to_do_in_a_situation_is_no_task_list(question, intent):
    assert PARSER.parse(question, TODAY).intent == intent


def test_a_second_plan_named_by_the_province_it_is_about():
    # plans-real/web: TB 648 (Điện Biên) and the Deputy PM's conclusion on Sơn La, both national documents about a
    # province (tune.jsonl tb-51): "(TB 648) và với Sơn La" names two plans, answered one by one
    from assistant.understand import QuestionParser, names_own_topic, own_topic

    docs = [
        _plan("tb648", "Thông báo", "Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Điện Biên",
              number="648/TB-VPCP"),
        _plan("sonla", "Thông báo", "Kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại buổi làm việc với tỉnh Sơn La"),
    ]
    parser = QuestionParser([], [], docs)
    q = parser.parse("ket luan lam viec voi Dien Bien (TB 648) va voi Son La: Bo Giao duc va Dao tao phai bao cao Thu "
                     "tuong truoc ngay nao")
    assert q.doc_ids == ["tb648", "sonla"] and q.numbered == 2
    q = parser.parse("TB 648: Điện Biên phải làm gì về cao tốc?")  # the plan's own province names no second plan
    assert q.doc_ids == ["tb648"] and q.numbered == 1


@pytest.mark.parametrize("question, action", [
    ("hue qd 123: tai san do thi hanh an chuyen giao thi ai lap phuong an xu ly?", "lap"),
    ("Sở nào phê duyệt phương án?", "phe duyet"),
    ("đơn vị nào kiểm tra định kỳ?", "kiem tra"),
    ("ai chủ trì tuyên truyền?", ""),  # a role, not an action
    ("ai là tổ trưởng?", ""),
    # "trực tiếp" says how, the verb follows it (eval/external b6-10: read as the verb, it found the unit before
    # "bằng hình thức trực tiếp")
    ("thu tuc tham dinh du an do dac ban do co ban o Quang Tri thi co quan nao truc tiep giai quyet?", "giai quyet"),
])
def test_the_action_a_who_question_asks(question, action):
    assert PARSER.parse(question, TODAY).action == action


def test_this_decision_is_the_one_the_question_names():
    # tune-fresh12 t12-49: "quyết định này" points at QĐ 123 named in the same question, no follow-up to resolve
    parser = QuestionParser([], [], [{"id": "hue-123", "title": "Quy định về tài sản", "province": "Huế",
                                      "kind": "Quyết định", "number": "123/2025/QĐ-CTUBND", "locality": "",
                                      "issuer": "Chủ tịch Ủy ban nhân dân thành phố Huế"}])
    q = parser.parse("QĐ 123/2025/QĐ-CTUBND của Chủ tịch UBND TP Huế: cơ quan nào hướng dẫn triển khai quyết định này?")
    assert q.doc_ids == ["hue-123"] and not q.refers_plan and not q.is_followup
    assert parser.parse("cơ quan nào hướng dẫn triển khai quyết định này?").refers_plan


def test_a_word_that_asks_a_count_is_no_topic_but_what_it_counts_is():
    # "mấy tháng một lần" asks; the clause writes "3 tháng/lần" (tune-fresh9 tvi-14); "máy tính" is a topic
    terms = PARSER.parse("hội đồng quản lý quỹ họp định kỳ mấy tháng một lần?", TODAY).content_terms
    assert "may" not in terms and "thang" in terms
    assert "may" in PARSER.parse("ai cấp máy tính cho xã?", TODAY).content_terms


def test_a_user_telling_their_own_case_is_no_topic():
    # "Tôi sắp sang nước ngoài lao động ..." (tune-fresh16 t16-07): "tôi", "sắp" tell the case; "tội phạm", "sắp xếp",
    # "tối đa" are words of a topic
    terms = PARSER.parse("Tôi sắp sang nước ngoài lao động, tôi phải nộp tờ khai cho cơ quan nào?", TODAY).content_terms
    assert "toi" not in terms and "sap" not in terms and {"nop", "khai"} <= set(terms)
    terms = PARSER.parse("ai chủ trì sắp xếp bộ máy, phòng chống tội phạm tối đa mấy người?", TODAY).content_terms
    assert {"sap", "xep", "toi", "pham"} <= set(terms)
    assert "toi" in PARSER.parse("chỉ tiêu kéo giảm số vụ phạm tội của Lào Cai?", TODAY).content_terms


def test_a_question_asking_where_to_submit_asks_a_recipient():
    q = PARSER.parse("đơn vị cũ giải thể mất rồi thì nộp hồ sơ cho ai?", TODAY)
    assert q.asks_recipient


def test_a_question_asking_who_proposed_it():
    # "Chủ tịch tỉnh bổ nhiệm ... dựa trên đề nghị của những ai?" (tune-fresh17 t17-37, Điều lệ Quỹ BVMT Quảng Trị)
    assert PARSER.parse("bổ nhiệm thành viên Hội đồng quản lý Quỹ dựa trên đề nghị của những ai?", TODAY).named_after \
        == "proposer"
    assert not PARSER.parse("ai đề xuất bổ nhiệm thành viên Hội đồng?", TODAY).named_after  # who leads the proposal
    # at whose request (tune-fresh37 t37-46: "họp bất thường theo yêu cầu của Chủ tịch Hội đồng Quản lý")
    assert PARSER.parse("dieu le Quy BVMT Quang Tri (QD 2696): Hoi dong Quan ly Quy hop bat thuong theo yeu cau cua ai?",
                        TODAY).named_after == "proposer"


def test_a_question_asking_to_whom_a_body_answers_or_whose_opinion_is_sought():
    # tune-fresh37 t37-06 (CT 010 Đắk Lắk I.2.1.đ "chịu trách nhiệm trước Nhà đầu tư và Chủ tịch UBND tỉnh") and t37-47
    # (QĐ 5042 "họp lấy ý kiến của các Bộ, ngành liên quan")
    assert PARSER.parse("ct 010 dak lak: so nganh cham tra loi thi phai chiu trach nhiem truoc ai?", TODAY).named_after \
        == "accountable"
    assert PARSER.parse("QĐ 5042: trước khi cấm nhập khẩu, Bộ trưởng họp lấy ý kiến của ai?", TODAY).named_after \
        == "consulted"
    assert not PARSER.parse("ai chịu trách nhiệm lấy ý kiến cử tri?", TODAY).named_after  # who leads it


def test_ai_quyet_asks_who_decides():
    # tune-fresh42 t42-08 (QĐ 5042 Phần II mục 6: beyond the Minister's authority, "Thủ tướng Chính phủ quyết định")
    assert PARSER.parse("QĐ 5042: giá trị vượt thẩm quyền của Bộ trưởng thì ai quyết?", TODAY).asks_decider
    assert not PARSER.parse("Ai quyết toán kinh phí?", TODAY).asks_decider


def test_a_question_asking_whose_consent_a_step_needs():
    # tune-fresh36 t36-60 (TT 58/2025 Phụ lục III Điều 14.2: "khi có sự thỏa thuận trước bằng văn bản của Bên mua điện")
    assert PARSER.parse("bên bán điện muốn chuyển giao quyền, nghĩa vụ hợp đồng thì phải được bên nào thỏa thuận trước "
                        "bằng văn bản?", TODAY).named_after == "consenter"
    assert PARSER.parse("chuyen giao hop dong can su dong y cua ai?", TODAY).named_after == "consenter"
    assert not PARSER.parse("ai thỏa thuận giá với bên bán điện?", TODAY).named_after  # who does it


@pytest.mark.parametrize("question", [
    # "Hải Phòng" holds "phòng", "cơ sở" folds like "có Sở", "Công dân" like "Cổng": none names a unit (tune-fresh41 t41-33)
    "QĐ 212 Hải Phòng: kết quả xếp loại CBCCVC được dùng làm cơ sở liên thông sang việc gì?",
    "Hà Nội QĐ 71 (Công dân Thủ đô ưu tú) xét tặng cho cá nhân nào?",
])
def test_words_that_fold_like_a_unit_head_name_no_unit(question):
    assert PARSER.parse(question, TODAY).unit_phrase == ""


def test_chat_shorthand_is_read_as_written_out():
    # "ko" is "không" (no topic); "SX" is "sản xuất"; "LHH" is "Liên hiệp các hội" (tune-fresh21 t21-47, t21-49)
    q = PARSER.parse("qd 81 bac ninh: phan bien cua LHH co thay the tham dinh nha nuoc ko?", TODAY)
    assert "ko" not in q.content_terms
    from core.lexicon import acronyms
    assert acronyms()["sx"] == "san xuat"
    from core.units import unit_key
    assert unit_key("LHH tỉnh") == unit_key("Liên hiệp các hội tỉnh")


@pytest.mark.parametrize("question, phone", [
    ("đường dây nóng tiếp nhận tin báo của Hải Phòng là số nào?", True),
    ("địa chỉ email nhận hồ sơ là gì?", True),
    ("thu cong vu Nghe An: tai lieu nao cam gui qua email?", False),  # the channel, not an address (t11-46)
])
def test_a_phone_or_email_is_asked_not_the_channel(question, phone):
    from assistant.values import asked_value, value_asked
    need = value_asked(PARSER.parse(question, TODAY))
    assert (need is not None and need is asked_value("so dien thoai")) == phone


@pytest.mark.parametrize("question, context", [
    ("Thông báo 631: kinh phí giai đoạn 2021-2025 chưa dùng hết thì cuộc họp thống nhất báo cáo Quốc hội cho phép làm "
     "gì?", True),
    ("Công an tỉnh có việc gì đến hạn quý này?", False),
    ("Sở Nông nghiệp và Môi trường Lào Cai có việc gì phải xong trước 30/6/2026?", False),
    ("viec gi den han trong thang 11/2025 o xa luong minh?", False),
])
def test_topic_words_beside_a_window(question, context):
    q = PARSER.parse(question, TODAY)
    assert names_own_topic(q) == context, own_topic(q)


def test_points_of_priority_are_no_money():
    # "ưu tiên" folds like "tiền" (tune-fresh25 t25-29)
    from assistant.values import asked_value, value_asked
    q = PARSER.parse("can bo cong doan truong thanh tu co so duoc cong bao nhieu diem uu tien?", TODAY)
    assert value_asked(q) is not asked_value("bao nhieu tien")


def test_the_issuer_named_with_the_plan_is_not_the_unit_asked():
    # "cv của UBND Lào Cai ...: Sở Tư pháp được giao nhiệm vụ gì?" asks the department's tasks (tune-fresh28 t28-54)
    parser = QuestionParser(["Lào Cai"], ["Ủy ban nhân dân tỉnh", "UBND", "Sở Tư pháp"], [])
    q = parser.parse("cv cua UBND Lao Cai ve bao ve khoang san chua khai thac: So Tu phap duoc giao nhiem vu gi?", TODAY)
    assert q.intent == Intent.UNIT_TASKS and q.units == ["Sở Tư pháp"], q.units


def test_the_unit_written_after_a_documents_number_issued_it():
    # "TT 35/2025 của Bộ KH&CN – ... thí sinh phải làm những môn gì?" asks the circular's content, not the ministry's
    # tasks (tune-fresh30 t30-06); "KH 16 của MTTQ xã Lương Minh" likewise (tune-vh tva-02)
    parser = QuestionParser([], ["Bộ Khoa học và Công nghệ", "Sở Xây dựng"],
                            [{"id": "tt-35", "number": "35/2025/TT-BKHCN", "kind": "Thông tư"}])
    q = parser.parse("TT 35/2025 của Bộ KH&CN – kỳ kiểm tra nghiệp vụ giám định SHCN thì thí sinh phải làm những môn gì?",
                     TODAY)
    assert q.doc_ids == ["tt-35"] and q.units == [] and q.intent == Intent.CONTENT, (q.units, q.intent)
    # a unit named elsewhere is still the one asked
    q = parser.parse("TT 35/2025 của Bộ KH&CN: Sở Xây dựng phải làm những việc gì?", TODAY)
    assert q.units == ["Sở Xây dựng"] and q.intent == Intent.UNIT_TASKS, (q.units, q.intent)


def test_a_milestone_asked_is_a_date():
    # "trước mốc thời gian nào" (tune-fresh27 t27-24)
    from assistant.values import asked_value, value_asked
    q = PARSER.parse("nguoi duoc bo nhiem chuc vu lanh dao truoc moc thoi gian nao thi khong phai hoc chuong trinh?", TODAY)
    assert value_asked(q) is asked_value("khi nao")


def test_whom_a_problem_is_reported_and_proposed_to_is_a_recipient():
    # "báo cáo, đề xuất với ai?" (tune-fresh28 t28-32)
    q = PARSER.parse("co van de phat sinh thi Truong tieu ban bao cao, de xuat voi ai?", TODAY)
    assert q.asks_recipient


def test_a_plan_named_by_a_description_before_the_colon():
    # the titles and issuers of four plans-real documents as the index holds them; staff describe the plan in their own
    # words before a colon (tune-fresh29 t29-10, t29-44): the plan most of whose kind, title, issuer and place words
    # that description repeats, among the province's, is searched, and only the words after the colon are the topic
    from assistant.understand import QuestionParser

    docs = [
        _plan("qd-1696", "Quyết định", "Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền "
              "hạn của UBND tỉnh trong lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa nguy hiểm trên địa bàn "
              "tỉnh Lào Cai", province="Lào Cai"),
        _plan("cv-kt", "Công văn", "tham mưu uỷ quyền thủ tục kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn "
              "vật liệu nổ công nghiệp", province="Lào Cai"),
        _plan("qd-99", "Quyết định", "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ TỈNH "
              "NGHỆ AN", province="Nghệ An"),
        _plan("qd-98", "Quyết định", "BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ, GIẢI QUYẾT VÀ TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI "
              "TRÊN ĐỊA BÀN TỈNH NGHỆ AN", province="Nghệ An"),
    ]
    parser = QuestionParser(["Lào Cai", "Nghệ An"], [], docs)
    q = parser.parse("QĐ ủy quyền cho GĐ Sở Công Thương Lào Cai (ATVSLĐ, chở hàng nguy hiểm): khi làm việc được ủy "
                     "quyền thì dùng văn bản, con dấu của cơ quan nào?")
    assert q.doc_ids == ["qd-1696"] and q.described == ["qd-1696"] and q.numbered == 0
    assert {"uy", "quyen", "dung", "dau"} <= set(q.content_terms)
    assert not {"cong", "thuong", "nguy", "hiem"} & set(q.content_terms)
    q = parser.parse("quy che thu dien tu cong vu Nghe An: nhung loai tai lieu nao khong duoc gui qua email cong vu?")
    assert q.doc_ids == ["qd-99"]
    # staff acronyms count as the words they stand for ("SCT", "ATVSLĐ": units.toml, abbreviations.toml; tune-fresh32
    # t32-26)
    q = parser.parse("QD cua Lao Cai giao SCT lam thay tinh mot so viec ve ATVSLD va cho hang nguy hiem: viec uy quyen "
                     "co hieu luc toi khi nao?")
    assert q.doc_ids == ["qd-1696"], q.doc_ids
    # a letter is described by whom it is sent to too, and an acronym its title writes ("kho VLNCN") by its long form as
    # well, as the question is read: "V/v phúc đáp đề nghị hướng dẫn thực hiện an toàn đưa kho VLNCN vào sử dụng" to "Công ty cổ phần Mông Sơn",
    # not the plan "... kho chứa vật liệu nổ công nghiệp ... thủy điện Móng Sến 1" (Sở Công Thương Lào Cai, 5/2026 and
    # 6/2026; blind set b54-04)
    letters = QuestionParser(["Lào Cai"], [], [
        {**_plan("cv-2826", "Công văn", "phúc đáp đề nghị hướng dẫn thực hiện an toàn đưa kho VLNCN vào sử dụng.",
                 province="Lào Cai", number="/SCT-CN"), "issuer": "Sở Công Thương Lào Cai",
         "recipients": "Công ty cổ phần Mông Sơn"},
        {**_plan("cv-3036", "Công văn", "kế hoạch kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng kho chứa vật "
                 "liệu nổ công nghiệp của dự án thủy điện Móng Sến 1 tại xã Tả Phìn, tỉnh Lào Cai.", province="Lào Cai",
                 number="/SCT-CN"), "issuer": "Sở Công Thương Lào Cai",
         "recipients": "Công ty cổ phần Năng lượng Bảo Long"}])
    q = letters.parse("cong van SCT Lao Cai tra loi Cong ty Mong Son ve kho VLNCN: de cuong kiem dinh kho phai trinh co "
                      "quan nao xem xet?")
    assert q.doc_ids in ([], ["cv-2826"]), q.doc_ids  # (both hold 12 of its 14 words: retrieval picks; not the plan)
    # "Theo văn bản ..., ...": a document of any kind described up to the comma ("V/v trả lại hồ sơ đề nghị cấp Giấy
    # phép sử dụng vật liệu nổ công nghiệp" to "Công ty cổ phần Mông Sơn", Sở Công Thương Lào Cai, 7/2026; blind set
    # b55-07); what follows is the topic
    returned = QuestionParser(["Lào Cai"], [], [
        {**_plan("cv-4378", "Công văn", "trả lại hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp",
                 province="Lào Cai", number="/SCT"), "issuer": "Sở Công Thương Lào Cai",
         "recipients": "Công ty cổ phần Mông Sơn"},
        {**_plan("gp-hom-duoi", "Quyết định", "", province="Lào Cai", number="/GP-UBND"),
         "issuer": "Ủy ban nhân dân tỉnh Lào Cai"}])
    q = returned.parse("Theo văn bản SCT trả hồ sơ VLNCN cho Công ty Mông Sơn, giấy đề nghị cấp phép phải ghi rõ những gì?")
    assert q.doc_ids == ["cv-4378"] and {"ghi", "ro"} <= set(q.content_terms), (q.doc_ids, q.content_terms)
    # no kind of document before the colon: a plan is named only by four words or more nearly all of which it holds
    # ("kho VLNCN thuy dien Nam Cang 1A: ...", blind set b53-29); nor by words no plan's title holds
    assert parser.parse("Lào Cai, ủy quyền cho Sở Công Thương: dùng con dấu của ai?").doc_ids == ["qd-1696"]
    assert parser.parse("Lào Cai, ủy quyền: dùng con dấu của ai?").doc_ids == []
    assert parser.parse("Quyết định về khoáng sản của Lào Cai: ai cấp phép?").doc_ids == []
    # a province no plan is of: refused, not answered from a plan with a like title
    assert parser.parse("Quy chế thư điện tử công vụ của Cà Mau: ai quản lý?").doc_ids == []
    # no colon: the description opens the question and runs while one plan's words go on (tune-fresh34 t34-18)
    q = parser.parse("Quyết định ủy quyền cho Giám đốc Sở Công Thương Lào Cai về an toàn vệ sinh lao động và vận chuyển "
                     "hàng hóa nguy hiểm có hiệu lực ủy quyền đến khi nào?")
    assert q.doc_ids == ["qd-1696"]
    assert set(q.content_terms) == {"hieu", "luc", "uy", "quyen"}
    # ... up to "có" that begins what is asked, though the plan's title holds "quyền hạn" (tune-fresh35 t35-46)
    q = parser.parse("Quyết định ủy quyền cho Giám đốc Sở Công Thương Lào Cai về an toàn vệ sinh lao động và vận chuyển "
                     "hàng hóa nguy hiểm có thời hạn ủy quyền đến bao giờ?")
    assert q.doc_ids == ["qd-1696"] and set(q.content_terms) == {"uy", "quyen"}
    # ... asking nothing past it: the plan is named and its words stay the topic (tune.jsonl ta-10)
    q = parser.parse("Công văn của UBND tỉnh Lào Cai về tham mưu ủy quyền thủ tục cấp giấy chứng nhận huấn luyện kỹ "
                     "thuật an toàn vật liệu nổ công nghiệp giao cơ quan nào chủ trì?")
    assert q.doc_ids == ["cv-kt"] and {"huan", "luyen", "lieu", "no"} <= set(q.content_terms)
    # ... not opening with a kind of document, or in words of no plan: no plan named
    assert parser.parse("Sở Công Thương Lào Cai được ủy quyền về an toàn vệ sinh lao động đến khi nào?").doc_ids == []
    assert parser.parse("Quyết định của Lào Cai về khoáng sản và đất đai giao ai cấp phép?").doc_ids == []


def test_a_unit_written_two_ways_is_named_the_same_way_on_every_run():
    # QĐ 27/2025/QĐ-UBND Thái Nguyên writes both "các đơn vị điện lực" and "đơn vị điện lực"; they share one key, and
    # the question names the unit the same way whatever order the index lists the names in (tune-fresh29 t29-46 was
    # answered as one or the other from run to run)
    from assistant.understand import QuestionParser

    question = "Quy định an toàn điện Thái Nguyên yêu cầu đơn vị điện lực làm gì với lưới điện ở các khu đô thị?"
    for names in (["các đơn vị điện lực", "đơn vị điện lực"], ["đơn vị điện lực", "các đơn vị điện lực"]):
        assert QuestionParser(["Thái Nguyên"], names).parse(question, TODAY).units == ["đơn vị điện lực"]
    # "Sở Tư pháp" as most documents write it, not a heading's "Sở Tư Pháp" (tune-fresh28 t28-54)
    question = "cv của UBND Lào Cai về bảo vệ khoáng sản: Sở Tư pháp được giao nhiệm vụ gì?"
    for names in (["Sở Tư Pháp", "Sở Tư pháp"], ["Sở Tư pháp", "Sở Tư Pháp"]):
        assert QuestionParser(["Lào Cai"], names).parse(question, TODAY).units == ["Sở Tư pháp"]


def test_what_a_question_sets_aside_in_brackets_is_not_its_topic():
    # "(không phải nhà đất, ô tô)" (tune-fresh30 t30-22), "(không kể khách mời)" (tune-fresh22 t22-32)
    q = PARSER.parse("tài sản do thi hành án dân sự bàn giao (không phải nhà đất, ô tô) thì cơ quan nào duyệt phương án xử lý?",
                     TODAY)
    assert "nha" not in q.content_terms and "dat" not in q.content_terms and "to" not in q.content_terms, q.content_terms
    assert {"hanh", "duyet", "phuong", "an", "xu", "ly"} <= set(q.content_terms), q.content_terms
    q = PARSER.parse("hội nghị hiệp thương gồm những ai (không kể khách mời)?", TODAY)
    assert "khach" not in q.content_terms and "moi" not in q.content_terms


def test_a_value_the_task_works_out_or_is_about_is_not_asked_of_a_who_question():
    # "ai lo tính xem ... đóng góp bao nhiêu vào GDP?" asks who (TB 624 PL.1.4; tune-fresh11 t11-50); "cơ quan nào phải
    # mở và công bố địa chỉ ..." asks who, not an address (VBHN 94 TT.Điều 20.2.a; tune-fresh12 t12-10)
    from assistant.values import value_asked
    q = PARSER.parse("ai lo tính xem khoa học công nghệ, chuyển đổi số đóng góp bao nhiêu vào GDP?", TODAY)
    assert q.intent == Intent.LEAD and value_asked(q) is None, (q.intent, value_asked(q))
    q = PARSER.parse("o cap tinh, co quan nao phai mo va cong bo dia chi de nhan tin bao ve bom min con sot lai?", TODAY)
    assert q.intent == Intent.LEAD and value_asked(q) is None, (q.intent, value_asked(q))
    # a value still asked outright
    q = PARSER.parse("khoa học công nghệ đóng góp bao nhiêu phần trăm GDP?", TODAY)
    assert value_asked(q) is not None
    q = PARSER.parse("đường dây nóng tiếp nhận tin báo của Hải Phòng là số nào?", TODAY)
    assert value_asked(q) is not None


@pytest.mark.parametrize("question,kind,n", [
    ("qc thu dien tu nghe an: ngoai truong hop 06 thang khong truy nhap, truong hop thu hai bi tam khoa la gi?",
     "truong hop", 2),
    ("NĐ 170: nhóm đối tượng thứ ba được xét tuyển là ai?", "nhom doi tuong", 3),
    ("bước thứ 4 trong quy trình phản biện là gì?", "buoc", 4),
    ("hiệp thương lần thứ ba chậm nhất ngày nào?", "", 0),  # a round, not an item of a list
])
def test_an_item_of_a_list_asked_by_its_number(question, kind, n):
    q = PARSER.parse(question, TODAY)
    assert (q.item_kind, q.item_ordinal) == (kind, n)
    assert not q.is_followup


@pytest.mark.parametrize("question,asked", [
    ("QĐ 2979 có hiệu lực từ khi nào?", True),
    ("TT 35/2025 bắt đầu áp dụng từ ngày nào?", True),
    ("việc ủy quyền có hiệu lực tới khi nào?", False),
    # an end asked a few words on (tune-fresh34 t34-18, QĐ 1696 Lào Cai Điều 2 "Thời hạn ủy quyền: ... đến hết ngày
    # 28 tháng 02 năm 2027"), not the document's own effect clause
    ("quyết định ủy quyền có hiệu lực ủy quyền đến khi nào?", False),
    # a contract the circular governs takes effect on its own terms (tune-fresh36 t36-44, TT 58/2025/TT-BCT Phụ lục III:
    # "Hợp đồng có hiệu lực từ ngày được đại diện có thẩm quyền ... ký chính thức")
    ("Mẫu hợp đồng mua bán điện kèm Thông tư 58/2025/TT-BCT: hợp đồng bắt đầu có hiệu lực từ khi nào?", False),
    ("giấy phép có hiệu lực từ ngày nào?", False),
])
def test_when_a_document_takes_effect_is_asked_only_of_its_start(question, asked):
    from core.lexicon import questions
    from core.textnorm import fold

    assert bool(questions().effect_asked.search(fold(question))) is asked


@pytest.mark.parametrize("question", [
    # tune-fresh32 t32-50: both notices named by the province each is about, asked of each
    "hai thong bao ket luan lam viec voi Son La va voi Dien Bien deu co viec Bo GD&DT phai bao cao Thu tuong: han bao cao "
    "trong moi thong bao la ngay nao?",
    # tune-fresh22 t22-05: one by its number, the other by its province
    "tb ket luan lam viec voi Dak Lak (TB 623) va voi Son La: moi buoi lam viec do Pho Thu tuong nao chu tri?",
])
def test_plans_named_by_their_provinces_and_asked_of_each_are_answered_each(question):
    # national conclusion notices about a province (no province of their own), beside a plan of Đắk Lắk
    parser = QuestionParser(["Đắk Lắk"], [], [
        {"id": "tb-623", "number": "623/TB-VPCP", "kind": "Thông báo",
         "title": "Kết luận của Phó Thủ tướng Chính phủ Mai Văn Chính tại buổi làm việc với lãnh đạo tỉnh Đắk Lắk"},
        {"id": "son-la", "number": "", "kind": "Thông báo",
         "title": "Kết luận của Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại buổi làm việc với lãnh đạo tỉnh Sơn La"},
        {"id": "tb-648", "number": "648/TB-VPCP", "kind": "Thông báo",
         "title": "Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Điện Biên"},
        {"id": "dak-lak-010", "number": "010/CT-UBND", "kind": "Chỉ thị", "province": "Đắk Lắk",
         "title": "Về nâng cao trách nhiệm phối hợp thẩm định thủ tục đầu tư"}])
    q = parser.parse(question, TODAY)
    assert q.numbered == len(q.doc_ids) == 2, (q.doc_ids, q.numbered)


def test_a_target_word_typed_without_diacritics_in_a_who_question_asks_who():
    # tune-fresh39 t39-16: "chi tieu tien" is spending ("chi tiêu"), folded like the target word "chỉ tiêu"; the question
    # asks which ministry guides and checks it (NĐ 171 Điều 36.2: Bộ Tài chính)
    q = PARSER.parse("ND 171/2025/ND-CP: bo nao huong dan va kiem tra chuyen quan ly, chi tieu tien dao tao boi duong?",
                     TODAY)
    assert q.intent == Intent.LEAD
    assert PARSER.parse("Thái Nguyên phấn đấu bao nhiêu phần trăm xã không có ma túy?", TODAY).intent == Intent.TARGET


def test_so_nao_after_phoi_hop_voi_is_a_department_not_a_number():
    # tune-fresh39 t39-54 (QĐ 99/2025 Nghệ An): the e-mail is the topic, the partner department is asked
    from assistant.values import value_asked
    q = PARSER.parse("Quy chế email công vụ Nghệ An: VP UBND tỉnh chủ trì kiểm tra việc các đơn vị dùng email công vụ thì "
                     "phối hợp với sở nào?", TODAY)
    assert q.intent == Intent.PARTNERS and value_asked(q) is None


def test_a_units_listed_tasks_asked_with_whom_asks_partners():
    # tune-fresh37 t37-39: "chủ trì các việc ..." names the task, "thì phối hợp với ai?" is what is asked
    q = PARSER.parse("tieu ban tuyen truyen bau cu xa Pho Bang: Pho Giam doc Trung tam phuc vu hanh chinh cong chu tri cac "
                     "viec tuyen truyen, khanh tiet thi phoi hop voi ai?", TODAY)
    assert q.intent == Intent.PARTNERS
    assert PARSER.parse("Sở Tư pháp phối hợp những việc gì?", TODAY).intent == Intent.UNIT_TASKS


@pytest.mark.parametrize("question, intent", [
    # tune-fresh31 t31-43 (KH lấy ý kiến cử tri Lương Minh V.2): "hỗ trợ" names the support, "những ... gì" asks what it is
    ("kh lay y kien cu tri Luong Minh: UBND xa phai ho tro nhung co so vat chat gi cho hoi nghi cu tri?", Intent.CONTENT),
    # tune-fresh36 t36-55: the document's title holds "phối hợp"; the question asks what a letter must state
    ("Chỉ thị 010 Đắk Lắk về phối hợp thẩm định thủ tục đầu tư: một sở thấy nội dung thẩm định nên chuyển cho cơ quan "
     "chuyên môn khác thì văn bản đề nghị phải nêu những gì?", Intent.CONTENT),
    # ... while "phối hợp với ai?" still asks partners
    ("Chỉ thị 010 Đắk Lắk: Sở Tài chính phối hợp với ai khi thẩm định?", Intent.PARTNERS),
])
def test_a_role_word_in_a_question_asking_what_asks_no_partners(question, intent):
    assert PARSER.parse(question, TODAY).intent == intent


@pytest.mark.parametrize("question, intent", [
    # tune-fresh35 t35-17 (CV Lào Cai bảo vệ khoáng sản chưa khai thác 7.5: "xây dựng đường dây nóng")
    ("xa phai lam gi de nguoi dan phan anh kip thoi vi pham khoang san theo cv tang cuong bao ve khoang san chua khai "
     "thac cua lao cai?", Intent.CONTENT),
    # tune-fresh19 t19-45 (NĐ 170/2025): what is done with the files, not the civil servant's task list
    ("nghi dinh 170 cong chuc: truoc khi nghi huu, cong chuc phai lam gi voi ho so va cong viec dang do?", Intent.CONTENT),
    # tune-fresh18 t18-39: what a ministry "được giao làm gì với ..." is its task list
    ("tb 623 Dak Lak: Bo GD&DT duoc giao lam gi voi truong noi tru lien cap xa Ia Rve?", Intent.UNIT_TASKS),
])
def test_what_is_done_for_a_purpose_is_content_not_a_task_list(question, intent):
    assert PARSER.parse(question, TODAY).intent == intent


def test_a_time_that_sets_the_scene_of_a_who_question_asks_no_deadline():
    # tune-fresh19 t19-22 (QĐ 5042/QĐ-BNNMT, the decision announcing a pest: "Báo cáo thường xuyên Bộ ..." of the provinces)
    q = PARSER.parse("QD 5042 Bo NN&MT, mau quyet dinh cong bo dich cap Bo: trong thoi gian co dich, ai phai bao cao "
                     "thuong xuyen ve Bo tinh hinh dich o dia phuong?", TODAY)
    assert q.intent == Intent.LEAD and q.action == "bao cao"
    assert PARSER.parse("trong thoi gian nao phai bao cao?", TODAY).intent == Intent.DEADLINE


def test_whose_signature_or_supervision_is_asked_after_the_phrase_naming_it():
    # roles.toml / questions.toml [[named_after]] "witness" (TT 35/2025 Quy chế Điều 8.8.a; VBHN 89 Điều 16.2)
    for question in ("tt 35 bkhcn, quy che kiem tra nghiep vu giam dinh SHCN: moi phong bi niem phong de kiem tra, dap an "
                     "phai co du chu ky cua nhung ai?",
                     "Cảng quốc tế Cam Ranh: hoạt động cung ứng thực phẩm cho tàu thuyền chịu sự giám sát của cơ quan nào?"):
        assert PARSER.parse(question, TODAY).named_after == "witness", question


@pytest.mark.parametrize("question", [
    "so ket, tong ket nhiem vu tim kiem quy tap hai cot liet si lam theo chu ky nao?",  # Kế hoạch 252/KH-BCĐQG1237 IX.3
    "Tiền hỗ trợ ổn định đời sống chi trả mấy tháng một lần?",
    "tần suất báo cáo kết quả bảo vệ bí mật nhà nước?",
])
def test_how_often_asks_when(question):
    assert PARSER.parse(question, TODAY).intent == Intent.DEADLINE


def test_at_the_latest_asks_when():
    # "... nộp báo cáo kết quả bảo vệ bí mật nhà nước năm 2023 chậm nhất ngày nào?" (QĐ 254/QĐ-UBND Sơn La, IV.1)
    q = PARSER.parse("Các sở, huyện ở Sơn La nộp báo cáo kết quả bảo vệ bí mật nhà nước chậm nhất ngày nào?", TODAY)
    assert q.intent == Intent.DEADLINE


def test_how_much_money_asks_an_amount_not_a_topic():
    # "... được cho thêm bao nhiêu tiền?" of "được hỗ trợ thêm 20 triệu đồng" (TT 04/2001/TT-BXD II.3)
    terms = PARSER.parse("lão thành cách mạng đã được tặng nhà tình nghĩa được cho thêm bao nhiêu tiền?", TODAY).content_terms
    assert "tien" not in terms and {"nha", "nghia"} <= set(terms)


def test_sending_up_asks_a_recipient():
    # "phê duyệt xong thì gửi lên những bộ nào?" (CV 2428/BXD-QLN: "gửi về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư, Bộ Tài chính")
    assert PARSER.parse("đề án hỗ trợ nhà ở phê duyệt xong thì gửi lên những bộ nào?", TODAY).asks_recipient


def test_thi_truong_names_no_school():
    # "thị trường" folds like "thị Trường" (a school): QĐ 84/2025/QĐ-UBND Bắc Ninh
    q = PARSER.parse("Trong báo cáo giá thị trường Bắc Ninh, Thống kê tỉnh có nhiệm vụ gì?", TODAY)
    assert "truong" not in q.unit_phrase


def test_giai_doan_names_no_unit():
    # "giai đoạn" folds like "giai Đoàn": no unit asked, no follow-up to ask back (KH 0129/KH-UBND Đắk Lắk III.4)
    q = PARSER.parse("Kế hoạch nhu yếu phẩm Đắk Lắk: giai đoạn 48-72 giờ thì tổ chức cứu trợ như thế nào?", TODAY)
    assert not q.unit_phrase and not q.units


@pytest.mark.parametrize("question, kind", [
    # counting villages where the phone signal is weak asks a count, not a phone number (TB 634/TB-VPCP III.9)
    ("Có bao nhiêu thôn, bản miền núi Thanh Hóa đang lõm sóng điện thoại cần phủ sóng?", "count"),
    ("đường dây nóng tiếp nhận tin báo của Hải Phòng là số nào?", "phone"),
    # how many times a day and at what hour (KH 0129/KH-UBND Đắk Lắk IV.10)
    ("xa phuong o Dak Lak bao cao tinh hinh tiep nhan, cap phat nhu yeu pham may lan moi ngay, luc may gio?", "times"),
])
def test_the_kind_of_value_asked(question, kind):
    from assistant.values import NEEDS, asked_value
    from core.textnorm import fold

    assert asked_value(fold(question)) is NEEDS[kind]


@pytest.mark.parametrize("question, followup", [
    # "Thẻ" (a card) and "the" typed for it open no follow-up (QĐ 1760/QĐ-KTNN on audit cards); "thế ở ...", "thế còn
    # ..." do
    ("Thẻ kiểm toán viên nhà nước có kích thước bao nhiêu?", False),
    ("the KTVNN bi thu hoi, tam dinh chi thi luu giu o dau?", False),
    ("thế ở Đồng Tháp thì sao?", True),
    ("the o Dong Thap thi sao?", True),
    ("thế còn đơn vị phối hợp?", True),
])
def test_a_follow_up_opens_with_the_word_as_typed(question, followup):
    assert PARSER.parse(question, TODAY).is_followup is followup


def test_hours_asked_as_tieng():
    from assistant.values import NEEDS, asked_value
    from core.textnorm import fold

    # "mấy tiếng" asks hours ("mười hai (12) giờ liên tục trong một ngày", QĐ 137/2025/QĐ-UBND Đồng Tháp Điều 3.1)
    assert asked_value(fold("cay xang o Dong Thap phai mo ban toi thieu may tieng moi ngay?")) is NEEDS["duration"]


def test_a_count_of_an_acronym_is_written_out_in_the_text():
    # "bao nhiêu TTHC" of "Công bố kèm theo Quyết định này Danh mục 16 thủ tục hành chính mới ban hành" (QĐ 1805/QĐ-UBND
    # Phú Thọ of 2025, Điều 1): the figure counts the long form the acronym stands for (abbreviations.toml)
    from assistant.values import counted_asked, value_asked

    q = PARSER.parse("QD 1805 tinh Phu Tho cong bo bao nhieu TTHC moi ban hanh linh vuc hoat dong KH&CN?", TODAY)
    counted = counted_asked(q, value_asked(q))
    assert counted is not None
    assert counted.search("danh muc 16 thu tuc hanh chinh moi ban hanh")
    assert not counted.search("so thu tu so 01,02 muc a")


def test_an_issuer_written_after_the_kind_of_text():
    # "quyết định của Bộ VHTTDL ngày 21/11/2025 ...": the ministry issued it (questions.toml [issued_by] of_kind); a
    # province after "của" is read as a province, not an issuer
    q = PARSER.parse("quyet dinh cua Bo VHTTDL ngay 21/11/2025 cong bo nhom TTHC lien thong co so hieu la gi?", TODAY)
    assert q.intent == Intent.PLAN_FACTS and q.issued_by == "bo vhttdl"
    assert PARSER.parse("Kế hoạch của Thái Nguyên năm 2026 do ai ký?", TODAY).issued_by == ""
    # ... and is the body's name the question writes, not what it goes on to say of the text (blind set b53-30)
    q = PARSER.parse("Ai ký văn bản của Sở Công Thương thông báo kế hoạch kiểm tra kho VLNCN Nậm Cang 1A?", TODAY)
    assert q.intent == Intent.PLAN_FACTS and q.issued_by == "so cong thuong"


def test_the_rest_of_a_list_is_asked_as_the_whole_list():
    from core.lexicon import questions

    # "ngoài tờ khai điện tử và văn bản nghiệm thu PCCC còn cần giấy tờ gì?" asks the remaining items of a list
    q = PARSER.parse("Theo QĐ 4422 Bộ VHTTDL, hồ sơ karaoke ngoài tờ khai điện tử và văn bản nghiệm thu PCCC còn cần "
                     "giấy tờ gì?", TODAY)
    assert questions().several_asked.search(q.folded)


def test_a_value_of_another_party_answers_last():
    from assistant.answer.default import best_sentences
    from core.textnorm import fold

    # NQ 56/2025/NQ-HĐND Hà Nội Điều 2.1.b: the first sentence speaks of "người lao động", the second of "cơ sở sản xuất
    # kinh doanh"; asked of the worker, the worker's figure answers
    text = ("- Đối với chương trình tín dụng hỗ trợ tạo việc làm, duy trì và mở rộng việc làm: Mức cho vay tối đa đối "
            "với người lao động là 300 triệu đồng, người vay vốn không cần phải có tài sản bảo đảm tiền vay; đối với "
            "đối tượng vay vốn là cơ sở sản xuất kinh doanh mức cho vay tối đa theo quy định hiện hành của Trung ương, "
            "đảm bảo không quá 500 triệu đồng cho 01 người lao động được tạo việc làm, duy trì và mở rộng việc làm.")
    question = fold("NQ 56 HĐND Hà Nội: người lao động vay vốn chương trình hỗ trợ tạo việc làm được vay tối đa bao "
                    "nhiêu?")
    q = PARSER.parse(question, TODAY)
    from assistant.values import value_asked
    best = best_sentences(text, q.content_terms, value_asked(q), 1, None, q.folded)
    assert "300 triệu đồng" in best[0], best


def test_a_count_of_the_bodies_named_is_no_topic_and_the_latest_day_is_written_truoc():
    from core.lexicon import questions

    # "bốn tỉnh Đắk Lắk, ... phải gửi báo cáo ... chậm nhất khi nào?" of Công điện 232/CĐ-TTg, which writes "Ủy ban nhân
    # dân các tỉnh: Đắk Lắk, ..." and "trước 17 giờ ngày 27/11/2025": "bốn" counts the provinces; "chậm nhất" stays a
    # word of the topic ("Chậm nhất ngày 03/02/2026", KH 16 Lương Minh) that "trước" also answers
    q = PARSER.parse("CĐ 232/CĐ-TTg: bốn tỉnh Đắk Lắk, Khánh Hòa, Gia Lai, Lâm Đồng phải gửi báo cáo thiệt hại nhà ở chậm "
                     "nhất khi nào?", TODAY)
    assert "bon" not in q.content_terms, q.content_terms
    assert {"gui", "bao", "cao"} <= set(q.content_terms)
    assert any(asked.search(q.folded) and "truoc" in written for asked, written, _ in questions().paraphrases)
    # "bồn" of "lu, bồn, téc" is a topic word
    assert "bon" in PARSER.parse("Hộ dân nhận lu, bồn chứa nước được hỗ trợ bao nhiêu?", TODAY).content_terms
