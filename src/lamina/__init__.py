"""lamina: Prisma Migrate, rebuilt in pure Python."""

__version__ = "0.1.0"
