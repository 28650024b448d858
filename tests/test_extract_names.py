"""Subjects are names, not clauses; areas named as receivers become areas (invented names)."""
import pytest

from kg import extract, ingest
from kg.extract import names


@pytest.mark.parametrize("text, name, subject", [
    ("甲地区已有上市公司", False, False),          # a predicate inside
    ("在某市评比大会上", False, False),            # a frame: 在…大会上
    ("某地法治考评中", False, False),
    ("依托无人机构建治理体系", True, False),       # opens with a verb
    ("承办了全省运动会", False, False),
    ("二期园区交付使用", False, False),
    ("被某某对外友好协会", True, False),
    ("某市和友好城市某某市同", True, False),       # ends in a preposition
    ("青禾二中", True, True),                      # 中 after a numeral: a school
    ("青禾科技", True, True),
    ("“建设美丽青禾”行动", True, True),            # quoted: taken as written
    ("2区7镇57村", False, False),                  # counted groups of areas
    ("东岭3市联动平台", False, False),
    ("12345市民热线", True, True),                 # a number before 市民 counts no cities
])
def test_names_and_clauses(text, name, subject):
    assert names.looks_like_name(text) is name
    assert names.looks_like_subject(text) is subject


@pytest.mark.parametrize("text, area", [
    ("青禾区", ("青禾区", "district")),
    ("青禾县", ("青禾县", "district")),
    ("青禾市", ("青禾市", "city")),
    ("某山区青禾镇", ("青禾镇", "town")),         # the innermost unit, by its own name
    ("某某县青禾乡", ("青禾乡", "town")),
    ("青禾高新区", None),                           # zones are not districts
    ("青禾经开区", None),
    ("建设青禾法务区", None),
    ("某地最美小镇", None),                         # a description
    ("全区", None),
    ("青禾科技", None),
    ("岭外四区", None),                             # a counted group of areas
    ("东岭三市", None),
    ("二七区", ("二七区", "district")),             # numerals only: a name
])
def test_area_names(text, area):
    assert names.area_name(text) == area


def test_clean_subject_drops_再_and_分_before_the_verb():
    assert names.clean_subject("青禾科技分") == "青禾科技"
    assert names.clean_subject("青禾再") == "青禾"


def facts(text, town="青禾镇"):
    doc = ingest.parse_document((f"{town}工作报告\n\n" + text).encode("utf-8"), doc_id="t")
    return {(f.subject, f.subject_kind, f.object) for f in extract.extract(doc) if f.type == "honor"}


@pytest.mark.parametrize("text, expected", [
    ("某山区红枫镇荣获省级生态镇称号。", {("红枫镇", "town", "省级生态镇")}),
    ("红枫区荣获全国文明城区称号。", {("红枫区", "district", "全国文明城区")}),
    ("红枫区一次性通过国家园林城区验收。", {("红枫区", "district", "国家园林城区")}),  # an adverb before the verb
    # a clause before the verb is not a receiver: the document's town is
    ("依托无人机构建治理体系获评全国智慧社区示范案例。", {(None, None, "全国智慧社区示范案例")}),
])
def test_receivers_of_honors(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, area", [
    ("某县某乡红枫村", ("红枫村", "village")),
    ("各县级市", None),                               # a phrase, not a city
    ("青禾经开区", None),
    ("2区7镇57村", None),                             # a counted group
    ("93.6%行政村", None),
    ("向阳镇", ("向阳镇", "town")),                   # names may open with 向
    ("红山区", ("红山区", "district")),               # 山区/城区 end real districts' names too
    ("青城区", ("青城区", "district")),
    ("主城区", None),
    ("中心城区", None),
])
def test_area_names_are_names(text, area):
    assert names.area_name(text) == area


def test_and_its_joins_no_two_items():
    # 及其 is "and its": X研制及其产业化 is one work (A、B及C still splits)
    assert names.split_list("东岭“甲技术”、西岭“乙研制及其产业化”") == ["东岭“甲技术”", "西岭“乙研制及其产业化”"]
    assert names.split_list("东岭、西岭及南岭") == ["东岭", "西岭", "南岭"]


def test_two_areas_joined_by_he_are_two_receivers():
    assert names.split_areas("某县甲山乡红枫村和乙山镇白石村") == ["某县甲山乡红枫村", "乙山镇白石村"]
    assert names.split_areas("红枫科技和白石建材") == ["红枫科技和白石建材"]
    got = facts("某县甲山乡红枫村和乙山镇白石村荣获全国文明村称号。")
    assert got == {("红枫村", "village", "全国文明村"), ("白石村", "village", "全国文明村")}
