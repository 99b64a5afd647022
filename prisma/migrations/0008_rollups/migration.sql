-- CreateTable
CREATE TABLE "PostDayRollup" (
    "accountId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "reactedPosts" INTEGER NOT NULL,
    "reactions" INTEGER NOT NULL,
    "lastPostedAt" DATETIME NOT NULL,
    "postsToDate" INTEGER NOT NULL,
    "reactedToDate" INTEGER NOT NULL,
    "reactionsToDate" INTEGER NOT NULL,

    PRIMARY KEY ("accountId", "category", "day"),
    CONSTRAINT "PostDayRollup_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThemeDayRollup" (
    "missionId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,
    "postsToDate" INTEGER NOT NULL,

    PRIMARY KEY ("missionId", "themeId", "day"),
    CONSTRAINT "ThemeDayRollup_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ThemeDayRollup_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkDayRollup" (
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "posts" INTEGER NOT NULL,

    PRIMARY KEY ("accountId", "day", "handle", "type"),
    CONSTRAINT "LinkDayRollup_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ThemeDayRollup_themeId_day_idx" ON "ThemeDayRollup"("themeId", "day");

-- CreateIndex
CREATE INDEX "LinkDayRollup_handle_day_idx" ON "LinkDayRollup"("handle", "day");

