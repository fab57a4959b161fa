import type { PrismaConfig } from "prisma";

export default {
  schema: "db/schema.prisma",
  migrations: {
    path: "db/migrations",
  },
  datasource: {
    url: process.env.LAMINA_CFG_URL as string,
  },
} satisfies PrismaConfig;
