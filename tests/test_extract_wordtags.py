"""The dictionary's tagged words (kg/extract/wordtags.py): general words, proper names, phrases.

The words asked about are jieba's own dictionary entries and names invented
for these tests (星澜, 青禾), which no dictionary holds.
"""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.wordtags import _Dictionary, _tagged_words, is_common_word, is_general_phrase


def test_word_lists_read_from_jiebas_dictionary():
    # the dictionary read without jieba's import, as its own loader reads it: word, frequency, tag per line
    import importlib.util
    import re

    from kg.extract import wordtags as ent

    words = ent._tagged_words()
    dictionary = Path(importlib.util.find_spec("jieba").origin).with_name("dict.txt")
    assert words == dict(re.findall(r"^(\S+) \d+ (\S+)", dictionary.read_text(encoding="utf-8"), re.M))
    assert words["交通银行"].startswith("n") and "科技" in ent._general_words()
    # the lists looked up word by word hold exactly the words of the sets they stand for
    for looked_up, pattern, keep in [(ent._proper_names(), r"n[rstz]", True),
                                     (ent._unbranded_words(), r"n[rtz]|eng", False),
                                     (ent._general_words(), r"n[rstz]|eng", False)]:
        as_set = ent._words_where(pattern, keep)
        assert [w for w in words if w in looked_up] == [w for w in words if w in as_set]
        assert "不是词语的一串字" not in looked_up
    assert "交通银行" in ent._proper_names() and "泰山" in ent._unbranded_words() and "厦华" not in ent._unbranded_words()


@pytest.mark.parametrize("item, chars, general", [
    ("科技创新", frozenset(), True),      # two general words
    ("数字化转型", frozenset(), True),
    ("高端装备", frozenset(), True),
    ("星澜科技", frozenset(), False),     # an invented trade name before a general word
    ("青禾", frozenset(), False),         # a name no dictionary holds
    ("厦华", frozenset(), False),         # a brand the dictionary tags as a name (nz)
    ("泰山", frozenset(), False),         # a place (ns)
    ("澜", frozenset(), False),           # one character: no phrase
    ("新材料", frozenset(), False),       # a single character the caller did not allow
    ("新材料", frozenset("新"), True),    # ... and allowed
    ("新澜", frozenset("新"), False),
])
def test_general_phrases(item, chars, general):
    assert is_general_phrase(item, chars) is general


def test_general_phrase_over_another_word_list():
    # over every word of the dictionary (names too), a brand and a general word make a phrase
    assert not is_general_phrase("厦华科技") and is_general_phrase("厦华科技", words=_tagged_words())
    assert not is_general_phrase("星澜科技", words=_tagged_words())


@pytest.mark.parametrize("item, common", [
    ("技术", True), ("旅游", True), ("公交", True),
    ("厦华", True),        # any word of the dictionary, names included
    ("科技创新", False),   # a phrase, not one word
    ("星澜", False),
])
def test_common_words(item, common):
    assert is_common_word(item) is common


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "aa", "ab", "b", "ba", "c", "A", "一", "一一"]),
                          st.sampled_from(["n", "v", "nz"])), max_size=14), st.booleans())
def test_the_dictionary_answers_as_a_dict_of_its_lines(lines, in_order):
    # dict.txt is in order but for a few lines (and may repeat a word): the words kept in order are found by
    # bisection, the others set apart; a dict of the lines is what it must answer, the last line of a word winning
    if in_order:
        lines = sorted(lines)
    words = _Dictionary([w for w, _ in lines], [t for _, t in lines])
    expected = dict(lines)
    for word in ["a", "aa", "ab", "b", "ba", "c", "A", "一", "一一", "z", ""]:
        assert words.get(word) == expected.get(word) and (word in words) == (word in expected)
    assert words == expected and sorted(words) == sorted(expected)
    assert list(words.values()) == [expected[w] for w in words]  # in step with the words, as a dict's
    words["z"] = "nt"
    assert words["z"] == "nt" and "z" in words
    del words["z"]
    assert "z" not in words


@pytest.mark.parametrize("lines", [
    [("b", "n"), ("a", "v"), ("b", "nz")],                 # a word taken out at one line, kept at a later one
    [("b", "nz"), ("c", "n"), ("a", "v"), ("b", "ns")],    # ... or taken out at its later line
    [("c", "n"), ("d", "v"), ("a", "n"), ("b", "nz")],     # two lines taken out bring two out of order together
    [("江南style", "nz"), ("一", "m"), ("一一", "m"), ("AT&T", "nz")],  # a Latin word misplaced, as in dict.txt
    [("a", "n"), ("a", "v"), ("a", "nz")],                 # one word three times: the last line
])
def test_lines_out_of_order_answer_as_a_dict_of_the_lines(lines):
    words = _Dictionary([w for w, _ in lines], [t for _, t in lines])
    assert words == dict(lines) and all(words[w] == t for w, t in dict(lines).items())
    assert list(words._words) == sorted(set(words._words))  # what is left to bisection is in order
