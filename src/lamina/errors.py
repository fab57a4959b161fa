"""Known, user-facing failures: one class per Prisma error code, named after the condition.

Only `cli/main.py` catches KnownError. `message()` is Prisma's text, to the letter; `hint` is
lamina's one extra line telling the user what to do next (printed after the message).

An error's fields are its annotated class attributes, as in a dataclass (a value after `=` is the
default; `ClassVar`s are not fields; `__post_init__` runs last), and KnownError gives every subclass
the same keyword-or-positional `__init__`, `__repr__` and `__eq__`. There are about seventy of these
classes, and most commands import most of them: `@dataclass` would generate and compile three
methods per class at every start-up, a seventh of `migrate status`'s whole run on Python 3.11.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, dataclass_transform


@dataclass_transform()
class KnownError(Exception):
    code: ClassVar[str | None] = None
    exit_code: ClassVar[int] = 1
    after_blank_line: bool = False  # printed after an empty line (schema validation, as Prisma)

    _fields: ClassVar[tuple[str, ...]] = ()  # in order: inherited ones first, as dataclasses order them
    _defaults: ClassVar[dict[str, object]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        defaults = dict(cls._defaults)
        for name, annotation in vars(cls).get("__annotations__", {}).items():
            if _is_class_var(annotation):
                continue
            if name not in fields:
                fields.append(name)
            if name in vars(cls):
                defaults[name] = vars(cls)[name]
            else:
                defaults.pop(name, None)
        cls._fields, cls._defaults = tuple(fields), defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        name, fields = type(self).__name__, self._fields
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"{name}() got multiple values for argument '{key}'")
            values[key] = value
        missing = [field for field in fields if field not in values and field not in self._defaults]
        if missing:
            raise TypeError(f"{name}() missing required arguments: {', '.join(map(repr, missing))}")
        for field in fields:
            setattr(self, field, values[field] if field in values else self._defaults[field])
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    def __repr__(self) -> str:
        fields = ", ".join(f"{field}={getattr(self, field)!r}" for field in self._fields)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, field) == getattr(other, field) for field in self._fields)

    __hash__ = None  # type: ignore[assignment]  # equal by value and changeable, as a dataclass is

    def message(self) -> str:
        raise NotImplementedError

    @property
    def hint(self) -> str | None:
        return None

    def __str__(self) -> str:
        return self.message()

    def json_fields(self) -> dict[str, object]:
        """What `--json` adds to `{"code", "message", "hint"}`: the migration the error is about, and
        the error's other plain fields under `details`."""
        fields: dict[str, object] = {}
        for field in self._fields:
            value = getattr(self, field)
            if (field == "after_blank_line" or not isinstance(value, (str, int, float, bool))
                    or value == self.message()):
                continue
            fields[field] = value
        out: dict[str, object] = {}
        for key in ("migration_name", "migration"):
            if isinstance(fields.get(key), str):
                out["migration"] = fields.pop(key)
                break
        if fields:
            out["details"] = fields
        return out


def _is_class_var(annotation: object) -> bool:
    if isinstance(annotation, str):  # `from __future__ import annotations`: the annotation's text
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", annotation) is ClassVar


class UsageError(KnownError):
    """Wrong flags or arguments: no P-code, Prisma prints the text and exits 1."""

    text: str

    def message(self) -> str:
        return self.text


class SchemaValidationFailed(KnownError):
    """P1012: the rendered diagnostics of an invalid schema."""

    code: ClassVar[str] = "P1012"
    rendered: str
    after_blank_line: bool = True  # `getConfig`'s errors follow the header lines directly

    def message(self) -> str:
        return self.rendered


# ---------------------------------------------------------------------------------------------
# P1xxx: connecting to the database (Prisma `libs/user-facing-errors/src/common.rs`)
# ---------------------------------------------------------------------------------------------


