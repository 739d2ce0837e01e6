import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in src/web and is built to dist/web, which `kundenfreund serve` serves with an
// SPA fallback. In development /api goes to the server that scripts/dev.ts starts on port 4680.
const root = path.resolve(import.meta.dirname, "src/web");

export default defineConfig({
  root,
  publicDir: path.join(root, "public"),
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    target: "es2022",
    // Source maps would double the build time of every `npm test`; the app is small enough to debug without.
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: { "/api": { target: "http://127.0.0.1:4680", changeOrigin: false } },
  },
});
