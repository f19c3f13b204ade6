-- Online pre-applications (网上预申请) and their pre-review (预审): one row each, the declared
-- materials and the latest request for corrections in child tables rewritten with the row, the
-- steps in their own append-only table.

CREATE TABLE pre_application (
    id                   uuid          PRIMARY KEY,
    reference            varchar(24)   COLLATE "C" NOT NULL,
    item_code            varchar(64)   NOT NULL,
    item_version         integer       NOT NULL,
    department           varchar(64)   NOT NULL,
    applicant_name       text          NOT NULL,
    applicant_id_number  varchar(18)   NOT NULL,
    applicant_phone      varchar(32)   NOT NULL,
    note                 text,
    state                varchar(32)   NOT NULL,
    round                integer       NOT NULL CHECK (round >= 1),
    submitted_at         timestamptz   NOT NULL,
    submitted_on         date          NOT NULL,
    review_due           date          NOT NULL,
    appointment_date     date,
    appointment_slot     varchar(11),
    appointment_window   varchar(64),
    case_id              uuid,
    case_number          varchar(40),
    transition_count     integer       NOT NULL CHECK (transition_count >= 1),
    version              bigint        NOT NULL,
    CONSTRAINT pre_application_reference_key UNIQUE (reference),
    CONSTRAINT pre_application_appointment_whole CHECK (
        (appointment_date IS NULL) = (appointment_slot IS NULL)
        AND (appointment_date IS NULL) = (appointment_window IS NULL)),
    CONSTRAINT pre_application_case_whole CHECK ((case_id IS NULL) = (case_number IS NULL))
);

-- A department's list, most urgent pre-review first; the overdue sweep reads only pending rows.
CREATE INDEX pre_application_department_due_idx ON pre_application (department, review_due, submitted_at);
CREATE INDEX pre_application_pending_due_idx ON pre_application (department, review_due)
    WHERE state = 'PENDING_REVIEW';

CREATE TABLE pre_application_material (
    pre_application_id uuid        NOT NULL REFERENCES pre_application (id) ON DELETE CASCADE,
    material_code      varchar(32) NOT NULL,
    PRIMARY KEY (pre_application_id, material_code)
);

CREATE TABLE pre_application_correction (
    pre_application_id uuid        NOT NULL REFERENCES pre_application (id) ON DELETE CASCADE,
    position           integer     NOT NULL,
    material_code      varchar(32) NOT NULL,
    what               text        NOT NULL,
    PRIMARY KEY (pre_application_id, position)
);

CREATE TABLE pre_application_transition (
    pre_application_id uuid         NOT NULL REFERENCES pre_application (id),
    sequence           integer      NOT NULL CHECK (sequence >= 1),
    action             varchar(32)  NOT NULL,
    from_state         varchar(32),
    to_state           varchar(32)  NOT NULL,
    actor              varchar(64)  NOT NULL,
    actor_department   varchar(64),
    acting_for         varchar(64),
    at                 timestamptz  NOT NULL,
    note               text,
    PRIMARY KEY (pre_application_id, sequence)
);

CREATE FUNCTION pre_application_transition_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'pre_application_transition is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER pre_application_transition_append_only
    BEFORE UPDATE OR DELETE ON pre_application_transition
    FOR EACH ROW EXECUTE FUNCTION pre_application_transition_is_append_only();
