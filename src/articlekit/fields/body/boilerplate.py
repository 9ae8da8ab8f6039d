"""Boilerplate: the parts of a page that are never the article, by class name, by line, or
as readers' comments."""

from __future__ import annotations

import re

from lxml import etree

from ...document import Document, element_names
from .text import DROP_TAGS, is_boilerplate, is_hidden, link_text_len

# Class and id words of boilerplate. "paywall" is not among them: sites mark the paragraphs
# behind a metered wall with it, and readers of the saved page see them.
NEGATIVE = re.compile(
    r"comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|"
    r"promo|advert|(?:^|[-_ ])ads?(?:$|[-_ ])|adslot|ad-slot|dfp|sponsor|cookie|consent|gdpr|"
    r"popup|modal|sidebar|side-bar|widget|footer|masthead|navbar|(?:^|[-_ ])nav(?:$|[-_ ])|"
    r"menu|breadcrumb|pagination|pager|(?:^|[-_ ])tags?(?:$|[-_ ])|tag-list|taglist|keywords|"
    r"author-?bio|about-the-author|authorbox|author-box|byline|dateline-?meta|most-?read|"
    r"(?:^|[-_ ])bio(?:$|[-_ ])|contributor-?bio|contributors|"
    r"most-?popular|popular|trending|caption|credit|outbrain|taboola|zergnet|jump-?link|"
    r"(?:^|[-_ ])print(?:$|[-_ ])|toolbar|rating|skip|hidden|visually-hidden|sr-only|"
    r"read-?more|more-?stories|also-?read|next-?article|prev-?article|(?:^|[-_ ])toc(?:$|[-_ ])|"
    r"table-of-contents|login|"
    r"subscription|overlay|banner|timestamp|article-?meta|post-?meta|entry-?meta|"
    r"(?:^|[-_ ])meta(?:$|[-_ ])|published|updated|post-date|entry-date|article-date|"
    r"(?:^|[-_ ])(?:date|dates|time|pubdate)(?:$|[-_ ])|"
    # advertisement in the class names of sites in other languages
    r"werbung|anzeige|publicidad|publicite|pubblicita|reclame|annons|reklam",
    re.I,
)
HARD_NEGATIVE = re.compile(
    r"comment|share|related|newsletter|promo|caption|byline|popular|trending|most-?read|"
    r"recommend|author-?bio|(?:^|[-_ ])bio(?:$|[-_ ])|outbrain|taboola|social", re.I)
# Names that mark the article itself; they keep a container even if a negative word appears.
POSITIVE = re.compile(
    r"article|body|content|entry|main|page|post|text|blog|story|prose|rich-?text|paragraph",
    re.I,
)
_FURNITURE_SHAPES = re.compile(
    r"^(?:advertisement|anzeige|publicidad|publicidade|pubblicità|реклама|sponsored|"
    r"read more|read next|see also|related:?|share(?: this)?(?: article| story)?|"
    r"click here.*|sign up.*newsletter.*|subscribe.*|follow us.*|continue reading.*|"
    r"most commented|most read|most popular|trending(?: now)?:?|you may also like.*|"
    r"by\s+\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,3}\s*[-–—|,]\s*\d{1,2}/\d{1,2}/\d{2,4}\b.{0,30}|"
    r"(?:photo|image|foto|picture)(?: credit)?:.*|getty images|\(?ap photo.*|"
    r"(?:published|updated|posted|last updated|publicado|atualizado|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|pubblicato|aggiornato)\b[^.!?]{0,40}\d[^.!?]{0,30})$",
    re.I,
)

