-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "AdminActionType" AS ENUM ('user_disabled', 'user_enabled', 'role_changed', 'session_cancelled');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "disabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "disabled_by_id" INTEGER,
ADD COLUMN     "disabled_reason" TEXT,
ADD COLUMN     "status" "UserStatus" NOT NULL DEFAULT 'active';

-- CreateTable
CREATE TABLE "admin_actions" (
    "id" SERIAL NOT NULL,
    "admin_id" INTEGER NOT NULL,
    "action" "AdminActionType" NOT NULL,
    "target_user_id" INTEGER,
    "target_session_id" INTEGER,
    "reason" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "admin_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_actions_target_user_id_id_idx" ON "admin_actions"("target_user_id", "id");

-- CreateIndex
CREATE INDEX "admin_actions_id_idx" ON "admin_actions"("id" DESC);

-- CreateIndex
CREATE INDEX "users_status_idx" ON "users"("status");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_disabled_by_id_fkey" FOREIGN KEY ("disabled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_admin_id_fkey" FOREIGN KEY ("admin_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_target_user_id_fkey" FOREIGN KEY ("target_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_target_session_id_fkey" FOREIGN KEY ("target_session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The admin actions log is append-only: what an admin did cannot be rewritten or erased,
-- not even by the app (README, Admin).
CREATE FUNCTION pairline_admin_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_actions is append-only';
END $$;

CREATE TRIGGER admin_actions_append_only BEFORE UPDATE OR DELETE ON admin_actions
  FOR EACH ROW EXECUTE FUNCTION pairline_admin_actions_append_only();

-- Deleting an account erases the person's name and email from the audit entries the friend
-- keeps (README, Your data; GDPR Art. 17). The log stays append-only otherwise: only inside
-- a transaction that declared the erasure may an entry's text change, never what happened,
-- to which session, by whom or when.
CREATE OR REPLACE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('pairline.erasing_personal_data', true) = 'on'
     AND NEW.id = OLD.id AND NEW.session_id = OLD.session_id AND NEW.event_type = OLD.event_type
     AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.created_at = OLD.created_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_logs is append-only';
END;
$$;
