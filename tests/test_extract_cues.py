"""Cues (kg/extract/cues.py): the words a pattern cannot match without, and the finders' use of them."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import extract
from kg.extract.cues import Cue, required_sets, required_words


@pytest.mark.parametrize("pattern,words", [
    ("荣获|获评", {"荣获", "获评"}),
    ("(?:成功)?(荣获|获评)", {"荣获", "获评"}),            # an optional part is not required
    (r"获(?!得感|批)", {"获"}),                              # a lookahead takes no characters
    (r"(?<![科首])创成(?![果效])", {"创成"}),
    (r"通过(?=[^，]{2,30}验收)", {"通过"}),
    ("获[评颁授]", {"获评", "获颁", "获授"}),                 # a small class widens the word
    # a group of plain words goes on the run: one of four words, the longest sure ones
    (r"([^，。；：]{3,30}?)(?:的)?(?:创建|争创)工作(?:推进|开展)", {"创建工作推进", "创建工作开展", "争创工作推进", "争创工作开展"}),
    (r"^(.*?)是(.{3,40}?)(?:之一)$", {"之一"}),
    (r"\d+(?:家|个)(企业|公司)", {"企业", "公司"}),
    (r"(?:以创建|以争创)(.{2,40}?)为", {"以创建", "以争创"}),
    # a lookahead that must match right after a word: the words it opens with follow it ...
    (r"建设(?=“?(?:国家|全国))", {"建设国家", "建设全国", "建设“国家", "建设“全国"}),
    # an optional word: the run goes on with it and without it
    (r"建设(?:工作)?(?:加快|扎实)推进", {"建设加快推进", "建设扎实推进", "建设工作加快推进", "建设工作扎实推进"}),
    # ... else its own required words are in the text too
    (r"(?:创建|实现)(?=[^，]{2,30}?连冠)", {"连冠"}),
])
def test_required_words(pattern, words):
    assert required_words(re.compile(pattern)) == words


@pytest.mark.parametrize("pattern", [
    r"[^，]{3,}",          # any text of three characters
    r"\d+",                # a class of many characters
    "(?:荣获|)X?",          # an empty alternative: nothing is required
    "(?i)award",           # case-insensitive: words would not be literal
])
def test_no_required_words(pattern):
    assert required_words(re.compile(pattern)) is None
    assert Cue(re.compile(pattern)).search("任何文字") and not Cue(re.compile(pattern)).selective


def test_every_required_set_is_found_the_most_telling_first():
    assert required_sets(re.compile(r"获评(.{2,20}?)等(?:荣誉|称号)")) == [{"等荣誉", "等称号"}, {"获评"}]


def test_a_text_needs_all_the_sets_of_one_pattern():
    cue = Cue(re.compile(r"([^，]{2,40}?)等(?:服务|活动)"), re.compile("长制"))
    assert not cue.search("提供便民服务")             # 服务 without 等
    assert cue.search("理发、修鞋等服务") and cue.search("全面推行河长制")


def test_a_lookahead_group_read_only_as_far_as_it_is_plain_words():
    # (?:国\d|全)国: the group opens with 国 or 全, and what follows it need not come right after those
    cue = Cue(re.compile(r"建设(?=(?:国\d|全)国)"))
    assert cue.search("建设国1国") and cue.search("建设全国") and not cue.search("建设中国")


def test_a_cue_skips_only_texts_no_pattern_matches():
    cue = Cue(re.compile(r"(?<![科首])创成(?![果效])"), re.compile("荣获|获评"))
    assert cue.search("桃源镇成功创成国家卫生镇") and cue.search("荣获称号")
    assert not cue.search("加快发展旅游业")


PATTERNS = [re.compile(p) for p in (
    r"(?<![科首])创成(?![果效])", "荣获|获评", r"获(?!得感|批)", r"\d+(?:家|个)(企业|公司)", r"^(.*?)是(.{1,4}?)之一$",
    r"([^，]{1,3}?)(?:的)?(?:创建|争创)工作(?:推进|开展)", r"建设(?=“?(?:国家|全国))", r"(?:创建|实现)(?=[^，]{1,6}?连冠)",
    r"(?<![获批])建设(?=国)(?:国家|国际)", r"建设(?:工作)?(?:加快|扎实)推进", r"获(?:得|评)?称号")]
ALPHABET = "荣获评创成科首果效得感批是之一工作的推进开展建争家个企业公司12，镇设国全“连冠实际加快扎实称号"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=24))
def test_a_cue_never_skips_a_text_a_pattern_matches(text):
    if any(p.search(text) for p in PATTERNS):
        assert Cue(*PATTERNS).search(text)


@pytest.mark.parametrize("component", ["tk_honors", "tk_enterprises", "tk_programs"])
def test_the_shipped_finders_cues_are_selective(component):
    # a pattern with no required word would make the finder read every sentence again (slow, not wrong)
    cue = extract.pipeline().get_pipe(component).cue
    assert cue.selective and not cue.search("会议强调，要坚持以人民为中心的发展思想。")
