import { inject } from "vitest";

// Before each test file: where this run keeps its template stores (vitest-global-setup.ts).
Object.assign(process.env, inject("templateEnv"));
