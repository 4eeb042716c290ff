"""The no-pickle model directory format."""

from __future__ import annotations

import json
from pathlib import Path

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


# ------------------------------------------------------------------ a model dir is untrusted
from newsanalytics.persist import ArraySpec, ModelSpec  # noqa: E402

SPEC = ModelSpec(
    arrays={"weights": {"coef": ArraySpec("f", ("n_classes", "n_features"))}},
    json_files={"vocabulary": (list, str)},
    manifest={"params": dict},
    lengths={"n_features": ("vocabulary",)},
)


def _load(path, spec=SPEC):
    return load_model_dir(path, format_name="test.Model", max_format_version=1, spec=spec)


def _edit_manifest(path, **changes):
    manifest = json.loads((path / MANIFEST).read_text())
    manifest.update(changes)
    (path / MANIFEST).write_text(json.dumps(manifest))


def test_a_spec_loads_a_good_model(tmp_path):
    manifest, arrays, files = _load(_save(tmp_path))
    assert arrays["weights"]["coef"].shape == (2, 3) and files["vocabulary"] == ["a", "b", "c"]


@pytest.mark.parametrize(
    "name", ["../outside/weights", "/etc/passwd", "sub/weights", "..", "", "a\x00b", 5]
)
def test_names_that_are_not_plain_file_names_are_refused(tmp_path, name):
    path = _save(tmp_path)
    (tmp_path / "outside").mkdir()
    np.savez(tmp_path / "outside" / "weights.npz", coef=np.zeros((2, 3)))
    _edit_manifest(path, arrays=[name])
    with pytest.raises(ModelFormatError, match="plain file name|must list file names"):
        load_model_dir(path, format_name="test.Model", max_format_version=1)


@pytest.mark.parametrize("which", ["weights.npz", "vocabulary.json", "manifest.json"])
def test_links_that_leave_the_directory_are_refused(tmp_path, which):
    path = _save(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (path / which).rename(outside / which)
    (path / which).symlink_to(outside / which)
    with pytest.raises(ModelFormatError, match="outside the model directory"):
        _load(path)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"[1, 2, 3]", "expected a JSON object"),
        (b"\xff\xfe\x00garbage\x80", "unreadable"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b'{"format": "test.Model", "format_version": 1, "x": ' + b"[" * 40 + b"]" * 40 + b"}",
         "nested deeper"),
    ],
)
def test_a_damaged_manifest_is_a_model_format_error(tmp_path, content, match):
    path = _save(tmp_path)
    (path / MANIFEST).write_bytes(content)
    with pytest.raises(ModelFormatError, match=match):
        _load(path)


@pytest.mark.parametrize("version", [True, False, -5, 0, "1", 1.0, None])
def test_format_version_must_be_a_positive_int(tmp_path, version):
    path = _save(tmp_path)
    _edit_manifest(path, format_version=version)
    with pytest.raises(ModelFormatError, match="format_version must be a positive integer"):
        _load(path)


@pytest.mark.parametrize(
    "changes",
    [{"arrays": "weights"}, {"json_files": {"vocabulary": 1}}, {"params": [1]}, {"arrays": [1]}],
)
def test_manifest_values_of_the_wrong_type_are_refused(tmp_path, changes):
    path = _save(tmp_path)
    _edit_manifest(path, **changes)
    with pytest.raises(ModelFormatError, match="manifest.json"):
        _load(path)


def test_a_deeply_nested_json_file_is_refused(tmp_path):
    path = _save(tmp_path)
    (path / "vocabulary.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ModelFormatError, match="vocabulary.json: nested deeper"):
        _load(path)


def test_a_crafted_npy_header_is_refused_before_allocating(tmp_path):
    path = _save(tmp_path)
    header = {"descr": "<f8", "fortran_order": False, "shape": (7_000_000, 7_000)}
    import io
    import zipfile

    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, header)
    buf.write(b"\x00" * 48)  # 48 bytes where the header asks for 373 GiB
    with zipfile.ZipFile(path / "weights.npz", "w") as zf:
        zf.writestr("coef.npy", buf.getvalue())
    for spec in (SPEC, None):
        with pytest.raises(ModelFormatError, match="claims shape"):
            _load(path, spec)


@pytest.mark.parametrize(
    ("coef", "match"),
    [
        (np.zeros((2, 4)), r"axis 1 should be 3"),
        (np.zeros((2,)), "1 dimensions"),
        (np.zeros((2, 3), dtype=np.int64), "expected kind 'f'"),
        (np.array([[1.0, np.nan, 0.0], [0.0, 0.0, 0.0]]), "NaN or infinity"),
        (np.full((2, 3), np.inf), "NaN or infinity"),
    ],
)
def test_arrays_are_checked_against_the_spec(tmp_path, coef, match):
    path = _save(tmp_path, arrays={"weights": {"coef": coef}})
    with pytest.raises(ModelFormatError, match=match):
        _load(path)


