"""scripts/sense_default_model.py: the shipped default model carries the default taxonomy,
and :func:`extend` gives new seeds their columns (a toy model)."""

from __future__ import annotations

import numpy as np

from newsanalytics import Taxonomy


def _sense_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "sense_default_model.py"
    spec = importlib.util.spec_from_file_location("sense_default_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_new_seeds_get_columns_copied_or_typical_and_a_weak_word_is_left_out():
    """sense_default_model.extend on a toy model: a new word takes its topic's median seed
    column, a written-out plural its singular's, a known word just becomes a seed (its plural
    copying it), a word weaker than the weakest seed is left out; run again, nothing moves."""
    extend = _sense_script().extend
    taxonomy = Taxonomy(
        {
            "markets": ["bond", "stock", "eurobond", "week"],
            "drugs": ["drug cartel", "drug cartels", "hockey"],
        }
    )
    features = ["bond", "stock", "drug cartel", "hockey", "week"]
    seed_features = [["bond", "stock"], ["drug cartel"]]
    tw = np.array([[0.4, 0.3, 0.01, 0.005, 0.27], [0.02, 0.01, 0.5, 0.3, 0.27]], np.float32)
    weights = {
        "topic_word": tw,
        "coef": np.arange(10, dtype=np.float32).reshape(2, 5),
        "idf": np.array([1.0, 2.0, 3.0, 4.0, 5.0], np.float32),
        "document_frequency": np.array([9, 8, 7, 6, 5]),
    }
    feats, seeds, out, added = extend(taxonomy, features, seed_features, weights, [0.5, 0.5])
    assert feats == [*features, "eurobond", "eurobonds", "drug cartels", "hockeys"]
    assert seeds == [
        ["bond", "stock", "eurobond", "eurobonds"],
        ["drug cartel", "drug cartels", "hockey", "hockeys"],
    ]
    left = [(t, a) for t, a in added if "LEFT OUT" in a]
    assert left == [("markets", "week LEFT OUT: week carries 0.00 nats < 0.50")]
    for c in ("topic_word", "coef", "idf"):
        w = out[c]
        assert w.shape[-1] == 9 and w.dtype == weights[c].dtype
        np.testing.assert_array_equal(w[..., :5], weights[c])
        typical = np.median(weights[c][..., [0, 1]], axis=-1)
        np.testing.assert_allclose(w[..., 5], typical)
        np.testing.assert_allclose(w[..., 6], typical)
        np.testing.assert_array_equal(w[..., 7], weights[c][..., 2])  # drug cartel's
        np.testing.assert_array_equal(w[..., 8], weights[c][..., 3])  # hockey's
    assert out["document_frequency"].tolist() == [9, 8, 7, 6, 5, 0, 0, 0, 0]
    again = extend(taxonomy, feats, seeds, out, [0.5, 0.5])
    assert again[0] == feats and again[1] == seeds
    assert all(again[2][k] is out[k] for k in out)


def test_the_shipped_default_model_carries_the_default_taxonomy():
    """scripts/sense_default_model.py has nothing left to carry: the model's taxonomy is the
    default one and every sense of it has its column (a plain seed made a sense without a
    rebuild has the seed's column under the sense's key)."""
    assert _sense_script().main(["--check"]) == 0


def test_a_seed_that_only_looks_plural_copies_no_other_words_column():
    """A new seed "news" or "arms" is not the plural of "new" or "arm": on a toy model that
    knows "new" and "arm" (and no "news", "arms"), the new seeds take their topic's typical
    seed column, not the other word's; "drug cartels" still copies "drug cartel"."""
    script = _sense_script()
    taxonomy = Taxonomy(
        {"media": ["newspaper", "broadcaster", "news"], "defence": ["troops", "arms", "drug cartels"]}
    )
    features = ["newspaper", "broadcaster", "new", "troops", "arm", "drug cartel"]
    seed_features = [["newspaper", "broadcaster"], ["troops"]]
    weights = {
        "topic_word": np.array(
            [[0.4, 0.3, 0.2, 0.01, 0.05, 0.04], [0.01, 0.02, 0.2, 0.5, 0.1, 0.17]], np.float32
        ),
        "coef": np.arange(12, dtype=np.float32).reshape(2, 6),
        "idf": np.array([1.0, 2.0, 0.5, 3.0, 4.0, 5.0], np.float32),
        "document_frequency": np.array([9, 8, 700, 7, 6, 5]),
    }
    feats, seeds, out, _ = script.extend(taxonomy, features, seed_features, weights)
    assert seeds[0][-1] == "news" and "arms" in seeds[1]
    for c in ("topic_word", "coef", "idf"):
        w = out[c]
        news, arms, cartels = (feats.index(f) for f in ("news", "arms", "drug cartels"))
        np.testing.assert_allclose(w[..., news], np.median(weights[c][..., [0, 1]], axis=-1))
        np.testing.assert_allclose(w[..., arms], weights[c][..., 3])  # troops, the one seed
        np.testing.assert_array_equal(w[..., cartels], weights[c][..., 5])  # drug cartel's
    assert script.singulars("news") == [] and script.singulars("arms") == []
    assert script.singulars("customs") == [] and script.singulars("crisis") == []
    assert script.singulars("drug cartels") == ["drug cartel"]
    assert script.singulars("policies")[0] == "policy" and script.singulars("taxes")[0] == "tax"


def test_a_new_sense_gets_its_topics_typical_seed_column():
    """A sense whose word is no plain seed of the model ("bid" near a deal word, new for
    business) gets a column under its key, its topic's median seed column, and becomes a seed
    feature of the topic; the plain word keeps its own column (read out of context); run
    again, nothing moves. (Before, such a sense was left for a rebuild: no column, so the
    shipped model never read it.)"""
    extend = _sense_script().extend
    taxonomy = Taxonomy(
        {
            "business": ["company", "profit", {"word": "bid", "near": ["takeover"],
                                                "label": "deal"}],
            "elections": ["vote"],
        }
    )
    features = ["company", "profit", "vote", "bid"]
    seed_features = [["company", "profit"], ["vote"]]
    weights = {
        "topic_word": np.array([[0.5, 0.3, 0.1, 0.1], [0.1, 0.1, 0.5, 0.3]], np.float32),
        "coef": np.array([[2.0, 4.0, -1.0, -1.0], [-1.0, -1.0, 3.0, 2.0]], np.float32),
        "idf": np.array([1.0, 3.0, 2.0, 2.5], np.float32),
        "document_frequency": np.array([9, 8, 7, 6]),
    }
    feats, seeds, out, added = extend(taxonomy, features, seed_features, weights)
    assert feats == [*features, "bid~deal"]
    assert seeds == [["company", "profit", "bid~deal"], ["vote"]]
    assert added == [("business", "bid~deal (new sense column)")]
    for c in ("topic_word", "coef", "idf"):
        np.testing.assert_array_equal(out[c][..., :4], weights[c])
        np.testing.assert_allclose(out[c][..., 4], np.median(weights[c][..., [0, 1]], axis=-1))
    assert out["document_frequency"].tolist() == [9, 8, 7, 6, 0]
    again = extend(taxonomy, feats, seeds, out)
    assert again[0] == feats and again[1] == seeds and again[3] == []
