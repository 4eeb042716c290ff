"""What a build script's output depends on besides its input and settings, for its manifest.

A learned artifact is rebuilt byte for byte only from the same code, thread count and numeric
libraries (scripts/train_actor_typer.py: the actor typer's rebuild at the commit that trained
it matches with 2 threads, not with 1). :func:`build_info` records them.
"""

from __future__ import annotations

import platform
import subprocess
from pathlib import Path

import numpy as np
import scipy
import sklearn


def code_commit(root: Path, exclude: Path | None = None) -> tuple[str | None, bool | None]:
    """The commit checked out at ``root`` and whether ``src`` or ``scripts`` differ from it
    (``exclude``, the script's own output, left aside); ``None`` outside git."""
    git = ["git", "-C", str(root)]
    paths = ["src", "scripts"] + ([f":!{exclude.relative_to(root)}"] if exclude else [])
    try:
        head = subprocess.run(
            [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "status", "--porcelain", "--", *paths],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None, None
    return head, bool(changed)


def build_info(root: Path, threads: int, exclude: Path | None = None) -> dict:
    """The code commit (and whether it was changed), the thread count the script fitted
    with and the versions of Python and the numeric libraries."""
    commit, changed = code_commit(root, exclude)
    return {
        "code_commit": commit,
        "code_changed_since_commit": changed,
        "threads": threads,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
    }
