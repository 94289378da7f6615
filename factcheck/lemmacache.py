"""simplemma's dictionaries, decoded once per machine.

simplemma ships each language's dictionary compressed and front-coded; decoding the
French one takes about 0.2 s, which is most of factcheck's start-up. The decoded table
(bytes to bytes, as simplemma holds it) is kept in the user's cache directory as a
marshal file and loaded from there in about a fifth of that time. The file's name
carries simplemma's version and the data file's size and time, so a new simplemma
rebuilds it.

Nothing here is needed for correctness: when the cache cannot be read or written (no
home directory, a read-only disk, another simplemma layout), lemmas come from
simplemma's own loader, with the same results. Set FACTCHECK_CACHE_DIR to choose the
folder, or to an empty string to use no cache.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from functools import lru_cache
from pathlib import Path

FORMAT = 1  # bump when the file's layout changes


def cache_dir() -> Path | None:
    """Where decoded dictionaries are kept, or None for no cache."""
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~") or not os.path.isabs(home):
            return None  # no home folder: no cache, rather than a "~" folder where we run
        base = os.path.join(home, ".cache")
    return Path(base) / "factcheck"


class _Factory:
    """A simplemma DictionaryFactory that reads decoded tables from the cache."""

    def __init__(self, wrap, load, data_folder: Path, version: str):
        self._wrap, self._load, self._data, self._version = wrap, load, data_folder, version
        self._got: dict[str, object] = {}

    def get_dictionary(self, lang: str):
        got = self._got.get(lang)
        if got is None:
            got = self._got[lang] = self._wrap(self._table(lang))
        return got

    def _table(self, lang: str) -> dict:
        folder = cache_dir()
        source = self._data / f"{lang}.plzma"
        path = None
        if folder is not None and source.is_file():
            st = source.stat()
            path = folder / f"simplemma-{self._version}-{lang}-{st.st_size}-{int(st.st_mtime)}-v{FORMAT}.marshal"
            table = _read(path)
            if table is not None:
                return table
        table = self._load(lang)  # simplemma's own decoder (raises ValueError for an unknown language)
        if path is not None:
            _write(path, table)
        return table


def _read(path: Path) -> dict | None:
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return table if isinstance(table, dict) else None


def _write(path: Path, table: dict) -> None:
    """Write atomically (a temporary file renamed), so a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(table))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # no cache this time; the next run tries again


@lru_cache(maxsize=None)
def _tools():
    """(lemmatize, is_known) backed by the cache, or simplemma's own functions when its
    layout is not the one this module knows."""
    import simplemma

    try:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
        from simplemma.strategies.dictionaries import dictionary_factory as df
        from simplemma.utils import normalize_token

        wrap, load, data = df.MappingStrToByteString, df._load_dictionary_from_disk, df.DATA_FOLDER
        version = simplemma.__version__
    except (ImportError, AttributeError):
        return simplemma.lemmatize, simplemma.is_known
    factory = _Factory(wrap, load, Path(data), version)
    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    lookup = DictionaryLookupStrategy(factory)

    def is_known(token: str, lang: str) -> bool:
        return lookup.get_lemma(normalize_token(token), lang) is not None

    return lemmatizer.lemmatize, is_known


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of a word (`simplemma.lemmatize(word, lang=lang)`)."""
    return _tools()[0](word, lang)


def is_known(word: str, lang: str) -> bool:
    """Is the word in simplemma's dictionary of `lang` (`simplemma.is_known`)?"""
    return _tools()[1](word, lang)
