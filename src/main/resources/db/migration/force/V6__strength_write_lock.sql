-- One row that every write of strength reports locks first (SELECT ... FOR UPDATE), so writers run one after the
-- other: two first writes of the same new place or month can no longer both find it missing and collide on its key.
CREATE TABLE force_strength_write_lock (
    id INTEGER PRIMARY KEY
);

INSERT INTO force_strength_write_lock (id) VALUES (1);
