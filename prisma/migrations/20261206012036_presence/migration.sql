-- CreateTable
CREATE TABLE "presence_offline_due" (
    "user_id" INTEGER NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "presence_offline_due_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "presence_offline_due_due_at_idx" ON "presence_offline_due"("due_at");

-- CreateIndex
CREATE INDEX "event_stream_leases_expires_at_idx" ON "event_stream_leases"("expires_at");

-- AddForeignKey
ALTER TABLE "presence_offline_due" ADD CONSTRAINT "presence_offline_due_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Presence (README, Presence): a user is online while one of their event-stream leases is
-- live (lib/live/stream-leases.ts) and for a grace period after the last one closed, so a
-- reload does not flicker. The one definition, used by lib/presence and the sweep below.
-- last_seen_at does not fire the change feed's users trigger (it names its columns), so
-- writing it evicts no cache.
CREATE FUNCTION pairline_is_online(p_user_id integer, p_grace_seconds integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM event_stream_leases WHERE user_id = p_user_id AND expires_at > now())
      OR EXISTS (SELECT 1 FROM users WHERE id = p_user_id AND last_seen_at > now() - make_interval(secs => p_grace_seconds));
$$;

-- Streams closed: their leases go, their users were seen now, and each user's friends are
-- told they went offline once the grace period has passed (a row, so it survives a crash
-- of this instance; pairline_sweep_presence sends it).
CREATE FUNCTION pairline_release_stream_leases(p_ids text[], p_grace_seconds integer) RETURNS void
LANGUAGE sql VOLATILE AS $$
  WITH gone AS (DELETE FROM event_stream_leases WHERE id = ANY(p_ids) RETURNING user_id),
  seen AS (UPDATE users SET last_seen_at = now() WHERE id IN (SELECT user_id FROM gone) RETURNING id)
  INSERT INTO presence_offline_due (user_id, due_at) SELECT id, now() + make_interval(secs => p_grace_seconds) FROM seen
  ON CONFLICT (user_id) DO UPDATE SET due_at = EXCLUDED.due_at;
$$;

-- Run by every instance with streams, now and then and after each grace period: a lease
-- of a crashed instance counts as a stream closed when it expired (last seen then, offline
-- a grace period later, as if it had closed cleanly), and every user
-- whose offline notice is due and who is still offline is announced on the change feed
-- (kind 'presence'; the hubs tell that user's friends). DELETE ... RETURNING claims each
-- row for one instance only. Returns the users announced.
CREATE FUNCTION pairline_sweep_presence(p_grace_seconds integer) RETURNS SETOF integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  due record;
  seen timestamptz;
BEGIN
  WITH expired AS (DELETE FROM event_stream_leases WHERE expires_at <= now() RETURNING user_id, expires_at),
  latest AS (SELECT user_id, max(expires_at) AS at FROM expired GROUP BY user_id),
  marked AS (
    UPDATE users SET last_seen_at = greatest(coalesce(users.last_seen_at, latest.at), latest.at)
    FROM latest WHERE users.id = latest.user_id RETURNING users.id
  )
  INSERT INTO presence_offline_due (user_id, due_at) SELECT id, now() FROM marked ON CONFLICT (user_id) DO NOTHING;

  FOR due IN DELETE FROM presence_offline_due WHERE due_at <= now() RETURNING user_id LOOP
    IF EXISTS (SELECT 1 FROM event_stream_leases WHERE user_id = due.user_id AND expires_at > now()) THEN
      CONTINUE; -- back online: its next release writes a new row
    END IF;
    SELECT last_seen_at INTO seen FROM users WHERE id = due.user_id;
    IF seen > now() - make_interval(secs => p_grace_seconds) THEN
      INSERT INTO presence_offline_due (user_id, due_at) VALUES (due.user_id, seen + make_interval(secs => p_grace_seconds))
      ON CONFLICT (user_id) DO UPDATE SET due_at = EXCLUDED.due_at;
      CONTINUE;
    END IF;
    PERFORM pairline_announce('presence', to_json(due.user_id), ARRAY[due.user_id]);
    RETURN NEXT due.user_id;
  END LOOP;
END $$;
