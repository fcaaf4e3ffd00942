"""The kinds of value a question asks ("bao nhiêu %", "trước ngày nào", "trong bao lâu", "số điện thoại") and the
patterns, over folded text, of a clause that states one. The answerer keeps a value question to the clauses stating
the value asked; the reranker raises them."""

from __future__ import annotations

import re
from functools import lru_cache

from core.lexicon import acronyms, dates, questions
from core.places import provinces_in
from core.query import Intent, Query
from core.textnorm import MEASURE_UNITS

_WHO_INTENTS = (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS)

# a share: "90%", and a fraction a vote or quorum needs ("ít nhất trên 2/3", "quá bán", "quá nửa tổng số thành viên":
# Quy chế làm việc mẫu of NĐ 315/2025/NĐ-CP Điều 25.3.e; blind set b83-15), not a date ("15/11")
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%|\b(?:tren|duoi|it nhat|toi thieu|qua|dat|khong qua|khong duoi|chiem) "
                     r"(?:tren )?[1-9]/[2-9]\b(?!/)|\bmot nua\b"
                     # "quá bán", "quá nửa" of a body's members ("quá nửa tổng số thành viên"), not the folded "kết quả
                     # bản điện tử", "thông qua Ban Chỉ huy" (TT 67/2025/TT-BXD Điều 3.2; blind set b94-28)
                     r"|\bqua (?:ban|nua)(?= (?:tong so|so|thanh vien|dai bieu|phieu|cu tri|hoi vien|co dong)\b)")


# A question that asks for a value of a given kind needs a clause holding such a value (checked in order).
# an amount, or a fee or interest stated as a share ("tỷ lệ các khoản phí thu xếp khoản vay của ngân hàng là 3%/năm",
# TT 58/2025/TT-BCT Điều 5.2.e); no other share ("tỷ lệ phiếu đồng ý ... từ 90%" is no money)
# (also a figure the text spells first: "mệnh giá là một trăm triệu (100.000.000) đồng Việt Nam", NĐ 200/2026/NĐ-CP Điều
# 6.4.a; blind set b36-20)
# (and a table's figures under a header naming its unit: "Mức lương tối thiểu tháng (Đơn vị: đồng/tháng) ... Vùng I
# 4.680.000 22.500", NĐ 38/2022/NĐ-CP Điều 3.1; blind set b38-47)
_AMOUNT = (r"\d[\d.,]*\s*(dong|ty|trieu|nghin|vnd|usd|do la)\b|\(\d{1,3}(?:[.,]\d{3})+\)\s*dong\b"
           r"|\bdon vi(?: tinh)?\s*:\s*(?:dong|trieu dong|nghin dong|ty dong)\b[^.;]{0,300}?\d{1,3}(?:\.\d{3})+")
MONEY = re.compile(_AMOUNT +
                   r"|\b(phi|le phi|lai suat|muc thu)\b[^.;]{0,40}?\d+(?:[.,]\d+)?\s?%"
                   # ... also further on when it is a yearly or monthly rate: "Phí ngân hàng phục vụ trong trường hợp
                   # thực hiện giải ngân và thu hồi nợ vốn vay thông qua Ngân hàng phục vụ là 0,1%/năm" (NĐ 118/2026/NĐ-CP
                   # Điều 8.4; blind set b38-20), not "Tỷ trọng kinh phí từ xã hội ... đạt trên 60%" (eval/external b5-46)
                   r"|\b(phi|le phi|lai suat|muc thu)\b[^.;]{0,160}?\d+(?:[.,]\d+)?\s?%\s*/\s*(?:nam|thang)\b"
                   # ... or a share of the salary: "được truy lĩnh 50% còn lại của tiền lương tháng hiện hưởng" (NĐ
                   # 170/2025 Điều 56.6.d) answers "truy lĩnh bao nhiêu tiền lương"
                   r"|\d+(?:[.,]\d+)?\s?%[^.;]{0,30}?\btien luong\b")
