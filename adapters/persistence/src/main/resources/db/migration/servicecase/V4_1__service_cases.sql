-- Cases (办件). One row per case with everything the aggregate holds; the audit trail lives in
-- its own append-only table. Items and departments of other contexts are referenced by code
-- only: no foreign key leaves this context.

CREATE TABLE service_case (
    id                      uuid         PRIMARY KEY,
    number                  varchar(40)  COLLATE "C" NOT NULL,
    item_code               varchar(64)  NOT NULL,
    item_version            integer      NOT NULL,
    item_name               text         NOT NULL,
    department              varchar(64)  NOT NULL,
    applicant_name          text         NOT NULL,
    applicant_id_number     varchar(18)  NOT NULL,
    applicant_phone         varchar(32)  NOT NULL,
    status                  varchar(32)  NOT NULL,
    received_at             timestamptz  NOT NULL,
    received_on             date         NOT NULL,
    received_by             varchar(64)  NOT NULL,
    submission_round        integer      NOT NULL CHECK (submission_round >= 1),
    round_received_on       date         NOT NULL,
    accepted_on             date,
    statutory_day0          date,
    statutory_limit_amount  integer,
    statutory_limit_unit    varchar(16),
    promised_day0           date,
    promised_limit_amount   integer,
    promised_limit_unit     varchar(16),
    completed_on            date,
    transition_count        integer      NOT NULL,
    version                 bigint       NOT NULL,
    CONSTRAINT service_case_number_key UNIQUE (number),
    CONSTRAINT service_case_statutory_clock_whole CHECK (
        (statutory_day0 IS NULL) = (statutory_limit_amount IS NULL)
        AND (statutory_day0 IS NULL) = (statutory_limit_unit IS NULL)),
    CONSTRAINT service_case_promised_clock_whole CHECK (
        (promised_day0 IS NULL) = (promised_limit_amount IS NULL)
        AND (promised_day0 IS NULL) = (promised_limit_unit IS NULL))
);

-- Case lists: a department's cases, optionally of one status, newest first.
CREATE INDEX service_case_department_status_received_idx
    ON service_case (department, status, received_at DESC, number DESC);
CREATE INDEX service_case_department_received_idx
    ON service_case (department, received_at DESC, number DESC);
CREATE INDEX service_case_status_received_idx
    ON service_case (status, received_at DESC, number DESC);
CREATE INDEX service_case_received_idx
    ON service_case (received_at DESC, number DESC);

-- The materials counted as handed in (by the item's material code).
CREATE TABLE service_case_material (
    case_id       uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    material_code varchar(32) NOT NULL,
    PRIMARY KEY (case_id, material_code)
);

-- One-time notices (一次性告知书), at most one per submission round, and their lines.
CREATE TABLE one_time_notice (
    case_id          uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    notice_position  integer     NOT NULL,
    submission_round integer     NOT NULL,
    issued_on        date        NOT NULL,
    issued_by        varchar(64) NOT NULL,
    PRIMARY KEY (case_id, notice_position),
    CONSTRAINT one_time_notice_round_key UNIQUE (case_id, submission_round)
);

CREATE TABLE one_time_notice_item (
    case_id         uuid        NOT NULL,
    notice_position integer     NOT NULL,
    item_position   integer     NOT NULL,
    material_code   varchar(32) NOT NULL,
    material_name   text        NOT NULL,
    defect          text,
    PRIMARY KEY (case_id, notice_position, item_position),
    FOREIGN KEY (case_id, notice_position) REFERENCES one_time_notice (case_id, notice_position) ON DELETE CASCADE
);

-- Pauses (中止计时) and extensions (延长期限) of a case's statutory or promised clock.
CREATE TABLE case_clock_pause (
    case_id     uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    clock       varchar(16) NOT NULL CHECK (clock IN ('STATUTORY', 'PROMISED')),
    from_day    date        NOT NULL,
    to_day      date,
    kind        varchar(32) NOT NULL,
    legal_basis text        NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_clock_extension (
    case_id      uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    clock        varchar(16) NOT NULL CHECK (clock IN ('STATUTORY', 'PROMISED')),
    working_days integer     NOT NULL CHECK (working_days >= 1),
    approved_by  text        NOT NULL,
    reason       text        NOT NULL,
    approved_on  date        NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- The audit trail (实时留痕): one row per step, appended when the step is stored and never
-- changed afterwards; the trigger below turns any attempt to rewrite history into an error.
CREATE TABLE case_transition (
    case_id          uuid         NOT NULL REFERENCES service_case (id),
    sequence         integer      NOT NULL CHECK (sequence >= 1),
    action           varchar(32)  NOT NULL,
    from_status      varchar(32),
    to_status        varchar(32)  NOT NULL,
    actor            varchar(64)  NOT NULL,
    actor_department varchar(64),
    at               timestamptz  NOT NULL,
    note             text,
    PRIMARY KEY (case_id, sequence)
);

CREATE FUNCTION case_transition_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'case_transition is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER case_transition_append_only
    BEFORE UPDATE OR DELETE ON case_transition
    FOR EACH ROW EXECUTE FUNCTION case_transition_is_append_only();

-- Case numbers (办件编号): the last sequence value handed out per region code and day.
CREATE TABLE case_number_sequence (
    region_code varchar(12) NOT NULL,
    day         date        NOT NULL,
    last_value  bigint      NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (region_code, day)
);
