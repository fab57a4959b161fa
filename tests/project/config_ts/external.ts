import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: {
    externalTables: true,
  },
  tables: {
    external: ["public.users", "auth.sessions"],
  },
  enums: {
    external: ["public.role"],
  },
  migrations: {
    initShadowDb: `
      CREATE TABLE users (id SERIAL PRIMARY KEY);
    `,
  },
});
