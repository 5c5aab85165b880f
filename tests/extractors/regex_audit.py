"""A structural audit of backtracking hazards in compiled regexes (a test helper).

Python's ``re`` backtracks. Two shapes make the work of one match attempt grow
faster than the text it reads, and a third makes a scan retry a long run:

- **nested**: an unbounded repeat whose body can end with another unbounded
  repeat able to consume what starts the next iteration (``(?:\\d+[a-z]*)+``):
  a run of digits splits between iterations in exponentially many ways;
- **adjacent**: two unbounded repeats in a row, only nullable items between
  them, whose characters overlap (``[ \\t]*\\n?[ \\t]*``): each split of a run of
  spaces is tried, quadratic work per attempt;
- **leading**: a pattern opening with an unbounded repeat that a search retries
  from every character of a run (``[.!?]+\\s+`` over "....."): quadratic over a
  scan, unless a lookbehind refuses starts inside the run or a word boundary
  refuses starts inside a word.

A possessive repeat (``*+``, ``++``) or an atomic group never gives back what it
took, so it is no hazard for the first two shapes. Character sets are compared
over a sample alphabet (ASCII and the punctuation, spaces and letters news copy
holds), which is what the hazards above need.

Example:
    >>> import re
    >>> [h.kind for h in hazards(re.compile(r"x(?:\\d+[a-z]*)+_"))]
    ['nested']
    >>> hazards(re.compile(r"x(?:\\d++[a-z]*+)+_"))
    []
"""

from __future__ import annotations

import re
import re._compiler as sre_compile  # type: ignore[import-not-found]
import re._constants as C  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from typing import Any

ALPHABET = "".join(chr(c) for c in range(9, 127)) + (
    "\u00a0\u2009\u202f\u2028“”‘’«»—–−…éÉàçßñ½€£¥°µ×٣"
)
UNBOUNDED = C.MAXREPEAT
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)

Node = tuple[Any, Any]


@dataclass(frozen=True)
class Hazard:
    """One hazard: its kind, and the repeat (as regex text) that causes it."""

    kind: str
    where: str


def _seq(p: Any) -> list[Node]:
    return list(p.data) if hasattr(p, "data") else list(p)


