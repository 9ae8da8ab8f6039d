"""The speakers package on its own: sentence boundaries, the article's full names, attribution."""

from __future__ import annotations

import pytest

from articlekit.fields.speakers import attribution_near, ends_sentence, full_names


@pytest.mark.parametrize(
    ("before", "ends"),
    [
        ("He said", True),
        ("Sen", False),  # "Sen. Warren"
        ("John F", False),  # an initial
        ("in an Oct", False),  # "an Oct. 21 meeting"
        ("Dekalb, Ill", False),
        ("Ben Sasse, R-Neb", False),
        ("Acme Inc", False),
        ("she did not miss", True),  # a lower-case word, not the state
        ("", True),
    ],
)
def test_ends_sentence(before, ends):
    assert ends_sentence(before) is ends


def test_full_names_by_surname_first_name_and_ambiguity():
    names = full_names("Jane Ann Doe spoke first. Martha Fry wrote later. Donald Trump and "
                       "Melania Trump arrived. “Pat Quinn is wrong,” said Sam Quinn.")
    assert names["Doe"] == "Jane Ann Doe"
    assert names["Martha"] == "Martha Fry"  # a first name only one person has
    assert "Trump" not in names  # two people share it
    assert names["Quinn"] == "Sam Quinn"  # the name inside the quote does not count


def test_full_names_a_particle_capitalised_at_a_sentence_start():
    names = full_names("Luis de Miranda wrote a book. De Miranda evokes the lights in it.")
    assert names["Miranda"] == "Luis de Miranda"


def test_attribution_near_reads_after_then_before():
    text = "“We will win,” Jane Doe said. Then Tom Roe told reporters: “It is over.”"
    assert attribution_near(text, 0, 14, 0, len(text)) == "Jane Doe"
    start = text.index("“It")
    assert attribution_near(text, start, text.index("”", start) + 1, 0, len(text)) == "Tom Roe"


@pytest.mark.parametrize("intro", ["Her mother, Fiona Parry, has warned others.",
                                   "Fiona Parry, her mother, has warned others."])
def test_a_kin_description_is_the_person_the_article_named_so(intro):
    from articlekit.fields.quotes import find_quotes

    text = (f"Eloise Parry died in April. {intro}\n\n"
            "“The drug was in her system and nobody could help,” her mother said.")
    (quote,) = find_quotes(text, None)
    assert quote.speaker == "Fiona Parry"


@pytest.mark.parametrize("text, speaker", [
    ('"Stali se excelentním týmem, jsou skvělí ve všech částech hřiště," píše na Twitter '
     "Gary Lineker.\n\nDalší text.", "Gary Lineker"),
    ("„Das war ein großartiger Abend für die ganze Stadt“, schrieb auf Instagram Anna Berger."
     "\n\nWeiterer Text.", "Anna Berger"),
])
def test_the_network_a_quote_was_posted_on_is_not_part_of_the_name(text, speaker):
    from articlekit.fields.quotes import find_quotes

    (quote,) = find_quotes(text, None)
    assert quote.speaker == speaker


def test_a_shared_surname_is_the_person_named_in_full_last_before_the_quote():
    from articlekit.fields.quotes import find_quotes

    text = ("The pipes can seem as frenzied as a Hieronymus Bosch painting. “It is the basis of "
            "modern firefighting,” says Adam Bosch, a spokesman for the department.\n\n"
            "“The pressure can take it to the sixth floor,” said Bosch.")
    assert [q.speaker for q in find_quotes(text, None)] == ["Adam Bosch", "Adam Bosch"]


def test_a_sentence_opening_run_into_a_shared_surname_is_no_one():
    names = full_names("Ron Karenga founded it. It was later led by Maulana Karenga. Whether Karenga "
                       "knew remains unclear. Karenga said nothing.")
    assert "Karenga" not in names and "Whether" not in names
    assert [n for _, n in names.mentions["Karenga"]] == ["Ron Karenga", "Maulana Karenga"]
    assert names.named_before("Karenga", 200) == "Maulana Karenga"
    assert names.named_before("Karenga", 0) is None


def test_two_people_of_one_surname_in_one_sentence_leave_it_open():
    names = full_names("Donald Trump and Melania Trump visited Texas. Trump spoke.")
    assert names.named_before("Trump", 60) is None


