"""lamina's operations: each takes a resolved project and returns a result object (dataclasses),
or raises KnownError with its P-code. They never print and never ask: questions come in as
arguments or through a `lamina.prompting.Prompter`, progress goes to an optional listener, and
diagnostics go to the `lamina` logger. `lamina.cli` renders their results as Prisma's text or
as JSON; `lamina.api` (re-exported by `import lamina`) is the public entry point."""
