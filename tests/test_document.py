"""The normalised view and its map back to the original text."""

from __future__ import annotations

import pytest

from civisme.rules.document import Document


def test_plain_text_needs_no_map() -> None:
    doc = Document("Bonjour à tous.")
    assert doc.normalised == "Bonjour à tous."
    assert doc.to_original(3, 7) == (3, 7)


def test_typographic_apostrophes_and_spaces_are_unified_in_place() -> None:
    doc = Document("l’école\u202f!")
    assert doc.normalised == "l'école !"
    assert doc.to_original(0, 7) == (0, 7)


def test_decomposed_text_is_composed_and_mapped_back() -> None:
    text = "e\u0301cole ferme\u0301e"
    doc = Document(text)
    assert doc.normalised == "école fermée"
    start, end = doc.to_original(6, 12)
    assert text[start:end] == "ferme\u0301e"


def test_zero_width_characters_are_removed_and_mapped_back() -> None:
    text = "con\u200bnard et \ufeffami"
    doc = Document(text)
    assert doc.normalised == "connard et ami"
    assert doc.original(0, 7) == "con\u200bnard"
    assert doc.original(11, 14) == "ami"


def test_span_ending_before_removed_character_excludes_it() -> None:
    doc = Document("ab\u200bcd")
    assert doc.original(0, 2) == "ab"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Voir https://www.csno.ab.ca/ecoles.", "url", "https://www.csno.ab.ca/ecoles"),
        ("Voir csno.ab.ca, merci", "url", "csno.ab.ca"),
        ("Écrire à info@csno.ab.ca demain", "courriel", "info@csno.ab.ca"),
        ("Suivez @EcoleCSNO!", "mention", "@EcoleCSNO"),
        ("#FiertéCSNO", "motcle", "#FiertéCSNO"),
        ("Cc : Direction GÉNÉRALE\nBonjour", "entete", "Cc : Direction GÉNÉRALE"),
    ],
)
def test_protected_spans(text: str, kind: str, value: str) -> None:
    doc = Document(text)
    spans = [s for s in doc.protected if s.kind == kind]
    assert [doc.normalised[s.start : s.end] for s in spans] == [value]
    span = spans[0]
    assert doc.is_protected(span.start, span.end)


def test_ordinary_words_are_not_protected() -> None:
    doc = Document("Le numéro #5 de l'équipe et le courriel de Julie.")
    start = doc.normalised.index("équipe")
    assert not doc.is_protected(start, start + 6)


def test_a_title_abbreviation_does_not_end_a_sentence_in_any_case() -> None:
    from civisme.rules.folded import sentences
    from civisme.rules.text_units import sentence_bounds

    text = "Franchement M. Gagnon est là. Fin."
    assert sentence_bounds(text) == [0, len("Franchement M. Gagnon est là.")]
    # The folded view (« m. gagnon ») is cut the same way.
    assert [s.text.strip() for s in sentences(Document(text))] == [
        "franchement m. gagnon est la.",
        "fin.",
    ]


def test_metres_after_a_number_do_end_a_sentence() -> None:
    from civisme.rules.text_units import sentence_bounds

    text = "Léa, 2e au 200 m. Notre concierge"
    assert sentence_bounds(text) == [0, len("Léa, 2e au 200 m.")]


def test_hours_after_a_number_do_end_a_sentence() -> None:
    from civisme.rules.text_units import sentence_bounds

    # « h » alone would read as an initial (« R. Morin »): after a number it is the hour
    text = "Rendez-vous à 18 h. Tu vas le regretter."
    assert sentence_bounds(text) == [0, len("Rendez-vous à 18 h.")]


def test_an_initial_does_not_end_a_sentence_but_a_lone_a_does() -> None:
    from civisme.rules.text_units import sentence_bounds

    assert sentence_bounds("Notre collègue R. Morin est absent.") == [0]
    assert sentence_bounds("A.T. en 1re année a une allergie.") == [0]
    text = "Il en a. Demain on recommence."
    assert sentence_bounds(text) == [0, len("Il en a.")]
