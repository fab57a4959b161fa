"""Regenerate goldens/slugs.json from the slugify function bundled in the Prisma CLI (oracle).

Usage: .venv/bin/python tests/migrations_history/regenerate_slug_goldens.py
Needs ../shared/oracle installed (PRISMA_ANCHOR_DIR, default /tmp/prisma-anchor) and node.
The CLI bundle is read to find the slugify helpers; they run in node from a temporary file that
is deleted afterwards, so nothing of the bundle is kept in the repository.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANCHOR = Path(os.environ.get("PRISMA_ANCHOR_DIR", "/tmp/prisma-anchor"))
BUNDLE = ANCHOR / "node_modules" / "prisma" / "build" / "cli.js"

INPUTS = [
    "addUserTable", "init", "Add users", "Füße & Ärger", "über", "crème brûlée", "salt & pepper",
    "hello---world!!", "  __leading and trailing__  ", "a...b,,,c", "XMLHttpRequest", "APIs",
    "add2FA", "don't stop", "it's fine", "snake_case_already", "", "!!!", "ÆØÅ æøå", "Łódź",
    "Привет мир", "Ωmega", "ẞtraße", "I ♥ 🦄", "back\\slash", "CamelCaseWith123Numbers",
    "HTMLParser2Go", "addIndex_on-User.email", "ÇA VA", "ĳssel", "add users' table", "tab\there",
    "x" * 250, "word " * 80, "MyAPIsAreGreat", "ÄÖÜ ÄÄ", "multi   space", "ends with dash-",
    "日本語", "emoji 🎉 party", "ñandú", "ğüşıöç", "1st migration", "v2.0.1 release",
]
# Every letter lamina transliterates itself, alone and inside a word.
INPUTS += [f"x{char}y" for char in
           "äöüÄÖÜßẞæÆøØåÅœŒđĐðÐþÞłŁħĦıĸŀĿŋŊſŧŦƒĳĲ"
           "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
           "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώΆΈΉΊΌΎΏ"]

def main() -> None:
    source = BUNDLE.read_text()
    escape_start = source.index("function aS(e){")
    escape = source[escape_start : source.index("\"\\\\x2d\")}", escape_start) + len("\"\\\\x2d\")}")]
    # transliterate's table, transliterate, slugify's replacements, decamelize and slugify itself
    # sit together in the bundle, just before the migration-name prompt (`var gN=`).
    helpers = source[source.index("var y$t=[") : source.index("var gN=")]
    script_path = HERE / "goldens" / ".slugify-harness.js"
    script_path.write_text(
        escape + "\n" + helpers + "\n"
        "const slug = (name) => hN(name, {separator: '_'}).substring(0, 200);\n"
        "const inputs = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        "console.log(JSON.stringify(inputs.map((s) => [s, slug(s)]), null, 1));\n"
    )
    try:
        result = subprocess.run(
            ["node", str(script_path)], input=json.dumps(INPUTS), capture_output=True, text=True
        )
    finally:
        script_path.unlink()
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    (HERE / "goldens" / "slugs.json").write_text(result.stdout)
    print(f"wrote {len(INPUTS)} cases")


if __name__ == "__main__":
    main()
