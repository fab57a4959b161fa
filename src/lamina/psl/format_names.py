"""How `prisma format` names the relation fields it adds: camelCase and English plurals of model names."""

from __future__ import annotations

import re


def camel_case(name: str) -> str:
    """The back-relation field's base name, as Prisma derives it from a model name: words start at a
    separator (`_`, `-`), at a digit, or at an upper-case letter after a lower-case one; the first
    word is lower-cased, later words keep a capital (`OAuthToken` → `oauthToken`, `user_settings` →
    `userSettings`, `UserID` → `userID`)."""
    out: list[str] = []
    new_word, seen_letter, previous = False, False, " "
    for char in name.rstrip("_-"):
        if not char.isalnum():
            new_word = new_word or seen_letter
            continue
        seen_letter = True
        if char.isdigit():
            out.append(char)
            new_word = True
        elif new_word or (previous.islower() and char.isupper()):
            out.append(char.upper())
            new_word = False
        else:
            out.append(char.lower())
            previous = char
    return "".join(out)


# English plural rules as Prisma applies them, most specific first: (pattern, replacement of the
# matched ending). The first pattern that matches the end of the word wins.
_PLURAL_RULES = [
    (r"eaux$", "eaux"),
    (r"child(?:ren)?$", "children"),
    (r"pe(?:rson|ople)$", "people"),
    (r"([ml])(?:ice|ouse)$", r"\1ice"),
    (r"(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", r"\1ices"),
    (r"(x|ch|ss|sh|zz)$", r"\1es"),
    (r"(x|ch|ss|sh|zz)es$", r"\1es"),
    (r"([^ch][ieo][ln])ey$", r"\1ies"),
    (r"([^aeiouy]|qu)y$", r"\1ies"),
    (r"(ar|l|ea|eo|oa|hoo)f$", r"\1ves"),
    (r"(kni|wi|li)fe$", r"\1ves"),
    (r"sis$", "ses"),
    (r"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$",
     r"\1a"),
    (r"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul"
     r"|automat|quor)(?:a|um)$", r"\1a"),
    (r"(her|at|gr)o$", r"\1oes"),
    (r"(seraph|cherub)(?:im)?$", r"\1im"),
    (r"(alumn|alg|vertebr)(?:a|ae)$", r"\1ae"),
    (r"(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$",
     r"\1i"),
    (r"([^l]ias|[aeiou]las|[emjzr]as|[iu]am)$", r"\1"),
    (r"(e[mn]u)s?$", r"\1s"),
    (r"(alias|[^aou]us|tlas|gas|ris)$", r"\1es"),
    (r"(ax|test)is$", r"\1es"),
    (r"([^aeiou]ese)$", r"\1"),
    (r"s$", "s"),
]
_PLURAL_WORDS = {"ox": "oxen", "man": "men", "woman": "women", "die": "dice", "yes": "yeses", "foot": "feet",
                 "eave": "eaves", "goose": "geese", "tooth": "teeth", "quiz": "quizzes"}
_UNCOUNTABLE = set(
    "advice aircraft baggage cash chaos deer equipment evidence fish food fun furniture garbage gold "
    "hardware help homework information jewelry knowledge livestock luggage machinery mathematics "
    "money music news research rice series sheep shopping software species traffic transportation "
    "weather wildlife".split()
)


def pluralize(word: str) -> str:
    """Prisma's plural of a camel-cased model name (`category` → `categories`, `datum` → `data`)."""
    cut = max(word.rfind("_"), word.rfind("-"))
    if cut >= 0:
        return word if cut == len(word) - 1 else word[: cut + 1] + pluralize(word[cut + 1 :])
    if word in _UNCOUNTABLE:
        return word
    if word in _PLURAL_WORDS:
        return _PLURAL_WORDS[word]
    for pattern, replacement in _PLURAL_RULES:
        match = re.search(pattern, word)
        if match:
            return word[: match.start()] + match.expand(replacement)
    return word + "s"