class AuthenticationFailed(KnownError):
    code: ClassVar[str] = "P1000"
    database_user: str

    def message(self) -> str:
        return (
            "Authentication failed against database server, the provided database credentials for "
            f"`{self.database_user}` are not valid.\n\n"
            "Please make sure to provide valid database credentials for the database server at the "
            "configured address."
        )

    @property
    def hint(self) -> str | None:
        return "Check the user name and password in your datasource URL."


class DatabaseUnreachable(KnownError):
    code: ClassVar[str] = "P1001"
    database_location: str

    def message(self) -> str:
        return (
            f"Can't reach database server at `{self.database_location}`\n\n"
            f"Please make sure your database server is running at `{self.database_location}`."
        )

    @property
    def hint(self) -> str | None:
        return "Start the database server or fix the host and port in your datasource URL."


class DatabaseTimedOut(KnownError):
    code: ClassVar[str] = "P1002"
    context: str

    def message(self) -> str:
        return (
            "The database server was reached but timed out.\n\n"
            "Please try again.\n\n"
            "Please make sure your database server is running at the configured address.\n\n"
            f"Context: {self.context}\n"
        )

    @property
    def hint(self) -> str | None:
        return "Another migrate command may be running against this database; wait for it and retry."


class DatabaseDoesNotExist(KnownError):
    code: ClassVar[str] = "P1003"
    database_name: str

    def message(self) -> str:
        return f"Database `{self.database_name}` does not exist"


class DatabaseAlreadyExists(KnownError):
    code: ClassVar[str] = "P1009"
    database_name: str

    def message(self) -> str:
        return f"Database `{self.database_name}` already exists on the database server"


class DatabaseAccessDenied(KnownError):
    code: ClassVar[str] = "P1010"
    database_name: str

    def message(self) -> str:
        return f"User was denied access on the database `{self.database_name}`"


class TlsConnectionFailed(KnownError):
    code: ClassVar[str] = "P1011"
    detail: str

    def message(self) -> str:
        return f"Error opening a TLS connection: {self.detail}"

    @property
    def hint(self) -> str | None:
        return "Check `sslmode` (and the certificate parameters) in your datasource URL against the server's TLS setup."


class InvalidDatabaseString(KnownError):
    code: ClassVar[str] = "P1013"
    details: str

    def message(self) -> str:
        return f"The provided database string is invalid. {self.details}"


class ServerClosedConnection(KnownError):
    code: ClassVar[str] = "P1017"

    def message(self) -> str:
        return "Server has closed the connection."


# ---------------------------------------------------------------------------------------------
# P3xxx: migrate (Prisma `libs/user-facing-errors/src/schema_engine.rs`)
# ---------------------------------------------------------------------------------------------


def _error_code_line(code: str | None) -> str:
    return f"Error code: {code}\n" if code is not None else ""


class DatabaseCreationFailed(KnownError):
    code: ClassVar[str] = "P3000"
    database_error: str

    def message(self) -> str:
        return f"Failed to create database: {self.database_error}"


class MigrateSystemDatabase(KnownError):
    """A MySQL system database (mysql, information_schema, performance_schema, sys): never migrated,
    reset or dropped."""

    code: ClassVar[str] = "P3004"
    database_name: str

    def message(self) -> str:
        return (
            f"The `{self.database_name}` database is a system database, it should not be altered with "
            "lamina migrate. Please connect to another database."
        )

    @property
    def hint(self) -> str | None:
        return "Put the name of your application's database at the end of the URL."


class DatabaseSchemaNotEmpty(KnownError):
    code: ClassVar[str] = "P3005"

    def message(self) -> str:
        return (
            "The database schema is not empty. Read more about how to baseline an existing "
            "production database: https://pris.ly/d/migrate-baseline"
        )

    @property
    def hint(self) -> str | None:
        return "Baseline it: mark the migrations that already exist in it with `migrate resolve --applied <name>`."


