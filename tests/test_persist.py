"""The no-pickle model directory format."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsanalytics.exceptions import ModelFormatError
from newsanalytics.persist import MANIFEST, load_model_dir, save_model_dir


def _save(tmp_path, **kw):
    args = {
        "format_name": "test.Model",
        "format_version": 1,
        "params": {"alpha": 0.5},
        "arrays": {"weights": {"coef": np.arange(6.0).reshape(2, 3)}},
        "json_files": {"vocabulary": ["a", "b", "c"]},
    }
    args.update(kw)
    return save_model_dir(tmp_path / "m", **args)


def test_round_trip_restores_arrays_params_and_json(tmp_path):
    path = _save(tmp_path)
    manifest, arrays, files = load_model_dir(path, format_name="test.Model", max_format_version=1)
    assert manifest["params"] == {"alpha": 0.5}
    np.testing.assert_array_equal(arrays["weights"]["coef"], np.arange(6.0).reshape(2, 3))
    assert files["vocabulary"] == ["a", "b", "c"]


def test_manifest_records_format_version_and_library_version(tmp_path):
    path = _save(tmp_path)
    manifest = json.loads((path / MANIFEST).read_text())
    assert manifest["format"] == "test.Model"
    assert isinstance(manifest["format_version"], int)
    assert manifest["library_version"]


def test_arrays_load_without_pickle(tmp_path):
    path = _save(tmp_path)
    with np.load(path / "weights.npz", allow_pickle=False) as npz:
        assert npz["coef"].shape == (2, 3)


def test_object_arrays_are_refused(tmp_path):
    with pytest.raises(ModelFormatError, match="pickle"):
        _save(tmp_path, arrays={"w": {"x": np.array([{"a": 1}], dtype=object)}})


def test_newer_format_version_is_refused_with_a_clear_message(tmp_path):
    path = _save(tmp_path, format_version=7)
    with pytest.raises(ModelFormatError, match="format_version 7 is newer"):
        load_model_dir(path, format_name="test.Model", max_format_version=1)


def test_other_model_kind_is_refused(tmp_path):
    path = _save(tmp_path)
    with pytest.raises(ModelFormatError, match="expected 'other.Model'"):
        load_model_dir(path, format_name="other.Model", max_format_version=1)


def test_missing_manifest_is_refused(tmp_path):
    with pytest.raises(ModelFormatError, match="no manifest.json"):
        load_model_dir(tmp_path, format_name="test.Model", max_format_version=1)