# an amount of money only, when the question asks it in đồng: "Mức phí tham quan chùa Hương ... là bao nhiêu đồng một
# lượt khách?" has no answer in "Đơn vị thu phí được giữ lại: 60%" (NQ 66/2025/NQ-HĐND Hà Nội, Phụ lục B.2; blind set b25-09)
CURRENCY = re.compile(_AMOUNT)
_HOW_OFTEN = r"thuong xuyen|hang nam|hang quy|hang thang|hang tuan"
PERIODIC = re.compile(rf"\b({_HOW_OFTEN})\b")  # how often, which DATE also reads as a time
# ... and what states no bound a "hạn chót" asks: how often, or the moment an event happens ("Thời điểm tính gửi báo cáo
# là thời điểm các đơn vị gửi báo cáo qua hệ thống ...", a plan of Chi cục Hải quan khu vực VIII, 2026, III.3.2; blind
# set b121-17)
NO_BOUND = re.compile(rf"\b({_HOW_OFTEN}|la thoi diem)\b")
# a day written "30/6" (or "30/6/2026"), not the round-the-clock "24/7" ("bảo đảm hoạt động ổn định, thông suốt 24/7",
# Chỉ thị 012/CT-UBND Đắk Lắk of 2025, 2.b; eval/external b14) nor a scale ("tỷ lệ 1/500")
# (not a fraction of a body's members: "khi có tối thiểu 2/3 thành viên Hội đồng ... đồng ý", NĐ 25/2026/NĐ-CP Điều
# 7.1.b; blind set b98-04)
_SLASH_DAY = r"(?<!/)(?!24/7\b(?!/))\d{1,2}/\d{1,2}(?!\d)(?!/?\s+(?:tong so|so|thanh vien|dai bieu|phieu|cu tri)\b)"
# (a day of the week a weekly report is due: "Định kỳ hằng tuần, trước 16 giờ 00 ngày thứ Sáu, chủ đầu tư gửi báo cáo ..."
# of a letter of Sở Công Thương Lào Cai, 7/2026; blind set b48-01)
_WEEKDAY = rf"ngay (?:{'|'.join(dates().weekdays)})\b"
DATE = re.compile(rf"\b(ngay \d|{_SLASH_DAY}|thang \d|quy [ivx1-4]|{_HOW_OFTEN}|{_WEEKDAY}|ngay ky|"
                  r"ngay ban hanh|nam \d{4}|"
                  # a time set by an event: "tự giải thể sau khi kết thúc bầu cử", "trước khi khai giảng"
                  r"sau khi|truoc khi|ngay sau khi|ngay khi|ke tu ngay|"
                  # ... or until a paper runs out: "được tiếp tục sử dụng ... đến hết thời hạn của văn bản, giấy tờ đó"
                  # (NQ 66.17/2026/NQ-CP Điều 5; blind set b33-39). Not any "đến khi": "tạm dừng ... thi công đến khi
                  # khắc phục xong" states no time to report (VBHN 94/VBHN-BQP Điều 18.1.e; tune-fresh42 t42-29)
                  r"(?:den|toi) (?:het thoi han|khi het han|het han)\b|"
                  # ... or a moment: "được tính sau 10 phút kể từ thời điểm giám thị phát đề" (TT 35/2025 Quy chế Điều 17.1)
                  r"ke tu (?:thoi diem|khi|luc)\b|"
                  # ... or the moment an event happens: "thời điểm xác định doanh thu tính thuế ... là thời điểm hoàn thành
                  # việc cung ứng dịch vụ vận chuyển cho người mua" (TT 20/2026/TT-BTC Điều 5.1.b; blind set b40-37)
                  r"\bla thoi diem\b|"
                  # ... or by the day of one: "Hợp đồng có hiệu lực từ ngày được đại diện có thẩm quyền ... ký chính thức"
                  r"tu ngay (?:duoc|co|ky|nhan|cong bo)\b|"
                  r"cham nhat|"  # "chậm nhất 01 ngày trước ngày hết hạn"
                  r"(?:den|toi|truoc|sau) \d{4}\b)")  # "tiếp tục kéo dài đến 2035"
