-- CreateEnum
CREATE TYPE "Invitation" AS ENUM ('proposed', 'accepted');

-- AlterEnum
ALTER TYPE "SessionStatus" ADD VALUE 'scheduled';
ALTER TYPE "SessionStatus" ADD VALUE 'missed';

-- AlterEnum
ALTER TYPE "AuditEventType" ADD VALUE 'scheduled';
ALTER TYPE "AuditEventType" ADD VALUE 'rescheduled';
ALTER TYPE "AuditEventType" ADD VALUE 'invitation_accepted';
ALTER TYPE "AuditEventType" ADD VALUE 'invitation_declined';
ALTER TYPE "AuditEventType" ADD VALUE 'missed';

-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "duration_minutes" INTEGER,
ADD COLUMN     "email_reminder_at" TIMESTAMPTZ(3),
ADD COLUMN     "invitation" "Invitation",
ADD COLUMN     "invitation_by_id" INTEGER,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "scheduled_end" TIMESTAMPTZ(3),
ADD COLUMN     "scheduled_for" TIMESTAMPTZ(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stream_reminder_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "mail_outbox" ADD COLUMN     "calendar_content" TEXT,
ADD COLUMN     "calendar_method" TEXT;

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "user_id" INTEGER NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_secret_hash_key" ON "calendar_feeds"("secret_hash");

-- CreateIndex
CREATE INDEX "sessions_status_scheduled_for_idx" ON "sessions"("status", "scheduled_for");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_invitation_by_id_fkey" FOREIGN KEY ("invitation_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scheduled sessions (README, Scheduling and calendars). The new enum values cannot be used
-- in this transaction (PostgreSQL refuses a just-added value until commit), so nothing
-- below names them. A scheduled session has its time, length and end together.
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_schedule_complete" CHECK (
  ("scheduled_for" IS NULL AND "duration_minutes" IS NULL AND "scheduled_end" IS NULL)
  OR ("scheduled_for" IS NOT NULL AND "duration_minutes" BETWEEN 15 AND 240 AND "scheduled_end" = "scheduled_for" + make_interval(mins => "duration_minutes")));
