"""How each time of a record got its value, as text (`khobor extract --explain`).

The times stage (times.expressions.find_times) gives each time a private `_explain` trace: the
rule of the language's times.yaml that found it with the value its clause resolved it to (rule),
then every later resolution step that changed that value (resolve: a quotation counted from the
day it was said, a bare weekday or relative day taking the day the article pins it to, ...).
"""
from __future__ import annotations

from ..record import Record, trace_line


def explain(rec: Record) -> str:
    """One block per time, e.g.

        time 2: "গতকাল" = 2025-10-23
          rule        deictic: 2025-10-22
          resolve     relative_days_as_pinned: 2025-10-22 -> 2025-10-23
    """
    lines = [f"== {rec.id} ({rec.language}) times"]
    if not rec.times:
        lines.append("  no times")
    for n, t in enumerate(rec.times, 1):
        lines.append(f"time {n}: \"{t.text}\" = {t.value}")
        for step in t._explain:
            lines.append(trace_line(step))
    return "\n".join(lines)