_BY_COMPARISON = r"\b(?:lon|nho|cao|thap) hon(?: hoac bang)? "  # a bound by comparison: "lớn hơn hoặc bằng 3,5" (folded)
NUMBER_WORD = rf"(?:{'|'.join(questions().number_words)})"  # a number in words, folded
# "28 ngày", "15 ngày làm việc", "03 (ba) tháng", "20 (hai mươi) ngày"; not a date ("07 tháng 11 năm 2025")
DURATION = re.compile(r"\b\d+\s*(\(\w+(?: \w+){0,3}\)\s*)?(ngay|thang|nam|gio|tuan|phut)\b(?!\s*\d)"
                      r"|\bgap \d+ lan thoi gian\b"  # "cam kết ... ít nhất gấp 03 lần thời gian đào tạo"
                      # the number in words, then in digits: "trong thời hạn năm (05) năm" (QĐ 2696 Quảng Trị Điều 10.1)
                      rf"|\b{NUMBER_WORD}(?: \w+)?\s*\(\d{{1,3}}\)\s*(ngay|thang|nam|gio|tuan)\b"
                      # ... or in digits, then in words: "trong thời gian tối đa (04) bốn giờ đồng hồ" (QĐ 02/2026/QĐ-UBND
                      # Gia Lai, Quy chế Điều 17.2; blind set b121-23)
                      rf"|\(\d{{1,3}}\)\s*{NUMBER_WORD}(?: \w+)?\s*(ngay|thang|nam|gio|tuan)\b"
                      # the number in words only, two words or more: "con dưới ba mươi sáu tháng tuổi" (NĐ 171 Điều 32.2)
                      rf"|\b{NUMBER_WORD}(?: (?:{NUMBER_WORD}|lam|mot|tu|linh|le|tram)){{1,4}} (ngay|thang|nam|gio|tuan)\b")
VALIDITY = re.compile(r"\b(gia tri|hieu luc|su dung|co thoi han)\b[^.;|]{0,60}?\b\d+\s*(\(\w+(?: \w+){0,3}\)\s*)?(ngay|thang|nam)\b"
                      r"|\b\d+\s*(\(\w+(?: \w+){0,3}\)\s*)?(ngay|thang|nam)\b[^.;|]{0,30}?\b(gia tri|hieu luc)\b")
