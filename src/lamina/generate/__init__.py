"""Code from schema.prisma: typed SQLAlchemy models (`lamina generate`) and a Mermaid ERD (`lamina erd`).

Pure functions from a validated schema to text; writing files is `lamina.operations.generate`'s job.
"""

from lamina.generate.models import GeneratedModule, sqlalchemy_module

__all__ = ["GeneratedModule", "sqlalchemy_module"]