def test_a_full_name_only_a_quote_gives_counts_when_no_one_else_has_the_surname():
    names = full_names("“Investor Advocate Rick Fleming said he will push for more oversight,” "
                       "reports Ted Knutson. “Whether Jones agrees is open,” he added.")
    assert names["Fleming"] == "Rick Fleming"
    assert "Jones" not in names  # "Whether" is no given name


def test_the_first_of_two_surnames_names_the_person():
    names = full_names("Investigators said Guadalupe Salinas Hernández met her at a mall. "
                       "Salinas later confessed.")
    assert names["Salinas"] == "Guadalupe Salinas Hernández"


def test_a_first_name_one_person_has_even_when_the_surname_is_shared():
    names = full_names("Mike Ford wrote novels. His brother Dale Ford and his sister Martha Fry "
                       "spoke. Dale added more.")
    assert names["Dale"] == "Dale Ford"
    assert "Ford" not in names


@pytest.mark.parametrize("text, speaker", [
    ("“Kaine may have better appeal,” a Michigan Republican said.\n\nNext.", "a Michigan Republican"),
    ("“Pence is really effective,” said a New Hampshire Republican, who asked not to be named.",
     "a New Hampshire Republican"),
    ("„Das ist ein Fehler“, sagte ein CDU-Abgeordneter.", "ein CDU-Abgeordneter"),
])
def test_someone_unnamed_described_by_capitalised_words(text, speaker):
    from articlekit.fields.quotes import find_quotes

    (quote,) = find_quotes(text, None)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("“We have been unable to reach them,” said a spokesman for the Pentagon.\n\nNext.",
     "the Pentagon"),
    ("“We are looking into it closely,” a WeWork spokesperson said.\n\nNext.", "WeWork"),
    ("« Nous examinons la question de près », a déclaré un porte-parole de Renault.\n\nSuite.",
     "Renault"),
    ("«Estamos revisando el caso con atención», dijo un portavoz de Iberdrola.\n\nSigue.",
     "Iberdrola"),
    # unnamed and of no named body: the description
    ("“We are looking into it closely,” a police spokesman said.\n\nNext.", "a police spokesman"),
])
def test_a_spokesperson_speaks_the_organisations_words(text, speaker):
    from articlekit.fields.quotes import find_quotes

    (quote,) = find_quotes(text, None)
    assert quote.speaker == speaker


def test_the_title_with_a_country_is_the_person_so_titled():
    from articlekit.fields.quotes import find_quotes

    text = ("US President Donald Trump spoke on Monday about the ban.\n\n"
            "“I don't like that decision at all,” the US President said.")
    assert [q.speaker for q in find_quotes(text)] == ["Donald Trump"]


