"""Apache Jena's TDB2 from the tests: load N-Quads into a fresh TDB2 folder, run a query, read rows.

The interface is three functions: ``missing()`` says why Jena cannot run here (or None),
``load(nquads, folder)`` creates a TDB2 database from an N-Quads file and ``select(folder,
query)`` answers a SELECT over the union of the named graphs (``tdb2:unionDefaultGraph``), as
pyoxigraph's ``QuerySolutions``. It runs the command-line tools ``tdb2.tdbloader`` and
``tdb2.tdbquery`` with ``java``, from the jars that Debian's ``libapache-jena-java`` puts in
``/usr/share/java`` (or the folder in ``$JENA_JARS``).

Two things about Debian's Jena 4.5 jars: ``/usr/share/java/*`` as the class path fails at start
(two SLF4J bindings, log4j-over-slf4j and slf4j-log4j12, refuse to run together), so the class path
names the jars Jena needs and SLF4J's no-op binding; and Jena's built-in copy of Xerces is
packaged as ``xerces.*`` while its message files stayed under ``org/apache/jena/ext/xerces/``, so
``XSDDatatype`` fails to initialise ("internal error" from ``XSSimpleTypeDecl``) until the files
are found as ``xerces/impl/msg/*.properties`` and ``xerces/impl/xpath/regex/message.properties``:
they are copied out of ``jena-core.jar`` into a folder on the class path.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pyoxigraph as ox

JARS = ("jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage "
        "jena-dboe-trans-data jena-dboe-transaction jena-iri jena-tdb2 commons-cli commons-codec "
        "commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava "
        "httpclient httpcore jackson-annotations jackson-core jackson-databind jakarta.json-api "
        "jsonld-java protobuf slf4j-api slf4j-nop thrift titanium-json-ld").split()
_XERCES = "org/apache/jena/ext/xerces/"


def _jar_folder() -> Path:
    return Path(os.environ.get("JENA_JARS", "/usr/share/java"))


def missing() -> str | None:
    """Why Jena cannot run here (for ``pytest.skip``), or None when it can."""
    if not shutil.which("java"):
        return "no java on PATH (apt-get install default-jre-headless)"
    absent = [name for name in JARS if not (_jar_folder() / f"{name}.jar").is_file()]
    if absent:
        return (f"Jena's jars are not in {_jar_folder()} ({', '.join(absent[:3])}...); "
                "apt-get install libapache-jena-java, or set $JENA_JARS")
    return None


@functools.cache
def _classpath() -> str:
    messages = Path(tempfile.mkdtemp(prefix="jena-xerces-"))
    atexit.register(shutil.rmtree, messages, True)
    with zipfile.ZipFile(_jar_folder() / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(_XERCES) and name.endswith(".properties"):
                target = messages / "xerces" / name[len(_XERCES):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return os.pathsep.join([*(str(_jar_folder() / f"{name}.jar") for name in JARS), str(messages)])


def _run(tool: str, *args: str, timeout: float) -> bytes:
    command = ["java", "-Xmx1g", "-cp", _classpath(), tool, *args]
    done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{tool} exited with {done.returncode}: "
                           f"{done.stderr.decode('utf-8', 'replace')[-2000:]}")
    return done.stdout


def load(nquads: Path, folder: Path, *, timeout: float = 300) -> Path:
    """A new TDB2 database in ``folder`` (which must not exist yet) holding ``nquads``."""
    if folder.exists():
        raise FileExistsError(folder)
    _run("tdb2.tdbloader", "--loc", str(folder), str(nquads), timeout=timeout)
    return folder


def select(folder: Path, query: str, *, timeout: float = 300) -> ox.QuerySolutions:
    """The answer to a SELECT ``query`` (full text, prefixes declared) over the union graph."""
    with tempfile.NamedTemporaryFile("w", suffix=".rq", encoding="utf-8", delete=False) as file:
        file.write(query)
    try:
        data = _run("tdb2.tdbquery", "--loc", str(folder), "--set", "tdb2:unionDefaultGraph=true",
                    "--results=JSON", "--query", file.name, timeout=timeout)
    finally:
        os.unlink(file.name)
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
