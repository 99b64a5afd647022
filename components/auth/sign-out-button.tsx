"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

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
    <Button variant="link" onClick={signOutHere} className="text-xs">
      {t("signOut")}
    </Button>
  );
}
