"""What `prisma format` adds to a schema before laying it out: the back-relation fields a relation
is missing.

A relation field that points to another model (with `fields: [...]`) and has no field pointing back
from that model (with the same relation name) gets one, inserted before the referenced model's `}`:
`<camelCased model>? ` when the referencing fields are unique (one-to-one), otherwise the pluralised
name and a list (one-to-many); `@ignore` when the referencing model is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lamina.psl.ast import ArrayValue, Attribute, ConstantValue, Field, FunctionCall, Model, StringValue, Top


@dataclass(frozen=True)
class Insertion:
    file: str
    position: int  # offset into the file text
    text: str


def _relation_attribute(item: Field) -> Attribute | None:
    return next((a for a in item.attributes if a.name == "relation"), None)


def _relation_name(item: Field) -> str | None:
    attribute = _relation_attribute(item)
    if attribute is None:
        return None
    for argument in attribute.arguments.arguments:
        if argument.name in (None, "name") and isinstance(argument.value, StringValue):
            return argument.value.value
    return None


def _field_names(value) -> tuple[str, ...] | None:
    if not isinstance(value, ArrayValue):
        return None
    names = []
    for item in value.items:
        match item:
            case ConstantValue(name=name):
                names.append(name)
            case FunctionCall(name=name):  # `a(sort: Desc)` in an index
                names.append(name)
            case _:
                return None
    return tuple(names)


def _argument(attribute: Attribute, name: str, position: int | None = None):
    for index, argument in enumerate(attribute.arguments.arguments):
        if argument.name == name or (argument.name is None and index == position):
            return argument.value
    return None


def _referencing_fields(item: Field) -> tuple[str, ...] | None:
    attribute = _relation_attribute(item)
    return None if attribute is None else _field_names(_argument(attribute, "fields"))


def _unique_criteria(model: Model) -> list[tuple[str, ...]]:
    criteria = [(f.name,) for f in model.fields if any(a.name == "unique" for a in f.attributes)]
    for attribute in model.attributes:
        if attribute.name == "unique":
            names = _field_names(_argument(attribute, "fields", 0))
            if names:
                criteria.append(names)
    return criteria


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


def missing_back_relation_fields(tops: Sequence[Top]) -> list[Insertion]:
    """The back-relation fields to add, in Prisma's order (by file, then position)."""
    models = {t.name: t for t in tops if isinstance(t, Model) and t.kind in ("model", "view")}
    insertions: list[Insertion] = []
    for model in models.values():
        for item in model.fields:
            target = models.get(item.type.name)
            if target is None or item.type.arity == "list" or _referencing_fields(item) is None:
                continue
            name = _relation_name(item)
            opposite = [
                f for f in target.fields
                if f.type.name == model.name and _relation_name(f) == name and f is not item
            ]
            if opposite:
                continue
            one_to_one = _referencing_fields(item) in _unique_criteria(model)
            field_name = camel_case(model.name) if one_to_one else pluralize(camel_case(model.name))
            arity = "?" if one_to_one else "[]"
            ignore = "@ignore" if any(a.name == "ignore" for a in model.attributes) else ""
            insertions.append(Insertion(target.span.file, target.span.end - 1,
                                        f"{field_name} {model.name}{arity} {ignore}\n"))
    return insertions


def insert(text: str, insertions: Sequence[Insertion]) -> str:
    """`text` with the insertions made (stable by position)."""
    out, last = [], 0
    for insertion in sorted(insertions, key=lambda i: i.position):
        out.append(text[last : insertion.position])
        out.append(insertion.text)
        last = insertion.position
    out.append(text[last:])
    return "".join(out)
