from knowsofar.extract.status import _needle_finder, _needles_by_sentence, cues
from knowsofar.extract.titles import SentenceInfo
from knowsofar.extract.vocab import WordFinder

TEXTS = [
    "Netflix has renewed Glass Harbor for a third season.",
    "The drama is moving over to Hulu, which ordered ten episodes.",
    "Renewed: Lowtide (season 3) — coming back for more in the fall.",
    "Fans haven't given up; the show's end will come after the finale.",
    "",
    "Static Hearts ran two seasons, and Wildfern after just one.",
]


def _sentences(texts):
    out, at = [], 0
    for t in texts:
        out.append(SentenceInfo(at, at + len(t), t, [], None, False, 0))
        at += len(t) + 1
    return out


def test_needles_by_sentence_is_a_substring_test_per_sentence():
    words = set(_needle_finder().starts_with)
    found = _needles_by_sentence(_sentences(TEXTS))
    assert found == [{w for w in words if w in t.casefold()} for t in TEXTS]
    assert "renew" in found[0] and "head" not in found[0]


def test_needs_also_words_stand_in_every_match():
    # each cue with a second word list only matches where one of its words is
    positives = {
        "Copper Valley is moving to Peacock for its fourth season.",
        "The series' end will come with season five.",
        "Ninth Street: coming back for a fourth season.",
        "It ran for two seasons and Lowtide after just one.",
        "Before that comes the third season.",
        "Amazon confirmed that the show would be back for a second run.",
        "Amazon said in March that the show would not return.",
    }
    with_also = [c for c in cues() if c.needs_also]
    assert with_also
    for cue in with_also:
        hits = [text for text in positives if cue.regex.search(text)]
        assert hits, cue.regex.pattern[:60]  # every such cue is exercised
        for text in hits:
            assert any(w in text.casefold() for w in cue.needs_also)


def test_word_finder_finds_overlapping_words_in_each_text():
    words = ["end", "ending", "ends", "series", "series end", " as ", "dramedy", "dram"]
    texts = ["the series ending", "", "a dramedy as ever", "ends", "no match here"]
    got = WordFinder(words).by_text(texts)
    assert got == [{w for w in words if w in t} for t in texts]
    assert got[0] == {"end", "ending", "series", "series end"}
