"""Direct quotes: marks, continuation, nesting, split quotes, non-quotes, speakers, offsets."""

from __future__ import annotations

import pytest

from articlekit.fields.quotes import find_quotes


def _q(text):
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We will win this race," said Jane Doe.', "We will win this race,"),
        ("“We will win this race,” said Jane Doe.", "We will win this race,"),
        ("« Nous allons gagner la course », a déclaré Jane Doe.", " Nous allons gagner la course ".strip()),
        ("„Wir werden das Rennen gewinnen“, sagte Jane Doe.", "Wir werden das Rennen gewinnen"),
        ("「私たちはこのレースに勝つ」と述べた。", "私たちはこのレースに勝つ"),
    ],
)
def test_quote_marks(text, quote):
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == quote
    assert text[found[0].start : found[0].end].strip("\"“”«»„「」 ") .startswith(quote[:10])


def test_speaker_after_and_before():
    assert _q("“The economy is strong,” Jane Doe said.") == [("The economy is strong,", "Jane Doe")]
    assert _q("“The economy is strong,” said Jane Doe.") == [("The economy is strong,", "Jane Doe")]
    assert _q("Jane Doe told reporters: “The economy is strong.”") == [("The economy is strong.", "Jane Doe")]
    assert _q("“The economy is strong,” according to Jane Doe.") == [("The economy is strong,", "Jane Doe")]


def test_appositive_speaker():
    text = "“We will act quickly,” John Smith, the finance minister, said on Monday."
    assert _q(text) == [("We will act quickly,", "John Smith")]


def test_pronoun_and_surname_resolve_to_the_full_name():
    text = ("Finance Minister John Smith spoke on Monday.\n\n“We will act quickly,” Smith said.\n\n"
            "“There is no time to lose,” he added.")
    assert _q(text) == [("We will act quickly,", "John Smith"), ("There is no time to lose,", "John Smith")]


def test_split_quote_is_one_quote():
    text = "“We will act,” he said, “and we will act soon.” Jane Doe was speaking in Paris."
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == "We will act, and we will act soon."
    assert found[0].start == 0 and found[0].end == text.index("” Jane") + 1


def test_quote_continued_over_paragraphs():
    text = ("Jane Doe said: “The first part of the statement goes on.\n\n"
            "“And the second part ends here.”")
    found = find_quotes(text)
    assert len(found) == 1
    assert found[0].text == "The first part of the statement goes on. And the second part ends here."
    assert found[0].speaker == "Jane Doe"


def test_nested_quote_stays_inside():
    text = "“He told me ‘never again’ and left the room,” Jane Doe said."
    assert _q(text) == [("He told me ‘never again’ and left the room,", "Jane Doe")]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “deal” fell through.",
        "They watched the film “Dune Part Two” last night.",
        "The book “War and Peace” is long.",
        "He called it “a mess” and left.",
        "It was an “unprecedented” move.",
    ],
)
def test_not_quotes(text):
    assert find_quotes(text) == ()


def test_unknown_speaker_is_none():
    assert _q("“This will change everything for the region.”") == [
        ("This will change everything for the region.", None)
    ]


def test_offsets_are_exact_in_body_text():
    text = "Intro paragraph.\n\nJane Doe said: “Three words here.”\n\nOutro."
    q = find_quotes(text)[0]
    assert text[q.start : q.end] == "“Three words here.”"


def test_descriptive_speaker_and_its_short_form():
    text = ("On the 10th, local time, leaders of NATO member countries expressed, “We strongly "
            "condemn the exports of shells.”\n\nThe leaders condemned, “North Korea and Iran are "
            "fuelling the war.”")
    assert [q.speaker for q in find_quotes(text)] == ["leaders of NATO member countries"] * 2


def test_institution_as_speaker():
    assert _q("The Arab League called it an “extremely adverse development” on Tuesday.") == [
        ("extremely adverse development", "The Arab League")]


def test_name_before_a_long_appositive():
    text = ("“We were looking to do this a little bit later,” Steve Clarke, deputy associate "
            "administrator for exploration in the science mission directorate, said.")
    assert _q(text) == [("We were looking to do this a little bit later,", "Steve Clarke")]


def test_participle_attribution():
    text = ("After the hearing, Kathleen Sawyer issued a statement, saying, “I am committed to "
            "this agency.”")
    assert _q(text) == [("I am committed to this agency.", "Kathleen Sawyer")]


def test_next_quotation_paragraph_keeps_the_speaker():
    text = ("“The authorities must end this crackdown,” said Philip Luther, research director.\n\n"
            "“The frequency of lethal force raises serious fears.”")
    assert [q.speaker for q in find_quotes(text)] == ["Philip Luther", "Philip Luther"]


def test_mixed_and_doubled_marks():
    text = 'Hawk Sawyer said, "I am committed to this agency and to its staff.” Then she left.'
    assert _q(text) == [("I am committed to this agency and to its staff.", "Hawk Sawyer")]
    text = "It said it does not have “a role in regulating election content.’’ Critics disagreed."
    assert [q.text for q in find_quotes(text)] == ["a role in regulating election content."]


def test_german_and_french_split_quotes():
    de = "„Die Kosten“, sagte Thomas Müller, „liegen bei rund zwölf Millionen Euro.“"
    assert _q(de) == [("Die Kosten liegen bei rund zwölf Millionen Euro.", "Thomas Müller")]
    fr = ("La ministre Claire Vasseur était à Lacanau.\n\n« Nous n’allons pas laisser les maires "
          "seuls », a-t-elle ajouté, « et nous allons agir vite. »")
    assert _q(fr) == [("Nous n’allons pas laisser les maires seuls et nous allons agir vite.",
                       "Claire Vasseur")]


def test_slogans_and_song_titles_are_not_quotes():
    assert find_quotes("South Dakota’s viral “Meth. We’re on it.” awareness campaign drew mockery.") == ()
    assert find_quotes("They played hit singles like 1978’s “What a Fool Believes.” again.") == ()


def test_pieces_with_another_sentence_between_stay_apart():
    text = ("China “vastly improved its detection of infectious diseases,” writes the agency. "
            "And though officials said there was “no need to worry about the outbreak,” many did.")
    assert len(find_quotes(text)) == 2


def test_whole_title_case_with_a_period_is_a_title():
    assert find_quotes("Read “10 Things in Tech You Need to Know.” every morning.") == ()


def test_one_word_piece_joins_across_a_short_attribution():
    text = "“Amazing,” James said. “To be able to do that against every team is special.”"
    assert _q(text) == [("Amazing, To be able to do that against every team is special.", "James")]


def test_statement_read_and_has_written_are_attributions():
    text = ("“We were shocked to see her statements,” the statement read. “At no point did we "
            "say she could not perform.”")
    assert len(find_quotes(text)) == 1


def test_the_company_is_the_organisation_named_before():
    text = ("On Monday, Big Machine Records issued a statement about the dispute.\n\n"
            "“We have worked diligently to have a conversation about these matters,” the company said.")
    assert _q(text) == [("We have worked diligently to have a conversation about these matters,",
                         "Big Machine Records")]
