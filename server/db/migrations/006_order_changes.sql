-- 006: every order row records the transaction that last wrote it, so that the in-memory text
-- search (OrderSearch) can ask "what changed since I last looked" and get every change,
-- whoever made it: a server instance, a command, a restore, or SQL typed by hand.
--
-- A poll reads the rows with changed_xid >= the oldest transaction that was still running at
-- its previous poll (pg_snapshot_xmin): every transaction that commits later has an id at least
-- that high, so none is missed, while some rows may be read twice (harmless).
-- Released migrations are never edited; add a new numbered file instead.

ALTER TABLE orders ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id();

-- A trigger and not the column's default alone: an UPDATE does not apply defaults, and a
-- restore writes the values of the dump.
CREATE FUNCTION orders_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER orders_mark_changed BEFORE INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_mark_changed();

CREATE INDEX orders_changed_xid_idx ON orders (changed_xid);
