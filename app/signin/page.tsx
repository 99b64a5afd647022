import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentViewer } from "@/lib/auth/viewer";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { env } from "@/lib/env";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getCurrentViewer()) redirect(callbackPath);
  const t = await getTranslations("auth");
  const error = typeof params.error === "string" ? params.error : null;
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted">{t("intro")}</p>
      <SignInForm
        callbackPath={callbackPath}
        initialError={error === "not_registered" ? "not_registered" : null}
        oidcName={env.AUTH_OIDC_ISSUER ? env.AUTH_OIDC_NAME || t("sso") : null}
      />
    </div>
  );
}
