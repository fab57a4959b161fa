import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: process.env.LAMINA_CFG_EMPTY || "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.LAMINA_CFG_URL!,
    shadowDatabaseUrl: process.env.LAMINA_CFG_UNSET ?? "postgresql://fallback@localhost:5432/shadow",
  },
});
