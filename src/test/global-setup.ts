import type { TestProject } from "vitest/node";
import { TEST_DIALECTS } from "./dialects.ts";
import { type RunningPostgres, startPostgres } from "./postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

let server: RunningPostgres | undefined;

/** One real PostgreSQL server for the whole run; every test file creates its own database in it. */
export async function setup(project: TestProject): Promise<void> {
  if (!TEST_DIALECTS.includes("postgres")) return;
  server = await startPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