class _Audit:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.flags = pattern.flags
        self.tree = sre_parse.parse(pattern.pattern, pattern.flags)
        self.found: list[Hazard] = []
        self._sets: dict[tuple[str, int], frozenset[str]] = {}

    # -- character sets -------------------------------------------------------
    def charset(self, node: Node, flags: int) -> frozenset[str]:
        """Characters of the alphabet that a one-character node matches."""
        key = (repr(node), flags)
        if key not in self._sets:
            sub = sre_parse.SubPattern(self.tree.state, [node])
            try:
                compiled = sre_compile.compile(sub, flags)
            except Exception:  # a node that cannot stand alone: assume anything
                return frozenset(ALPHABET)
            self._sets[key] = frozenset(ch for ch in ALPHABET if compiled.fullmatch(ch))
        return self._sets[key]

    # -- structure ------------------------------------------------------------
    def nullable(self, seq: list[Node]) -> bool:
        return all(self.nullable_node(n) for n in seq)

    def nullable_node(self, node: Node) -> bool:
        op, av = node
        if op in _ZERO_WIDTH or op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            return av[0] == 0 or self.nullable(_seq(av[2]))
        if op == C.BRANCH:
            return any(self.nullable(_seq(alt)) for alt in av[1])
        if op == C.SUBPATTERN:
            return self.nullable(_seq(av[3]))
        if op == C.ATOMIC_GROUP:
            return self.nullable(_seq(av))
        return False

    def first(self, seq: list[Node], flags: int) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for node in seq:
            out |= self.first_node(node, flags)
            if not self.nullable_node(node):
                break
        return out

    def first_node(self, node: Node, flags: int) -> frozenset[str]:
        op, av = node
        if op in _ZERO_WIDTH or op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return frozenset()
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            return self.first(_seq(av[2]), flags)
        if op == C.BRANCH:
            out: frozenset[str] = frozenset()
            for alt in av[1]:
                out |= self.first(_seq(alt), flags)
            return out
        if op == C.SUBPATTERN:
            return self.first(_seq(av[3]), _flags(flags, av))
        if op == C.ATOMIC_GROUP:
            return self.first(_seq(av), flags)
        return self.charset(node, flags)

    def ends(self, seq: list[Node], flags: int) -> list[tuple[Node, int]]:
        """Unbounded give-back repeats that can end ``seq`` (what follows meets them)."""
        out: list[tuple[Node, int]] = []
        for node in reversed(seq):
            out += self.ends_node(node, flags)
            if not self.nullable_node(node):
                break
        return out

    def ends_node(self, node: Node, flags: int) -> list[tuple[Node, int]]:
        op, av = node
        if op in _REPEATS:
            inner = self.ends(_seq(av[2]), flags)
            return [(node, flags), *inner] if av[1] == UNBOUNDED else inner
        if op == C.BRANCH:
            return [r for alt in av[1] for r in self.ends(_seq(alt), flags)]
        if op == C.SUBPATTERN:
            return self.ends(_seq(av[3]), _flags(flags, av))
        return []  # atomic, possessive, single characters: nothing given back

    def starts(self, seq: list[Node], flags: int) -> list[tuple[Node, int]]:
        """Unbounded give-back repeats that can open ``seq``."""
        out: list[tuple[Node, int]] = []
        for node in seq:
            out += self.starts_node(node, flags)
            if not self.nullable_node(node):
                break
        return out

    def starts_node(self, node: Node, flags: int) -> list[tuple[Node, int]]:
        # a possessive repeat still retakes, once per give-back, what the repeat
        # before it gives back: it counts here (it does not in ``ends_node``)
        op, av = node
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            inner = self.starts(_seq(av[2]), flags)
            return [(node, flags), *inner] if av[1] == UNBOUNDED else inner
        if op == C.BRANCH:
            return [r for alt in av[1] for r in self.starts(_seq(alt), flags)]
        if op == C.SUBPATTERN:
            return self.starts(_seq(av[3]), _flags(flags, av))
        return []

    def body_chars(self, node: Node, flags: int) -> frozenset[str]:
        """Every character a repeat's body can consume (over the alphabet)."""
        return self.all_chars(_seq(node[1][2]), flags)

    def all_chars(self, seq: list[Node], flags: int) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for op, av in seq:
            if op in _ZERO_WIDTH or op in (C.GROUPREF, C.GROUPREF_EXISTS):
                continue
            if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
                out |= self.all_chars(_seq(av[2]), flags)
            elif op == C.BRANCH:
                for alt in av[1]:
                    out |= self.all_chars(_seq(alt), flags)
            elif op == C.SUBPATTERN:
                out |= self.all_chars(_seq(av[3]), _flags(flags, av))
            elif op == C.ATOMIC_GROUP:
                out |= self.all_chars(_seq(av), flags)
            else:
                out |= self.charset((op, av), flags)
        return out

    # -- the checks -----------------------------------------------------------
    def walk(self, seq: list[Node], flags: int) -> None:
        for i, node in enumerate(seq):
            op, av = node
            self._adjacent(seq, i, flags)
            if op in _REPEATS and av[1] == UNBOUNDED:
                body = _seq(av[2])
                start = self.first(body, flags)
                for inner, f in self.ends(body, flags):
                    if self.body_chars(inner, f) & start:
                        self.found.append(Hazard("nested", _text(node)))
                        break
            for child, f in self.children(node, flags):
                self.walk(child, f)

    def children(self, node: Node, flags: int) -> list[tuple[list[Node], int]]:
        op, av = node
        if op in (*_REPEATS, C.POSSESSIVE_REPEAT):
            return [(_seq(av[2]), flags)]
        if op == C.BRANCH:
            return [(_seq(alt), flags) for alt in av[1]]
        if op == C.SUBPATTERN:
            return [(_seq(av[3]), _flags(flags, av))]
        if op == C.ATOMIC_GROUP:
            return [(_seq(av), flags)]
        if op in (C.ASSERT, C.ASSERT_NOT):
            return [(_seq(av[1]), flags)]
        return []

    def _adjacent(self, seq: list[Node], i: int, flags: int) -> None:
        ending = self.ends_node(seq[i], flags)
        if not ending:
            return
        refused: frozenset[str] = frozenset()  # a lookbehind between: cannot end with these
        for node in seq[i + 1 :]:
            if node[0] == C.ASSERT_NOT and node[1][0] == -1:
                refused |= self.all_chars(_seq(node[1][1]), flags)
            for later, f in self.starts_node(node, flags):
                for early, g in ending:
                    if (self.body_chars(early, g) - refused) & self.first(_seq(later[1][2]), f):
                        self.found.append(Hazard("adjacent", _text(early)))
                        return
            if not self.nullable_node(node):
                return

    def leading(self) -> None:
        self._lead(_seq(self.tree), self.flags, frozenset(), False, True)

    def _lead(
        self, seq: list[Node], flags: int, guard: frozenset[str], edge: bool, last: bool
    ) -> None:
        """Check the first consuming item of ``seq`` after its zero-width guards.

        ``last``: nothing follows ``seq`` in the pattern; a repeat that ends the
        pattern cannot fail after its run, so a scan never retries inside it.
        """
        for i, node in enumerate(seq):
            op, av = node
            rest_empty = last and i == len(seq) - 1
            if op == C.ASSERT_NOT and av[0] == -1:
                guard |= self.all_chars(_seq(av[1]), flags)
            elif op == C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                return  # anchored at the start: never retried along a run
            elif op == C.AT and av == C.AT_BOUNDARY:
                edge = True
            elif op in _ZERO_WIDTH:
                pass
            elif op in (*_REPEATS, C.POSSESSIVE_REPEAT):
                body = self.body_chars(node, flags)
                pure = body <= _WORD or not (body & _WORD)
                safe = body <= guard or (edge and pure) or rest_empty
                if av[1] == UNBOUNDED and not safe:
                    self.found.append(Hazard("leading", _text(node)))
                    return
                if av[0] > 0:
                    return
            elif op == C.BRANCH:
                for alt in av[1]:
                    self._lead(_seq(alt), flags, guard, edge, rest_empty)
                if not self.nullable_node(node):
                    return
            elif op == C.SUBPATTERN:
                self._lead(_seq(av[3]), _flags(flags, av), guard, edge, rest_empty)
                if not self.nullable_node(node):
                    return
            else:
                return


def _flags(flags: int, av: Any) -> int:
    return (flags | av[1]) & ~av[2]


_WORD = frozenset(ch for ch in ALPHABET if re.fullmatch(r"\w", ch))


def _text(node: Node) -> str:
    return _render(node)[:80]


def _render(node: Node) -> str:
    op, av = node
    return f"{op}{av}"[:80]


def hazards(pattern: re.Pattern[str], *, searched: bool = False) -> list[Hazard]:
    """The backtracking hazards of ``pattern``; ``searched`` adds the leading check.

    The leading check only matters for a pattern run by ``search``/``finditer``
    over a whole text (a ``match`` at chosen positions does not retry a run).
    """
    audit = _Audit(pattern)
    audit.walk(_seq(audit.tree), pattern.flags)
    if searched:
        audit.leading()
    return audit.found
