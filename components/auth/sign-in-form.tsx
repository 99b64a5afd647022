"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type FormError = "invalid" | "locked" | "busy" | "not_registered" | "unexpected";

/**
 * What next-auth's sign-in answer means: "CredentialsSignin" is a wrong e-mail or password,
 * "locked" and "busy" come from lib/auth/options.ts; anything else (a failure in the
 * server) is not the user's password, and is not worded as if it were.
 */
function formErrorOf(code: string | null | undefined): FormError {
  if (code === "CredentialsSignin") return "invalid";
  if (code === "locked" || code === "busy") return code;
  return "unexpected";
}

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
      setError(formErrorOf(result?.error));
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
          <Input name="email" type="email" autoComplete="username" required />
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-medium">{t("password")}</span>
          <Input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <FormMessage tone="error" className="text-sm" data-testid="sign-in-error">
            {t(`error.${error}`)}
          </FormMessage>
        )}
        <Button type="submit" size="lg" disabled={pending} className="w-full">
          {pending ? t("signingIn") : t("submit")}
        </Button>
      </form>
      {oidcName && (
        <Button
          variant="secondary"
          size="lg"
          onClick={() => signIn("oidc", { callbackUrl: callbackPath })}
          className="w-full text-sm"
        >
          {t("withProvider", { provider: oidcName })}
        </Button>
      )}
    </div>
  );
}
