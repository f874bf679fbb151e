import pytest

from knowsofar.extract.cast import _cue_words, _has_cue, _patterns

SENTENCES = [
    "Jane Doe stars as Nora Vance in the new drama.",
    "The network has not said when the show will return.",
    "Ravi Mehta provides the voice of the talking fox.",
    "Ravi Mehta provides the catering for the wrap party.",
    "Lena Fischer landed the role of a young detective.",
    "Lena Fischer landed in London on Monday.",
    "Production begins in March, with eight episodes planned.",
    "Owen Gallagher (Lowtide) joins the cast.",
    "The series is\nback for a third run.",
    "Chloe Bennett signed on to play the lead.",
    "Ratings fell sharply over the summer.",
    "Émile Zola’s heirs are back for more.",  # not ASCII: the pattern decides
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_has_cue_is_the_cue_pattern(sentence):
    assert _has_cue(sentence) == (_patterns()["cue"].search(sentence) is not None)


def test_cue_words_come_from_the_phrase_lists():
    single, longer = _cue_words()
    assert "as" in single and "played" in single
    # "provides the voice of": a verb that only opens a phrase is no cue alone, but
    # a sentence with it is searched
    assert "provides" not in single
    assert frozenset({"provides"}) in longer["provides"]
    # "signed on": each word of a longer phrase must be there
    assert frozenset({"signed", "on"}) in longer["signed"]
