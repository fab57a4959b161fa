import { defineConfig, env } from "prisma/config";

export default defineConfig({
  datasource: {
    url: env("LAMINA_CFG_UNSET"),
  },
});
