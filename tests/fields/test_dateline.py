"""Datelines: wire style, agency only, relative openers; never a plain sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit.fields.dateline import parse_dateline

PUB = dt.date(2024, 8, 21)


@pytest.mark.parametrize(
    ("text", "raw", "location", "date", "agency"),
    [
        ("SEOUL, Aug. 20 (Yonhap) -- South Korea said", "SEOUL, Aug. 20 (Yonhap) --", "SEOUL",
         dt.date(2024, 8, 20), "Yonhap"),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
        ("LONDON, July 10 (Reuters) - Shares fell", "LONDON, July 10 (Reuters) -", "LONDON",
         dt.date(2024, 7, 10), "Reuters"),
        ("BUFFALO, N.Y. — A storm hit", "BUFFALO, N.Y. —", "BUFFALO, N.Y.", None, None),
        ("DUBAI, United Arab Emirates — Iran said", "DUBAI, United Arab Emirates —",
         "DUBAI, United Arab Emirates", None, None),
        ("(Reuters) — Oil prices rose", "(Reuters) —", None, None, "Reuters"),
        ("PARIS, 10 juillet (AFP) - La France", "PARIS, 10 juillet (AFP) -", "PARIS",
         dt.date(2024, 7, 10), "AFP"),
        ("Hong Kong (CNN Business) Stocks rose", "Hong Kong (CNN Business)", "Hong Kong", None,
         "CNN Business"),
    ],
)
def test_wire_datelines(text, raw, location, date, agency):
    d = parse_dateline(text, PUB)
    assert d is not None
    assert (d.raw, d.location, d.date, d.agency) == (raw, location, date, agency)


def test_dateline_date_from_last_year_when_later_than_publication():
    d = parse_dateline("SEOUL, Dec. 30 (Yonhap) -- x", dt.date(2025, 1, 2))
    assert d.date == dt.date(2024, 12, 30)


def test_relative_day_of_month():
    d = parse_dateline("On the 10th, local time, leaders said", dt.date(2024, 7, 11))
    assert d.raw == "On the 10th, local time" and d.date == dt.date(2024, 7, 10)
    # the 28th is after the 3rd: the month before
    d = parse_dateline("On the 28th, local time, officials said", dt.date(2024, 7, 3))
    assert d.date == dt.date(2024, 6, 28)
    # without a publication date the raw text stays and the date is None
    d = parse_dateline("On the 10th, local time, leaders said", None)
    assert d.raw == "On the 10th, local time" and d.date is None


def test_relative_weekday_only_with_the_wires_local_time():
    d = parse_dateline("On Tuesday (local time), the minister said", dt.date(2024, 7, 11))  # a Thursday
    assert d.raw == "On Tuesday (local time)" and d.date == dt.date(2024, 7, 9)
    d = parse_dateline("On Thursday, local time, the minister said", dt.date(2024, 7, 11))
    assert d.date == dt.date(2024, 7, 11)


@pytest.mark.parametrize(
    "text",
    ["On Sunday, the minister said that he would resign.", "On Thursday, officials announced it.",
     "On the 10th, leaders met in Vilnius.", "On Monday the court ruled."],
)
def test_a_sentence_opening_with_a_weekday_or_date_is_no_dateline(text):
    assert parse_dateline(text, dt.date(2024, 7, 11)) is None


@pytest.mark.parametrize(
    "text",
    ["The Senate voted on Tuesday — again.", "Apple said - and it was true", "I — for one — agree",
     "Washington is a city - with many people", "UPDATE: The story has changed", "",
     "NASA said on Monday that it would", "On the other hand, prices fell",
     "A HIGH-powered federal team has been doing the rounds", "LOW-cost airlines cut fares"],
)
def test_no_dateline_from_a_plain_sentence(text):
    assert parse_dateline(text, PUB) is None


def test_place_line_of_a_press_release():
    d = parse_dateline("BAAR, SWITZERLAND\n\nAscom announced today that", PUB)
    assert d is not None and d.location == "BAAR, SWITZERLAND" and d.date is None


def test_an_upper_case_heading_line_is_not_a_place():
    assert parse_dateline("BREAKING NEWS\n\nThe storm hit", PUB) is None


def test_site_credit_as_dateline():
    d = parse_dateline("PanARMENIAN.Net - Amnesty International said", PUB)
    assert d is not None and d.raw == "PanARMENIAN.Net -" and d.agency == "PanARMENIAN.Net"
    assert parse_dateline("Example.com is a website that", PUB) is None


@pytest.mark.parametrize("credit", ["Example.com -", "news.example.co.uk —", "Sputnik.ru --"])
def test_any_host_like_credit(credit):
    d = parse_dateline(f"{credit} The minister said on Monday", PUB)
    assert d is not None and d.raw == credit and d.location is None


@pytest.mark.parametrize(
    ("text", "raw", "location"),
    [
        ("Indianapolis – Several thousand teachers marched on Tuesday.", "Indianapolis –", "Indianapolis"),
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns.", "Dekalb, Ill. —", "Dekalb, Ill."),
        ("New York, NY – With engagement moving to mobile, brands adapt.", "New York, NY –", "New York, NY"),
        ("Washington, DC, United States: Getting to the Moon has been done.",
         "Washington, DC, United States:", "Washington, DC, United States"),
    ],
)
def test_title_case_place_before_a_spaced_dash(text, raw, location):
    d = parse_dateline(text, PUB)
    assert d is not None and (d.raw, d.location, d.date, d.agency) == (raw, location, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Trump — who spoke on Monday — denied it.",  # no new sentence after the dash
        "Meanwhile – The markets fell.",  # a sentence adverb, not a place
        "Washington: The city braced for snow.",  # a colon needs a region before it
        "Jane Doe Smith Jones – Another long run of names.",  # more than three words
    ],
)
def test_title_case_lookalikes_are_not_datelines(text):
    assert parse_dateline(text, PUB) is None


@pytest.mark.parametrize(
    "text",
    ["Elon Musk — The billionaire said it.", "Joe Biden — The president spoke.", "Mr. Smith – He said.",
     "Dr. Fauci – The expert warned.", "Q. – What is this?", "Sponsored Content – Read this.",
     "Key Points – The plan.", "Dear Abby — My husband snores.", "Photo, Getty Images: A man walks."],
)
def test_people_titles_and_furniture_before_a_dash_are_not_places(text):
    assert parse_dateline(text, PUB) is None


def test_extreme_publication_dates_do_not_overflow():
    assert parse_dateline("SEOUL, Aug. 20 (Yonhap) -- x", dt.date.max) is not None
    assert parse_dateline("On Tuesday (local time), x", dt.date.min).date is None


def test_a_kicker_line_may_stand_before_the_dateline():
    d = parse_dateline("GRANTS/DONATIONS\nBEAVERTON -- The foundation has awarded grants.", PUB)
    assert d is not None and d.location == "BEAVERTON"


def test_a_promo_line_may_stand_before_a_dateline_that_names_its_agency():
    text = ("Are you in the storm? Share your videos and stories with us.\n"
            "(CNN) -- The official was talking about one area.")
    d = parse_dateline(text, PUB)
    assert d is not None and d.agency == "CNN" and d.location is None


@pytest.mark.parametrize(
    "text",
    ["Share your stories with us today, please.\nLONDON — The minister said.",
     "Moon plans\nToday (Nov. 18), NASA picked two companies.",
     "Moon plans\nWashington — The agency said.",
     "Advertisement\nDISCLAIMER — This content is sponsored.", "Advertisement\nSPOILERS — The end."],
)
def test_after_a_first_line_only_unmistakable_wire_forms(text):
    assert parse_dateline(text, PUB) is None


def test_an_em_dash_before_lower_case_is_still_a_dateline():
    d = parse_dateline("WASHINGTON—lawmakers returned on Monday.", PUB)
    assert d is not None and d.location == "WASHINGTON"


@pytest.mark.parametrize(
    ("text", "raw", "location", "agency"),
    [
        ("(CNN) — The president said on Monday.", "(CNN) —", None, "CNN"),
        ("New York (CNN) — The city said it would close schools.", "New York (CNN) —", "New York", "CNN"),
        ("Washington (CNN) — Lawmakers voted.", "Washington (CNN) —", "Washington", "CNN"),
        ("CNN — Winning the presidency didn't change him.", "CNN —", None, "CNN"),
        ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON —", "WASHINGTON", None),
        ("Kaieteur News – The Guyana Police Force said.", "Kaieteur News –", None, "Kaieteur News"),
        ("KVELLER via JTA — When my daughter was born.", "KVELLER via JTA —", None, "JTA"),
        ("BERLIN (dpa) - Die Regierung hat beschlossen.", "BERLIN (dpa) -", "BERLIN", "dpa"),
        ("Berlin (dpa) - Die Regierung hat beschlossen.", "Berlin (dpa) -", "Berlin", "dpa"),
        ("МОСКВА, 5 марта. /ТАСС/. Президент заявил.", "МОСКВА, 5 марта. /ТАСС/.", "МОСКВА", "ТАСС"),
        ("【ロンドン＝岡田浩幸】１０日に行われた試合", "【ロンドン＝岡田浩幸】", "ロンドン", None),
        ("【6月18日 AFP】ナイジェリア北東部で", "【6月18日 AFP】", None, "AFP"),
        ("新华社北京3月5日电 国务院总理", "新华社北京3月5日电", "北京", "新华社"),
    ],
)
def test_broadcaster_wire_and_publication_credits(text, raw, location, agency):
    d = parse_dateline(text, dt.date(2024, 3, 5))
    assert d is not None
    assert (d.raw, d.location, d.agency) == (raw, location, agency)
