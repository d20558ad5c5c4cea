"""A query with a time limit: run in a forked child process that is killed at the deadline.

A runaway query (a cartesian product, say) stops for real; it is not just abandoned while it
goes on using a core. A ``KzgraphError`` in the child is raised again in the parent.
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
from collections.abc import Callable

from .. import errors
from ..errors import QueryError, QueryTimeout


def call_with_timeout(work: Callable[[], bytes], timeout: float | None, *,
                      where: str | None = None) -> bytes:
    """``work()``'s bytes, computed in a forked child that is killed after ``timeout`` seconds.

    A ``KzgraphError`` raised in the child is raised again here. With ``timeout=None`` (or
    where there is no ``fork``) ``work`` runs in this process, with no limit.

    >>> call_with_timeout(lambda: b"rows", 5)
    b'rows'
    """
    if timeout is None or not hasattr(os, "fork"):
        return work()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any cleanup
        try:
            os.close(read_end)
            try:
                payload = b"R" + work()
            except errors.KzgraphError as error:
                payload = b"E" + json.dumps([type(error).__name__, error.message,
                                             error.location]).encode()
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                payload = b"X" + f"{type(error).__name__}: {error}".encode()
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        payload = _read_until(read_end, time.monotonic() + timeout)
    finally:
        os.close(read_end)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    if payload is None:
        raise QueryTimeout(f"stopped after {timeout:g} s; add a LIMIT or more specific patterns, "
                           "or give it longer with --timeout SECONDS", location=where)
    kind, body = payload[:1], payload[1:]
    if kind == b"R":
        return body
    if kind == b"E":
        name, message, location = json.loads(body)
        raise getattr(errors, name, QueryError)(message, location=location)
    raise QueryError(f"the query failed: {body.decode('utf-8', 'replace') or 'no answer'}",
                     location=where)


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes to ``fd``, or ``None`` when the deadline passes first."""
    chunks = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
