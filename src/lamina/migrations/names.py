"""Migration directory names: the timestamp prefix and the slug Prisma's CLI makes of a name.

The slug follows `@sindresorhus/slugify` as bundled in the Prisma CLI, called with
`separator: "_"` and cut to 200 characters: transliterate, split camelCase, lowercase, drop the
apostrophe of `'s`/`'t`, turn every run of other characters into one `_`, trim `_` at both ends.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone

MAX_NAME_LENGTH = 200

# Replaced before anything else, in this order (slugify's own "overridable" replacements).
_SLUGIFY_REPLACEMENTS = (("&", " and "), ("\U0001f984", " unicorn "), ("\u2665", " love "))

# Letters that do not decompose into a base letter plus diacritics (transliterate's table, the
# common part: German, Nordic, Latin extended, Cyrillic, Greek; checked against the bundled
# function by tests/migrations_history/goldens/slugs.json). Letters missing here that do not
# decompose become separators, as they do for letters missing from transliterate's table.
_TRANSLITERATIONS = {
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS",
    "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H", "ı": "i", "ĳ": "ij", "Ĳ": "IJ",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "Yo", "Ж": "Zh", "З": "Z",
    "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh",
    "Щ": "Sch", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "Yu", "Я": "Ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "x", "ψ": "ps", "ω": "o",
    "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o",
    "Α": "A", "Β": "B", "Γ": "G", "Δ": "D", "Ε": "E", "Ζ": "Z", "Η": "I", "Θ": "TH", "Ι": "I",
    "Κ": "K", "Λ": "L", "Μ": "M", "Ν": "N", "Ξ": "KS", "Ο": "O", "Π": "P", "Ρ": "R", "Σ": "S",
    "Τ": "T", "Υ": "Y", "Φ": "F", "Χ": "X", "Ψ": "PS", "Ω": "O",
    "Ά": "A", "Έ": "E", "Ή": "I", "Ί": "I", "Ό": "O", "Ύ": "Y", "Ώ": "O",
}

_DECAMELIZE = (  # JS regexes: \d is ASCII only
    (re.compile(r"([A-Z]{2,})(\d+)", re.ASCII), r"\1 \2"),
    (re.compile(r"([a-z\d]+)([A-Z]{2,})", re.ASCII), r"\1 \2"),
    (re.compile(r"([a-z\d])([A-Z])", re.ASCII), r"\1 \2"),
    (re.compile(r"([A-Z]+)([A-Z][a-rt-z\d]+)", re.ASCII), r"\1 \2"),  # keeps a plural `s` attached: "APIs"
)
_APOSTROPHE = re.compile(r"([a-zA-Z\d]+)'([ts])(\s|$)", re.ASCII)
_NOT_SLUG = re.compile(r"[^a-z\d]+", re.ASCII)


def _transliterate(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for before, after in _SLUGIFY_REPLACEMENTS:
        text = text.replace(before, after)
    text = "".join(_TRANSLITERATIONS.get(char, char) for char in text)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def _decamelize(text: str) -> str:
    for pattern, replacement in _DECAMELIZE:
        text = pattern.sub(replacement, text)
    return text


def slugify_migration_name(name: str) -> str:
    """The folder-safe form of a user-typed migration name (`addUserTable` → `add_user_table`)."""
    text = _decamelize(_transliterate(name)).lower()
    text = _APOSTROPHE.sub(r"\1\2\3", text)
    text = _NOT_SLUG.sub("_", text)
    text = text.replace("\\", "")
    text = re.sub(r"_{2,}", "_", text).strip("_")
    return text[:MAX_NAME_LENGTH]


def migration_directory_name(now: datetime, name: str) -> str:
    """`YYYYMMDDHHMMSS_name` in UTC; only the timestamp when the name is empty."""
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    timestamp = now.strftime("%Y%m%d%H%M%S")
    return f"{timestamp}_{name}" if name else timestamp