VALIDITY_LEAD_IN = re.compile(r"\b(gia tri|hieu luc|thoi han su dung)\b")
# a number of things ("không quá 10 cá nhân", "05 thành viên", "500.000 thuê bao"), not a date ("tháng 12/2025", "ngày 15 tháng 3")
# nor the number of an article or a text ("Điều 19 Nghị định số 62/2025/NĐ-CP")
# (a number with thousands marks is never an article's or a date's: "Hỗ trợ tiền ăn với mức 30.000 đồng/ngày", TT 40/2012
# Điều 3.6.b, where "mức" folds as "mục" does; nor is an amount of money: "mức 5 triệu đồng")
COUNT = re.compile(r"(?<![/.\d])\b\d{1,3}(?:[.,]\d{3})+(?:,\d+)?\)?\s+(?:\(\w+(?: \w+)?\)\s+)?(?!thang\b|nam\b|ngay\b)[a-z]"
                   # a count out of a total, no day of a month ("số hóa dữ liệu đất đai đối với 57/124 xã, phường, đặc khu
                   # chưa hoàn thành", a report of Lâm Đồng's steering committee on Đề án 06, 10/2025; blind set b138-10)
                   # (not a month of a year: "từ tháng 11/2025 đến quý I/2026")
                   r"|(?<![/.\d])(?<!thang )(?<!quy )\b\d{1,4}/(?!(?:19|20)\d\d\b)(?:1[3-9]|[2-9]\d|\d{3,6})\s+"
                   r"(?!thang\b|nam\b|ngay\b|den\b|tu\b)[a-z]"
                   r"|(?<![/.\d])\b\d+(?:[.,]\d+)?\s+(?:trieu|ty|nghin|ngan)?\s*dong\b"
                   # (not a year, "Luật Năng lượng nguyên tử 2025 và ...", nor a form's number, "Mẫu số 02 tại Phụ lục")
                   # ("danh mục 06 thủ tục hành chính" counts; "mục 06" alone numbers a section, QĐ 1513/QĐ-UBND Bắc Ninh)
                   # (nor an appendix's, "dự thảo phụ lục 1 kèm theo Tờ trình số 182/TTr-SDTTG", a Bình Thuận office's reply
                   # of 4/2025; blind set b69-24)
                   r"|(?<!ngay )(?<!thang )(?<!nam )(?<!dieu )(?<!khoan )(?<!diem )(?<!(?<!danh )muc )(?<!chuong )(?<!mau so )"
                   r"(?<!phu luc )"
                   # (nor a text's number, "Nghị quyết liên tịch số 102 của ...", unless a total: "tổng số 59 điểm mỏ"; nor
                   # a term's, "Hội nghị Trung ương 11 khóa XIII")
                   r"(?<!(?<!tong )so )(?<![/.\d])\b(?!(?:19|20)\d\d\b)\d+\s+(?:\(\w+(?: \w+)?\)\s+)?(?!thang\b|nam\b|ngay\b|khoa\b)[a-z]"
                   r"|\d+(?:[.,]\d+)?\s?%"  # or a share ("tăng trưởng 8%")
                   # ... or a table's figure cell ("| Vùng I | 4.680.000 | 22.500 |", NĐ 38/2022/NĐ-CP Điều 3.1; blind
                   # set b38-47)
                   r"|\|\s*\d{1,3}(?:\.\d{3})+(?:,\d+)?\s*(?=\|)"
                   # ... or a fraction of the whole ("có mặt ít nhất 2/3 tổng số thành viên", NĐ 171/2025 Điều 20.6; "hơn
                   # 2/3 thành viên của Hội đồng", QĐ 2696 Quảng Trị Điều 6.2.a), not a day of a month ("ngày 2/3")
                   r"|(?<!ngay )(?<![/.\d])\b[1-9]/[1-9]\s+(?:tong so|so|thanh vien|dai bieu)\b"
                   # or a score out of a scale ("Điểm đánh giá qua điều tra xã hội học là 32/100", QĐ 1187/QĐ-BNV's Đề án
                   # II.2.b; blind set b65-12), not a day of a month
                   r"|(?<!ngay )(?<![/.\d])\b\d{1,3}(?:,\d{1,2})?/(?:10|100|1000)\b(?!/)"
                   # or a measure ("khoảng 1.700km đường bộ ven biển", "dung lượng tối thiểu 02 GB", "500 ha", "nơi có độ sâu
                   # nước lớn hơn 30m", VBHN 94/VBHN-BQP Điều 3.1.c)
                   rf"|\b\d+(?:[.,]\d+)*\s?(?:{MEASURE_UNITS}|tan)\b"
                   # or a bound written in words ("việc hẹn lại ngày trả kết quả không quá một lần", QĐ 88 Lai Châu
                   # Điều 3.6)
                   rf"|\b(?:khong qua|toi da|it nhat|toi thieu) {NUMBER_WORD} [a-z]"
                   # or a bound stated by comparison, a score with no unit ("được xếp hạng A (Tốt) nếu tổng điểm xếp hạng
                   # lớn hơn hoặc bằng 3,5", TT 65/2025/TT-NHNN Điều 18.1; blind set b114-03)
                   rf"|{_BY_COMPARISON}\d+(?:[.,]\d+)?\b")
class ProvinceNamed:
    """A value pattern (``search`` of folded text) that holds where a province is named (places.toml)."""

    @staticmethod
    def search(folded: str) -> bool:
        return bool(provinces_in(folded))


