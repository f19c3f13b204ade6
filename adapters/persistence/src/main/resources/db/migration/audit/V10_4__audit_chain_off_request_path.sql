-- The chain leaves the request path (链外串联): a request's transaction only inserts the record's
-- content, numbered by a sequence (no lock, no read of the head); a chainer links the records later,
-- in id order, and fills in their place in the chain (sequence), algorithm, previous hash and hash.
-- The application role may write those four columns, and only while they are empty: a trigger
-- refuses any change of the content, and any change of a chain column once set. DELETE and
-- TRUNCATE stay revoked. Rows written before keep their chain (their id is their sequence).
CREATE SEQUENCE audit_record_id_seq;

ALTER TABLE audit_record ADD COLUMN id BIGINT;
UPDATE audit_record SET id = sequence;
SELECT setval('audit_record_id_seq', GREATEST((SELECT max(id) FROM audit_record), 0) + 1, false);
ALTER TABLE audit_record ALTER COLUMN id SET DEFAULT nextval('audit_record_id_seq');
ALTER TABLE audit_record ALTER COLUMN id SET NOT NULL;
ALTER SEQUENCE audit_record_id_seq OWNED BY audit_record.id;

ALTER TABLE audit_record DROP CONSTRAINT audit_record_pkey;
ALTER TABLE audit_record ADD PRIMARY KEY (id);
-- Still one record per place in the chain: two chainers can never fork it.
ALTER TABLE audit_record ADD CONSTRAINT audit_record_sequence_unique UNIQUE (sequence);
ALTER TABLE audit_record ALTER COLUMN sequence DROP NOT NULL;
ALTER TABLE audit_record ALTER COLUMN algorithm DROP NOT NULL;
ALTER TABLE audit_record ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_record ALTER COLUMN hash DROP NOT NULL;
-- A record is either wholly unchained or wholly chained.
ALTER TABLE audit_record ADD CONSTRAINT audit_record_chained_whole CHECK (
    (sequence IS NULL AND algorithm IS NULL AND previous_hash IS NULL AND hash IS NULL)
    OR (sequence IS NOT NULL AND algorithm IS NOT NULL AND previous_hash IS NOT NULL AND hash IS NOT NULL));
-- When the row was stored, by the database's clock: the verifier reports rows left unchained too long.
ALTER TABLE audit_record ADD COLUMN stored_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp();
-- The chainer reads the unchained records in id order.
CREATE INDEX audit_record_unchained ON audit_record (id) WHERE sequence IS NULL;

CREATE FUNCTION audit_record_chain_once() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (NEW.id, NEW.stored_at, NEW.occurred_at, NEW.utc_offset, NEW.actor, NEW.source_address, NEW.action, NEW.object, NEW.result)
        IS DISTINCT FROM
       (OLD.id, OLD.stored_at, OLD.occurred_at, OLD.utc_offset, OLD.actor, OLD.source_address, OLD.action, OLD.object, OLD.result)
    THEN
        RAISE EXCEPTION 'audit record % is append-only: its content cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.sequence IS NOT NULL OR OLD.algorithm IS NOT NULL OR OLD.previous_hash IS NOT NULL OR OLD.hash IS NOT NULL
    THEN
        RAISE EXCEPTION 'audit record % is chained already: its chain cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_record_chain_once
    BEFORE UPDATE ON audit_record
    FOR EACH ROW
EXECUTE FUNCTION audit_record_chain_once();

REVOKE UPDATE ON audit_record FROM openhall_app;
GRANT UPDATE (sequence, algorithm, previous_hash, hash) ON audit_record TO openhall_app;
GRANT USAGE ON SEQUENCE audit_record_id_seq TO openhall_app;
REVOKE UPDATE ON SEQUENCE audit_record_id_seq FROM openhall_app;