# Labels a page prints as lines of their own, in the languages of the corpora and of the
# issue's list (general vocabulary of each kind: the advertisement label, the "read also"
# lead-in, the share prompt). A line that is only the label is furniture; so is a short line
# that is a read-also label followed by the title it points to.
_AD_LABELS = (
    "advertisement", "advertising", "sponsored content", "anzeige", "werbung", "publicité",
    "publicidad", "publicidade", "pubblicità", "advertentie", "reclame", "reklama", "annons",
    "annonse", "annonce", "реклама", "reklam", "広告", "广告", "廣告", "광고",
)
# (General vocabulary, as above: the read-also lead-in of each language.)
_READ_ALSO = (
    "read more", "read next", "read also", "also read", "see also", "related",
    "related articles", "related stories", "more on this story", "more on this topic",
    "you may also like", "recommended", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
    "auch interessant", "das könnte sie auch interessieren", "weiterlesen", "lire aussi",
    "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "sur le même sujet",
    "lea también", "lee también", "leer más", "te puede interesar", "ver también",
    "noticias relacionadas", "leia também", "leia mais", "veja também", "saiba mais",
    "leggi anche", "leggi di più", "potrebbe interessarti", "lees ook", "lees meer",
    "meer over dit onderwerp", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
    "czytaj więcej", "čtěte také", "přečtěte si také", "související články", "související",
    "läs också", "läs mer", "les også", "les mer", "læs også", "læs mere", "читайте также",
    "смотрите также", "подробнее", "ayrıca okuyun", "ilginizi çekebilir", "devamını oku",
    "bunlar da ilginizi çekebilir", "関連記事", "あわせて読みたい", "続きを読む", "相关文章",
    "相关阅读", "延伸阅读", "阅读更多", "相關文章", "延伸閱讀", "관련기사", "관련 기사", "더보기",
)
# (General vocabulary, as above: the share prompt of each language.)
_SHARE_LABELS = (
    "share", "share this", "share this article", "share this story", "teilen",
    "artikel teilen", "partager", "partager cet article", "compartir", "compartilhar",
    "partilhar", "condividi", "delen", "udostępnij", "sdílet", "dela", "del", "поделиться",
    "paylaş", "シェア", "分享", "공유",
)
# A video player's or a gallery's controls, printed as text in the saved page.
# General vocabulary: a player's control labels in each language.
_PLAYER_LABELS = (
    "full screen", "fullscreen", "exit full screen", "autoplay", "close", "play", "play video",
    "pause", "mute", "unmute", "replay", "skip ad", "loading", "loading...", "now playing",
    "up next", "watch video", "vollbild", "schließen", "abspielen", "plein écran", "fermer",
    "lecture", "pantalla completa", "cerrar", "reproducir", "tela cheia", "fechar",
    "schermo intero", "chiudi", "volledig scherm", "sluiten", "pełny ekran", "zamknij",
    "celá obrazovka", "zavřít", "helskärm", "stäng", "fullskjerm", "lukk", "fuld skærm", "luk",
    "полноэкранный режим", "закрыть", "tam ekran", "kapat", "全画面", "閉じる", "全屏", "关闭",
    "關閉", "전체화면", "닫기",
)
_LABELS = frozenset(_AD_LABELS + _READ_ALSO + _SHARE_LABELS + _PLAYER_LABELS)
_READ_ALSO_LEAD = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in sorted(_READ_ALSO, key=len, reverse=True))
    + r")\s*[:：>»|\-–—]\s*\S", re.I)
_LABEL_TRIM = " \t:：>»›|·•-–—.…"


def is_furniture(text: str) -> bool:
    """A line that is page furniture: a label ("Anzeige", "Lesen Sie auch", "関連記事"), a
    read-also pointer ("Lire aussi : ..."), a share prompt, a photo credit, a "Published"
    stamp, a "By X - 1/2/2020" line (short lines only: keeps the patterns linear)."""
    if len(text) > 200:
        return False
    if text.strip(_LABEL_TRIM).casefold() in _LABELS:
        return True
    if len(text) <= 160 and _READ_ALSO_LEAD.match(text):
        return True
    return _FURNITURE_SHAPES.match(text) is not None

# A name that says what an element lacks ("no_caption", "without-sidebar", "has-no-share")
# names nothing it holds.
_NEGATED = re.compile(r"(?:^|(?<=\s))(?:no|without|has-no|sans)[-_][\w-]+", re.I)


def _names(el: etree._Element) -> str:
    names = element_names(el)
    return _NEGATED.sub("", names) if names and ("no" in names or "without" in names) else names


def negative_class(el: etree._Element) -> bool:
    """Class or id names boilerplate (share bar, related list, caption ...)."""
    names = _names(el)
    if not names or el.tag in ("body", "html", "article", "main"):
        return False
    if not NEGATIVE.search(names):
        return False
    # "post-content entry-meta-wrapper": a positive name keeps it unless the negative is one
    # that is never article text.
    return not POSITIVE.search(names) or HARD_NEGATIVE.search(names) is not None


def skip(el: etree._Element) -> bool:
    """Inside the article: leave out boilerplate, and negatively named parts unless they hold
    a lot of prose (some sites wrap the whole story in an oddly named element)."""
    if is_boilerplate(el):
        return True
    if el.tag != "form" and not negative_class(el):
        return False
    names = _names(el)
    if re.search(r"comment|disqus", names, re.I):
        return True
    text_len = sum(len(t) for t in el.itertext())
    if text_len >= 1500:
        return link_text_len(el) > 0.3 * text_len
    # A word that names buttons or layout ("feature-sharing", "social-media-section",
    # "paywall-note") does not make a paragraph of prose boilerplate: only the words that
    # name other content (captions, bylines, related lists, promos ...) always do.
    return _NAMES_OTHER_CONTENT.search(names) is not None or not _holds_prose(el, text_len)


