import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRow } from "@/components/admin/manage-user";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { listMissionOptions, listUsers } from "@/lib/data/users";
import { openPage } from "@/lib/page-opening";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function AdminUsersPage() {
  // To anyone else the page does not exist.
  const { viewer } = await openPage({ path: "/admin/users", permission: "manage:users" });
  const [t, tRole, format, users, missions] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("auth.role"),
    getFormatter(),
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
      <section aria-labelledby="user-list-heading">
        <div className="mb-2 flex flex-wrap items-baseline gap-3">
          <h2 id="user-list-heading" className="text-lg font-semibold">
            {t("listHeading")}
          </h2>
          <span className="text-sm text-muted" data-testid="user-count">
            {t("count", { count: users.length })}
          </span>
        </div>
        <Table>
          <thead>
            <tr>
              <Th scope="col">{t("name")}</Th>
              <Th scope="col" className="hidden sm:table-cell">
                {t("email")}
              </Th>
              <Th scope="col">{t("role")}</Th>
              <Th scope="col">{t("mission")}</Th>
              <Th scope="col">{t("status")}</Th>
              <Th scope="col">{t("lastSignIn")}</Th>
              <Th scope="col">{t("manage")}</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow
                key={user.id}
                user={{ id: user.id, name: user.name, role: user.role, missionId: user.missionId, isActive: user.isActive }}
                email={user.email}
                missions={missions}
                isSelf={user.id === viewer.userId}
                columns={7}
              >
                <Td className="min-w-40 font-medium">
                  {user.name}
                  {user.id === viewer.userId && <span className="ml-1 text-xs font-normal text-muted">({t("you")})</span>}
                  {/* On a phone the e-mail moves under the name, leaving room for the other columns. */}
                  <span className="block text-xs font-normal text-muted [overflow-wrap:anywhere] sm:hidden">{user.email}</span>
                </Td>
                <Td className="hidden whitespace-nowrap sm:table-cell">{user.email}</Td>
                <Td className="whitespace-nowrap">{tRole(user.role)}</Td>
                <Td>{user.missionName ?? t("noMission")}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    <Badge tone={user.isActive ? "success" : "neutral"} data-testid="user-status">
                      {user.isActive ? t("active") : t("inactive")}
                    </Badge>
                    {user.isDemo && (
                      <Badge tone="warning" title={t("demoHint")}>
                        {t("demo")}
                      </Badge>
                    )}
                  </div>
                </Td>
                <Td className="whitespace-nowrap">
                  {user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}
                </Td>
              </UserRow>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
