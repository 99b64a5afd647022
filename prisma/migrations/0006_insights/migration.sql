-- CreateTable
CREATE TABLE "Stakeholder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT,
    "category" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "labelledById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Stakeholder_labelledById_fkey" FOREIGN KEY ("labelledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissionHoliday" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "missionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "MissionHoliday_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MissionStaffTime" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "missionId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "hours" REAL NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MissionStaffTime_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MissionStaffTime_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlatformAdoption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "ministries" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Mission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT,
    "country" TEXT NOT NULL,
    "city" TEXT,
    "region" TEXT,
    "timeZone" TEXT NOT NULL,
    "hostLanguages" TEXT NOT NULL DEFAULT '',
    "engagementTarget" TEXT NOT NULL DEFAULT 'engage',
    "workdayStartMinute" INTEGER NOT NULL DEFAULT 540,
    "workdayEndMinute" INTEGER NOT NULL DEFAULT 1080,
    "weekendDays" TEXT NOT NULL DEFAULT '6,7',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Mission" ("city", "country", "countryCode", "createdAt", "hostLanguages", "id", "isDemo", "kind", "name", "region", "slug", "timeZone", "updatedAt") SELECT "city", "country", "countryCode", "createdAt", "hostLanguages", "id", "isDemo", "kind", "name", "region", "slug", "timeZone", "updatedAt" FROM "Mission";
DROP TABLE "Mission";
ALTER TABLE "new_Mission" RENAME TO "Mission";
CREATE UNIQUE INDEX "Mission_slug_key" ON "Mission"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Stakeholder_category_idx" ON "Stakeholder"("category");

-- CreateIndex
CREATE UNIQUE INDEX "Stakeholder_platform_handle_key" ON "Stakeholder"("platform", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "MissionHoliday_missionId_day_key" ON "MissionHoliday"("missionId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "MissionStaffTime_missionId_quarter_key" ON "MissionStaffTime"("missionId", "quarter");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAdoption_platform_source_year_key" ON "PlatformAdoption"("platform", "source", "year");

