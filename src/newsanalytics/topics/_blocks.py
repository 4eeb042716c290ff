"""Document-term counts as a sequence of row blocks, spilled to disk past a memory budget.

:meth:`newsanalytics.TopicModel.fit` reads its corpus twice (vocabulary, then counts) and
then makes many passes over the counts. :class:`CountBlocks` holds those counts as CSR
blocks of consecutive documents: in memory while they fit in ``max_bytes``, and after
that as ``.npz`` files (no pickle) in a temporary directory that is removed with the
object, so a corpus larger than memory can still be fitted. The per-document arrays of a
fit (:meth:`CountBlocks.doc_array`) follow the counts: memory-mapped files in the same
directory once the counts have spilled. Counts are whole numbers and
are stored as float32, which holds them exactly; blocks come back as float64.
"""

from __future__ import annotations

import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import scipy.sparse as sp


class CountBlocks:
    """Row blocks of a document-term count matrix, in order."""

    def __init__(self, n_features: int, max_bytes: float | None = None) -> None:
        self.n_features = n_features
        self.max_bytes = max_bytes
        self.held_bytes = 0
        self.n_rows = 0
        self._blocks: list[sp.csr_matrix | Path] = []
        self._rows: list[int] = []
        self._lengths: list[np.ndarray] = []  # words per document, kept as blocks arrive
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    def append(self, block: sp.csr_matrix) -> None:
        block = sp.csr_matrix(block, dtype=np.float32)
        self._lengths.append(np.asarray(block.sum(axis=1), dtype=np.float64).ravel())
        size = block.data.nbytes + block.indices.nbytes + block.indptr.nbytes
        if self.max_bytes is None or self.held_bytes + size <= self.max_bytes:
            self._blocks.append(block)
            self.held_bytes += size
        else:
            if self._tmp is None:
                # ignore_cleanup_errors: a memory-mapped array still open (Windows)
                # must not turn a finished fit into an error.
                self._tmp = tempfile.TemporaryDirectory(
                    prefix="newsanalytics-counts-", ignore_cleanup_errors=True
                )
                weakref.finalize(self, self._tmp.cleanup)
            path = Path(self._tmp.name) / f"block{len(self._blocks):06d}.npz"
            np.savez(
                path,
                data=block.data,
                indices=block.indices,
                indptr=block.indptr,
                shape=np.asarray(block.shape, dtype=np.int64),
            )
            self._blocks.append(path)
        self._rows.append(block.shape[0])
        self.n_rows += block.shape[0]

    @property
    def spilled(self) -> int:
        """How many blocks live on disk."""
        return sum(isinstance(b, Path) for b in self._blocks)

    def __len__(self) -> int:
        return len(self._blocks)

    def block(self, i: int) -> sp.csr_matrix:
        """Block ``i`` as float64 CSR."""
        item = self._blocks[i]
        if isinstance(item, Path):
            with np.load(item, allow_pickle=False) as z:
                item = sp.csr_matrix(
                    (z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"])
                )
        return item.astype(np.float64)

    def __iter__(self) -> Iterator[sp.csr_matrix]:
        for i in range(len(self._blocks)):
            yield self.block(i)

    def doc_array(self, name: str, width: int) -> np.ndarray:
        """A zeroed float64 array of one row per document: in memory, or, once the counts
        have spilled to disk, a memory-mapped ``.npy`` file beside them."""
        shape = (self.n_rows, width)
        if not self.spilled or self._tmp is None:
            return np.zeros(shape)
        path = Path(self._tmp.name) / f"{name}.npy"
        return np.lib.format.open_memmap(path, mode="w+", dtype=np.float64, shape=shape)

    def rows(self) -> Iterator[tuple[slice, sp.csr_matrix]]:
        """Each block with the slice of document rows it holds."""
        for rows, i in zip(self.slices(), range(len(self._blocks)), strict=True):
            yield rows, self.block(i)

    def slices(self) -> list[slice]:
        """The slice of document rows of each block (no block is read)."""
        return [
            slice(start, start + n) for start, n in zip(self.offsets(), self._rows, strict=True)
        ]

    def lengths(self) -> np.ndarray:
        """Words per document (no block is read)."""
        return np.concatenate([np.zeros(0), *self._lengths])

    def offsets(self) -> list[int]:
        """First row of each block."""
        out, start = [], 0
        for n in self._rows:
            out.append(start)
            start += n
        return out

    def close(self) -> None:
        """Remove the spilled blocks now (also done when the object is collected)."""
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        self._blocks = []