PLACE = ProvinceNamed()
ValueNeed = re.Pattern | ProvinceNamed  # what a clause must hold for the value a question asks
# "kể từ ngày ký ban hành" names its day; so does a day before its month with no "ngày": "báo cáo ... trước 30 tháng 11
# hằng năm" (NĐ 125/2026/NĐ-CP Điều 21.6.c; blind set b30-23)
DAY = re.compile(rf"\b(ngay \d{{1,2}}|{_SLASH_DAY}|ngay ky\b|ngay ban hanh\b|"
                 r"(?:truoc|den|tu|cham nhat|vao) \d{1,2} thang \d{1,2}\b)")
# a day of the calendar, not one counted from an event ("kể từ ngày ban hành"): "ngày 15 tháng 12", "30/6"
CALENDAR_DAY = re.compile(r"\bngay \d{1,2}\b|(?<![/\d])\d{1,2}/\d{1,2}(?!\d)")
CODE = re.compile(r"\b\d+\.\d{3,}\b|\b[a-z]{2,}\.[a-z0-9.]+\d\b")  # a procedure's code: "1.000579", "2.002345"
PHONE = re.compile(r"\b0\d{2,3}[.\s-]?\d{3,4}[.\s-]?\d{3,4}\b|\b1[89]00[.\s-]?\d{3,4}\b|@")  # "0239.3855.555", an e-mail
# how many times in a period ("02 lần/ngày", "hai lần trong tháng") or an hour ("trước 9h00", "lúc 16 giờ 30")
TIMES = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\s*\(?\w*\)?\s*lan\s*(?:/|moi|mot|trong|1)\s*(?:ngay|tuan|thang|quy|nam)\b"
                   r"|\b\d{1,2}h\d{2}\b|\b(?:luc|truoc|vao|den|tu) \d{1,2}\s*(?:h|gio)\b")  # not "0-48 giờ", a span
# a moment of the day or week a recurring task is due at: "15:00 ngày Chủ nhật hàng tuần", "17 giờ", "thứ Sáu"
MOMENT = re.compile(rf"\b\d{{1,2}}(?::\d{{2}}\b|h\d{{2}}\b|\s*(?:{'|'.join(dates().hours)})\b)"
                    rf"|\b(?:{'|'.join(dates().weekdays)})\b")
# a source of funds: "ngân sách nhà nước", "nguồn vốn ...", "kinh phí ... do ... bảo đảm", "xã hội hóa"
FUNDING = re.compile(r"\b(ngan sach|nguon (?:\w+ )?(?:kinh phi|von|tai chinh|thu)|kinh phi|du toan|chi thuong xuyen|"
                     r"von (?:dau tu|vay|doi ung|su nghiep)|"
                     r"xa hoi hoa|tai tro|vien tro)")
# a threshold: "VN_AQI ≥ 301", "từ 301 trở lên", "trên 300", "không quá 05"
# (also "đến" as an upper bound, not a date or a year: "các khoản vay có số tiền vay đến 20 triệu USD", TT 80/2025/TT-NHNN
# Điều 10, its Điều 20.1.b; blind set b113-30; and a comparison: "lớn hơn hoặc bằng 3,5")
THRESHOLD = re.compile(r"[≥≤><]\s*\d|\b(?:tu|tren|duoi|vuot|qua|khong qua|khong duoi|toi thieu|toi da)\s+\d"
                       r"|\bden\s+(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\d/\-.]|\s+(?:thang|nam)\b)"
                       rf"|{_BY_COMPARISON}\d")
# how often: "hàng tháng", "03 tháng/lần", "6 tháng một lần", or the length of the period: "Thời hạn đánh giá chương trình
# ... là 3 năm" answers "đánh giá định kỳ mấy năm một lần?" (VBHN 94/VBHN-BQP Điều 6.1; tune-fresh19 t19-40); "định kỳ"
# alone states no period ("Báo cáo định kỳ hoặc đột xuất ...", tune-fresh30 t30-51)
PERIOD = re.compile(r"\b(?:hang (?:ngay|tuan|thang|quy|nam)|moi (?:ngay|tuan|thang|quy|nam)|"
                    # (no date: "ngày 25 tháng 6 năm 2025")
                    r"(?<!ngay )(?<!thang )(?<!nam )(?<!quy )\d+ (?:ngay|tuan|thang|quy|nam)\b(?! \d)|"
                    r"(?:ngay|tuan|thang|quy|nam) (?:mot|1) lan|"
                    # "sao lưu đầy đủ hệ thống tối thiểu 01 lần/tuần" (NĐ 160/2026/NĐ-CP Điều 10.7.c; blind set b29-13)
                    r"\d+ lan ?/ ?(?:ngay|tuan|thang|quy|nam))\b")
