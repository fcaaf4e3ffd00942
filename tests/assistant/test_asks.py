"""A question asking several plans one thing each is split into its asks, each going to the plan it names
(assistant/asks.py); the questions are tuning-set questions (eval/real/tune-fresh30, 37, 39)."""

from assistant.asks import asks_apart, asks_by_plan, split_asks


def test_numbered_asks_share_the_words_before_the_first():
    head, asks = split_asks("tb 631 va tb 648 cua VPCP: (1) chuong trinh MTQG hop nhat 3 chuong trinh thi cac bo thong "
                            "nhat co may co quan chu tri; (2) Dien Bien phat trien du lich thi can tang cuong dao tao ky "
                            "nang gi cho lao dong?")
    assert head == "tb 631 va tb 648 cua VPCP"
    assert asks == ["chuong trinh MTQG hop nhat 3 chuong trinh thi cac bo thong nhat co may co quan chu tri",
                    "Dien Bien phat trien du lich thi can tang cuong dao tao ky nang gi cho lao dong?"]


def test_a_second_ask_after_con_shares_the_scene_before_the_colon():
    head, asks = split_asks("vua bo nhiem truong phong: theo ND 170 moi lan bo nhiem giu chuc vu bao lau, con theo ND 171 "
                            "phai hoc xong chuong trinh boi duong QLNN trong bao lau?")
    assert head == "vua bo nhiem truong phong"
    assert asks == ["theo ND 170 moi lan bo nhiem giu chuc vu bao lau",
                    "con theo ND 171 phai hoc xong chuong trinh boi duong QLNN trong bao lau?"]


def test_one_ask_stays_whole():
    assert split_asks("Đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng?") == \
        ("", ["Đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng?"])


def test_each_ask_goes_to_the_plan_it_names_else_in_order():
    text = "vua bo nhiem truong phong: theo ND 171 phai hoc xong trong bao lau, con theo ND 170 giu chuc vu bao lau?"
    names = {"theo ND 171 phai hoc xong trong bao lau": ["nd-171"], "con theo ND 170 giu chuc vu bao lau?": ["nd-170"]}
    asks = asks_by_plan(text, ["nd-170", "nd-171"], lambda ask: names.get(ask, []))
    assert asks == {"nd-171": "vua bo nhiem truong phong: theo ND 171 phai hoc xong trong bao lau",
                    "nd-170": "vua bo nhiem truong phong: con theo ND 170 giu chuc vu bao lau?"}
    # (2) names Điện Biên's plan; (1) takes the other
    text = "tb 631 va tb 648: (1) co may co quan chu tri; (2) Dien Bien can dao tao ky nang gi?"
    asks = asks_by_plan(text, ["tb-631", "tb-648"], lambda ask: ["tb-648"] if "Dien Bien" in ask else [])
    assert asks == {"tb-631": "tb 631 va tb 648: co may co quan chu tri",
                    "tb-648": "tb 631 va tb 648: Dien Bien can dao tao ky nang gi?"}
    # not one ask per plan, or an ask naming both: the question is asked whole of each plan
    assert asks_by_plan("QĐ 2811 và QĐ 2904 giao ai cấu hình quy trình điện tử?", ["a", "b"], lambda ask: []) is None
    assert asks_by_plan("QĐ 2811, QĐ 2904: (1) ai ...; (2) khi nào?", ["a", "b"], lambda ask: ["a", "b"]) is None


def test_and_joins_two_asks_only_when_each_side_asks():
    """"..., và ..." (tune-fresh24 t24-50 on NĐ 170 and NĐ 171): two asks, one per plan in the order named."""
    text = ("nd 170 va nd 171 (30/6/2025): thi vong 1 tuyen dung cong chuc phai tra loi dung bao nhieu % cau hoi de vao "
            "vong 2, va di boi duong duoi 1 thang thi cong chuc phai con du tuoi cong tac it nhat bao lau?")
    head, asks = split_asks(text)
    assert head == "nd 170 va nd 171 (30/6/2025)"
    assert asks == ["thi vong 1 tuyen dung cong chuc phai tra loi dung bao nhieu % cau hoi de vao vong 2",
                    "va di boi duong duoi 1 thang thi cong chuc phai con du tuoi cong tac it nhat bao lau?"]
    # one ask of several verbs stays whole
    assert split_asks("Sở nào kiểm tra, và xử lý vi phạm về nước thải?") == \
        ("", ["Sở nào kiểm tra, và xử lý vi phạm về nước thải?"])


def test_asks_apart_splits_two_asks_of_one_place_and_drops_the_joining_con():
    """"..., còn ..." asking two things of one commune's plans (tune-fresh3 tha-33): each ask is answered apart."""
    head, asks = asks_apart("xa Luong Minh: hoi nghi lay y kien cu tri noi cu tru to chuc trong khoang ngay nao, con "
                            "hiep thuong lan thu ba phai xong cham nhat ngay nao?")
    assert head == "xa Luong Minh"
    assert asks == ["hoi nghi lay y kien cu tri noi cu tru to chuc trong khoang ngay nao",
                    "hiep thuong lan thu ba phai xong cham nhat ngay nao?"]


def test_asks_apart_leaves_one_ask_whole():
    # one thing asked, whatever its commas
    assert asks_apart("Sở nào kiểm tra, và xử lý vi phạm về nước thải?") is None
    assert asks_apart("Đơn vị nào chủ trì tuyên truyền trên phương tiện thông tin đại chúng?") is None
    # "còn" that does not open an ask of its own: the side before it asks nothing
    assert asks_apart("Kế hoạch nêu các nhiệm vụ đã xong, còn nhiệm vụ nào chưa có hạn?") is None

