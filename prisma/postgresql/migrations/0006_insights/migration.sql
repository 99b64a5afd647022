-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "engagementTarget" TEXT NOT NULL DEFAULT 'engage',
ADD COLUMN     "weekendDays" TEXT NOT NULL DEFAULT '6,7',
ADD COLUMN     "workdayEndMinute" INTEGER NOT NULL DEFAULT 1080,
ADD COLUMN     "workdayStartMinute" INTEGER NOT NULL DEFAULT 540;

-- CreateTable
CREATE TABLE "Stakeholder" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "displayName" TEXT,
    "category" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "labelledById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stakeholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionHoliday" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "MissionHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionStaffTime" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "hours" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MissionStaffTime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformAdoption" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "ministries" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,

    CONSTRAINT "PlatformAdoption_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Stakeholder" ADD CONSTRAINT "Stakeholder_labelledById_fkey" FOREIGN KEY ("labelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionHoliday" ADD CONSTRAINT "MissionHoliday_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionStaffTime" ADD CONSTRAINT "MissionStaffTime_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionStaffTime" ADD CONSTRAINT "MissionStaffTime_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

