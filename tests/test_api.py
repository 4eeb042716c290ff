"""The public surface: what ``import newsanalytics`` promises."""

from __future__ import annotations

import subprocess
import sys

import newsanalytics as na


def test_every_name_in_all_resolves():
    for name in na.__all__:
        assert getattr(na, name) is not None, name


def test_all_lists_exactly_the_exported_names():
    assert set(na.__all__) == {"__version__", *na._EXPORTS}


def test_errors_refine_the_builtins_they_name():
    assert issubclass(na.InputError, ValueError)
    assert issubclass(na.InputError, na.NewsAnalyticsError)
    assert issubclass(na.ModelFormatError, na.NewsAnalyticsError)


def test_import_is_light():
    # The CLI's --help must not pay for gensim or scikit-learn.
    code = "import sys, newsanalytics; print('gensim' in sys.modules, 'sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_package_ships_py_typed():
    from importlib.resources import files

    assert files("newsanalytics").joinpath("py.typed").is_file()
