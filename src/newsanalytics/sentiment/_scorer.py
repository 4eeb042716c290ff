""":class:`ActorSentiment`, the target-sentiment scorer (see the package docstring of
:mod:`newsanalytics.sentiment`); its model directory is read by :mod:`._model_dir`."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from ..exceptions import InputError, NotFittedError
from ..persist import save_model_dir
from . import _features as _feat
from . import _tone
from ._calibration import (
    IDENTITY,
    apply_isotonic,
    fit_isotonic,
    fit_platt,
    isotonic_arrays,
    softmax,
)
from ._featurizer import FastScorer, design_matrix
from ._model_dir import (
    _FORMAT,
    _FORMAT_VERSION,
    _SHIPPED,
    _load_shipped,
    _read_model,
    _resolve_vectors,
    _shipped_scorer,
    _shipped_settings,
)
from ._roles import ROLE_FLAGS, check_source_weight, place_rows, reference_flags, shift_sources
from ._targets import _CHUNK, _check_targets, _chunks
from ._tone import (
    LABELS,
    _vader_compound,
    check_labels,
    decide,
    labels_from_scores,
    shift_prior,
)

__all__ = ["ActorSentiment"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

_METHODS = ("model", "vader")
_CALIBRATIONS = ("isotonic", "sigmoid", None)


# --------------------------------------------------------------------------- the scorer


class ActorSentiment(BaseEstimator):
    """Sentiment toward a target mention inside a sentence.

    A target is ``(sentence, start, end)``: the sentence text and the character offsets of
    the mention in it (``end`` exclusive). An empty span (``start == end``) is accepted and
    scored by its position; offsets outside the sentence raise :class:`InputError`.

    The model is a multinomial logistic regression over features that say where the target
    stands (see :mod:`newsanalytics.sentiment._features`): the words around it and in its
    clause, VADER lexicon evidence by distance, clause, quotation and contrast, the target's
    role (patient or agent of a verb that attacks, praises or judges; speaker; modifier of a
    head noun; inside a prepositional phrase), whether any evaluation is attached to it at
    all (the neutral prior), and mean word vectors of its context. Its probabilities are
    calibrated on out-of-fold logits (isotonic, per class). A sentence is analysed once for all its
    targets and a batch is scored with array operations (the fast path), the same logits as
    the named features give (the reference, what :meth:`explain` shows).

    Parameters
    ----------
    method : {"model", "vader"}, default "model"
        ``"model"``: the trained model. ``"vader"``: every target gets the VADER compound
        score of its sentence (the transparent baseline).
    model_path : path-like, optional
        Directory of a model saved by :meth:`save`. ``None`` with ``method="model"`` uses the
        model shipped in the package (trained on NewsMTSC), loaded on first use.
    label_threshold : "model", float or None, default "model"
        The label rule. A number ``c``: the label follows the score :meth:`score` (``P(positive)
        - P(negative)``, the neutral prior in it): "positive" at ``score >= c``, "negative" at
        ``score <= -c``, "neutral" between, so a larger score never gets a lower label and
        an actor's label is its mean score's (in :func:`newsanalytics.analyze`).
        ``"model"``: the rule stored with the model (its manifest's ``label_threshold``;
        the shipped model's is 0.275, chosen by ``scripts/choose_label_rule.py``; a model
        fitted here has none: the argmax). None: the class of largest probability, which
        agrees with the score in sign but not in order (0.05 can be positive while 0.45 is
        neutral, when the neutral probability is the larger). The cut 0.275 against the
        argmax, both under the default neutral prior (macro-F1; before the role rule of
        ``source_weight``): dev_rw 0.693 / 0.687, dev_mt 0.652 / 0.666, the read set's tune
        rows 0.528 / 0.526 (118 / 119 of 159 mentions agree with the reader): within the
        noise of those sets; with the role rule, the cut 0.681 / 0.649 / 0.545 (121 of
        159). A number in [0, 1], None or "model"; another raises InputError (in
        :meth:`fit` and when labelling). Not read by ``method="vader"``, which labels at
        VADER's own cut-off, 0.05.
    neutral_weight : float, default 3.0
        The neutral prior: the calibrated probabilities are multiplied by ``(1, w, 1)``
        and renormalised (Bayes' rule for text whose neutral odds are ``w`` times those
        the model was calibrated on), so :meth:`predict_proba`, :meth:`score` and the
        label all carry it and agree. The calibration is fitted on NewsMTSC, whose
        sentences were chosen for holding sentiment (35% of its targets are neutral); in
        news at large most mentions are neutral (77% of the mentions read by hand in
        benchmarks/readsets), and 3.0 is the weight that labels those best (macro-F1 on
        the read set's tune rows); it also lowers their expected calibration error
        (0.090 -> 0.080) and halves the mentions with ``|score| >= 0.5`` (34 -> 17).
        Scores shrink toward 0. Use 1.0 for text like NewsMTSC's (its own calibration).
        A finite number > 0; another raises InputError.
    source_weight : float, default 2.0
        The role rule: a *plain source*, a speaker, critic, praiser or judge (the agent of a
        say, attack, praise or judge verb, also through a head noun it modifies) that
        nothing evaluates (not the patient of a role verb, no lexicon word in the mention
        or within three words left of it in its clause), gets a stronger neutral prior: its
        probabilities are further multiplied by ``(1, w, 1)`` and renormalised (its
        ``P(positive) / P(negative)`` unchanged). Our readers call such a mention neutral
        unless the text evaluates it; NewsMTSC's annotators, whom the model learnt from,
        often give it the sentence's tone. 2.0 was chosen by grouped cross-validation over
        the read set's tune stories (``scripts/choose_source_weight.py``: held-out agreement
        120.8 of 159 against 118 without the rule, macro-F1 0.544 against 0.528), among
        weights whose NewsMTSC dev macro-F1 stays within noise (larger weights agree more
        with the readers but cost dev_rw 0.05 at 16). :meth:`role_flags` shows the flags,
        :meth:`explain` whether the rule applied. Like ``neutral_weight`` it is a prior for
        news at large on top of the calibration, so it moves the expected calibration error
        on NewsMTSC dev under the default prior (0.033 / 0.041 -> 0.045 / 0.060; see
        :mod:`._roles`). 1.0 turns it off; a finite number >= 1.
    unattached_weight : float, default 1.0
        The neutral prior of an *unattached* mention, one nothing evaluative attaches to
        (not the agent or patient of a role verb itself, no lexicon word in the mention, none
        within three words left of it in its clause unless it sits in a prepositional
        phrase, none within six words right of it unless it modifies a head noun or sits in
        a prepositional phrase; see :mod:`._roles`): its probabilities are multiplied by
        ``(1, w, 1)`` and renormalised, whatever the sentence's tone. Off by default: the
        priors are the calibration for news at large, and their weights fitted by log loss
        on the read set's tune rows (``scripts/fit_news_prior.py``) are 3.3 / 2.1 / 1.1
        (neutral / source / unattached); on NewsMTSC train's held-out folds the calibration
        already holds unattached mentions (fitted weight 1.01). 1.5 moved 2 of the 159 tune
        labels (122 agree either way) and raised the ECE (tune rows 0.061 -> 0.083, NewsMTSC
        dev 0.054 / 0.063 -> 0.095 / 0.115). A finite number >= 1.
    place_weight : float, default 3.9
        The neutral prior of a mention of a place (``types`` "location" in
        :meth:`predict_proba`, as :func:`newsanalytics.analyze` passes the actor's type):
        its probabilities are multiplied by ``(1, w, 1)`` and renormalised. A place is
        mostly where something happens or whose something is judged ("tests under way in
        the Caribbean", "one of Europe's most painful corporate scandals"): readers call 3
        of the read set's 43 tune place mentions polar, against 24 of 65 persons, while the
        model gives places the sentence's tone. 3.9 is the weight fitted by log loss on the
        tune rows (``scripts/fit_place_prior.py``; 5 folds by story, 20 shuffles: held-out
        log loss 0.628 -> 0.618, agreement 122 -> 123 of 159, every fold's weight >= 1.9);
        on all of them polar precision 13/30 -> 12/27, recall 13/36 -> 12/36, ECE 0.061 ->
        0.058; the fresh reading of stop 45 (a check) 72 -> 73 of 90. In ``analyze`` on the
        5,485 records of ``benchmarks/check_analyze_identical.py`` it turns 303 of 2,276
        polar actor labels neutral (no other label moves); 40 of them in no read set, read
        blind: 30 better, 8 worse (countries the text does criticise), 2 the same. One
        weight per type fits 0.7 for persons and 1.4 for organisations and loses held-out
        agreement (119).
        Targets without a type (NewsMTSC) are not moved. 1.0 turns it off; a finite number
        >= 1.
    C : float, default 0.1
        Inverse regularisation strength used by :meth:`fit`.
    context_value : float, default 0.5
        Value of each word and word pair of the sentence outside the target (the ``u:`` and
        ``b:`` features) in :meth:`fit`: below 1, those many weak features are held back
        more than the rest.
    word_vectors : "default", path-like or None, default "default"
        Word vectors for the mean-vector features in :meth:`fit`: ``"default"`` the ones
        shipped with the package (word2vec trained on the shippable news text, see
        ``scripts/train_actor_sentiment.py``), a model directory holding ``vectors.npz``,
        or None for none.
    vector_value : float, default 3.0
        Scale of the mean-vector features in :meth:`fit`.
    calibration : {"isotonic", "sigmoid", None}, default "isotonic"
        How :meth:`fit` calibrates the probabilities, on out-of-fold logits (``cv`` folds,
        grouped by ``fit``'s ``groups``, by sentence without them): ``"isotonic"``, one
        isotonic regression per class on the model's probability of that class, then
        normalised; ``"sigmoid"``, a multinomial Platt scaling of the logits. Isotonic
        was chosen by the expected calibration error on held-out folds of NewsMTSC train
        (folds by article; see ``scripts/train_actor_sentiment.py``).
    cv : int, default 5
        Folds of the calibration.
    class_weight : {"balanced"} or None, default "balanced"
        Class weighting used by :meth:`fit`.
    max_iter : int, default 3000
        Solver iterations used by :meth:`fit`.
    min_df : int, default 2
        Features seen in fewer training targets are dropped by :meth:`fit`.
    random_state : int or None, default 0
        Seed of the calibration folds' order (the solver is deterministic).

    Attributes
    ----------
    classes_ : ndarray of str, shape (3,)
        ``["negative", "neutral", "positive"]``, the columns of :meth:`predict_proba`.
    coef_ : ndarray of shape (3, n_features)
        Weights per class; set by :meth:`fit` or on loading.
    intercept_ : ndarray of shape (3,)
    calibration_ : ndarray of shape (3, 3)
        Platt scaling of the negative and positive logits less the neutral one, ``d``:
        calibrated logits are ``d @ calibration_[:, :2].T + calibration_[:, 2]`` (without
        it, or with isotonic calibration, ``(d_neg, 0, d_pos)``: the model's own).
    isotonic_ : list of 3 (ndarray, ndarray) or None
        With ``calibration="isotonic"``: per class, the thresholds and values of an
        isotonic regression of "the target is of this class" on the model's own
        probability of it, fitted on out-of-fold probabilities; the three calibrated
        probabilities (each plus 1e-6) are normalised to sum to one.
    vocabulary_ : dict of str to int
        Feature name to column.
    label_threshold_ : float or None
        The label rule in use: ``label_threshold`` with ``"model"`` resolved (the loaded
        model's own; for ``method="vader"``, 0.05). None: the argmax.

    Examples
    --------
    >>> s = "Obama praised Merkel but criticized Putin."
    >>> ActorSentiment().predict([(s, 14, 20), (s, 36, 41)])  # scores 0.35, -0.54; cut 0.275
    ['positive', 'negative']
    >>> ActorSentiment(method="vader").score([(s, 14, 20), (s, 36, 41)]).round(3)
    array([-0.285, -0.285])
    """

    def __init__(
        self,
        *,
        method: str = "model",
        model_path: str | os.PathLike[str] | None = None,
        label_threshold: float | str | None = "model",
        neutral_weight: float = 3.0,
        source_weight: float = 2.0,
        unattached_weight: float = 1.0,
        place_weight: float = 3.9,
        C: float = 0.1,
        context_value: float = 0.5,
        word_vectors: str | os.PathLike[str] | None = "default",
        vector_value: float = 3.0,
        calibration: str | None = "isotonic",
        cv: int = 5,
        class_weight: str | None = "balanced",
        max_iter: int = 3000,
        min_df: int = 2,
        random_state: int | None = 0,
    ) -> None:
        self.method = method
        self.model_path = model_path
        self.label_threshold = label_threshold
        self.neutral_weight = neutral_weight
        self.source_weight = source_weight
        self.unattached_weight = unattached_weight
        self.place_weight = place_weight
        self.C = C
        self.context_value = context_value
        self.word_vectors = word_vectors
        self.vector_value = vector_value
        self.calibration = calibration
        self.cv = cv
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.min_df = min_df
        self.random_state = random_state

    def set_params(self, **params: Any) -> ActorSentiment:
        """Set parameters (scikit-learn convention); returns ``self``.

        A new ``model_path`` replaces the model in use (loaded or fitted): the next call
        scores with the model at that path (None: the shipped one).
        """
        old = self.model_path
        super().set_params(**params)
        if "model_path" in params and not _same(params["model_path"], old):
            self._forget_model()
        return self

    def __sklearn_tags__(self):  # noqa: D105
        from sklearn.utils import ClassifierTags

        tags = super().__sklearn_tags__()
        tags.estimator_type = "classifier"
        tags.classifier_tags = ClassifierTags(multi_class=True)
        tags.input_tags.string = True
        tags.target_tags.required = True
        return tags

    # ---------------------------------------------------------------- model state

    @property
    def classes_(self) -> np.ndarray:
        """The class labels, in the order of :meth:`predict_proba`'s columns."""
        return np.array(LABELS, dtype=object)

    def _check_method(self) -> None:
        if self.method not in _METHODS:
            raise InputError(f"method={self.method!r} is not one of {list(_METHODS)}")

    def _ensure_model(self) -> None:
        # A model loaded from another path than the current ``model_path`` (set as an
        # attribute since) is replaced; a fitted one has no path and stays.
        loaded_from = self.__dict__.get("_loaded_from", self.model_path)
        if "coef_" in self.__dict__ and loaded_from == self.model_path:
            return
        state = _load_shipped() if self.model_path is None else _read_model(self.model_path)
        self._set_state(state)
        self._loaded_from = self.model_path

    def _forget_model(self) -> None:
        """Drop the loaded or fitted model, so the next use loads ``model_path``'s."""
        for name in (
            "coef_",
            "intercept_",
            "calibration_",
            "isotonic_",
            "vocabulary_",
            "training_info_",
            "_vectors",
            "_settings",
            "_fast",
            "_loaded_from",
            "_own_label_threshold",
        ):
            self.__dict__.pop(name, None)

    def _set_state(self, state: dict[str, Any]) -> None:
        self.__dict__.pop("_loaded_from", None)  # set again by whoever loaded the state
        self.__dict__.pop("_fast", None)
        self.coef_ = state["coef"]
        self.intercept_ = state["intercept"]
        self.calibration_ = state["calibration"]
        self.isotonic_ = state.get("isotonic")
        self.vocabulary_ = state["vocabulary"]
        self.training_info_ = state.get("training", {})
        self._vectors = state.get("vectors")
        self._own_label_threshold = state.get("label_threshold")
        # The feature values the weights were trained with (a loaded model's own).
        self._settings = {
            "context_value": float(state["context_value"]),
            "vector_value": float(state["vector_value"]),
        }

    @property
    def _scorer(self) -> FastScorer:
        fast = self.__dict__.get("_fast")
        if fast is None:
            # Only a model loaded from the package's own directory (``_loaded_from`` None)
            # can be the shipped one: a fitted model never reads it (it may be of an older
            # features version while its successor is trained).
            shipped = "_loaded_from" in self.__dict__ and self._loaded_from is None
            if (
                shipped
                and self.coef_ is _load_shipped()["coef"]
                and self._settings == _shipped_settings()
            ):
                # The shipped model's tables are built once per process (about a second),
                # each scorer with its own memo of unseen words.
                fast = self._fast = _shipped_scorer().copy()
            else:
                fast = self._fast = FastScorer(
                    self.coef_,
                    self.intercept_,
                    self.vocabulary_,
                    vectors=self._vectors,
                    **self._settings,
                )
        return fast

    # ---------------------------------------------------------------- fitting

    def fit(
        self, targets: Iterable[Any], labels: Iterable[Any], groups: Iterable[Any] | None = None
    ) -> ActorSentiment:
        """Train the model on labelled targets.

        Parameters
        ----------
        targets : sequence of (str, int, int)
        labels : sequence of {"negative", "neutral", "positive"} or {-1, 0, 1}
        groups : sequence, optional
            A group per target (e.g. its source article): the calibration's folds never
            split a group. By default targets are grouped by sentence.

        Returns
        -------
        self
        """
        self._check_method()
        if self.method != "model":
            raise InputError('fit() trains the "model" method; method="vader" has nothing to fit')
        if self.calibration not in _CALIBRATIONS:
            raise InputError(f"calibration={self.calibration!r} is not one of {_CALIBRATIONS}")
        # refused before training, not after it; a number or None is the fitted model's own
        own = _tone.check_rule(self.label_threshold)
        _tone.check_neutral_weight(self.neutral_weight)
        tg = _check_targets(targets)
        y = check_labels(labels, len(tg))
        if len(set(y.tolist())) < 2:
            raise InputError("fit: labels hold a single class; need at least two")
        vectors = _resolve_vectors(self.word_vectors)
        feats = _feat.extract_many(
            tg, vectors, context_value=self.context_value, vector_value=self.vector_value
        )
        if groups is None:
            group_ids = np.unique([s for s, _, _ in tg], return_inverse=True)[1]
        else:
            keys = [str(g) for g in groups]
            if len(keys) != len(tg):
                raise InputError(f"fit: got {len(tg)} targets but {len(keys)} groups")
            group_ids = np.unique(keys, return_inverse=True)[1]
        coef, intercept, vocab = self._fit_linear(feats, y)
        calibration = IDENTITY.copy()
        isotonic = None
        if self.calibration is not None:
            oof = self._out_of_fold_logits(feats, y, group_ids)
            if oof is not None and len(np.unique(y)) == 3:
                if self.calibration == "sigmoid":
                    calibration = fit_platt(oof, y)
                else:
                    isotonic = fit_isotonic(oof, y)
        self._set_state(
            {
                "coef": coef,
                "intercept": intercept,
                "calibration": calibration,
                "isotonic": isotonic,
                "vocabulary": vocab,
                "vectors": vectors,
                "context_value": self.context_value,
                "vector_value": self.vector_value,
                "training": {"n_targets": len(tg), "n_features": len(vocab)},
                "label_threshold": None if own == "model" else own,
            }
        )
        return self

    def _fit_linear(
        self, feats: list[dict[str, float]], y: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
        from sklearn.linear_model import LogisticRegression

        df: dict[str, int] = {}
        for f in feats:
            for k in f:
                df[k] = df.get(k, 0) + 1
        names = sorted(k for k, c in df.items() if c >= self.min_df)
        vocab = {k: j for j, k in enumerate(names)}
        X = design_matrix(feats, vocab)
        clf = LogisticRegression(
            C=self.C,
            class_weight=self.class_weight,
            max_iter=self.max_iter,
            random_state=self.random_state,
        )
        clf.fit(X, y)
        coef = np.zeros((3, X.shape[1]))
        intercept = np.zeros(3)
        if len(clf.classes_) == 2:  # binary: sklearn stores one row, for the second class
            coef[clf.classes_[1]] = clf.coef_[0]
            intercept[clf.classes_[1]] = clf.intercept_[0]
            intercept[[k for k in range(3) if k not in clf.classes_]] = -1e9
        else:
            coef[clf.classes_] = clf.coef_
            intercept[clf.classes_] = clf.intercept_
        return coef, intercept, vocab

    def _out_of_fold_logits(
        self, feats: list[dict[str, float]], y: np.ndarray, groups: np.ndarray
    ) -> np.ndarray | None:
        """Logits (negative and positive less neutral) of each target by a model fitted on
        the other folds (``cv`` folds, never splitting a group); None if too little data."""
        from sklearn.model_selection import GroupKFold

        n_groups = int(groups.max()) + 1 if len(groups) else 0
        n_folds = min(self.cv, n_groups)
        if n_folds < 2 or len(y) < 10 * n_folds:
            return None  # too little data to calibrate on
        oof = np.zeros((len(y), 2))
        rng = np.random.default_rng(self.random_state)
        order = rng.permutation(n_groups)[groups]
        for train, test in GroupKFold(n_folds).split(feats, y, order):
            if len(np.unique(y[train])) < 2:
                return None
            coef, intercept, vocab = self._fit_linear([feats[i] for i in train], y[train])
            z = design_matrix([feats[i] for i in test], vocab) @ coef.T + intercept
            oof[test] = z[:, [0, 2]] - z[:, [1]]
        return oof

    # ---------------------------------------------------------------- scoring

    def _logits(self, tg: list[tuple[str, int, int]], roles: bool = False):
        """Logits of the targets after Platt scaling (the model's own with isotonic
        calibration), a chunk at a time (bounded memory); with ``roles``, also the targets'
        role flags (:data:`._roles.ROLE_FLAGS`)."""
        self._ensure_model()
        scorer = self._scorer
        out = np.empty((len(tg), 2))
        flags = np.zeros((len(tg), len(ROLE_FLAGS)), dtype=bool)
        for idx in _chunks(tg, _CHUNK):
            part = tg if len(idx) == len(tg) else [tg[i] for i in idx]  # one chunk: all, in order
            if roles:
                out[idx], flags[idx] = scorer.logits(part, roles=True)
            else:
                out[idx] = scorer.logits(part)
        z = out @ self.calibration_[:, :2].T + self.calibration_[:, 2]
        return (z, flags) if roles else z

    def _proba(self, tg: list[tuple[str, int, int]], types: Any = None) -> np.ndarray:
        _tone.check_neutral_weight(self.neutral_weight)  # refused before any scoring
        sw = check_source_weight(self.source_weight)
        uw = check_source_weight(self.unattached_weight, "unattached_weight")
        places = place_rows(types, len(tg))
        pw = check_source_weight(self.place_weight, "place_weight")
        # At weights of 1 the role rules move nothing: no role flags to compute.
        on = sw != 1.0 or uw != 1.0
        z, flags = self._logits(tg, roles=True) if on else (self._logits(tg), None)
        p = softmax(z)
        iso = self.__dict__.get("isotonic_")
        p = shift_prior(p if iso is None else apply_isotonic(iso, p), self.neutral_weight)
        return shift_sources(p, flags, sw, uw, places, pw)

    def role_flags(self, targets: Iterable[Any]) -> pd.DataFrame:
        """The role of each target in its clause, as the model's features see it: one row
        per target, a bool column per flag of :data:`._roles.ROLE_FLAGS` (``speaker``,
        ``source``, ``critic``, ``praiser``, ``judge``, ``patient``, ``evaluated``,
        ``plain_source``: a source nothing evaluates, whose neutral prior is
        ``neutral_weight * source_weight``; ``unattached``: nothing evaluative attached,
        times ``unattached_weight``)."""
        self._check_method()
        if self.method != "model":
            raise InputError('role_flags() reads the model\'s features; use method="model"')
        tg = _check_targets(targets)
        return pd.DataFrame(self._logits(tg, roles=True)[1], columns=list(ROLE_FLAGS))

    def predict_proba(self, targets: Iterable[Any], types: Any = None) -> np.ndarray:
        """Calibrated class probabilities, shape (n_targets, 3), columns :attr:`classes_`,
        under the neutral prior of ``neutral_weight`` (each row multiplied by ``(1, w, 1)``
        and renormalised).

        ``types``, optional: one actor type per target (e.g. "person", "organization",
        "location", as :class:`~newsanalytics.ActorExtractor` types them; None for one
        unknown): a "location" gets the neutral prior of ``place_weight`` too.

        With ``method="vader"`` the sentence score is mapped to one-hot probabilities at
        VADER's +/-0.05 cut-offs.
        """
        self._check_method()
        tg = _check_targets(targets)
        if self.method == "vader":
            place_rows(types, len(tg))  # checked as for the model; VADER reads no type
            c = self._vader_target_scores(tg)
            out = np.zeros((len(tg), 3))
            out[np.arange(len(tg)), labels_from_scores(c)] = 1.0
            return out
        return self._proba(tg, types)

    def score(self, targets: Iterable[Any], types: Any = None) -> np.ndarray:
        """Sentiment toward each target, a float in [-1, 1].

        ``P(positive) - P(negative)`` for the model (``types`` as in
        :meth:`predict_proba`); the sentence's VADER compound score for ``method="vader"``.
        """
        self._check_method()
        if self.method == "vader":
            tg = _check_targets(targets)
            place_rows(types, len(tg))  # checked as for the model; VADER reads no type
            return self._vader_target_scores(tg)
        p = self.predict_proba(targets, types)
        return np.clip(p[:, 2] - p[:, 0], -1.0, 1.0)

    def predict(self, targets: Iterable[Any], types: Any = None) -> list[str]:
        """Label of each target: "negative", "neutral" or "positive".

        By the rule of :attr:`label_threshold_`: with a cut ``c`` (the shipped model's,
        0.275), "positive" at ``score >= c``, "negative" at ``score <= -c``, else "neutral";
        with None, the class of largest probability (the neutral prior of
        ``neutral_weight`` in both; ``types`` as in :meth:`predict_proba`).
        """
        self._check_method()
        if self.method == "vader":
            return [LABELS[k] for k in labels_from_scores(self.score(targets, types))]
        return self.labels_from_proba(self.predict_proba(targets, types))

    def labels_from_proba(self, proba: np.ndarray) -> list[str]:
        """The labels :meth:`predict` gives to rows of class probabilities (e.g. the mean
        probabilities of an actor's mentions, whose score is the mean of theirs: so an
        actor's label is its mean score's, with a cut)."""
        k = decide(proba, self.label_threshold_)
        return [LABELS[i] for i in k]

    @property
    def label_threshold_(self) -> float | None:
        """The label rule in use: the cut on the score, or None for the argmax
        (``label_threshold`` with ``"model"`` resolved to the model's own)."""
        rule = _tone.check_rule(self.label_threshold)
        if self.method == "vader":
            return _tone.LABEL_THRESHOLD
        if rule == "model":
            self._ensure_model()
            return self._own_label_threshold
        return rule

    def explain(self, target: tuple[str, int, int]) -> pd.DataFrame:
        """Which words and roles drove the score of one target.

        Returns
        -------
        DataFrame
            For the model: one row per active feature, columns ``feature`` (its name: the
            kind, a colon, the word or role), ``value``, ``weight`` (its push toward
            positive rather than negative, after Platt scaling if the model has it),
            ``contribution`` (value * weight) and ``kind`` (what the feature is, in words),
            sorted by absolute contribution; a row ``(role rule: plain source)`` when the
            role rule of ``source_weight`` applies (``value`` the weight, contribution 0: it
            moves the neutral probability, not this ratio), likewise a row ``(neutral prior:
            unattached)`` for ``unattached_weight``; a final row ``(bias)``. The
            contributions add up to the model's ``log(P(positive) / P(negative))`` before an
            isotonic calibration (which maps each class's probability monotonically, so a
            larger sum still means a more positive reading).
            For ``method="vader"``: one row per sentiment word of the sentence, columns
            ``feature`` (the word), ``value`` (its lexicon valence), ``weight`` (1.0) and
            ``contribution`` (the valence after VADER's negation and booster rules).
        """
        self._check_method()
        (tg,) = _check_targets([target])
        cols = ["feature", "value", "weight", "contribution", "kind"]
        if self.method == "vader":
            rows = [(w, v0, 1.0, v, "VADER lexicon word") for w, v0, v in _feat.lexicon_hits(tg[0])]
            return pd.DataFrame(rows, columns=cols)
        self._ensure_model()
        (f,) = _feat.extract_many([tg], self._vectors, **self._settings)
        # log(P+/P-) = (cal[2] - cal[0]) . (d, 1), and d is linear in the features.
        cal = self.calibration_
        direction = cal[2, :2] - cal[0, :2]
        coef2 = self.coef_[[0, 2]] - self.coef_[1]
        diff = direction @ coef2
        vocab = self.vocabulary_
        rows = [
            (k, v, float(diff[vocab[k]]), float(v * diff[vocab[k]]), _feat.feature_kind(k))
            for k, v in f.items()
            if k in vocab
        ]
        rows.sort(key=lambda r: -abs(r[3]))
        flags = reference_flags([f])[0]
        sw = check_source_weight(self.source_weight)
        if sw != 1.0 and flags[ROLE_FLAGS.index("plain_source")]:
            # the role rule moves the neutral probability only: no contribution to the sum
            rule = (
                "role rule: a speaker, critic, praiser or judge that nothing evaluates; "
                "neutral odds multiplied by source_weight"
            )
            rows.append(("(role rule: plain source)", sw, 0.0, 0.0, rule))
        uw = check_source_weight(self.unattached_weight, "unattached_weight")
        if uw != 1.0 and flags[ROLE_FLAGS.index("unattached")]:
            rule = "neutral prior: nothing evaluative attached; neutral odds multiplied by it"
            rows.append(("(neutral prior: unattached)", uw, 0.0, 0.0, rule))
        intercept2 = self.intercept_[[0, 2]] - self.intercept_[1]
        bias = float(direction @ intercept2 + cal[2, 2] - cal[0, 2])
        rows.append(("(bias)", 1.0, bias, bias, "intercept"))
        return pd.DataFrame(rows, columns=cols)

    # ---------------------------------------------------------------- persistence

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Save the model as a directory (manifest.json, weights.npz, vocabulary.json and,
        with word vectors, vectors.npz and vector_words.json)."""
        if self.method != "model":
            raise InputError('save() stores a trained model; method="vader" has nothing to save')
        if "coef_" not in self.__dict__:
            if self.model_path is None and not _SHIPPED.is_dir():
                raise NotFittedError("ActorSentiment is not fitted; call fit() first")
            self._ensure_model()
        vocab_list = [""] * len(self.vocabulary_)
        for name, j in self.vocabulary_.items():
            vocab_list[j] = name
        arrays = {
            "weights": {
                "coef": self.coef_.astype(np.float32),
                "intercept": self.intercept_.astype(np.float64),
                "calibration": self.calibration_.astype(np.float64),
            }
        }
        json_files: dict[str, Any] = {"vocabulary": vocab_list}
        iso = self.__dict__.get("isotonic_")
        if iso is not None:
            arrays["isotonic"] = isotonic_arrays(iso)
        if self._vectors is not None:
            vec, index = self._vectors
            words = [""] * len(index)
            for w, i in index.items():
                words[i] = w
            arrays["vectors"] = {"vectors": vec.astype(np.float16)}
            json_files["vector_words"] = words
        return save_model_dir(
            path,
            format_name=_FORMAT,
            format_version=_FORMAT_VERSION,
            params={
                # the rule in use is stored: "model" resolved, so it is the saved model's own
                **{
                    k: (str(v) if isinstance(v, os.PathLike) else v)
                    for k, v in self.get_params().items()
                    if k not in ("method", "model_path")
                },
                "label_threshold": self.label_threshold_,
            },
            arrays=arrays,
            json_files=json_files,
            extra={
                "labels": list(LABELS),
                "features_version": _feat.FEATURES_VERSION,
                "feature_values": self._settings,
                "training": dict(getattr(self, "training_info_", {})),
            },
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ActorSentiment:
        """Load a model saved by :meth:`save`, with the neutral priors it was saved with
        (``neutral_weight``, ``source_weight``, ``unattached_weight``, ``place_weight``; one
        its manifest lacks, as in a model saved before that weight existed, keeps its
        default), so that it scores as it did when saved."""
        state = _read_model(path)
        obj = cls(method="model", model_path=path, **state["scoring_weights"])
        obj._set_state(state)
        obj._loaded_from = path
        return obj

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _vader_target_scores(tg: list[tuple[str, int, int]]) -> np.ndarray:
        uniq: dict[str, int] = {}
        idx = [uniq.setdefault(s, len(uniq)) for s, _, _ in tg]
        scores = _vader_compound(list(uniq))
        return scores[np.asarray(idx, dtype=np.int64)] if idx else np.zeros(0)


def _same(a: Any, b: Any) -> bool:
    """``a == b`` for parameter values of any type (arrays included), never raising."""
    if a is b:
        return True
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - e.g. the ambiguous truth of an array
        return False