# papers a dossier holds: "Thành phần hồ sơ gồm có: (1) Tờ khai ...", "Hồ sơ đề nghị ... gồm: Bản sao ...", not a
# procedure's name alone ("Cấp giấy chứng nhận lưu hành tự do (CFS) ...") nor a change to its papers ("Thay đổi mẫu đơn
# trong thành phần hồ sơ", QĐ 2815/QĐ-UBND Đồng Nai, a catalogue's row)
PAPERS_LEAD_IN = re.compile(r"(?<!trong )(?<!vao )(?<!cua )(?<!ve )\bthanh phan(?:,? so luong)? ho so\b"
                            r"(?=,?\s*(?::|gom\b|bao gom\b|$))|\bho so (?:\w+ ){0,25}?(?:gom|bao gom)\b")
PAPERS = re.compile(rf"{PAPERS_LEAD_IN.pattern}|\b(?:to khai|don (?:de nghi|dang ky|xin)|ban sao|ban chinh|trich luc)\b")
# what a clause must hold for each kind of value a question asks (questions.toml [[value_asked]])
NEEDS: dict[str, ValueNeed] = {"percent": PERCENT, "validity": VALIDITY, "duration": DURATION, "count": COUNT,
                               "money": MONEY, "currency": CURRENCY, "phone": PHONE, "code": CODE, "day": DAY,
                               "place": PLACE,
                               "date": DATE, "times": TIMES, "funding": FUNDING,
                               "papers": PAPERS, "period": PERIOD, "threshold": THRESHOLD}



def asked_value(folded_question: str) -> ValueNeed | None:
    """The pattern a supporting clause must contain for this question, if it asks for a typed value."""
    return next((NEEDS[kind] for kind, ask in questions().value_asked if ask.search(folded_question)), None)


def value_asked(query: Query) -> ValueNeed | None:
    """``asked_value`` of the question: one asking who sets a share ("tỷ lệ cán bộ trẻ trong quy hoạch do ai quy
    định?") asks for a unit."""
    who = query.intent in _WHO_INTENTS
    # "ai lo tính xem ... đóng góp bao nhiêu vào GDP?": the value the task works out is not asked
    # "ngoài số hộ ... và tổng kinh phí cần hỗ trợ, ... còn phải thống kê chỉ tiêu gì?": a value named as known is not asked
    asked = questions().besides.sub(" ", query.folded)
    need = asked_value(questions().embedded_value.sub(" ", asked) if who else asked)
    if need is PERCENT and who and not questions().target_vs_lead[1].search(query.folded):
        return None  # "tỷ lệ" is the topic; no "bao nhiêu", "%" asked
    if need is PHONE and who and questions().contact_vs_who.search(query.folded):
        return None  # "cơ quan nào phải ... công bố địa chỉ để nhận tin báo?": the address is the task's
    return need


def value_sought(query: Query) -> ValueNeed | None:
    """What a clause answering the question states: the value asked, else a time for a when-question and a figure for
    a how-much question ("hạn nào", "tỷ lệ ra sao")."""
    need = value_asked(query)
    if need is None and query.intent == Intent.DEADLINE:
        return DATE
    if need is None and query.intent == Intent.TARGET:
        return PERCENT
    return need


def counted_word(folded_question: str) -> re.Match | None:
    """The words after "bao nhiêu"/"mấy" naming what a question counts (group "what": "thu" of "bao nhiêu thủ tục"),
    None when it counts nothing named ("bao nhiêu là", questions.toml [counted] not_things)."""
    m = questions().counted.search(folded_question)
    return None if m is None or m.group("what") in questions().not_counted else m