class MigrationDoesNotApplyCleanly(KnownError):
    code: ClassVar[str] = "P3006"
    migration_name: str
    inner_error: str
    error_code: str | None = None

    def message(self) -> str:
        return (
            f"Migration `{self.migration_name}` failed to apply cleanly to the shadow database. \n"
            f"{_error_code_line(self.error_code)}Error:\n{self.inner_error}"
        )

    @property
    def hint(self) -> str | None:
        return "Fix the migration's SQL so that it runs on an empty database."


class MigrationAlreadyApplied(KnownError):
    code: ClassVar[str] = "P3008"
    migration_name: str

    def message(self) -> str:
        return f"The migration `{self.migration_name}` is already recorded as applied in the database."


@dataclass(frozen=True)
class FailedMigration:
    """One row that blocks apply: `finished_at` and `rolled_back_at` both NULL."""

    migration_name: str
    started_at: str  # already rendered the way Prisma prints it
    logs: str | None


class FoundFailedMigrations(KnownError):
    code: ClassVar[str] = "P3009"
    failed: tuple[FailedMigration, ...]

    def details(self) -> str:
        lines = []
        for failure in self.failed:
            line = f"The `{failure.migration_name}` migration started at {failure.started_at} failed"
            if failure.logs:
                line += f" with the following logs:\n{failure.logs}"
            lines.append(line)
        return "\n".join(lines) + "\n"

    def message(self) -> str:
        return (
            "migrate found failed migrations in the target database, new migrations will not be "
            "applied. Read more about how to resolve migration issues in a production database: "
            f"https://pris.ly/d/migrate-resolve\n{self.details()}"
        )

    @property
    def hint(self) -> str | None:
        return "Run `migrate resolve --rolled-back <name>` or `migrate resolve --applied <name>` first."


class MigrationNameTooLong(KnownError):
    code: ClassVar[str] = "P3010"

    def message(self) -> str:
        return "The name of the migration is too long. It must not be longer than 200 characters (bytes)."


class MigrationToRollBackNotFound(KnownError):
    code: ClassVar[str] = "P3011"
    migration_name: str

    def message(self) -> str:
        return (
            f"Migration `{self.migration_name}` cannot be rolled back because it was never applied "
            "to the database. Hint: did you pass in the whole migration name? (example: "
            '"20201207184859_initial_migration")'
        )


class MigrationNotFailed(KnownError):
    code: ClassVar[str] = "P3012"
    migration_name: str

    def message(self) -> str:
        return (
            f"Migration `{self.migration_name}` cannot be rolled back because it is not in a failed state."
        )


class ShadowDatabaseCreationFailed(KnownError):
    code: ClassVar[str] = "P3014"
    inner_error: str
    error_code: str | None = None
    provider: str = "postgresql"

    def message(self) -> str:
        return (
            "Prisma Migrate could not create the shadow database. Please make sure the database user "
            "has permission to create databases. Read more about the shadow database (and workarounds) "
            "at https://pris.ly/d/migrate-shadow\n\n"
            f"Original error: {_error_code_line(self.error_code)}\n{self.inner_error}"
        )

    @property
    def hint(self) -> str | None:
        if self.provider == "mysql":
            return ("Grant the user CREATE and DROP on all databases (GRANT CREATE, DROP ON *.* TO ...) "
                    "or set `shadowDatabaseUrl` in the datasource.")
        return "Grant CREATEDB to the user or set `shadowDatabaseUrl` in the datasource."


class ShadowDatabaseIsMainDatabase(KnownError):
    """The configured shadow database is a database the command works on: resetting it would wipe
    that database (prisma-engines `ShadowDbSameAsMainDb`)."""

    code: ClassVar[str] = "P3025"

    def message(self) -> str:
        return (
            "The shadow database you configured appears to be the same as the main database. "
            "Please specify another shadow database."
        )

    @property
    def hint(self) -> str | None:
        return ("Point the shadow database URL at a separate, empty database, or leave it unset to let "
                "lamina use a temporary one.")


