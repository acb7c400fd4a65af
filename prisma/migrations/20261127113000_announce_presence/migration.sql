-- Presence joins the change feed (lib/changes, migration 20261127093000_change_feed): who is
-- in the meeting (`in_meeting`, lib/sessions/presence.ts) is read from the session's
-- `joined`/`left` audit entries, which do not touch the sessions row. Announcing them as a
-- change of their session evicts the feed-kept caches of that session (join eligibility,
-- session lists) on every instance, so presence shows within one poll.
CREATE FUNCTION pairline_presence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s sessions%ROWTYPE;
BEGIN
  SELECT * INTO s FROM sessions WHERE sessions.id = NEW.session_id;
  PERFORM pairline_announce('session', to_json(NEW.session_id), ARRAY[s.initiator_id, s.participant_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER audit_logs_announce_presence AFTER INSERT ON audit_logs
  FOR EACH ROW WHEN (NEW.event_type IN ('joined', 'left'))
  EXECUTE FUNCTION pairline_presence_changed();
