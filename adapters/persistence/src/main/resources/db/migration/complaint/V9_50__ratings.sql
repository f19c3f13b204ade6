-- Ratings of services (好差评): ratable events, rating codes, ratings, rectifications, appeals.
-- No rater identity is stored: a rating code and the phone it is bound to are kept only as hashes.

CREATE TABLE rating_service (
    id            uuid         PRIMARY KEY,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('CASE', 'TICKET')),
    reference     varchar(64)  NOT NULL,
    number        varchar(64)  NOT NULL,
    department    varchar(32)  NOT NULL,
    subject       varchar(64),
    handlers      text[]       NOT NULL,
    real_name     boolean      NOT NULL,
    ratable_since timestamptz  NOT NULL,
    CONSTRAINT rating_service_once UNIQUE (kind, reference)
);
CREATE INDEX rating_service_by_number ON rating_service (kind, number);

CREATE TABLE rating_invitation (
    code_hash  char(64)    PRIMARY KEY,
    service_id uuid        NOT NULL REFERENCES rating_service (id),
    phone_hash char(64)    NOT NULL,
    tail_hash  char(64)    NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE TABLE rating (
    id          uuid         PRIMARY KEY,
    service_id  uuid         NOT NULL REFERENCES rating_service (id),
    channel     varchar(16)  NOT NULL,
    level       smallint     NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment     varchar(500),
    real_name   boolean      NOT NULL,
    rated_at    timestamptz  NOT NULL,
    recorded_by varchar(64),
    excluded_as varchar(16)  CHECK (excluded_as IN ('MALICIOUS', 'MISTAKEN')),
    -- 一次一评: one rating per service event and channel, decided here and not by a read beforehand.
    CONSTRAINT rating_once_per_channel UNIQUE (service_id, channel)
);
CREATE INDEX rating_by_time ON rating (rated_at);

-- A rating is never changed or deleted; only a re-review may set its exclusion, once.
CREATE FUNCTION rating_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'ratings are never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.id, NEW.service_id, NEW.channel, NEW.level, NEW.comment, NEW.real_name, NEW.rated_at, NEW.recorded_by)
       IS DISTINCT FROM
       (OLD.id, OLD.service_id, OLD.channel, OLD.level, OLD.comment, OLD.real_name, OLD.rated_at, OLD.recorded_by)
       OR OLD.excluded_as IS NOT NULL THEN
        RAISE EXCEPTION 'a rating is never changed; only a re-review excludes it, once'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER rating_append_only BEFORE UPDATE OR DELETE ON rating
    FOR EACH ROW EXECUTE FUNCTION rating_is_append_only();

CREATE TABLE rating_rectification (
    id                  uuid         PRIMARY KEY,
    rating_id           uuid         NOT NULL UNIQUE REFERENCES rating (id),
    number              varchar(64)  NOT NULL,
    department          varchar(32)  NOT NULL,
    assignees           text[]       NOT NULL,
    real_name           boolean      NOT NULL,
    opened_on           date         NOT NULL,
    due_on              date         NOT NULL,
    return_visit_due_on date,
    reply               text,
    replied_by          varchar(64),
    replied_at          timestamptz,
    visit_caller        varchar(64),
    visit_called_at     timestamptz,
    visit_outcome       text,
    visit_recorded_by   varchar(64),
    visit_recorded_at   timestamptz,
    closed_by           varchar(64),
    closed_at           timestamptz,
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX rating_rectification_open ON rating_rectification (department, due_on) WHERE closed_at IS NULL;

CREATE TABLE rating_appeal (
    id          uuid         PRIMARY KEY,
    rating_id   uuid         NOT NULL REFERENCES rating (id),
    department  varchar(32)  NOT NULL,
    ground      varchar(16)  NOT NULL CHECK (ground IN ('MALICIOUS', 'MISTAKEN')),
    reason      text         NOT NULL,
    filed_by    varchar(64)  NOT NULL,
    filed_at    timestamptz  NOT NULL,
    decision    varchar(16)  CHECK (decision IN ('UPHELD', 'REJECTED')),
    reviewed_by varchar(64),
    reviewed_at timestamptz,
    review_note text
);
-- At most one undecided appeal per rating.
CREATE UNIQUE INDEX rating_appeal_one_pending ON rating_appeal (rating_id) WHERE decision IS NULL;