class MigrationFileNotFound(KnownError):
    code: ClassVar[str] = "P3015"
    migration_file_path: str

    def message(self) -> str:
        return (
            f"Could not find the migration file at {self.migration_file_path}. Please delete the "
            "directory or restore the migration file."
        )


class DatabaseResetFailed(KnownError):
    code: ClassVar[str] = "P3016"
    inner_error: str
    error_code: str | None = None

    def message(self) -> str:
        return (
            "The fallback method for database resets failed, meaning Migrate could not clean up the "
            f"database entirely. Original error: {_error_code_line(self.error_code)}\n{self.inner_error}"
        )


class MigrationToMarkAppliedNotFound(KnownError):
    code: ClassVar[str] = "P3017"
    migration_name: str

    def message(self) -> str:
        return (
            f"The migration {self.migration_name} could not be found. Please make sure that the "
            "migration exists, and that you included the whole name of the directory. (example: "
            '"20201207184859_initial_migration")'
        )


class MigrationFailedToApply(KnownError):
    code: ClassVar[str] = "P3018"
    migration_name: str
    database_error_code: str
    database_error: str

    def message(self) -> str:
        return (
            "A migration failed to apply. New migrations cannot be applied before the error is "
            "recovered from. Read more about how to resolve migration issues in a production "
            "database: https://pris.ly/d/migrate-resolve\n\n"
            f"Migration name: {self.migration_name}\n\n"
            f"Database error code: {self.database_error_code}\n\n"
            f"Database error:\n{self.database_error}\n"
        )

    @property
    def hint(self) -> str | None:
        return (
            f"Fix the database, then run `migrate resolve --rolled-back {self.migration_name}` "
            "(or `--applied` if you finished it by hand)."
        )


class ProviderSwitched(KnownError):
    code: ClassVar[str] = "P3019"
    provider: str
    expected_provider: str

    def message(self) -> str:
        link = "https://pris.ly/d/migrate-provider-switch"
        if {self.provider, self.expected_provider} == {"cockroachdb", "postgresql"}:
            link = "https://pris.ly/d/cockroachdb-postgresql-provider"
        return (
            f"The datasource provider `{self.provider}` specified in your schema does not match the "
            f"one specified in the migration_lock.toml, `{self.expected_provider}`. Please remove your "
            "current migration directory and start a new migration history with lamina migrate dev. "
            f"Read more: {link}"
        )


class MigrationDirectoryExists(KnownError):
    """The CLI refuses to overwrite a migration folder (no P-code)."""

    path: str

    def message(self) -> str:
        return f"The migration directory already exists at {self.path}"


class MigrationHistoryMissing(KnownError):
    """`resolve --rolled-back` on a database without `_prisma_migrations` (an engine invariant)."""

    def message(self) -> str:
        return "Invariant violation: migration persistence is not initialized."

    @property
    def hint(self) -> str | None:
        return "No migration was ever applied to this database: there is nothing to roll back."


class ExternalNamesMustBeQualified(KnownError):
    code: ClassVar[str] = "P3023"

    def message(self) -> str:
        return ("For the current database, `externalTables` & `externalEnums` in your prisma config must contain "
                "only fully qualified identifiers (e.g. `schema_name.table_name`).")

    @property
    def hint(self) -> str | None:
        return 'Write each name in `tables.external` / `enums.external` as "schema.name", e.g. "public.users".'


class ExternalNamesMustNotBeQualified(KnownError):
    code: ClassVar[str] = "P3024"

    def message(self) -> str:
        return ("For the current database, `externalTables` & `externalEnums` in your prisma config must contain "
                "only simple identifiers without a schema name.")

    @property
    def hint(self) -> str | None:
        return "Write each name in `tables.external` / `enums.external` without a schema, e.g. \"users\"."
