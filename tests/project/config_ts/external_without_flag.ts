import { defineConfig } from "prisma/config";

export default defineConfig({
  tables: {
    external: ["public.users"],
  },
});
