import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserListSection } from "@/components/admin/user-list-section";
import { listMissionOptions, listUsers } from "@/lib/data/users";
import { openPage } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function AdminUsersPage() {
  // To anyone else the page does not exist.
  const { viewer } = await openPage({ path: "/admin/users", permission: "manage:users" });
  // The missions are the new-user form's choices and each row's.
  const [t, users, missions] = await Promise.all([
    getTranslations("admin.users"),
    listUsers(viewer),
    listMissionOptions(viewer),
  ]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <section className="mb-8">
        <CreateUserForm missions={missions} />
      </section>
      <UserListSection viewer={viewer} users={users} missions={missions} />
    </>
  );
}
