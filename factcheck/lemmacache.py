"""simplemma's dictionaries, decoded once per machine and looked up in place.

simplemma ships each language's dictionary compressed and front-coded; decoding the
French one takes about 0.2 s, and even unpacking its 250,000 entries from a saved dict
takes 45 ms, most of a short run's start-up, when such a run looks up a few hundred
words (factcheck remembers each word's lemma). So the decoded table is kept in the
user's cache directory as one hash table in a file (`_DiskTable`): reading it is one
file read, and a lookup costs about a microsecond. The file's name carries simplemma's
version and the data file's size and time, so a new simplemma rebuilds it; only the
tables used last are kept, a few per language. simplemma takes any mapping from its
dictionary factory (its `DictionaryFactory` protocol), so its own lookups are unchanged.

Nothing here is needed for correctness: when the cache cannot be read or written (no
home directory, a read-only disk, another simplemma layout), lemmas come from
simplemma's own loader, with the same results (see `diskcache` for the folder).
"""
from __future__ import annotations

import atexit
import importlib.util
import struct
import zlib
from array import array
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from . import diskcache

FORMAT = 2  # bump when the file's layout changes
KEEP = 3    # decoded tables kept per language (one per simplemma install that ran)


def stamp(lang: str) -> bytes | None:
    """What simplemma's lemmas of `lang` depend on, found without importing simplemma
    (that is the slow part): where it is installed, and the size and time of its
    package and dictionary files. None when simplemma is laid out otherwise."""
    try:
        spec = importlib.util.find_spec("simplemma")
        root = Path(spec.origin).parent
        files = (root / "__init__.py", root / "__metadata__.py",
                 root / "strategies" / "dictionaries" / "data" / f"{lang}.plzma")
        return "\n".join(f"{f}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files).encode()
    except (ImportError, AttributeError, TypeError, ValueError, OSError):
        return None


class _Factory:
    """A simplemma DictionaryFactory that reads decoded tables from the cache."""

    def __init__(self, wrap, load, data_folder: Path, version: str):
        self._wrap, self._load, self._data, self._version = wrap, load, data_folder, version
        self._got: dict[str, object] = {}

    def get_dictionary(self, lang: str):
        got = self._got.get(lang)
        if got is None:
            got = self._got[lang] = self._table(lang)
        return got

    def _table(self, lang: str) -> Mapping[str, str]:
        folder = diskcache.cache_dir()
        source = self._data / f"{lang}.plzma"
        path = None
        if folder is not None and source.is_file():
            st = source.stat()
            path = folder / f"simplemma-{self._version}-{lang}-{st.st_size}-{int(st.st_mtime)}-v{FORMAT}.marshal"
            blob = diskcache.read(path)
            if isinstance(blob, bytes):
                try:
                    return _DiskTable(blob)
                except ValueError:
                    pass  # not a table this version writes: decode again
        table = self._load(lang)  # simplemma's own decoder (raises ValueError for an unknown language)
        if path is None:
            return self._wrap(table)
        blob = _DiskTable.build(table)
        # keep a few versions: several installs may share the folder
        diskcache.write(path, blob, family=f"simplemma-*-{lang}-*.marshal", keep=KEEP)
        return _DiskTable(blob)


class _DiskTable(Mapping):
    """A decoded dictionary (str to str, stored as UTF-8) as an open-addressing hash
    table in one bytes object: a header, a slot array (each slot 0 or one plus the
    offset of an entry), then the entries (key length, value length, key, value). A
    key's first slot is its CRC-32; collisions take the next free slot."""

    HEAD = struct.Struct("=4sIII")  # magic, byte-order mark, slots, entries
    MAGIC, ORDER = b"FCLT", 0x01020304
    ENTRY = struct.Struct("=HH")

    __slots__ = ("_blob", "_slots", "_mask", "_len")

    def __init__(self, blob: bytes):
        if len(blob) < self.HEAD.size:
            raise ValueError("not a table")
        magic, order, n, count = self.HEAD.unpack_from(blob)
        if magic != self.MAGIC or order != self.ORDER or n & (n - 1) or len(blob) < self.HEAD.size + 4 * n:
            raise ValueError("not a table")
        self._blob = blob
        self._slots = memoryview(blob)[self.HEAD.size:self.HEAD.size + 4 * n].cast("I")
        self._mask, self._len = n - 1, count

    @classmethod
    def build(cls, table: dict[bytes, bytes]) -> bytes:
        n = 1 << max(4, (2 * len(table)).bit_length())  # at most half full
        mask, base = n - 1, cls.HEAD.size + 4 * n
        slots = array("I", bytes(4 * n))
        entries = bytearray()
        count = 0
        for key, value in table.items():
            if len(key) > 0xFFFF or len(value) > 0xFFFF:
                continue  # cannot be a word
            h = zlib.crc32(key) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = base + len(entries) + 1
            entries += cls.ENTRY.pack(len(key), len(value)) + key + value
            count += 1
        return cls.HEAD.pack(cls.MAGIC, cls.ORDER, n, count) + slots.tobytes() + bytes(entries)

    def get(self, key: str, default=None):
        raw = key.encode()
        blob, slots, mask, unpack = self._blob, self._slots, self._mask, self.ENTRY.unpack_from
        size = len(raw)
        h = zlib.crc32(raw) & mask
        while True:
            at = slots[h]
            if not at:
                return default
            klen, vlen = unpack(blob, at - 1)
            if klen == size and blob[at + 3:at + 3 + size] == raw:  # the key follows the 4-byte lengths
                return blob[at + 3 + size:at + 3 + size + vlen].decode()
            h = (h + 1) & mask

    def __getitem__(self, key: str) -> str:
        got = self.get(key)
        if got is None:
            raise KeyError(key)
        return got

    def __iter__(self) -> Iterator[str]:
        blob = self._blob
        for at in self._slots:
            if at:
                klen, _v = self.ENTRY.unpack_from(blob, at - 1)
                yield blob[at + 3:at + 3 + klen].decode()

    def __len__(self) -> int:
        return self._len


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


# The words whose answers are remembered between runs, per language: a short run meets
# mostly words seen before, and then never imports simplemma (a third of its start-up).
MEMO_MAX = 50_000


class _Memo:
    """Lemmas ("l") and dictionary answers ("k") of the words met, read from the cache
    on first use and written back at exit when new words were met. Its file's name
    carries simplemma's `stamp`, so another simplemma starts afresh."""

    def __init__(self, lang: str):
        self.lang = lang
        self.path = None
        self.lemmas: dict[str, str] = {}
        self.known: dict[str, bool] = {}
        self.new = False
        folder, source = diskcache.cache_dir(), stamp(lang)
        if folder is None or source is None:
            return
        digest = zlib.crc32(source) & 0xFFFFFFFF
        self.path = folder / f"words-{lang}-{digest:08x}-v{FORMAT}.marshal"
        got = diskcache.read(self.path)
        if isinstance(got, dict) and isinstance(got.get("l"), dict) and isinstance(got.get("k"), dict):
            self.lemmas, self.known = got["l"], got["k"]

    def remember(self, table: dict, word: str, answer) -> None:
        if self.path is not None and len(table) < MEMO_MAX:
            table[word] = answer
            if not self.new:
                self.new = True
                atexit.register(self.save)

    def save(self) -> None:
        if self.new and self.path is not None:
            diskcache.write(self.path, {"l": self.lemmas, "k": self.known}, family=f"words-{self.lang}-*.marshal",
                            keep=KEEP)
            self.new = False


_MEMOS: dict[str, _Memo] = {}


def _memo(lang: str) -> _Memo:
    got = _MEMOS.get(lang)
    if got is None:
        got = _MEMOS[lang] = _Memo(lang)
    return got


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of a word (`simplemma.lemmatize(word, lang=lang)`)."""
    memo = _memo(lang)
    got = memo.lemmas.get(word)
    if got is None:
        got = _tools()[0](word, lang)
        memo.remember(memo.lemmas, word, got)
    return got


def is_known(word: str, lang: str) -> bool:
    """Is the word in simplemma's dictionary of `lang` (`simplemma.is_known`)?"""
    memo = _memo(lang)
    got = memo.known.get(word)
    if got is None:
        got = bool(_tools()[1](word, lang))
        memo.remember(memo.known, word, got)
    return got
