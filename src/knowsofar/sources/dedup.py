"""Recognising the same article twice: same URL, same content, or a syndicated copy.

Syndicated copies differ by a credit line, a new headline or a trimmed last
paragraph, so exact hashes miss them. A 64-bit SimHash over word 3-shingles
(Charikar 2002; Manku et al. 2007 for near-duplicate web pages) changes in only a
few bits for such edits, and in about half its bits for a different article.

The documents table keeps the fingerprint as a signed BIGINT (``documents.simhash``)
and a copy points at its original (``documents.duplicate_of``); see :func:`to_signed64`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

import numpy as np

from knowsofar.claims import Document

# Documents whose fingerprints differ in at most this many of 64 bits are copies.
# SimHash flips about (1/pi)*atan(sqrt(f/(1-f))) of its bits when a share f of the text
# changes: ~5 bits for 5%, ~7 for 12%, ~10 for 20%. Measured on our 86 gold, demo and
# unrelated articles, no two different ones came closer than 18 bits.
NEAR_DISTANCE = 10
SHINGLE = 3
_BANDS = NEAR_DISTANCE + 1  # pigeonhole: a copy matches exactly in at least one band
_WORD = re.compile(r"\w+", re.UNICODE)


def simhash(text: str) -> int:
    """64-bit SimHash (unsigned) of the text's word 3-shingles; case and spacing ignored."""
    words = _WORD.findall(text.casefold())
    if len(words) >= SHINGLE:
        features = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    else:
        features = words or [""]
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "little")
            for f in features
        ),
        dtype=np.uint64,
        count=len(features),
    )
    bits = np.unpackbits(hashes.view(np.uint8)).reshape(-1, 64)
    majority = bits.sum(axis=0, dtype=np.int64) * 2 > len(features)
    return int(np.packbits(majority).view(np.uint64)[0])


# Below this many words a fingerprint says little (a short note and its reply can
# agree in most bits), so short texts are only ever exact copies.
MIN_FINGERPRINT_WORDS = 80


def fingerprint(text: str) -> int | None:
    """The signed 64-bit SimHash to store in ``documents.simhash``; None for short texts."""
    if len(_WORD.findall(text)) < MIN_FINGERPRINT_WORDS:
        return None
    return to_signed64(simhash(text))


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def to_signed64(value: int) -> int:
    """Unsigned 64-bit fingerprint → the signed value a BIGINT column can hold."""
    value &= 0xFFFF_FFFF_FFFF_FFFF
    return value - (1 << 64) if value >= 1 << 63 else value


def from_signed64(value: int) -> int:
    return value & 0xFFFF_FFFF_FFFF_FFFF


def normalize_url(url: str | None) -> str | None:
    """The URL as a key: no fragment, no trailing slash, lower-case scheme and host."""
    if not url:
        return None
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


@dataclass
class Duplicate:
    """Why a document is a copy of one seen before, and of which."""

    of: Hashable  # the original's id (a database id, or whatever the caller indexed)
    reason: str  # "same_url" | "same_content" | "near_copy"
    distance: int = 0  # differing fingerprint bits (near copies)


@dataclass
class DuplicateFinder:
    """An in-memory index of documents seen, to find the original of a new one.

    Near copies are found through bands: the 64 bits are cut into
    ``NEAR_DISTANCE + 1`` bands, and two fingerprints within the distance agree
    exactly on at least one band, so only documents sharing a band are compared.
    """

    near_distance: int = NEAR_DISTANCE
    _urls: dict[str, Hashable] = field(default_factory=dict)
    _hashes: dict[str, Hashable] = field(default_factory=dict)
    _bands: dict[tuple[int, int], list[tuple[int, Hashable]]] = field(default_factory=dict)

    def add(
        self, key: Hashable, url: str | None, content_hash: str, fingerprint: int | None
    ) -> None:
        """Index a document (an original: copies need not be added)."""
        norm = normalize_url(url)
        if norm:
            self._urls.setdefault(norm, key)
        self._hashes.setdefault(content_hash, key)
        if fingerprint is not None:
            fp = from_signed64(fingerprint)
            for band in _band_keys(fp):
                self._bands.setdefault(band, []).append((fp, key))

    def add_document(self, key: Hashable, doc: Document) -> None:
        self.add(key, doc.url, doc.content_hash, simhash(doc.text))

    def find(self, url: str | None, content_hash: str, fingerprint: int | None) -> Duplicate | None:
        norm = normalize_url(url)
        if norm and norm in self._urls:
            return Duplicate(self._urls[norm], "same_url")
        if content_hash in self._hashes:
            return Duplicate(self._hashes[content_hash], "same_content")
        if fingerprint is None:
            return None
        fp = from_signed64(fingerprint)
        best: Duplicate | None = None
        for band in _band_keys(fp):
            for other, key in self._bands.get(band, ()):
                d = hamming(fp, other)
                if d <= self.near_distance and (best is None or d < best.distance):
                    best = Duplicate(key, "near_copy", d)
        return best

    def find_document(self, doc: Document) -> Duplicate | None:
        return self.find(doc.url, doc.content_hash, simhash(doc.text))

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[Hashable, str | None, str, int | None]]
    ) -> DuplicateFinder:
        """Build from (id, url, content_hash, simhash) rows, e.g. of the documents table."""
        finder = cls()
        for key, url, content_hash, fingerprint in rows:
            finder.add(key, url, content_hash, fingerprint)
        return finder


def _band_keys(fp: int) -> list[tuple[int, int]]:
    keys = []
    width = 64 // _BANDS
    for i in range(_BANDS):
        lo = i * width
        hi = 64 if i == _BANDS - 1 else lo + width
        keys.append((i, (fp >> lo) & ((1 << (hi - lo)) - 1)))
    return keys
