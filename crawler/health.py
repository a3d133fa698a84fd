"""Parser drift: tonight's reports compared with the same source's own recent history.

A layout change rarely makes extraction fail loudly; it makes bodies shorter,
sections vanish or bylines disappear. Each check below compares a share or a
median of tonight's items with the source's last stored reports, so an outlet
that never had sections is not flagged for having none.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

HISTORY_SIZE = 30
MIN_HISTORY = 5
BODY_RATIO = 0.4  # tonight's median body below 40 % of the usual median
USUAL_SHARE = 0.8  # a feature present on at least 80 % of recent reports ...


@dataclass(frozen=True)
class Features:
    """What drift detection looks at in one report."""

    body_chars: int
    sections: int
    has_authors: bool
    has_modified: bool


def drift_reasons(
    tonight: list[Features], history: list[Features], quarantined: int = 0
) -> list[str]:
    """Why tonight's output looks unlike this source's usual output (empty: it does not)."""
    reasons = []
    if quarantined:
        reasons.append(f"{quarantined} report page(s) failed validation (see quarantine)")
    if not tonight or len(history) < MIN_HISTORY:
        return reasons
    usual = statistics.median(f.body_chars for f in history)
    now = statistics.median(f.body_chars for f in tonight)
    if usual and now < BODY_RATIO * usual:
        reasons.append(f"body length fell from a usual {usual:.0f} to {now:.0f} characters")
    for label, present in (
        ("subheadings", lambda f: f.sections >= 2),
        ("authors", lambda f: f.has_authors),
    ):
        usual_share = sum(map(present, history)) / len(history)
        share = sum(map(present, tonight)) / len(tonight)
        if usual_share >= USUAL_SHARE and share == 0:
            reasons.append(
                f"{label} missing on every report tonight (usually on {usual_share:.0%})"
            )
    return reasons
