"""Common given names that, in the news, almost always belong to one gender.

Used for one thing only: "she said" never resolves to a "Daniel", nor "he said" to an
"Angela", when the text itself gives no pronoun for that person. Names borne by men and
women alike (Jordan, Taylor, Alex, Jean, Andrea, Kim, Robin, Glenn, Jesse ...) are left out on
purpose.
"""

from __future__ import annotations

# General vocabulary: common given names, one gender each.
MALE = frozenset(
    """aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alexei
    alfred andrew andreas andrei andy angelo anthony antonio arnold arthur barack barry
    ben benjamin bernard bill bob boris brad bradley brandon brett brian bruce bryan carl
    carlos charles chuck clarence colin craig dan daniel danny darren dave david
    dean dennis derek diego dmitry don donald doug douglas duncan dustin ed eddie edgar edward
    edwin elon emmanuel eric erik ernest eugene evan felipe fernando frank
    franklin fred frederick gabriel gary geoffrey george gerald gerard gilbert giuseppe
    gordon graham greg gregory gustavo hal hank hans harold harry harvey hassan hector henry
    herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jason javier jeff
    jeffrey jeremy jerry jim jimmy joe joel johann john johnny jon jonathan jorge jose
    joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt lance larry lawrence
    leonard leo lewis louis luca lucas luis luke marco marcus mario mark martin matt
    matthew maurice michael miguel mike mikhail mitch mitchell mohammed muhammad nathan
    neil nicholas nick nigel noah norman oliver oscar owen pablo patrick paul pedro peter
    philip phillip pierre rafael ralph randy raul ray raymond ricardo richard rick rob robert
    roberto rodrigo roger roland ron ronald roy russell ryan salvador samuel scott sean sebastian
    sergei sergio seth simon stanley stefan stephen steve steven stuart ted terry theodore
    thomas tim timothy todd tom tony travis trevor tyler victor vincent vladimir walter wayne
    wesley william willie xavier yusuf zachary""".split()
)

# General vocabulary: common given names, one gender each.
FEMALE = frozenset(
    """abigail ada adriana agnes aisha alice alicia alison amanda amber amelia amy ana anastasia
    angela angelina anita ann anna anne annie antonia april barbara beatrice becky
    bernadette beth betty beverly bonnie brenda bridget brittany camila carla carmen carol
    caroline carolyn catherine cecilia charlotte chelsea cheryl christina christine claire
    clara claudia colleen cynthia daisy daniela deborah debra denise diana diane dolores
    donna doris dorothy edith elaine eleanor elena elisabeth elizabeth ella ellen eloise emily
    emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail gina gloria
    grace gwen hannah harriet heather helen hillary holly ingrid irene isabel isabella
    jacqueline jane janet janice jennifer jessica jill joan joanna joanne josephine joyce
    judith judy julia julie karen katherine kathleen kathryn kathy katie kristen laura
    lauren leah linda lisa lois lori louise lucy lydia madeleine madison margaret maria
    marie marilyn martha mary megan melania melanie melissa michelle mildred miriam molly
    monica nadia nancy natalie natasha nicole nina olga olivia pamela patricia paula pauline
    penelope rachel rebecca regina rita roberta rosa rose ruth sabrina sally samantha sandra
    sara sarah sharon sheila shirley sofia sophia sophie stephanie susan suzanne sylvia tamara
    teresa theresa tina ursula valerie vanessa veronica victoria virginia wendy yvonne
    zoe""".split()
)
