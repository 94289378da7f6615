"""simplemma's decoded dictionaries kept in the user's cache (factcheck/lemmacache.py)."""
from __future__ import annotations

import os
import stat

import pytest
import simplemma

from factcheck import diskcache, lemmacache

df = pytest.importorskip("simplemma.strategies.dictionaries.dictionary_factory")

WORDS = {"fr": ["maisons", "fondée", "blessés", "ont", "périssent", "Valmontais", "qu'il"],
         "en": ["founded", "injured", "children", "was", "mice", "Derwickers", "don't"]}


def reference(lang: str, word: str):
    """simplemma's own table lookup."""
    return df.DefaultDictionaryFactory().get_dictionary(lang).get(word)


def factory(calls: list[str]):
    def load(lang):
        calls.append(lang)
        return df._load_dictionary_from_disk(lang)
    return lemmacache._Factory(df.MappingStrToByteString, load, df.DATA_FOLDER, simplemma.__version__)


def test_the_cached_lemmas_are_simplemma_s(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    for lang, words in WORDS.items():
        assert [lemmacache.lemmatize(w, lang) for w in words] == [simplemma.lemmatize(w, lang=lang) for w in words]
        assert [lemmacache.is_known(w, lang) for w in words] == [simplemma.is_known(w, lang=lang) for w in words]


def test_the_table_is_decoded_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    calls: list[str] = []
    first = factory(calls).get_dictionary("fr")
    assert calls == ["fr"]
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith(f"simplemma-{simplemma.__version__}-fr-")
    again = factory(calls).get_dictionary("fr")  # a new process, as it were
    assert calls == ["fr"]  # not decoded again
    assert again.get("maisons") == first.get("maisons") == reference("fr", "maisons") == "maison"
    assert len(again) == len(first)


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    calls: list[str] = []
    factory(calls).get_dictionary("en")
    (path,) = tmp_path.iterdir()
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    table = factory(calls).get_dictionary("en")
    assert calls == ["en", "en"]
    assert table.get("children") == reference("en", "children") is not None
    assert factory(calls).get_dictionary("en").get("mice") == reference("en", "mice")
    assert calls == ["en", "en"]


def test_an_empty_setting_means_no_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    calls: list[str] = []
    assert factory(calls).get_dictionary("fr").get("blessés") == reference("fr", "blessés") is not None
    assert diskcache.cache_dir() is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(locked / "factcheck"))
    calls: list[str] = []
    try:
        assert factory(calls).get_dictionary("fr").get("fondée") == reference("fr", "fondée") is not None
    finally:
        locked.chmod(stat.S_IRWXU)
    assert not (locked / "factcheck").exists()


def test_a_cache_path_that_is_a_file_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "factcheck"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker))
    calls: list[str] = []
    assert factory(calls).get_dictionary("en").get("injured") == reference("en", "injured") is not None
    assert blocker.read_text() == "not a folder"


def test_no_home_folder_means_no_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # as when HOME is unset and unknown
    monkeypatch.chdir(tmp_path)
    assert diskcache.cache_dir() is None
    calls: list[str] = []
    assert factory(calls).get_dictionary("en").get("children") == reference("en", "children")
    assert list(tmp_path.iterdir()) == []


def test_the_cache_folder_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / "factcheck"
    factory([]).get_dictionary("fr")
    assert [p.name.split("-")[2] for p in (tmp_path / "factcheck").iterdir()] == ["fr"]


def test_the_disk_table_finds_every_entry_and_nothing_else():
    table = {f"mot{i}".encode(): f"lemme{i % 7}".encode() for i in range(3000)}
    table["élèves".encode()] = "élève".encode()
    disk = lemmacache._DiskTable(lemmacache._DiskTable.build(table))
    assert len(disk) == len(table)
    assert all(disk.get(k.decode()) == v.decode() for k, v in table.items())
    assert disk["élèves"] == "élève"
    assert disk.get("mot3000") is None and disk.get("") is None and disk.get("Mot1", "-") == "-"
    with pytest.raises(KeyError):
        disk["inconnu"]
    assert sorted(disk) == sorted(k.decode() for k in table)


@pytest.mark.parametrize("blob", [b"", b"FCLT", b"XXXX" + bytes(12), lemmacache._DiskTable.build({})[:-8]])
def test_a_blob_that_is_no_table_is_refused(blob):
    with pytest.raises(ValueError):
        lemmacache._DiskTable(blob)


def test_a_table_file_of_another_layout_is_decoded_again(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    calls: list[str] = []
    factory(calls).get_dictionary("fr")
    (path,) = tmp_path.iterdir()
    path.write_bytes(diskcache.marshal.dumps(b"FCLT" + bytes(40)))  # valid marshal, not a table
    assert factory(calls).get_dictionary("fr").get("maisons") == reference("fr", "maisons")
    assert calls == ["fr", "fr"]


def test_the_lexicon_lemmas_from_the_cache_are_the_lemmatiser_s(tmp_path, monkeypatch):
    """A Language built from the cached lexicon lemmas equals one built by lemmatising."""
    from factcheck import language as language_module

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    fresh = language_module._build("fr")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    language_module._build("fr")  # writes the table
    assert any(p.name.startswith("lemmas-fr-") for p in tmp_path.iterdir())
    monkeypatch.setattr(lemmacache, "lemmatize", lambda *a: pytest.fail("lemmatised instead of read"))
    cached = language_module._build("fr")
    assert cached._lemmas == fresh._lemmas and len(cached._lemmas) > 300
    assert cached.lemma("blessés") == fresh.lemma("blessés") == "blessé"
    for role in language_module.ROLES:
        assert cached.roles[role].__dict__ == fresh.roles[role].__dict__


def test_the_words_met_are_remembered_so_a_later_run_needs_no_simplemma(tmp_path):
    import subprocess
    import sys

    words = WORDS["fr"] + ["Valmont"]
    script = ("import sys; from factcheck import lemmacache as m; "
              f"print([m.lemmatize(w, 'fr') for w in {words!r}], [m.is_known(w, 'fr') for w in {words!r}]); "
              "print('simplemma' in sys.modules)")
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    expected = str([simplemma.lemmatize(w, lang="fr") for w in words]) + " " + \
        str([simplemma.is_known(w, lang="fr") for w in words])
    assert first.stdout.splitlines() == [expected, "True"]
    assert second.stdout.splitlines() == [expected, "False"]  # every answer came from the cache
    assert list(tmp_path.glob("words-fr-*.marshal"))


def test_the_remembered_words_stop_at_a_cap(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemmacache, "MEMO_MAX", 3)
    memo = lemmacache._Memo("fr")
    for w in ("un", "deux", "trois", "quatre", "cinq"):
        memo.remember(memo.lemmas, w, w)
    assert list(memo.lemmas) == ["un", "deux", "trois"]
    memo.save()
    assert lemmacache._Memo("fr").lemmas == {"un": "un", "deux": "deux", "trois": "trois"}


def test_no_cache_folder_means_nothing_remembered(monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    memo = lemmacache._Memo("fr")
    memo.remember(memo.lemmas, "maisons", "maison")
    assert memo.lemmas == {} and not memo.new
