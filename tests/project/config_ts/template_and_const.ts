import { defineConfig, env } from "prisma/config";

const host = process.env.LAMINA_CFG_HOST ?? "localhost";
const port = 5432;
const url = `postgresql://app:${env("LAMINA_CFG_PASSWORD")}@${host}:${port}/app?schema=public`;
const folder = "database";

export default defineConfig({
  schema: `${folder}/schema.prisma`,
  migrations: { path: folder + "/migrations" },
  datasource: { url },
});