def counted_asked(query: Query, need: ValueNeed | None, measures_only: bool = False) -> re.Pattern | None:
    """For a count question, a number followed by what it counts ("bao nhiêu giấy phép": "04 giấy phép"); else None.
    ``measures_only``: only a unit of measure ("bao nhiêu km")."""
    m = questions().counted.search(query.folded) if need is COUNT else None
    if m is None or (m.group("what") not in query.content_terms and m.group("what") not in questions().measures):
        return None
    if measures_only and m.group("what") not in questions().measures:
        return None
    return _count_of(m.group("what"), _named_whole(query.folded, m))


def thing_counted(query: Query) -> re.Pattern | None:
    """For a question counting a thing no value kind names ("biên bản ... phải lập ít nhất mấy bản?"), a number
    followed by that thing ("ít nhất ba bản", NĐ 155/2026/NĐ-CP Điều 11); else None."""
    m = counted_word(query.folded)
    if m is None or m.group("what") not in query.content_terms or m.group("what") in questions().measures:
        return None
    return _count_of(m.group("what"), _named_whole(query.folded, m))


def _named_whole(folded_question: str, m: re.Match) -> str:
    """The counted word and the next one, the thing's name as the question writes it ("thanh vien" of "mấy thành viên",
    "uy vien" of "bao nhiêu ủy viên ban chấp hành"); the word alone when the question ends there."""
    following = re.match(r"\s+([a-z]+)", folded_question[m.end():])
    return f"{m.group('what')} {following.group(1)}" if following else m.group("what")


_BOUNDS = r"(?:toi thieu|toi da|khong qua|khong duoi|it nhat|nhieu nhat)"


@lru_cache(maxsize=64)
def _count_of(what: str, named: str = "") -> re.Pattern | None:
    """A number, in figures or in words ("03 bản", "ba (03) bản"), followed by ``what`` or another way documents write
    it, or the number the thing ``named`` (its name as the question writes it) is said to be; None for people, whom
    documents count by what they are."""
    forms = questions().counted_written.get(what, (what,))
    if not forms:
        return None  # people, counted by what they are
    if what in acronyms():  # "bao nhiêu TTHC": "Danh mục 16 thủ tục hành chính mới ban hành" (QĐ 1805/QĐ-UBND Phú Thọ)
        forms = (*forms, acronyms()[what])
    # ("năm" only in figures: folded, "nam hoc" is a school year, not five)
    # (a figure after "số" (not "tổng số"), "Điều", "khoản" labels a thing, it counts none: "Mẫu số 14 ban hành kèm
    # theo", NĐ 155/2026)
    number = (r"(?:(?<!(?<!tong )so )(?<!dieu )(?<!khoan )(?<![\d.,/])\d[\d.,/]*"
              rf"|\b(?:{'|'.join(w for w in questions().number_words if w != 'nam')}))")
    # a share of the whole counts too: "ít nhất 2/3 tổng số thành viên" (NĐ 171/2025 Điều 20.6, tune-fresh22 t22-18);
    # so does the number the thing (and a few words naming which) is said to be: "Tổng số thành viên Hội đồng tối thiểu
    # là 07 người, tối đa là 09 người" (NĐ 26/2026/NĐ-CP Điều 23.4.i; blind set b52-14), "Số lượng thành viên thường trực
    # là không quá 04 người" (Điều lệ Quỹ BVMT Quảng Trị Điều 9.1.b), "Ủy viên ban chấp hành tối đa là 75 người"
    things = "|".join(map(re.escape, forms))
    said = re.escape(named or what)
    return re.compile(rf"{number}\s*(?:\(\w+(?: \w+){{0,3}}\)\s*)?(?:tong so\s+)?(?:{things})\b"
                      rf"|\b{said}(?: [a-z0-9]+){{0,3}}? (?:{_BOUNDS} )?la (?:{_BOUNDS} )?{number}")
