"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

type FormError = "invalid" | "locked" | "not_registered" | "unexpected";

export function SignInForm({
  callbackPath,
  initialError,
  oidcName,
}: {
  callbackPath: string;
  initialError: FormError | null;
  oidcName: string | null;
}) {
  const t = useTranslations("auth");
  const [error, setError] = useState<FormError | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full load, so every server component renders with the new session.
        window.location.assign(callbackPath);
        return;
      }
      setError(result?.error === "locked" ? "locked" : result?.error ? "invalid" : "unexpected");
    } catch {
      setError("unexpected");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-border bg-card p-4" noValidate>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t("email")}</span>
          <input name="email" type="email" autoComplete="username" required className="w-full rounded border border-border bg-background px-2 py-1.5" />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t("password")}</span>
          <input name="password" type="password" autoComplete="current-password" required className="w-full rounded border border-border bg-background px-2 py-1.5" />
        </label>
        {error && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300" data-testid="sign-in-error">
            {t(`error.${error}`)}
          </p>
        )}
        <button type="submit" disabled={pending} className="w-full rounded bg-accent px-3 py-2 font-medium text-white disabled:opacity-60 dark:text-slate-900">
          {pending ? t("signingIn") : t("submit")}
        </button>
      </form>
      {oidcName && (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl: callbackPath })}
          className="w-full rounded border border-border px-3 py-2 text-sm hover:border-accent"
        >
          {t("withProvider", { provider: oidcName })}
        </button>
      )}
    </div>
  );
}
