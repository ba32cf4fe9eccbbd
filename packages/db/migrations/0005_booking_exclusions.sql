-- No double booking, guarded by the database itself: a mentor's confirmed bookings never overlap
-- (including buffers), and neither do an actor's. Overlaps fail with SQLSTATE 23P01.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE bookings ADD CONSTRAINT bookings_mentor_no_overlap
  EXCLUDE USING gist (mentor_id WITH =, tstzrange(blocked_from, blocked_until) WITH &&)
  WHERE (status = 'confirmed');
--> statement-breakpoint
ALTER TABLE bookings ADD CONSTRAINT bookings_actor_no_overlap
  EXCLUDE USING gist (actor_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
  WHERE (status = 'confirmed');