# Attribution shapes of the five languages issue #15 names (our own sentences): the name after
# or before the quote, a title before the name, "according to", a pronoun or the verb alone
# after an earlier mention, a spokesperson.
MULTILINGUAL_CASES = [
 ("de", "Anna Berg ist Ministerin.\n\n„Wir werden das Gesetz ändern“, sagte Berg am Montag.", "Anna Berg"),
 ("de", "„Wir werden das Gesetz ändern“, sagt die Ministerin Anna Berg.", "Anna Berg"),
 ("de", "Anna Berg sagte: „Wir werden das Gesetz ändern.“", "Anna Berg"),
 ("de", "„Wir werden das Gesetz ändern“, so Anna Berg.", "Anna Berg"),
 ("de", "„Wir werden das Gesetz ändern“, erklärte Anna Berg im Interview.", "Anna Berg"),
 ("de", "Anna Berg ist Ministerin.\n\n„Wir werden das Gesetz ändern“, betonte sie.", "Anna Berg"),
 ("fr", "« Nous allons changer la loi », a déclaré Jean Dupont lundi.", "Jean Dupont"),
 ("fr", "Jean Dupont est ministre.\n\n« Nous allons changer la loi », explique-t-il.", "Jean Dupont"),
 ("fr", "Selon Jean Dupont, « nous allons changer la loi très vite ».", "Jean Dupont"),
 ("fr", "« Nous allons changer la loi », affirme la ministre Marie Curie.", "Marie Curie"),
 ("fr", "Jean Dupont a déclaré : « Nous allons changer la loi. »", "Jean Dupont"),
 ("es", "«Vamos a cambiar la ley», dijo Juan Pérez el lunes.", "Juan Pérez"),
 ("es", "«Vamos a cambiar la ley», afirmó la ministra Ana López.", "Ana López"),
 ("es", "Según Juan Pérez, «vamos a cambiar la ley muy pronto».", "Juan Pérez"),
 ("es", "Juan Pérez es ministro.\n\n«Vamos a cambiar la ley», aseguró.", "Juan Pérez"),
 ("es", "Juan Pérez declaró: «Vamos a cambiar la ley».", "Juan Pérez"),
 ("pt", "“Vamos mudar a lei”, disse João Silva na segunda-feira.", "João Silva"),
 ("pt", "“Vamos mudar a lei”, afirmou a ministra Ana Souza.", "Ana Souza"),
 ("pt", "Segundo João Silva, “vamos mudar a lei muito em breve”.", "João Silva"),
 ("pt", "João Silva é ministro.\n\n“Vamos mudar a lei”, declarou ele.", "João Silva"),
 ("it", "«Cambieremo la legge», ha detto Mario Rossi lunedì.", "Mario Rossi"),
 ("it", "«Cambieremo la legge», ha dichiarato il ministro Luigi Bianchi.", "Luigi Bianchi"),
 ("it", "Secondo Mario Rossi, «cambieremo la legge molto presto».", "Mario Rossi"),
 ("it", "Mario Rossi è ministro.\n\n«Cambieremo la legge», ha spiegato.", "Mario Rossi"),
 ("it", "Mario Rossi ha detto: «Cambieremo la legge».", "Mario Rossi"),
 ("it", "“Stiamo esaminando il caso”, ha detto un portavoce di Enel.", "Enel"),
]


@pytest.mark.parametrize("lang, text, speaker", MULTILINGUAL_CASES)
def test_attribution_shapes_in_de_fr_es_pt_it(lang, text, speaker):
    from articlekit.fields.quotes import find_quotes

    assert [q.speaker for q in find_quotes(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("American Federation of Government Employees President J. David Cox Sr., who also "
     "represents Energy employees, warned against “a return to the political witch hunts.”",
     "J. David Cox Sr."),
    ("Senator Mitch McConnell of Kentucky called it “a disgrace to the chamber.”",
     "Mitch McConnell"),
])
def test_a_name_after_its_title_closes_the_phrase(text, speaker):
    from articlekit.fields.quotes import find_quotes

    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_german_inward_guillemets_and_a_noun_before_the_name():
    from articlekit.fields.quotes import find_quotes

    text = ("Die Leitung hatte der Direktor für Bioinformatik Timothy Sackton. »Es ist im Grunde "
            "wie eine invasive Spezies«, sagt Sackton.")
    (quote,) = find_quotes(text)
    assert (quote.text, quote.speaker) == ("Es ist im Grunde wie eine invasive Spezies",
                                           "Timothy Sackton")
    # a French closing » before a space opens nothing
    assert find_quotes("la suite du texte » et puis rien de plus à dire ici.") == ()


def test_a_description_then_a_first_name_is_that_person():
    from articlekit.fields.quotes import find_quotes

    text = ("Eloise Parry died. Fiona Parry issued a plea.\n\n“Two tablets was a lethal dose and "
            "she had taken eight,” her mother, Fiona, said in a statement yesterday.")
    assert [q.speaker for q in find_quotes(text)] == ["Fiona Parry"]


def test_a_relative_of_someone_named_then_a_first_name_is_that_person():
    from articlekit.fields.quotes import find_quotes

    text = ("The parents of local woman Laura Stevens said Wednesday that they accepted it.\n\n"
            "“We were quite surprised at first,” said Stevens’ mother, Janet, who noted the pair "
            "was happy. Janet Stevens went on to say more.")
    assert [q.speaker for q in find_quotes(text)] == ["Janet Stevens"]


def test_a_spokesperson_of_an_unnamed_body_stays_described():
    from articlekit.fields.quotes import find_quotes

    text = ("Acme Corp said on Monday it would close.\n\n"
            "“We are reviewing it closely,” a spokesman for the company said.")
    assert [q.speaker for q in find_quotes(text)] == ["a spokesman for the company"]