def test_a_missing_array_or_file_is_named(tmp_path):
    path = _save(tmp_path, arrays={"weights": {"other": np.zeros(3)}})
    with pytest.raises(ModelFormatError, match="weights.npz: lacks the array 'coef'"):
        _load(path)
    path = _save(tmp_path)
    (path / "vocabulary.json").unlink()
    with pytest.raises(ModelFormatError, match="vocabulary.json: missing"):
        _load(path)
    path = _save(tmp_path)
    (path / "vocabulary.json").write_text('["a", 2, "c"]')
    with pytest.raises(ModelFormatError, match="list of str"):
        _load(path)


def test_saving_refuses_names_that_are_not_plain(tmp_path):
    with pytest.raises(ModelFormatError, match="plain file name"):
        _save(tmp_path, arrays={"../w": {"coef": np.zeros(3)}})


# ------------------------------------------------------------------ the families' models
def _copy_shipped(tmp_path, family):
    import shutil
    from importlib import resources

    sub = {"topics": ("data", "default_model"), "sentiment": ("data", "actor_model")}[family]
    ref = resources.files(f"newsanalytics.{family}").joinpath(*sub)
    with resources.as_file(ref) as src:
        return Path(shutil.copytree(src, tmp_path / family))


def _tamper_array(path, key, change):
    with np.load(path / "weights.npz") as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays[key] = change(arrays[key])
    np.savez(path / "weights.npz", **arrays)


@pytest.mark.parametrize(
    ("family", "tamper", "match"),
    [
        ("topics", lambda p: _tamper_array(p, "coef", lambda a: a * np.nan), "NaN"),
        ("topics", lambda p: _tamper_array(p, "idf", lambda a: a[:-1]), "axis 0 should be"),
        ("topics", lambda p: _tamper_array(p, "alpha", lambda a: a.astype("U3")), "kind"),
        ("topics", lambda p: (p / "features.json").write_text('{"a": 1}'), "expected list"),
        ("topics", lambda p: (p / "topics.json").write_text('{"names": 3}'), "topics.json"),
        ("topics", lambda p: (p / "taxonomy.json").write_text('{"x": 5}'), "TopicModel"),
        ("sentiment", lambda p: _tamper_array(p, "coef", lambda a: a[:2]), "axis 0 should be 3"),
        ("sentiment", lambda p: _tamper_array(p, "intercept", lambda a: a * np.inf), "infinity"),
        ("sentiment", lambda p: (p / "vocabulary.json").write_text("[1]"), "list of str"),
    ],
)
def test_damaged_family_models_raise_model_format_error_at_load(tmp_path, family, tamper, match):
    import newsanalytics as na

    path = _copy_shipped(tmp_path, family)
    tamper(path)
    load = na.TopicModel.load if family == "topics" else na.ActorSentiment.load
    with pytest.raises(ModelFormatError, match=match):
        load(path)


# ------------------------------------------------------------------ zip bombs
def test_a_highly_compressed_npz_entry_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    path = _save(tmp_path)
    # 8 MB of zeros deflate to a few kB: the same trick at 4 GB is a zip bomb
    np.savez_compressed(path / "weights.npz", coef=np.zeros((1000, 1000)))
    read = []
    monkeypatch.setattr(np.lib.format, "read_array", lambda *a, **k: read.append(1))
    for spec in (SPEC, None):
        with pytest.raises(ModelFormatError, match=r"weights\.npz: array 'coef' .*zip bomb"):
            _load(path, spec)
    assert not read  # refused from the zip directory, no array unpacked


def test_a_compressed_npz_of_real_weights_still_loads(tmp_path):
    path = _save(tmp_path)
    coef = np.random.default_rng(0).normal(size=(2, 3))
    np.savez_compressed(path / "weights.npz", coef=coef)
    _, arrays, _ = _load(path, SPEC)
    assert np.array_equal(arrays["weights"]["coef"], coef)


def test_arrays_declaring_more_than_the_model_bound_in_all_are_refused(tmp_path, monkeypatch):
    import newsanalytics.persist as persist

    path = _save(tmp_path, arrays={"weights": {"coef": np.zeros((2, 3))}, "more": {"x": np.zeros(50)}})
    monkeypatch.setattr(persist, "MAX_MODEL_BYTES", 400)  # each file alone is below it
    with pytest.raises(ModelFormatError, match="declare .* bytes in all, more than the 400"):
        _load(path, None)
