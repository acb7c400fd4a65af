-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email_friend_requests" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "email_scheduled_sessions" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "email_session_started" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "last_seen_at" TIMESTAMPTZ(3),
ADD COLUMN     "show_presence" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "mail_outbox" (
    "id" SERIAL NOT NULL,
    "recipient_id" INTEGER,
    "to_address" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "dropped_at" TIMESTAMPTZ(3),
    "drop_reason" TEXT,

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox"("next_attempt_at");

-- CreateIndex
CREATE INDEX "mail_outbox_recipient_id_created_at_idx" ON "mail_outbox"("recipient_id", "created_at");

-- AddForeignKey
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
