"""Who holds a store: the process that has the lock on its ``LOCK`` file, and for how long.

The engine (RocksDB under pyoxigraph) takes a POSIX lock on ``STORE/LOCK`` for as long as a
process has the store open. Linux lists every such lock in ``/proc/locks`` with the holder's
process id; ``/proc/PID`` gives its command line and start time. Elsewhere, or where ``/proc``
cannot be read, ``holder`` says nothing (None) and the message stays general.
"""

from __future__ import annotations

import os
from pathlib import Path


def holder(lock_file: Path) -> str | None:
    """``process PID, running for TIME: `COMMAND``` for the holder of ``lock_file``'s lock."""
    try:
        info = lock_file.stat()
        locks = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    for line in locks.splitlines():
        fields = line.split()
        if "->" in fields or len(fields) < 6 or fields[5] != device:  # "->": a waiting lock
            continue
        pid = fields[4]
        if not pid.isdigit():
            return None
        command, age = _command(pid), _age(pid)
        return (f"process {pid}" + (f", running for {duration(age)}" if age is not None else "")
                + (f": `{command}`" if command else ""))
    return None


def _command(pid: str, longest: int = 80) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
    except OSError:
        return ""
    words = [os.path.basename(argv[0].decode(errors="replace"))] + [
        a.decode(errors="replace") for a in argv[1:]]
    text = " ".join(" ".join(words).split())  # a script given with -c has newlines
    return text if len(text) <= longest else text[:longest - 3] + "..."


def _age(pid: str) -> float | None:
    """Seconds since the process started (its start time in clock ticks after boot)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
        started = int(stat.rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return max(0.0, uptime - started)


def duration(seconds: float) -> str:
    """A short human duration.

    >>> duration(4.2), duration(125), duration(7380), duration(200000)
    ('4 s', '2 min 5 s', '2 h 3 min', '2 days 7 h')
    """
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    if seconds < 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    days = seconds // 86400
    return f"{days} day{'s' if days != 1 else ''} {seconds % 86400 // 3600} h"
