"""Settings that bound what one input may cost: :class:`Limits`.

One frozen object, passed down explicitly (``provenance.extract(..., limits=...)``,
``provenance check --limit max_file_bytes=1000000``); nothing is read from the
environment. Each limit protects the batch from one hostile or broken file: a
breach is a :class:`~provenance.errors.LimitError` (a ``ReadError``) for that
file alone, and every other file is still read.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from provenance.errors import UsageError

__all__ = ["DEFAULT_LIMITS", "Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one input may hold and cost.

    Attributes:
        max_file_bytes: size of one input file (or string, UTF-8 encoded);
            64 MiB. Larger files are refused before they are read.
        max_field_chars: characters in one field of one document (the body,
            the headline, a caption); 2,000,000, about 100 times the longest
            wire story. Bounds the memory of extraction, which grows with the body.
        max_depth: nesting of XML elements (NewsML) and of JSON values (ninjs);
            200. Real feeds nest about 10 deep.
        time_budget_s: CPU seconds extraction may spend on one document,
            checked between the figure, claim and credit steps; 60.
            ``0`` disables the check.

    Example:
        >>> Limits().max_depth
        200
        >>> Limits.parse(["max_depth=50", "time_budget_s=2.5"]).time_budget_s
        2.5
    """

    max_file_bytes: int = 64 * 1024 * 1024
    max_field_chars: int = 2_000_000
    max_depth: int = 200
    time_budget_s: float = 60.0

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise UsageError(f"limit {item.name} must be a number >= 0, not {value!r}")
        if self.max_depth < 1:
            raise UsageError("limit max_depth must be at least 1")

    @classmethod
    def parse(cls, items: list[str] | tuple[str, ...], base: Limits | None = None) -> Limits:
        """Limits from ``NAME=VALUE`` strings (the CLI's ``--limit``), over ``base``.

        Example:
            >>> Limits.parse(["max_file_bytes=1000"]).max_file_bytes
            1000

        Raises:
            UsageError: an unknown name or a value that is not a number >= 0.
        """
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, int | float] = {}
        for item in items:
            name, sep, raw = item.partition("=")
            name = name.strip()
            if not sep or name not in known:
                raise UsageError(
                    f"unknown limit {item!r}; use NAME=VALUE with NAME one of {', '.join(known)}"
                )
            try:
                value: int | float = float(raw) if name == "time_budget_s" else int(raw, 10)
            except ValueError:
                raise UsageError(f"limit {name} must be a number, not {raw!r}") from None
            changes[name] = value
        return replace(base or cls(), **changes)  # type: ignore[arg-type]


DEFAULT_LIMITS = Limits()
