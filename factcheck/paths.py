"""Expand the paths of a run into the files to read: folders walked, each file once.

A folder is walked without recursion (a folder nested thousands of levels deep is
fine), in sorted order, skipping hidden entries. Only regular files with a supported
suffix are taken from a folder; a FIFO or a device there is skipped with a warning,
so nothing in a folder can hang a run. A symbolic link whose target lies outside the
folder given is not followed unless `follow_links` is set: a link to /etc/passwd in
a folder of articles must not end up quoted in a report.

A file named twice, under any spelling (`a.txt ./a.txt $PWD/a.txt`, a hard link, a
symbolic link), is read once; an explicit path that repeats one is named in a warning.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field

from factcheck.model import Problem
from factcheck.safeio import display_path, file_key, kind_of

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm"}


@dataclass
class Expansion:
    """The files to read, in order; the problems met; which files came from a folder."""

    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    in_folder: set[str] = field(default_factory=set)
    _keys: dict[tuple[int, int], str] = field(default_factory=dict)
    _dirs: set[tuple[int, int]] = field(default_factory=set)  # (device, inode) of folders walked
    _skip: set[tuple[int, int]] = field(default_factory=set)

    def add(self, path: str, key: tuple[int, int] | None, *, explicit: bool) -> None:
        if key in self._skip:
            return
        first = self._keys.get(key) if key is not None else None
        if first is not None:
            if explicit:
                self.problems.append(Problem(display_path(path), f"same file as {display_path(first)}, "
                                             "read once", "warning"))
            return
        if key is not None:
            self._keys[key] = path
        self.files.append(path)
        if not explicit:
            self.in_folder.add(path)

    def problem(self, path: str, message: str, level: str = "error") -> None:
        self.problems.append(Problem(display_path(path), message, level))


def _inside(target: str, root: str) -> bool:
    try:
        return os.path.commonpath([target, root]) == root
    except ValueError:  # different drives
        return False


def _stat_problem(err: OSError, path: str) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(err, FileNotFoundError):
        return "broken symbolic link" if os.path.islink(path) else "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    return f"cannot read ({err.strerror or err})"


def _entries(folder: str, out: Expansion) -> list[os.DirEntry] | None:
    try:
        with os.scandir(folder) as it:
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except PermissionError:
        out.problem(folder, "cannot read directory: permission denied")
    except OSError as err:
        out.problem(folder, f"cannot read directory: {err.strerror or err}")
    return None


def _walk(root: str, root_key: tuple[int, int], out: Expansion, follow_links: bool) -> None:
    """Append the supported regular files under `root`, depth first, sorted.

    Folders are known by device and inode, not by resolved path: resolving a path
    costs one lstat per component, quadratic in a deep tree."""
    root_real = os.path.realpath(root)
    before = (len(out.files), len(out.problems))
    entries = _entries(root, out)
    if entries is None:
        return
    frames: list[tuple[list[os.DirEntry], int, tuple[int, int]]] = [(entries, 0, root_key)]
    ancestors = {root_key}
    while frames:
        entries, i, dir_key = frames[-1]
        if i == len(entries):
            frames.pop()
            ancestors.discard(dir_key)
            continue
        frames[-1] = (entries, i + 1, dir_key)
        entry = entries[i]
        supported = os.path.splitext(entry.name)[1].lower() in SUPPORTED
        try:
            if entry.is_symlink():
                if not follow_links and not _inside(os.path.realpath(entry.path), root_real):
                    out.problem(entry.path, "symbolic link out of the folder, not followed "
                                "(--follow-links reads it)", "warning")
                    continue
            info = os.stat(entry.path)
        except OSError as err:
            if err.errno == errno.ELOOP:
                out.problem(entry.path, "symlink loop, skipped")
            elif supported or not isinstance(err, FileNotFoundError):
                out.problem(entry.path, _stat_problem(err, entry.path))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                out.problem(entry.path, "symlink loop, skipped")
            elif key not in out._dirs:
                out._dirs.add(key)
                sub = _entries(entry.path, out)
                if sub:
                    frames.append((sub, 0, key))
                    ancestors.add(key)
        elif supported:
            kind = kind_of(info.st_mode)
            if kind is not None:
                out.problem(entry.path, f"not a regular file ({kind}), skipped", "warning")
            else:
                out.add(entry.path, (info.st_dev, info.st_ino), explicit=False)
    if (len(out.files), len(out.problems)) == before:
        out.problem(root, "no .txt, .md or .html file in this folder", "warning")


def expand(paths: list[str], *, follow_links: bool = False, exclude: list[str] | None = None) -> Expansion:
    """Folders expanded (recursively, sorted); missing paths and loops become Problems.

    A file in `exclude` is left out, silently, wherever it is met."""
    out = Expansion()
    out._skip = {key for key in map(file_key, exclude or []) if key is not None}
    for path in paths:
        if path == "-":
            if "-" not in out.files:
                out.files.append("-")
            continue
        try:
            info = os.stat(path)
        except (OSError, ValueError) as err:
            if isinstance(err, ValueError):  # an embedded NUL byte
                out.problem(path, "invalid file name")
            else:
                out.problem(path, _stat_problem(err, path))
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key not in out._dirs:
                out._dirs.add(key)
                _walk(path, key, out, follow_links)
        else:
            out.add(path, (info.st_dev, info.st_ino), explicit=True)
    return out


def iter_paths(paths: list[str], *, follow_links: bool = False) -> tuple[list[str], list[Problem]]:
    """The files `paths` name, folders expanded, and the problems met on the way."""
    out = expand(paths, follow_links=follow_links)
    return out.files, out.problems
