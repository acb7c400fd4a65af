-- Read markers join the change feed (lib/changes, migration 20261127093000_change_feed):
-- a marker that moves changes its owner's unread counts, which the owner's event streams
-- (lib/live) send as a `counts` event, on whichever instance holds them. Announced to the
-- owner only: the friend learns nothing about what was read.
CREATE FUNCTION pairline_read_marker_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r chat_read_markers%ROWTYPE;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pairline_announce('read_marker', to_json(r.user_id || ':' || r.conversation_id), ARRAY[r.user_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER chat_read_markers_announce AFTER INSERT OR UPDATE OR DELETE ON chat_read_markers
  FOR EACH ROW EXECUTE FUNCTION pairline_read_marker_changed();