_NAMES_OTHER_CONTENT = re.compile(
    r"caption|credit|byline|related|recommend|newsletter|subscri|signup|sign-up|promo|advert|"
    r"sponsor|popular|trending|most-?read|outbrain|taboola|zergnet|author-?bio|(?:^|[-_ ])bio"
    r"(?:$|[-_ ])|cookie|consent|gdpr|login|hidden|sr-only|skip|tags?(?:$|[-_ ])|keywords|"
    r"breadcrumb|menu|nav|footer|masthead|sidebar|widget|modal|popup|overlay|date|time|meta|"
    r"published|updated|werbung|anzeige|publicidad|publicite|pubblicita|reclame|annons|reklam",
    re.I)


def _holds_prose(el: etree._Element, text_len: int) -> bool:
    """A paragraph of prose (eighty characters or more, ending like a sentence) with few links."""
    if text_len < 80 or link_text_len(el) > 0.2 * text_len:
        return False
    for node in el.iter("p", "div", "li", "blockquote"):
        text = "".join(node.itertext()).strip()
        if len(text) >= 80 and text[-1:] in ".!?…。！？\"”»)":
            return True
    return False


# Readers' comment sections by class or id, in English and as sites in other languages name
# them (the plural "Kommentare", never "Kommentar": in German that is an opinion column).
_COMMENTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-\w+|disqus\w*|respond|replies|kommentare|commentaires|"
    r"comentarios|comentários|commenti|reacties|komentarze|komentare|komentáře|kommentarer|"
    r"yorumlar)(?:$|[\s_-])", re.I)
# A cheap test first (literals, on the lower-cased names), the precise pattern above after.
_COMMENT_HINT = re.compile("comment|coment|omentar|omentá|disqus|respond|replies|reacties|yorum")


_LANDMARKS = frozenset({"nav", "aside", "footer"})


def _landmark_holding_story(el: etree._Element) -> bool:
    """A <nav>, <aside> or <footer> that holds paragraphs of prose with few links: broken
    markup (an unclosed <nav> before the story) or a misused tag, not navigation. Three
    paragraphs of eighty characters or more, link text under a fifth of the whole."""
    if el.tag not in _LANDMARKS:
        return False
    prose = 0
    for p in el.iter("p"):
        if len("".join(p.itertext()).strip()) >= 80:
            prose += 1
            if prose >= 3:
                break
    if prose < 3:
        return False
    text = sum(len(t) for t in el.itertext())
    return link_text_len(el) < 0.2 * text


def _boilerplate_roots(doc: Document, root: etree._Element) -> set[etree._Element]:
    """Every subtree root that is never article text: dropped tags, hidden or landmark
    elements (one pass over the page), and readers' comments (from the document's names)."""
    roots = {el for el in root.iter(*DROP_TAGS) if not _landmark_holding_story(el)}
    # the document's one walk over the body found every element with such attributes
    hidden_from = doc.visibility_marked if root is doc.body else root.iter()
    roots.update(el for el in hidden_from if is_hidden(el))
    for (el, names), low in zip(doc.named_elements, doc.named_lower, strict=True):
        if _COMMENT_HINT.search(low) and _COMMENTS.search(names):
            roots.add(el)
    roots.discard(root)
    return roots


class Excluded:
    """Whether an element sits in boilerplate (by tag, role, hidden) or in readers' comments,
    memoised along ancestor chains so each element is classified once per page."""

    def __init__(self, doc: Document, root: etree._Element) -> None:
        self.roots = _boilerplate_roots(doc, root)
        self.memo: dict[etree._Element, bool] = {}
        # Elements holding some excluded subtree (a <script> in a <div>): their text must be
        # read around it; every other element's itertext() is already what readers see.
        self.holders: set[etree._Element] = set()
        for el in self.roots:
            for a in el.iterancestors():
                if a in self.holders:
                    break
                self.holders.add(a)

    def text(self, el: etree._Element) -> str:
        """The element's text without the scripts, styles and other never-text subtrees in
        it. lxml joins the text in C; only an element holding such a subtree has those
        subtrees' own texts taken out again (found by a tag-filtered walk, also in C)."""
        text = "".join(el.itertext())
        if el not in self.holders:
            return text
        for node in el.iter(*DROP_TAGS):
            if node is not el:
                inner = "".join(node.itertext())
                if inner:
                    text = text.replace(inner, "", 1)
        return text

    def __call__(self, el: etree._Element) -> bool:
        path = []
        node: etree._Element | None = el
        verdict = False
        while node is not None:
            known = self.memo.get(node)
            if known is not None:
                verdict = known
                break
            path.append(node)
            if node in self.roots:
                verdict = True
                break
            node = node.getparent()
        for n in path:
            self.memo[n] = verdict
        return verdict
