#!/usr/bin/env node
// Kundenfreund runs its TypeScript sources directly (Node 20 has no type stripping; tsx compiles
// on load and caches). See docs/decisions/004-run-typescript-with-tsx.md.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
