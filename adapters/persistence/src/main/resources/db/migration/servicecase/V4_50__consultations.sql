-- Consultations (咨询) under first-contact responsibility (首问负责): one row per consultation with
-- everything the aggregate holds, the referral (首问转办) flattened into it; the steps live in their
-- own append-only table. Items, departments and cases are referenced by code or id only.

CREATE TABLE consultation (
    id                  uuid          PRIMARY KEY,
    channel             varchar(16)   NOT NULL,
    enquirer_name       text          NOT NULL,
    enquirer_phone      varchar(32)   NOT NULL,
    question            text          NOT NULL,
    item_code           varchar(64),
    department          varchar(64)   NOT NULL,
    origin_department   varchar(64)   NOT NULL,
    first_contact_clerk varchar(64)   NOT NULL,
    responsible_clerk   varchar(64)   NOT NULL,
    state               varchar(32)   NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    answer              text,
    answered_by         varchar(64),
    closed_at           timestamptz,
    case_id             uuid,
    case_number         varchar(40),
    referral_from       varchar(64),
    referral_to         varchar(64),
    referral_reason     text,
    referred_by         varchar(64),
    referred_at         timestamptz,
    acknowledged_by     varchar(64),
    acknowledged_at     timestamptz,
    transition_count    integer       NOT NULL CHECK (transition_count >= 1),
    version             bigint        NOT NULL,
    CONSTRAINT consultation_referral_whole CHECK (
        (referral_from IS NULL) = (referral_to IS NULL) AND (referral_from IS NULL) = (referred_at IS NULL)),
    CONSTRAINT consultation_application_whole CHECK ((case_id IS NULL) = (case_number IS NULL))
);

-- A department's list, newest first; and what it referred on that nobody acknowledged yet.
CREATE INDEX consultation_department_recorded_idx ON consultation (department, recorded_at DESC);
CREATE INDEX consultation_referral_pending_idx ON consultation (referral_from, recorded_at DESC)
    WHERE state = 'REFERRED';
-- "Mine": the open consultations a clerk answers for.
CREATE INDEX consultation_responsible_open_idx ON consultation (responsible_clerk, recorded_at DESC)
    WHERE state IN ('OPEN', 'REFERRED', 'ACKNOWLEDGED');

CREATE TABLE consultation_transition (
    consultation_id  uuid         NOT NULL REFERENCES consultation (id),
    sequence         integer      NOT NULL CHECK (sequence >= 1),
    action           varchar(32)  NOT NULL,
    from_state       varchar(32),
    to_state         varchar(32)  NOT NULL,
    actor            varchar(64)  NOT NULL,
    actor_department varchar(64),
    acting_for       varchar(64),
    at               timestamptz  NOT NULL,
    note             text,
    PRIMARY KEY (consultation_id, sequence)
);

CREATE FUNCTION consultation_transition_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'consultation_transition is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER consultation_transition_append_only
    BEFORE UPDATE OR DELETE ON consultation_transition
    FOR EACH ROW EXECUTE FUNCTION consultation_transition_is_append_only();
