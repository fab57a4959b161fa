"""The one place where lamina's text deliberately differs from Prisma's: command hints name `lamina`.

Prisma's CLI builds every hint from the name it was called by (`${cliCommand} migrate dev`, `prisma
format`, `See \\`prisma db execute -h\\``); lamina is that CLI under another name, so its hints say
`lamina migrate dev`. The regeneration scripts pass the real CLI's output through `as_lamina` before
writing a golden. `prisma generate` stays: lamina runs no generators, Prisma's CLI does.
"""

from __future__ import annotations

import re

_COMMAND = re.compile(r"\bprisma(?= (?:migrate|db|format|validate|init)\b)")


def as_lamina(text: str) -> str:
    return _COMMAND.sub("lamina", text)
