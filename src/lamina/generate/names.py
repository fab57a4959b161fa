"""Python names for the schema's models, enums, enum values and fields.

Names stay as written in the schema wherever Python allows it. A name gets a trailing `_` when it
is a Python keyword, a name SQLAlchemy's declarative classes reserve, or a name that the code of
the same class (or module) also uses for something else: a field `User` in a class whose
annotations say `Mapped[User]`, a field `int` next to `Mapped[int]`, a model named `Base`.
PSL identifiers never start with `_`, so the module's own helpers (`_cuid`, `_Role_type`) are
private names no schema name can take.
"""

from __future__ import annotations

import keyword

# Names a declarative class or its base owns.
DECLARATIVE_RESERVED = frozenset({"metadata", "registry", "type_annotation_map"})
# Names the code inside a model class refers to (besides builtins and other classes).
CLASS_BODY_NAMES = frozenset({"Any", "Mapped", "mapped_column", "relationship", "sa", "pg", "mysql"})
# Module-level names every generated module may bind.
MODULE_NAMES = CLASS_BODY_NAMES | {"annotations", "Base", "DeclarativeBase", "sqlite"}
# The one member name Python enums refuse (`_sunder_` names cannot come from a schema).
ENUM_RESERVED = frozenset({"mro"})


def unique_name(name: str, taken: set[str] | frozenset[str]) -> str:
    """`name`, or `name_`, `name__`, … until it is neither a keyword nor taken."""
    while keyword.iskeyword(name) or name in taken:
        name += "_"
    return name


def class_names(models: list[str], enums: list[str]) -> dict[str, str]:
    """Schema name → Python class name, for models and enums alike."""
    return {name: unique_name(name, MODULE_NAMES) for name in [*models, *enums]}


def enum_member(name: str) -> str:
    return unique_name(name, ENUM_RESERVED)


def attribute_names(fields: list[str], used_in_class: set[str]) -> dict[str, str]:
    """Field name → attribute name, unique within the class."""
    reserved = set(DECLARATIVE_RESERVED) | used_in_class
    taken = reserved | set(fields)
    names: dict[str, str] = {}
    for field in fields:
        if field in reserved or keyword.iskeyword(field):
            names[field] = unique_name(field, taken)
            taken.add(names[field])
        else:
            names[field] = field
    return names
