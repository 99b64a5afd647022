import { z } from "zod";

/**
 * Every environment variable the server and the command-line scripts read,
 * each validated by one schema. `env.X` reads process.env at each access
 * (tests point DATABASE_URL at their own store per file, scripts set values
 * before they start the server), parsing each distinct value once; a value
 * that does not fit throws an EnvError that names the variable. readEnv()
 * checks them all at once (npm start does, before it starts the server).
 *
 * Read elsewhere, on purpose: proxy.ts reads NODE_ENV itself (Next.js inlines
 * it at build time there); scripts/request-guard.cjs and scripts/request-log.cjs
 * run before any TypeScript loads and read CHANCERY_TRUSTED_PROXIES and
 * CHANCERY_REQUEST_LOG with the same rules as here; the test and e2e tooling
 * (CHANCERY_TEST_STORE, CHANCERY_TEST_POSTGRES_URL, E2E_PORT, CHROMIUM_PATH, CI)
 * and the CLIs' own flags (CHANCERY_NEW_PASSWORD) stay in scripts/.
 */

/** The embedded default: a SQLite file under data/, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./data/chancery.db";

// An unset or blank variable is absent: `FOO=` in a .env file means "not set".
const blankIsAbsent = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());
// (zod types .default() as taking the output without undefined, which a generic T cannot show.)
const withDefault = <T extends z.ZodTypeAny>(schema: T, fallback: z.output<T>) =>
  z.preprocess(blankIsAbsent, schema.default(fallback as never));

const text = z.string().trim();
const httpUrl = text.refine(
  (value) => /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value),
  "must be an http:// or https:// URL",
);
const minutes = z.coerce
  .number()
  .int("must be a whole number of minutes")
  .min(1, "must be at least 1 minute")
  .max(60 * 24 * 30, "must be at most 30 days");

const schema = z.object({
  NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
  /** The store: a SQLite "file:" URL or a "postgresql://" URL (lib/database-url.ts). */
  DATABASE_URL: withDefault(
    text.refine(
      (url) => /^(file:|postgres(ql)?:\/\/)/.test(url),
      'must be a SQLite "file:" URL or a "postgresql://" URL',
    ),
    DEFAULT_DATABASE_URL,
  ),
  /** Signs session cookies (npm start requires at least 32 characters). */
  AUTH_SECRET: optional(text),
  /** The public URL: its https:// makes every auth cookie Secure. */
  NEXTAUTH_URL: optional(httpUrl),
  AUTH_IDLE_MINUTES: withDefault(minutes, 480),
  AUTH_ABSOLUTE_MINUTES: withDefault(minutes, 720),
  /** Single sign-on over OpenID Connect, on when issuer, client id and secret are all set. */
  AUTH_OIDC_ISSUER: optional(httpUrl),
  AUTH_OIDC_CLIENT_ID: optional(text),
  AUTH_OIDC_CLIENT_SECRET: optional(text),
  AUTH_OIDC_NAME: optional(text),
  /** How long a run of a process elsewhere may be silent before it is interrupted (tests shorten it). */
  CHANCERY_IMPORT_STALE_AFTER_MS: withDefault(
    z.coerce.number().positive("must be a number of milliseconds above 0"),
    60_000,
  ),
  /** How many proxies in front of the server are ours (read by scripts/request-guard.cjs). */
  CHANCERY_TRUSTED_PROXIES: withDefault(
    text.regex(/^\d{1,2}$/, "must be a whole number of proxies (0 to 99)").transform(Number),
    0,
  ),
  /** "off" turns off the request log (read by scripts/request-log.cjs). */
  CHANCERY_REQUEST_LOG: optional(text),
  /** The port and address npm start listens on. */
  PORT: withDefault(
    z.coerce.number().int("must be a port number").min(1, "must be a port number").max(65_535, "must be a port number"),
    3000,
  ),
  CHANCERY_LISTEN_HOST: withDefault(text, "0.0.0.0"),
});

export type Env = z.infer<typeof schema>;
export type EnvName = keyof Env;
export const ENV_NAMES = Object.keys(schema.shape) as EnvName[];

type Source = Record<string, string | undefined>;

/** One or more environment variables whose values do not fit; the message names each. */
export class EnvError extends Error {
  constructor(readonly problems: readonly { name: EnvName; message: string }[]) {
    super(problems.map((p) => `${p.name} ${p.message}`).join("; "));
    this.name = "EnvError";
  }
}

function describe(name: string, value: string | undefined, issue: z.core.$ZodIssue): string {
  // Secrets are never repeated; of a database URL only the scheme (the rest may hold a password).
  const shown = name.includes("SECRET")
    ? undefined
    : name === "DATABASE_URL"
      ? `${value?.trim().split(":")[0]}:`
      : value;
  const got = shown === undefined ? "" : ` (got ${JSON.stringify(shown)})`;
  if (issue.code === "invalid_value")
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
  if (issue.code === "invalid_type")
    return `must be ${issue.expected === "int" ? "a whole number" : `a ${issue.expected}`}${got}`;
  return `${issue.message}${got}`;
}

function parseOne<K extends EnvName>(
  name: K,
  source: Source,
): { ok: true; value: Env[K] } | { ok: false; message: string } {
  const raw = source[name];
  const result = schema.shape[name].safeParse(raw);
  if (result.success) return { ok: true, value: result.data as Env[K] };
  return { ok: false, message: describe(name, raw, result.error.issues[0]!) };
}

/** One variable of `source` (default: process.env), validated; throws an EnvError naming it when malformed. */
export function readEnvVar<K extends EnvName>(name: K, source: Source = process.env): Env[K] {
  const result = parseOne(name, source);
  if (!result.ok) throw new EnvError([{ name, message: result.message }]);
  return result.value;
}

/** Every variable of `source` (default: process.env), validated at once; the EnvError names each malformed one. */
export function readEnv(source: Source = process.env): Env {
  const values: Partial<Record<EnvName, unknown>> = {};
  const problems: { name: EnvName; message: string }[] = [];
  for (const name of ENV_NAMES) {
    const result = parseOne(name, source);
    if (result.ok) values[name] = result.value;
    else problems.push({ name, message: result.message });
  }
  if (problems.length > 0) throw new EnvError(problems);
  return values as Env;
}

// The last value parsed per variable: a value is parsed once, and again only when it changes.
const parsed = new Map<EnvName, { raw: string | undefined; value: unknown }>();

/** The environment of this process, typed and validated, read at each access. */
export const env: Readonly<Env> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      ENV_NAMES.map((name) => [
        name,
        {
          enumerable: true,
          get() {
            const raw = process.env[name];
            const last = parsed.get(name);
            if (last && last.raw === raw) return last.value;
            const value = readEnvVar(name);
            parsed.set(name, { raw, value });
            return value;
          },
        },
      ]),
    ),
  ),
) as Readonly<Env>;
