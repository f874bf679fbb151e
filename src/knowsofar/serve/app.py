"""The web app and JSON API: one FastAPI app, every HTML page with a JSON twin.

Pages are rendered on the server with Jinja2 (autoescape on) and need no JavaScript;
``/shows/{slug}`` and ``/shows/{slug}.json`` render the same object. The API docs at
/docs are a server-rendered page built from the OpenAPI description (/openapi.json),
so they work under the same strict Content-Security-Policy as everything else.
"""

from __future__ import annotations

import gc
import hmac
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

import uvicorn
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from rapidfuzz import fuzz
from sqlalchemy import func, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from knowsofar.brief import build_brief, pictures
from knowsofar.core import Knowsofar, KnowsofarError
from knowsofar.kb.schema import Document, Show
from knowsofar.kb.store import KnowledgeBase
from knowsofar.recommend import Recommender, person_names, profiles_from_kb
from knowsofar.serve.feeds import atom_feed
from knowsofar.serve.security import SecurityMiddleware
from knowsofar.serve.templating import environment

ATOM_TYPE = "application/atom+xml; charset=utf-8"
RECOMMENDATIONS = 5
# New or forgotten documents make the similar-shows index stale at once (ShowCache sees
# them); this catches the rest, such as facts re-derived by `reextract`.
INDEX_MAX_AGE = 300.0
# Up to this many shows the index is built in the request that needs it (well under a
# second); above, in the background.
SYNC_INDEX_SHOWS = 20_000
# How close (rapidfuzz WRatio, 0-100) a name must be to a misspelt query to be shown.
NEAR_MISS_SCORE = 85


class IngestDocument(BaseModel):
    """One article to ingest: its text or its HTML, and where it came from."""

    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="The article's HTML page (text is extracted).")
    title: str | None = None
    url: str | None = Field(None, description="Where it was published (its identity in the KB).")
    published: str | None = Field(None, description="ISO date the article speaks for.")


class IngestRequest(BaseModel):
    documents: list[IngestDocument] = Field(default_factory=list, max_length=100)
    urls: list[str] = Field(
        default_factory=list, max_length=20, description="Public web pages to fetch and read."
    )


class FollowRequest(BaseModel):
    title: str = Field(..., max_length=300, description="Show title (forgiving of typos).")
    webhook: str = Field(..., max_length=2048, description="http(s) URL to POST changes to.")


class SimilarShows:
    """The similar-shows index, built on first use and rebuilt when the KB changes.

    A small KB's index is built in the request that needs it. A large one's takes
    seconds, so it is built in a background thread while pages go out without
    recommendations (or with the previous index's) until it is ready.
    """

    def __init__(self, ks: Knowsofar, sync_limit: int = SYNC_INDEX_SHOWS) -> None:
        self.ks = ks
        self.sync_limit = sync_limit
        self._lock = threading.Lock()
        self._index: Recommender | None = None
        self._built = 0.0
        self._stale = True
        self._building = False

    def invalidate(self) -> None:
        self._stale = True

    def _needs_build(self) -> bool:
        return self._index is None or self._stale or time.monotonic() - self._built > INDEX_MAX_AGE

    def _build(self) -> None:
        try:
            self._stale = False
            index = Recommender(profiles_from_kb(self.ks.kb), names=person_names(self.ks.kb))
            self._index, self._built = index, time.monotonic()
            # The index is long-lived: keep the collector from walking it again and again
            # (a full collection visits every object, a long pause with a large index).
            gc.freeze()
        finally:
            self._building = False

    def index(self, wait: bool | None = None) -> Recommender | None:
        """The current index; ``wait`` forces (or forbids) building it in this thread."""
        if self._needs_build() and not self._building:
            with self._lock:
                if self._needs_build() and not self._building:
                    self._building = True
                    if wait is None:
                        wait = count_shows(self.ks.kb) <= self.sync_limit
                    if wait:
                        self._build()
                    else:
                        threading.Thread(target=self._build, daemon=True).start()
        return self._index

    @property
    def ready(self) -> bool:
        return self._index is not None and not self._building

    def similar(self, slug: str, limit: int = RECOMMENDATIONS) -> list[dict[str, Any]]:
        index = self.index()
        return index.similar(slug, limit=limit) if index is not None else []


