import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  migrations: {
    path: "migrations",
    initShadowDb: `
      CREATE TYPE role AS ENUM ('reader', 'writer');
      CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
    `,
  },
  experimental: { externalTables: true },
  tables: { external: ["public.users"] },
  enums: { external: ["public.role"] },
  datasource: { url: process.env.LAMINA_EXTERNAL_URL },
});
