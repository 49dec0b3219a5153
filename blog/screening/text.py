"""Comment text as the screening reads it: one spelling for the many ways readers and spammers
write the same words (look-alike letters, l33t, s p a c e d letters, text-speak, contractions)."""

import re
import unicodedata

# Letters that look Latin but are not: Cyrillic and Greek look-alikes, and small capitals.
LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁɡοΑΒΕΗΙΚΜΝΟΡΤΧΥΖᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ",
    "aeopcyxijsdgoABEHIKMNOPTXYZabcdefghijklmnopqrstuvwyz",
)
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
# A word mixing letters with l33t digits or symbols: "b@cl0fen", "p1lls", "n0w".
LEET_WORD = re.compile(r"(?<![\w@$!])(?=[\w@$!]*[a-z])(?=[\w@$!]*[0134579@$!])[a-z0-9@$!]{2,}")
AMOUNT = re.compile(r"\d+(?:[.,]\d+)?[a-z]{0,5}")  # "10mg", "3x", "24h": numbers, not l33t
# Single letters set apart by spaces, dots or dashes: "b u y", "m.u.s.c.l.e", "b-a-c-l-o".
SPACED = re.compile(r"(?<![\w@$!])(?:[a-z][ .\-]){2,}[a-z](?![\w@$!])")
TEXT_SPEAK = {
    r"\bkms\b": "kill myself",
    r"\bkys\b": "kill yourself",
    r"\bunalive\b": "kill",
    r"\bsh'?d\b": "self harmed",
    r"\bsh\b": "self harm",
    r"\bod'?d\b": "overdosed",
    r"\bod\b": "overdose",
    r"\bu\b": "you",
    r"\bur\b": "your",
    r"\bim\b": "i am",
    r"\bive\b": "i have",
    r"\bdont\b": "do not",
    r"\bcant\b": "cannot",
    r"\bwont\b": "will not",
    r"\bgonna\b": "going to",
    r"\bwanna\b": "want to",
    r"\btbh\b": "",
    r"\s+dot\s+": ".",
}
CONTRACTIONS = {
    r"\bcan't\b": "cannot",
    r"\bwon't\b": "will not",
    r"n't\b": " not",
    r"\bcan not\b": "cannot",
    r"'m\b": " am",
    r"'re\b": " are",
    r"'ve\b": " have",
    r"'ll\b": " will",
    r"'d\b": " would",
}
PATTERNS = [(re.compile(p), r) for p, r in (TEXT_SPEAK | CONTRACTIONS).items()]


def words(*alternatives):
    """One pattern for any of the alternatives, each as whole words."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def normalise(text, unleet=False):
    """Lower case, plain letters, words rejoined, contractions spelled out; with `unleet`, l33t
    read as letters too (for spam: it would turn a postcode or an email address into words)."""
    text = unicodedata.normalize("NFKC", text).translate(LOOK_ALIKES)
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").lower()
    text = SPACED.sub(lambda m: re.sub(r"[ .\-]", "", m.group()), text)
    if unleet:
        text = LEET_WORD.sub(read_leet, text)
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()


def read_leet(match):
    word = match.group().rstrip("!$")
    if AMOUNT.fullmatch(word):
        return match.group()
    return word.translate(LEET) + match.group()[len(word) :]


def sentences(text):
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]
