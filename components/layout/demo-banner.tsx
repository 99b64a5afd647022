import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

export async function DemoBanner() {
  const t = await getTranslations("app");
  return (
    <Alert tone="info" className="mb-4" data-testid="demo-banner">
      {t("demoBanner")}
    </Alert>
  );
}
