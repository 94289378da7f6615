"""Helpers for the hostile-input tests: invented articles, the CLI in a subprocess with
a hang guard, and an in-process alarm for code that could block.

Timeouts here are hang guards only (generous, never a speed target): a test that
hits one has found a hang, whatever the machine's load.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

FACTCHECK = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or shutil.which("factcheck")
HANG_GUARD = 60  # seconds: only a hang gets anywhere near this
MEMORY_GUARD = 4 << 30  # bytes of address space for a child: /dev/zero must not take the machine

# Two invented articles that disagree on one toll and agree on a founding year.
ARTICLE_A = """Effondrement à Corvalis : 9 morts

Le pont de Corvalis, ouvert en 1962, s'est effondré mardi soir. Selon la préfecture,
l'accident a fait 9 morts et 14 blessés. La maire, Odile Ferrand, a décrété un deuil.
Le pont avait été rénové en 2011 pour 3 millions d'euros.
"""
ARTICLE_B = """Corvalis : le bilan de l'effondrement du pont s'alourdit

Le pont de Corvalis, ouvert en 1962, a cédé mardi. L'accident a fait 11 morts et
14 blessés, selon les pompiers. Odile Ferrand, maire de Corvalis, a annoncé une enquête.
Les travaux de 2011 avaient coûté 3 millions d'euros.
"""


def articles(folder: Path, names: tuple[str, str] = ("a.txt", "b.txt")) -> tuple[Path, Path]:
    """Write the two invented articles into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / names[0], folder / names[1]
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    return a, b


def run(*args, stdin=None, input: bytes | None = None, env: dict | None = None, cwd=None,
        stdout=subprocess.PIPE, timeout: float = HANG_GUARD) -> subprocess.CompletedProcess:
    """`factcheck ARGS` in a subprocess (bytes in, bytes out), killed if it hangs, and
    refused memory past MEMORY_GUARD (so a test can fail, never take the machine down)."""
    full_env = {**os.environ, "COLUMNS": "100", **(env or {})}
    cmd = [FACTCHECK, *[os.fsencode(a) if isinstance(a, (str, Path)) else a for a in args]]
    return subprocess.run(cmd, stdin=stdin, input=input, stdout=stdout, stderr=subprocess.PIPE,
                          env=full_env, cwd=cwd, timeout=timeout, preexec_fn=_limit_memory)


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_GUARD, MEMORY_GUARD))
    except (ImportError, ValueError, OSError):
        pass


def one_error_line(stderr: bytes | str) -> str:
    """The single line on stderr (asserting there is exactly one and no traceback)."""
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    lines = text.strip().splitlines()
    assert "Traceback" not in text, text
    assert len(lines) == 1, text
    return lines[0]


class Hang(Exception):
    pass


@contextmanager
def hang_guard(seconds: int = HANG_GUARD):
    """Raise Hang if the block is still running after `seconds` (SIGALRM)."""
    def handler(signum, frame):
        raise Hang()

    old = signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