class ShowCache:
    """Recently served show objects, dropped whenever the KB changes.

    The KB changes when documents are ingested or forgotten, by this process or another
    (the CLI, a feed watcher). At most every ``check_every`` seconds one cheap query
    reads the documents' count and newest id; when they move, the cache is emptied and
    ``on_change`` runs (the similar-shows index goes stale). So a page is never more than
    ``check_every`` seconds behind the KB.
    """

    def __init__(
        self,
        ks: Knowsofar,
        on_change: Callable[[], None],
        size: int = 4096,
        check_every: float = 1.0,
    ) -> None:
        self.ks = ks
        self.on_change = on_change
        self.size = size
        self.check_every = check_every
        self._items: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._version: tuple[int, int] | None = None
        self._checked = 0.0

    def _kb_version(self) -> tuple[int, int]:
        with self.ks.kb.session() as s:
            count, newest = s.execute(select(func.count(Document.id), func.max(Document.id))).one()
            return int(count or 0), int(newest or 0)

    def _check(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        self._checked = now
        version = self._kb_version()
        if version != self._version:
            if self._version is not None:
                self.on_change()
            self._version = version
            self.clear()

    def get(self, slug: str) -> dict[str, Any] | None:
        if self.size <= 0:
            return None
        self._check()
        with self._lock:
            item = self._items.get(slug)
            if item is not None:
                self._items.move_to_end(slug)
            return item

    def put(self, slug: str, item: dict[str, Any]) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[slug] = item
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def _wants_json_error(request: Request) -> bool:
    path = request.url.path
    return path.endswith(".json") or path.startswith("/api/") or path.endswith(".atom")


def create_app(ks: Knowsofar | None = None, cache_size: int = 4096) -> FastAPI:
    """The app over ``ks`` (default: a Knowsofar from the environment's settings).

    ``cache_size`` show objects are kept between requests (0: none); see ShowCache.
    """
    ks = ks or Knowsofar()
    settings = ks.settings
    env = environment()
    similar = SimilarShows(ks)
    shows = ShowCache(ks, on_change=similar.invalidate, size=cache_size)
    ingest_lock = threading.Lock()

    app = FastAPI(
        title="knowsofar",
        version="0.1.0",
        summary="Has my show been renewed? Everything we know so far, with sources.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.ks = ks
    app.state.similar = similar
    app.add_middleware(
        SecurityMiddleware,
        max_body_bytes=settings.max_request_bytes,
        max_query_chars=settings.max_query_chars,
    )
    static_dir = resources.files("knowsofar.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=code)

    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json_error(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        heading = {404: "Not found", 405: "Not allowed"}.get(
            exc.status_code, "Something went wrong"
        )
        return page(
            "error.html",
            exc.status_code,
            status_code=exc.status_code,
            heading=heading,
            message=str(exc.detail),
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json_error(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return page("error.html", 422, status_code=422, heading="Bad request", message=problems)

    # -- reading helpers -------------------------------------------------------

    def show_object(slug: str) -> dict[str, Any] | None:
        cached = shows.get(slug)
        if cached is not None:
            return cached
        facts = ks.kb.show_facts(slug)
        if facts is None:
            return None
        data = {**facts, "recommended": similar.similar(facts["slug"])}
        # While the index is (re)built, recommendations may be missing or stale: not kept.
        if similar.ready:
            shows.put(slug, data)
        return data

    def canonical_show(slug: str, suffix: str, request: Request) -> Response | None:
        """Redirect a near-miss slug or title to the show's own address."""
        found = ks.kb.find_show(slug.replace("-", " "))
        if not found or found["slug"] == slug:
            return None
        target = f"/shows/{quote(found['slug'], safe='')}{suffix}"
        if request.url.query:
            target += "?" + request.url.query
        return RedirectResponse(target, status_code=307)

    def near_misses(q: str, found: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
        """Names with a typo in them: the KB's search finds substrings, so look up each
        word of the query and keep what is close to the whole query."""
        seen = {(r["type"], r["slug"]) for r in found}
        wanted = q.casefold()
        extra: dict[tuple[str, str], dict[str, Any]] = {}
        for word in {w for w in q.split() if len(w) >= 3}:
            for r in ks.kb.search(word, limit=20):
                key = (r["type"], r["slug"])
                score = fuzz.WRatio(wanted, str(r["name"]).casefold())
                if key not in seen and score >= NEAR_MISS_SCORE:
                    extra[key] = {**r, "score": score}
        return sorted(extra.values(), key=lambda r: -r["score"])[:limit]

    def search(q: str, limit: int) -> list[dict[str, Any]]:
        q = q.strip()
        if not q:
            return []
        results = ks.kb.search(q, limit=limit)
        if len(results) < limit:
            results += near_misses(q, results, limit - len(results))
        if not any(r["type"] == "show" for r in results):
            # The KB's search matches substrings; a misspelt title still finds its show.
            found = ks.kb.find_show(q)
            if found:
                results.insert(
                    0,
                    {"type": "show", "slug": found["slug"], "name": found["title"], "score": None},
                )
        return results[:limit]

    def home_object() -> dict[str, Any]:
        today = datetime.now(UTC).date()
        week = (today - timedelta(days=7)).isoformat()
        month = (today - timedelta(days=30)).isoformat()
        recent = ks.kb.status_changes(since=month, limit=200)
        periods = [
            {
                "key": "week",
                "label": "This week",
                "changes": [c for c in recent if (c.get("date") or "") >= week],
            },
            {
                "key": "month",
                "label": "This month",
                "changes": [c for c in recent if (c.get("date") or "") < week],
            },
        ]
        latest = ks.kb.status_changes(since=None, limit=20)
        return {"today": today.isoformat(), "periods": periods, "latest": latest}

    # -- pages and their JSON twins ---------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        data = home_object()
        return page("home.html", **data, show_count=count_shows(ks.kb))

    @app.get("/index.json", tags=["pages"], summary="Latest status changes (the home page)")
    def home_json() -> dict[str, Any]:
        """Status changes of the last week and month, and the latest ones whatever their date."""
        return home_object()

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        return page("search.html", query=q, results=search(q, 30))

    @app.get("/search.json", tags=["pages"], summary="Search shows, actors and characters")
    def search_json(
        q: Annotated[str, Query(max_length=200, description="Title, actor or character")],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> dict[str, Any]:
        """Forgiving of case, accents and small typos."""
        return {"query": q, "results": search(q, limit)}

    @app.get(
        "/shows/{slug}.json",
        tags=["pages"],
        summary="Everything we know about a show",
        response_class=JSONResponse,
    )
    def show_json(
        slug: str,
        request: Request,
        season: Annotated[int | None, Query(ge=0, le=1000)] = None,
    ) -> Any:
        """The show's facts, each with its sources, and similar shows ("recommended").

        With ``season`` the ``brief`` part is about that season.
        """
        data = show_object(slug)
        if data is None:
            redirect = canonical_show(slug, ".json", request)
            if redirect:
                return redirect
            raise HTTPException(404, f"no show {slug!r}; try /search.json?q=...")
        brief = build_brief(data, season, data["recommended"])
        head = {k: brief[k] for k in ("title", "season", "renewal", "release")}
        # Plain JSON types from the KB: skip FastAPI's generic (slow) encoder.
        return JSONResponse({**data, "brief": head})

    @app.get("/shows/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def show_page(
        slug: str, request: Request, season: Annotated[int | None, Query(ge=0, le=1000)] = None
    ) -> Response:
        data = show_object(slug)
        if data is None:
            redirect = canonical_show(slug, "", request)
            if redirect:
                return redirect
            raise HTTPException(404, f"We know no show called “{slug}”. Try the search box.")
        brief = build_brief(data, season, data["recommended"])
        seasons = sorted({s["number"] for s in data.get("seasons") or []})
        return page(
            "show.html",
            brief=brief,
            pictures=pictures(brief),
            site_links=True,
            seasons=seasons,
            season_param=season,
        )

    @app.get("/people/{slug}.json", tags=["pages"], summary="A person's roles across shows")
    def person_json(slug: str) -> dict[str, Any]:
        person = ks.kb.person(slug)
        if person is None:
            raise HTTPException(404, f"no person {slug!r}")
        return person

    @app.get("/people/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(slug: str) -> HTMLResponse:
        person = ks.kb.person(slug)
        if person is None:
            raise HTTPException(404, f"We know no one called “{slug}”.")
        return page("person.html", person=person)

    @app.get("/sources/{document_id}.json", tags=["pages"], summary="What we took from a source")
    def source_json(document_id: int) -> dict[str, Any]:
        doc = ks.kb.document(document_id)
        if doc is None:
            raise HTTPException(404, f"no source {document_id}")
        return doc

    @app.get("/sources/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def source_page(document_id: int) -> HTMLResponse:
        doc = ks.kb.document(document_id)
        if doc is None:
            raise HTTPException(404, f"We have no source number {document_id}.")
        return page("source.html", doc=doc)

    # -- feeds -------------------------------------------------------------------

    def feed(request: Request, title: str, **where: Any) -> Response:
        changes = ks.kb.status_changes(since=None, limit=100, **where)
        body = atom_feed(
            changes, title=title, self_url=str(request.url), base_url=base_url(request)
        )
        return Response(body, media_type=ATOM_TYPE)

    @app.get("/changes.atom", tags=["feeds"], summary="Atom feed of all status changes")
    def all_changes(request: Request) -> Response:
        return feed(request, "knowsofar: status changes")

    @app.get("/shows/{slug}/changes.atom", tags=["feeds"], summary="One show's status changes")
    def show_changes(slug: str, request: Request) -> Response:
        found = ks.kb.show_facts(slug) or ks.kb.find_show(slug.replace("-", " "))
        if not found:
            raise HTTPException(404, f"no show {slug!r}")
        return feed(request, f"{found['title']}: status changes", slug=found["slug"])

    @app.get(
        "/networks/{name}/changes.atom", tags=["feeds"], summary="One network's status changes"
    )
    def network_changes(name: str, request: Request) -> Response:
        known = {n.casefold(): n for n in ks.kb.network_names()}
        network = known.get(name.casefold().replace("-", " ")) or known.get(name.casefold())
        if network is None:
            raise HTTPException(
                404, f"no network {name!r}; known: {', '.join(sorted(known.values()))}"
            )
        return feed(request, f"{network}: status changes", network=network)

    # -- write API (token required) --------------------------------------------

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if not settings.api_token:
            raise HTTPException(
                403,
                "write endpoints are off: set KNOWSOFAR_API_TOKEN on the server to turn them on",
            )
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not given or not hmac.compare_digest(given.encode(), settings.api_token.encode()):
            raise HTTPException(
                401,
                "missing or wrong token: send 'Authorization: Bearer <KNOWSOFAR_API_TOKEN>'",
                headers={"WWW-Authenticate": "Bearer"},
            )

    @app.post(
        "/api/ingest",
        tags=["write"],
        summary="Read, extract and store articles",
        dependencies=[Depends(require_token)],
    )
    def api_ingest(body: IngestRequest, request: Request) -> dict[str, Any]:
        """Ingest articles given as text or HTML, or public URLs to fetch.

        Followers of shows whose status changed get their webhooks.
        Needs ``Authorization: Bearer <token>``.
        """
        from knowsofar.serve.ingest import ingest_documents, to_documents

        if not body.documents and not body.urls:
            raise HTTPException(422, "give 'documents' (text or html) or 'urls' to ingest")
        with ingest_lock:
            items = to_documents([d.model_dump() for d in body.documents], body.urls, settings)
            summary = ingest_documents(ks, items, base_url=base_url(request))
        similar.invalidate()
        shows.clear()
        return summary

    @app.post(
        "/api/follow",
        tags=["write"],
        summary="Follow a show: a webhook on each status change",
        dependencies=[Depends(require_token)],
    )
    def api_follow(body: FollowRequest) -> dict[str, Any]:
        """Register a webhook for a show. The answer holds the signing secret: keep it.

        Needs ``Authorization: Bearer <token>``.
        """
        try:
            return ks.follow(body.title, body.webhook)
        except KnowsofarError as exc:
            raise HTTPException(422, str(exc)) from exc

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        # Browsers ask for it on pages without a <link rel=icon> (feeds, JSON).
        svg = static_dir.joinpath("favicon.svg").read_bytes()
        return Response(svg, media_type="image/svg+xml")

    # -- docs ----------------------------------------------------------------------

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return page("docs.html", api=app.openapi())

    return app


def count_shows(kb: KnowledgeBase) -> int:
    with kb.session() as s:
        return int(s.scalar(select(func.count()).select_from(Show)) or 0)


def bind(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A listening socket (port 0 picks a free one); its address is known before serving."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio then sets TCP_NODELAY on accepted connections (with proto
    # 0 it does not, and each response waits ~40 ms on the peer's delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise KnowsofarError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def address(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def make_server(app: FastAPI, log_level: str = "warning") -> uvicorn.Server:
    config = uvicorn.Config(app, log_level=log_level, access_log=False, server_header=False)
    return uvicorn.Server(config)


def serve(
    ks: Knowsofar,
    host: str = "127.0.0.1",
    port: int = 8000,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve the web app with uvicorn until interrupted; ``announce`` gets the address."""
    sock = bind(host, port)
    server = make_server(create_app(ks), log_level="info")
    announce(f"knowsofar is serving on {address(sock)} (press Ctrl-C to stop)")
    server.run(sockets=[sock])
