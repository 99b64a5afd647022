import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Viewer } from "@/lib/auth/permissions";
import type { MissionOption, UserListItem } from "@/lib/data/users";
import { UserRow } from "./manage-user";

/** Every user with their role, mission, status and last sign-in, each row with its management controls. */
export async function UserListSection({
  viewer,
  users,
  missions,
}: {
  viewer: Viewer;
  users: UserListItem[];
  missions: MissionOption[];
}) {
  const [t, tRole, format] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("auth.role"),
    getFormatter(),
  ]);
  return (
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
              user={{
                id: user.id,
                name: user.name,
                role: user.role,
                missionId: user.missionId,
                isActive: user.isActive,
              }}
              email={user.email}
              missions={missions}
              isSelf={user.id === viewer.userId}
              columns={7}
            >
              <Td className="min-w-40 font-medium">
                {user.name}
                {user.id === viewer.userId && <span className="ml-1 text-xs font-normal text-muted">({t("you")})</span>}
                {/* On a phone the e-mail moves under the name, leaving room for the other columns. */}
                <span className="block text-xs font-normal text-muted [overflow-wrap:anywhere] sm:hidden">
                  {user.email}
                </span>
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
                {user.lastSignInAt
                  ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                  : t("never")}
              </Td>
            </UserRow>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
