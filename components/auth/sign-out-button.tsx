"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  async function signOutHere() {
    // No redirect from next-auth: its absolute URL would need NEXTAUTH_URL; stay on this host.
    await signOut({ redirect: false });
    router.replace("/signin");
    router.refresh();
  }
  return (
    <button type="button" onClick={signOutHere} className="text-xs text-accent hover:underline">
      {t("signOut")}
    </button>
  );
}
