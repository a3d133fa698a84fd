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
from collections import Counter

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
    """The 64-bit SimHash of ``text`` (0 for empty text)."""
    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")
        for s in shingles(text)
    ]
    if not hashes:
        return 0
    # Count, per bit position, how many hashes set it: the hashes' bytes are counted
    # column by column (in C), and each byte value's count spread into 64 counters of 32
    # bits packed in one integer; at most 8 x 256 additions whatever the text's length.
    packed = b"".join(h.to_bytes(8, "little") for h in hashes)
    total = 0
    for k in range(8):
        column = Counter(packed[k::8])
        spread = sum(count * _SPREAD[byte] for byte, count in column.items())
        total += spread << (_FIELD * 8 * k)
    half = len(hashes) / 2
    value = 0
    for bit in range(64):
        if (total >> (_FIELD * bit)) & _FIELD_MASK > half:
            value |= 1 << bit
    return value


_FIELD = 32  # bits per counter: room for any page's shingle count
_FIELD_MASK = (1 << _FIELD) - 1
# _SPREAD[byte]: the byte's eight bits moved into eight 32-bit counters.
_SPREAD = [sum(((byte >> bit) & 1) << (_FIELD * bit) for bit in range(8)) for byte in range(256)]


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
