import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, env, EnvError, readEnv, readEnvVar } from "./env";

describe("readEnv", () => {
  it("gives every setting its default when nothing is set, and takes blank values as unset", () => {
    const defaults = readEnv({});
    expect(defaults).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: DEFAULT_DATABASE_URL,
      AUTH_IDLE_MINUTES: 480,
      AUTH_ABSOLUTE_MINUTES: 720,
      CHANCERY_IMPORT_STALE_AFTER_MS: 60_000,
      CHANCERY_TRUSTED_PROXIES: 0,
      PORT: 3000,
      CHANCERY_LISTEN_HOST: "0.0.0.0",
    });
    expect(defaults.AUTH_SECRET).toBeUndefined();
    expect(defaults.AUTH_OIDC_ISSUER).toBeUndefined();
    expect(readEnv({ DATABASE_URL: "  ", AUTH_IDLE_MINUTES: "", AUTH_SECRET: "" })).toEqual(defaults);
  });

  it("reads valid values as their types", () => {
    const read = readEnv({
      NODE_ENV: "production",
      DATABASE_URL: " postgresql://chancery:secret@db.internal:5432/chancery ",
      AUTH_SECRET: "a".repeat(32),
      NEXTAUTH_URL: "https://chancery.mfa.example",
      AUTH_IDLE_MINUTES: "30",
      AUTH_ABSOLUTE_MINUTES: "60",
      AUTH_OIDC_ISSUER: "https://login.example/tenant/v2.0",
      AUTH_OIDC_CLIENT_ID: "client",
      AUTH_OIDC_CLIENT_SECRET: "shh",
      AUTH_OIDC_NAME: "Entra ID",
      CHANCERY_IMPORT_STALE_AFTER_MS: "1500",
      CHANCERY_TRUSTED_PROXIES: "1",
      PORT: "3200",
    });
    expect(read).toMatchObject({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://chancery:secret@db.internal:5432/chancery",
      AUTH_IDLE_MINUTES: 30,
      AUTH_ABSOLUTE_MINUTES: 60,
      AUTH_OIDC_NAME: "Entra ID",
      CHANCERY_IMPORT_STALE_AFTER_MS: 1500,
      CHANCERY_TRUSTED_PROXIES: 1,
      PORT: 3200,
    });
    expect(readEnv({ DATABASE_URL: "file:./data/other.db" }).DATABASE_URL).toBe("file:./data/other.db");
  });

  it("refuses malformed values, naming each variable and what it must be", () => {
    const refused = (source: Record<string, string>) => {
      try {
        readEnv(source);
      } catch (error) {
        expect(error).toBeInstanceOf(EnvError);
        return (error as EnvError).message;
      }
      throw new Error("accepted");
    };
    expect(refused({ AUTH_IDLE_MINUTES: "ten" })).toBe('AUTH_IDLE_MINUTES must be a number (got "ten")');
    expect(refused({ AUTH_IDLE_MINUTES: "1.5" })).toBe('AUTH_IDLE_MINUTES must be a whole number (got "1.5")');
    expect(refused({ AUTH_ABSOLUTE_MINUTES: "0" })).toBe('AUTH_ABSOLUTE_MINUTES must be at least 1 minute (got "0")');
    expect(refused({ NODE_ENV: "staging" })).toBe(
      'NODE_ENV must be one of "development", "production", "test" (got "staging")',
    );
    expect(refused({ NEXTAUTH_URL: "chancery.mfa.example" })).toBe(
      'NEXTAUTH_URL must be an http:// or https:// URL (got "chancery.mfa.example")',
    );
    expect(refused({ CHANCERY_TRUSTED_PROXIES: "all" })).toBe(
      'CHANCERY_TRUSTED_PROXIES must be a whole number of proxies (0 to 99) (got "all")',
    );
    expect(refused({ CHANCERY_IMPORT_STALE_AFTER_MS: "-1" })).toMatch(
      /^CHANCERY_IMPORT_STALE_AFTER_MS must be a number of milliseconds above 0/,
    );
    expect(refused({ PORT: "70000" })).toBe('PORT must be a port number (got "70000")');
    // Two at once, in one message; a URL's password is never repeated, only its scheme.
    const both = refused({ DATABASE_URL: "mysql://root:hunter2@db/chancery", AUTH_OIDC_ISSUER: "login" });
    expect(both).toBe(
      'DATABASE_URL must be a SQLite "file:" URL or a "postgresql://" URL (got "mysql:"); AUTH_OIDC_ISSUER must be an http:// or https:// URL (got "login")',
    );
    expect(both).not.toContain("hunter2");
  });
});

describe("readEnvVar", () => {
  it("checks only the variable asked for", () => {
    expect(readEnvVar("AUTH_IDLE_MINUTES", { AUTH_IDLE_MINUTES: " 45 ", PORT: "not a port" })).toBe(45);
    expect(() => readEnvVar("PORT", { PORT: "not a port" })).toThrow(/^PORT must be a number/);
  });
});

describe("env", () => {
  const saved = process.env.CHANCERY_IMPORT_STALE_AFTER_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHANCERY_IMPORT_STALE_AFTER_MS;
    else process.env.CHANCERY_IMPORT_STALE_AFTER_MS = saved;
  });

  it("reads the process environment at each access, as tests and scripts change it", () => {
    delete process.env.CHANCERY_IMPORT_STALE_AFTER_MS;
    expect(env.CHANCERY_IMPORT_STALE_AFTER_MS).toBe(60_000);
    process.env.CHANCERY_IMPORT_STALE_AFTER_MS = "250";
    expect(env.CHANCERY_IMPORT_STALE_AFTER_MS).toBe(250);
    process.env.CHANCERY_IMPORT_STALE_AFTER_MS = "soon";
    expect(() => env.CHANCERY_IMPORT_STALE_AFTER_MS).toThrow(EnvError);
  });

  it("cannot be written to", () => {
    expect(() => Object.assign(env, { PORT: 1 })).toThrow(TypeError);
  });
});
