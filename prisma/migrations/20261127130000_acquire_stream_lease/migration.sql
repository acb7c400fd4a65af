-- Takes a lease for one more open event stream (lib/live/stream-leases.ts) in a single
-- call: lock the user's row, drop their expired leases, count the live ones and insert
-- one if there is room. One round trip instead of an interactive transaction that held a
-- pool connection through six, which starved the pool when 1,000 streams opened at once
-- (bench/event-streams.ts). Each statement of a VOLATILE plpgsql function reads a fresh
-- snapshot, so after waiting for the row lock the count sees every lease committed by
-- the caller's predecessors. Returns 0 when the lease was taken, else the seconds until
-- the oldest live lease expires (when the caller may try again).
CREATE FUNCTION pairline_acquire_stream_lease(p_id text, p_user_id integer, p_limit integer, p_lease_seconds integer)
RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  live integer;
  oldest timestamptz;
BEGIN
  PERFORM 1 FROM users WHERE id = p_user_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such user %', p_user_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  DELETE FROM event_stream_leases WHERE user_id = p_user_id AND expires_at <= now();
  SELECT count(*), min(expires_at) INTO live, oldest FROM event_stream_leases WHERE user_id = p_user_id;
  IF live >= p_limit THEN
    RETURN greatest(1, ceil(extract(epoch FROM oldest - now())))::integer;
  END IF;
  INSERT INTO event_stream_leases (id, user_id, expires_at) VALUES (p_id, p_user_id, now() + make_interval(secs => p_lease_seconds));
  RETURN 0;
END $$;
