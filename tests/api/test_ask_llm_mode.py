"""`kehoach ask` in LLM mode through the service, against a real local OpenAI-compatible HTTP server."""

from __future__ import annotations

import pytest
from fake_openai_server import FakeOpenAIServer
from api.service import Kehoach
from test_ask import CANONICAL, HAI_PHONG

pytestmark = [pytest.mark.slow]  # an index, the embedder, a server or a subprocess: `make test` only


def _llm_service(sample_service, base_url: str, model: str = "fake-normal", timeout: float = 10.0) -> Kehoach:
    settings = sample_service.settings.model_copy(update={
        "llm_base_url": base_url, "llm_model": model, "llm_timeout": timeout,
    })
    svc = Kehoach(settings)
    svc.index = sample_service.index  # same index, same embedder: only the answerer differs
    return svc


def test_llm_mode_streams_a_cited_answer(sample_service):
    with FakeOpenAIServer() as server:
        svc = _llm_service(sample_service, server.base_url)
        pieces = list(svc.stream_ask(CANONICAL))
        answer = pieces[-1]
        assert answer.mode == "llm" and not answer.refused
        assert len(pieces) > 2  # text arrived in several pieces before the final answer
        assert "Phòng Phổ biến, giáo dục pháp luật" in answer.text
        assert answer.citations and answer.citations[0].file_name == HAI_PHONG
        assert server.requests, "the LLM endpoint was not called"


def test_llm_not_called_when_the_plans_do_not_say(sample_service):
    with FakeOpenAIServer() as server:
        svc = _llm_service(sample_service, server.base_url, model="fake-invent")
        answer = svc.ask("Giá vé máy bay từ Hà Nội đi Đà Nẵng tháng sau là bao nhiêu?")
        assert answer.refused and not answer.citations
        assert not server.requests  # decided from the retrieval evidence, before any LLM call


def test_llm_endpoint_down_falls_back_to_default_answerer(sample_service):
    server = FakeOpenAIServer().start()
    url = server.base_url
    server.stop()
    svc = _llm_service(sample_service, url, timeout=3.0)
    answer = svc.ask(CANONICAL)
    assert answer.mode == "llm-fallback"
    assert any("mặc định" in n for n in answer.notices)
    assert "Phòng Phổ biến, giáo dục pháp luật" in answer.text


def test_llm_answerer_without_a_fallback_answers_by_default_when_the_endpoint_is_down(sample_service):
    """No fallback passed: the LLM answerer's own default fallback answers from the same hits (they carry their
    clauses), in llm-fallback mode with the notice."""
    import socket

    from assistant.answer.llm import FALLBACK_NOTICE, LLMAnswerer
    from core.settings import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    settings = Settings(llm_base_url=f"http://127.0.0.1:{port}/v1", llm_model="any", llm_timeout=3.0)
    hits = sample_service.search(CANONICAL)
    assert hits and all(h.clause is not None and h.doc is not None for h in hits)
    answer = LLMAnswerer(settings).answer(sample_service.parse(CANONICAL), hits)
    assert answer.mode == "llm-fallback" and FALLBACK_NOTICE in answer.notices
    assert "Phòng Phổ biến, giáo dục pháp luật" in answer.text and not answer.refused
    assert answer.citations and answer.citations[0].file_name == HAI_PHONG


def test_a_question_asking_two_things_gives_the_model_the_clauses_of_each(sample_service):
    """"..., còn ...?": each ask is searched on its own and the model gets both asks' clauses, the best of each first
    (the default mode answers each ask apart: tests/api/test_who_acts_answered.py)."""
    import json

    question = ("Sở Tư pháp Hải Phòng: phòng nào chủ trì tuyên truyền phòng, chống mua bán người trên phương tiện thông tin "
                "đại chúng, còn phòng nào theo dõi thi hành pháp luật về phòng, chống mua bán người?")
    with FakeOpenAIServer() as server:
        svc = _llm_service(sample_service, server.base_url)
        answer = svc.ask(question)
        assert answer.mode == "llm" and not answer.refused
        prompt = json.dumps(server.requests[-1], ensure_ascii=False)
        first = prompt.find("Tuyên truyền trên phương tiện thông tin đại chúng")  # III.1.2, the first ask's clause
        second = prompt.find("Tích cực phối hợp với các ngành, địa phương trong công tác quản lý xử lý vi phạm")  # III.3
        assert first >= 0 and second >= 0, prompt[:3000]
