import "dotenv/config";
import { config as loadEnv } from "dotenv";
import { defineConfig } from "prisma/config";

loadEnv({ path: ".env.local" });

// Migrations need a direct connection; the pooled host only adds "-pooler".
const url = process.env.LAMINA_CFG_DIRECT ?? process.env.LAMINA_CFG_POOLED?.replace("-pooler.", ".");

export default defineConfig({
  schema: path.join(import.meta.dirname, "prisma", "schema.prisma"),
  migrations: { seed: process.env.LAMINA_CFG_UNSET?.trim() ?? "  tsx seed.ts  ".trim() },
  datasource: { url, shadowDatabaseUrl: `${process.env.LAMINA_CFG_POOLED}`.replaceAll("app", "$&_shadow") },
});

import path from "node:path";
