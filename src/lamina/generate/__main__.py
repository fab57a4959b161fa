"""`python -m lamina.generate`: the generator Prisma runs for `provider = "python -m lamina.generate"`."""

from lamina.generate.protocol import run

run()
