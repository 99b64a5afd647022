-- AlterTable
ALTER TABLE "Account" ADD COLUMN "platformUserId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Account_platform_platformUserId_key" ON "Account"("platform", "platformUserId");

