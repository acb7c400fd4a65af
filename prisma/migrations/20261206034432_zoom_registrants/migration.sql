-- AlterEnum
ALTER TYPE "AuditEventType" ADD VALUE 'start_failed';

-- CreateTable
CREATE TABLE "zoom_registrants" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "registrant_id" TEXT NOT NULL,
    "join_url" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zoom_registrants_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "zoom_registrants_meeting_id_registrant_id_idx" ON "zoom_registrants"("meeting_id", "registrant_id");

-- CreateIndex
CREATE INDEX "zoom_registrants_user_id_idx" ON "zoom_registrants"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "zoom_registrants_session_id_user_id_meeting_id_key" ON "zoom_registrants"("session_id", "user_id", "meeting_id");

-- AddForeignKey
ALTER TABLE "zoom_registrants" ADD CONSTRAINT "zoom_registrants_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "zoom_registrants" ADD CONSTRAINT "zoom_registrants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
