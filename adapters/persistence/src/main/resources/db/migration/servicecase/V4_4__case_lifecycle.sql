-- The case lifecycle (办件全流程): channels, refusal, deemed acceptance, 容缺受理, the procedure's
-- steps, special procedures, the extension, the decision, certificate, delivery and fees.

ALTER TABLE service_case
    ADD COLUMN channel                   varchar(16) NOT NULL DEFAULT 'WINDOW'
        CHECK (channel IN ('WINDOW', 'AGENT', 'ONLINE')),
    -- 代办: the village agent, beside (never instead of) the applicant.
    ADD COLUMN agent_name                text,
    ADD COLUMN agent_id_number           varchar(18),
    ADD COLUMN agent_phone               varchar(32),
    ADD COLUMN agent_station_code        varchar(32),
    ADD COLUMN pre_application_reference varchar(64),
    ADD COLUMN deemed                    boolean     NOT NULL DEFAULT false,
    -- 容缺受理: material codes separated by commas (codes are letters, digits, '_' and '-').
    ADD COLUMN deferred_materials        text,
    ADD COLUMN deferred_commitment       text,
    ADD COLUMN deferred_supply_by        date,
    ADD COLUMN deferred_supplied_on      date,
    ADD COLUMN refusal_legal_basis       text,
    ADD COLUMN refusal_reason            text,
    ADD COLUMN refusal_refused_on        date,
    ADD COLUMN refusal_refused_by        varchar(64),
    ADD COLUMN withdrawal_withdrawn_on   date,
    ADD COLUMN withdrawal_reason         text,
    ADD COLUMN withdrawal_recorded_by    varchar(64),
    ADD COLUMN extension_working_days    integer CHECK (extension_working_days >= 1),
    ADD COLUMN extension_approved_by     text,
    ADD COLUMN extension_reason          text,
    ADD COLUMN extension_approved_on     date,
    ADD COLUMN extension_applicant_told_on date,
    ADD COLUMN extension_joint           boolean,
    ADD COLUMN decision_outcome          varchar(16) CHECK (decision_outcome IN ('APPROVED', 'DENIED')),
    ADD COLUMN decision_legal_basis      text,
    ADD COLUMN decision_reason           text,
    ADD COLUMN decision_decided_on       date,
    ADD COLUMN decision_decided_by       varchar(64),
    ADD COLUMN decision_certificate_due_date date,
    ADD COLUMN certificate_number        varchar(64),
    ADD COLUMN certificate_issued_on     date,
    ADD COLUMN certificate_issued_by     varchar(64),
    ADD COLUMN certificate_serve_by      date,
    ADD COLUMN certificate_within_limit  boolean,
    ADD COLUMN delivery_method           varchar(16) CHECK (delivery_method IN ('PICKUP', 'MAIL')),
    ADD COLUMN delivery_delivered_on     date,
    ADD COLUMN delivery_recorded_by      varchar(64),
    ADD COLUMN delivery_collected_by     text,
    ADD COLUMN delivery_id_checked       boolean,
    ADD COLUMN delivery_by_applicant     boolean,
    ADD COLUMN delivery_carrier          text,
    ADD COLUMN delivery_tracking_number  varchar(64),
    -- 一票制: one collection per case; the fee names separated by U+001F.
    ADD COLUMN fee_receipt_number        varchar(64),
    ADD COLUMN fee_amount                numeric(12, 2),
    ADD COLUMN fee_catalog_amount        numeric(12, 2),
    ADD COLUMN fee_fee_names             text,
    ADD COLUMN fee_collected_on          date,
    ADD COLUMN fee_collected_by          varchar(64),
    ADD COLUMN refund_amount             numeric(12, 2),
    ADD COLUMN refund_reason             text,
    ADD COLUMN refund_refunded_on        date,
    ADD COLUMN refund_refunded_by        varchar(64),
    -- The due dates as of the last change, for work queues and the supervision sweep: empty unless
    -- the case is accepted and its clocks run (not during a special procedure).
    ADD COLUMN promised_due_on           date,
    ADD COLUMN statutory_due_on          date,
    ADD COLUMN current_step_position     integer,
    ADD COLUMN current_step_due_on       date,
    ADD COLUMN current_step_role         varchar(32),
    ADD CONSTRAINT service_case_agent_whole CHECK ((channel = 'AGENT') = (agent_name IS NOT NULL));

-- Sweeps for the next cases due, per limit, and for steps overrunning their own limit.
CREATE INDEX service_case_promised_due_idx ON service_case (promised_due_on, department)
    WHERE promised_due_on IS NOT NULL;
CREATE INDEX service_case_statutory_due_idx ON service_case (statutory_due_on, department)
    WHERE statutory_due_on IS NOT NULL;
CREATE INDEX service_case_step_due_idx ON service_case (current_step_due_on, current_step_role, department)
    WHERE current_step_due_on IS NOT NULL;
-- Deemed acceptance (Art. 32): the cases still merely received, oldest round first.
CREATE INDEX service_case_awaiting_acceptance_idx ON service_case (round_received_on)
    WHERE status = 'SUBMITTED';

-- The steps of the item's procedure as the case walks them (办理环节).
CREATE TABLE case_step (
    case_id            uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    position           integer     NOT NULL,
    name               text        NOT NULL,
    handler_role       text        NOT NULL,
    required_role      varchar(32) NOT NULL,
    limit_working_days integer     NOT NULL CHECK (limit_working_days >= 0),
    special            boolean     NOT NULL,
    started_on         date,
    due_on             date,
    completed_on       date,
    completed_by       varchar(64),
    acting_for         varchar(64),
    opinion            text,
    PRIMARY KEY (case_id, position),
    CONSTRAINT case_step_opinion_on_completion CHECK ((completed_on IS NULL) = (opinion IS NULL))
);

-- Special procedures (特别程序, Art. 45) with the written notice that told the applicant.
CREATE TABLE case_pause (
    case_id          uuid        NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    procedure        varchar(32) NOT NULL,
    notice_reference text        NOT NULL,
    noticed_on       date        NOT NULL,
    from_day         date        NOT NULL,
    to_day           date,
    PRIMARY KEY (case_id, position)
);

-- The fees the case's item version prescribes (收费项目), and their waivers (减免).
CREATE TABLE case_fee_line (
    case_id        uuid           NOT NULL REFERENCES service_case (id) ON DELETE CASCADE,
    position       integer        NOT NULL,
    name           text           NOT NULL,
    catalog_amount numeric(12, 2) NOT NULL CHECK (catalog_amount >= 0),
    basis          text           NOT NULL,
    waived         boolean        NOT NULL,
    waiver_reason  text,
    PRIMARY KEY (case_id, position)
);

-- Case numbers under the county's pattern: one counter per scope (the number without its counter).
CREATE TABLE case_number_counter (
    scope      varchar(80) PRIMARY KEY,
    last_value bigint      NOT NULL CHECK (last_value >= 1)
);

-- The counters handed out so far under the default pattern carry on.
INSERT INTO case_number_counter (scope, last_value)
SELECT region_code || '-' || to_char(day, 'YYYYMMDD') || '-{seq}', last_value FROM case_number_sequence;
