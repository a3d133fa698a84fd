"""Text fingerprints for near-duplicate and translation detection.

* **SimHash** (64 bits) over word 3-shingles of the folded body. Two texts are
  near-duplicates when their fingerprints differ in at most
  :data:`NEAR_DUPLICATE_BITS` bits. The fingerprint is split into four 16-bit
  bands stored in indexed columns: two fingerprints within 3 bits share at least
  one band exactly (pigeonhole), so candidates come from an index lookup and no
  signature is ever held in memory.
* **Anchors** for translations: numbers and capitalised names survive machine
  translation ("Kharkiv", "30 000", "Stoltenberg"), so the overlap of anchor sets
  links an English copy to its French original.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from crawler.extract.text import fold

NEAR_DUPLICATE_BITS = 3
# Above this distance two texts of one identity are unrelated (a conflict, never a revision).
UNRELATED_BITS = 22
BANDS = 4
BAND_BITS = 16
_MASK64 = (1 << 64) - 1


def shingles(text: str, size: int = 3) -> list[str]:
    words = fold(text).split()
    if len(words) < size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def simhash(text: str) -> int:
    """The 64-bit SimHash of ``text`` (0 for empty text).

    Each shingle's hash is the big-endian value of its 8-byte BLAKE2b digest; a bit of
    the fingerprint is set when more than half of the hashes set it.
    """
    return simhash_paragraphs([text])


def simhash_paragraphs(paragraphs: Iterable[str]) -> int:
    """:func:`simhash` of the paragraphs joined by blank lines (a report's body), each
    paragraph folded on its own: words never run across a line break, so the words are the
    same, and a paragraph the body reading has folded already is not folded again."""
    # ``fold`` leaves single spaces between words, so the encoded text splits into the
    # encoded words.
    words = " ".join(filter(None, map(fold, paragraphs))).encode("utf-8").split()
    digests = _shingle_digests(words)
    if not digests:
        return 0
    counts = _bit_counts(b"".join(digests), len(digests))
    value = 0
    for bit, count in enumerate(counts):
        if 2 * count > len(digests):
            value |= 1 << bit
    return value


def _shingle_digests(words: list[bytes]) -> list[bytes]:
    """The 8-byte BLAKE2b digests of the UTF-8 word 3-shingles (:func:`shingles`), in order."""
    if len(words) < 3:
        shingled = [b" ".join(words)] if words else []
    else:
        shingled = map(b" ".join, zip(words, words[1:], words[2:], strict=False))
    blake2b = hashlib.blake2b
    return [blake2b(shingle, digest_size=8).digest() for shingle in shingled]


def _bit_counts(packed: bytes, count: int) -> list[int]:
    """How many of the ``count`` big-endian 64-bit words in ``packed`` set each bit, lowest first.

    All words are read as one integer and counted with a few whole-integer operations:
    each round splits every group's lanes into two groups of lanes twice as wide (lane
    parity), then adds the upper half of the words onto the lower half while the wider
    lanes have room. After six rounds, group ``bit`` holds bit ``bit``'s partial counts in
    64-bit lanes, summed by one modulo. No Python work per word.
    """
    groups = [int.from_bytes(packed, "big")]
    words = count
    width = 1
    top = 1  # the largest value a lane may hold so far
    while width < 64:
        mask = int.from_bytes(_LANE_MASKS[width] * words, "big")
        groups = [g & mask for g in groups] + [(g >> width) & mask for g in groups]
        width *= 2
        while words > 1 and 2 * top < 1 << width:
            groups, words = _fold_words(groups, words)
            top *= 2
    return [g % _MASK64 for g in groups]  # 2**64 = 1 modulo 2**64 - 1: the lanes' sum


def _fold_words(groups: list[int], words: int) -> tuple[list[int], int]:
    """Each group's upper half of 64-bit words added onto its lower half."""
    shift = 64 * (words // 2)
    low = (1 << shift) - 1
    return [(g & low) + (g >> shift) for g in groups], words - words // 2


# _LANE_MASKS[width]: one 64-bit word with the low half of every ``2 * width``-bit lane set.
_LANE_MASKS = {
    width: sum(((1 << width) - 1) << (2 * width * i) for i in range(32 // width)).to_bytes(8, "big")
    for width in (1, 2, 4, 8, 16, 32)
}


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & _MASK64).bit_count()


def bands(fingerprint: int) -> list[int]:
    """The fingerprint's four 16-bit bands, lowest first."""
    return [(fingerprint >> (BAND_BITS * i)) & ((1 << BAND_BITS) - 1) for i in range(BANDS)]


def to_signed(fingerprint: int) -> int:
    """Store an unsigned 64-bit value in a signed BIGINT column."""
    return fingerprint - (1 << 64) if fingerprint >= (1 << 63) else fingerprint


def from_signed(value: int) -> int:
    return value & _MASK64


def similarity(a: int, b: int) -> float:
    """1.0 for identical fingerprints, 0.0 for opposite ones."""
    return 1.0 - hamming(a, b) / 64


_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")
_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-ZÀ-Ý][\w’'-]{3,})")


def anchors(text: str) -> set[str]:
    """Language-independent tokens of a text: numbers and capitalised names, folded."""
    found = {re.sub(r"[\s.,]", "", n) for n in _NUMBER.findall(text)}
    found = {n for n in found if len(n) >= 2}
    for match in _NAME.finditer(text):
        word = unicodedata.normalize("NFKD", match.group(1))
        folded = fold(word)
        if folded:
            found.add(folded[:6])  # "kharkiv"/"kharkov", "zaporijjia"/"zaporizhzhia" share a stem
    return found


def anchor_overlap(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two anchor sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
