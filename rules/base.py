"""What every rule declares about itself, and the one method it implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from .clauses import CLAUSES, references
from .document import Document, DocumentKind
from .finding import Hit, Severity

# Text rules apply to posts and descriptions; account names have their own rules.
ALL_KINDS = frozenset({DocumentKind.PUBLICATION, DocumentKind.DESCRIPTION})


@dataclass(frozen=True, slots=True)
class Example:
    """A text the rule must flag, and the exact substrings it must flag in it."""

    text: str
    flagged: tuple[str, ...]


class Rule(ABC):
    """A check. Subclasses set the class attributes and implement :meth:`check`.

    A rule's docstring is user text: ``civisme expliquer`` prints it as the
    rule's purpose, so it is written in French.

    ``nlp`` names what the rule needs from the French model: ``"pos"``,
    ``"lemma"``, ``"parse"`` or ``"ner"``; an empty set means no model at all,
    and the engine then never loads spaCy for it.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    title: ClassVar[str]
    severity: ClassVar[Severity]
    clauses: ClassVar[tuple[str, ...]]
    nlp: ClassVar[frozenset[str]] = frozenset()
    kinds: ClassVar[frozenset[DocumentKind]] = ALL_KINDS
    fail_examples: ClassVar[tuple[Example, ...]] = ()
    ok_examples: ClassVar[tuple[str, ...]] = ()
    # « document »: checked one text at a time by the engine; « liste »: checked
    # across a whole list of account names by ``civisme noms``.
    scope: ClassVar[str] = "document"
    # NOM and DES rules read the board's naming parameters ([nommage] of the
    # profile); the engine skips them under a profile that has none.
    needs_naming: ClassVar[bool] = False
    # How much a finding says, for overlaps within a family: a finding is
    # dropped where a rule of the same family with a lower rank flagged an
    # overlapping passage. 0: a precise rule; 1: a rule that repeats what
    # another family found (CRI03 after HOS); 2: a guess (a classifier).
    rank: ClassVar[int] = 0
    # How the examples are read, for rules that need more than the text (a platform…).
    example_metadata: ClassVar[dict[str, Any]] = {}
    # For the examples that must pass, when they need other metadata (a reasonable hour…).
    ok_example_metadata: ClassVar[dict[str, Any] | None] = None

    def example(self, text: str, *, ok: bool = False) -> Document:
        """An example as the document this rule expects."""
        metadata = self.example_metadata
        if ok and self.ok_example_metadata is not None:
            metadata = self.ok_example_metadata
        kind = (
            DocumentKind.PUBLICATION
            if DocumentKind.PUBLICATION in self.kinds
            else next(iter(self.kinds))
        )
        return Document(text, kind=kind, metadata=dict(metadata))

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    @property
    def policy(self) -> tuple[str, ...]:
        # Two clauses of one section read the same in a short citation: list it once.
        return tuple(dict.fromkeys(references(self.clauses)))

    @property
    def purpose(self) -> str:
        """The rule's docstring, which explains what it flags and why."""
        return " ".join((type(self).__doc__ or "").split())

    def quoted_clauses(self) -> list[tuple[str, str]]:
        return [(CLAUSES[c].reference, CLAUSES[c].quote) for c in self.clauses]

    def may_apply(self, doc: Document) -> bool:
        """A cheap necessary condition for :meth:`check` to find anything.

        When it is False the engine skips the rule for this document and, if no
        other rule asks for the model, does not parse the document at all: a
        post with no age, no date and no name never pays for spaCy.
        """
        return True

    def needs_model(self, doc: Document) -> bool:
        """Whether :meth:`check` needs ``doc`` parsed. A rule that asks for the
        model may answer False when cheap evidence shows the parse could not
        change its findings; it then gets ``parsed=None``."""
        return bool(self.nlp)

    @abstractmethod
    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        """Yield hits in ``doc.normalised`` coordinates. ``parsed`` is the spaCy
        Doc of ``doc.normalised`` when the rule declared ``nlp``, else None."""
