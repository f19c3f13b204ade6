-- Electronic supervision (电子监察): the read model of supervised cases kept from the case events,
-- warnings and cards, supervisory orders with their replies, and accountability records.

-- Supervised cases: one row per case, written by the event projector only.
CREATE TABLE supervision_case (
    case_id                 varchar(64)  PRIMARY KEY,
    case_number             varchar(64),
    item_code               varchar(64),
    department              varchar(32)  NOT NULL,
    window_code             varchar(64),
    channel                 varchar(16),
    online_available        boolean      NOT NULL DEFAULT false,
    stage                   varchar(32)  NOT NULL,
    closed                  boolean      NOT NULL DEFAULT false,
    received_on             date,
    accepted_on             date,
    -- Both due dates are unknown (null) while the clocks are paused.
    promised_due_on         date,
    statutory_due_on        date,
    step_position           integer,
    step_name               text,
    step_handler_role       varchar(64),
    step_started_on         date,
    step_due_on             date,
    closed_on               date,
    within_promised_limit   boolean,
    within_statutory_limit  boolean,
    -- The day the sweep looks at the case next: the next day a threshold is reached; null when none.
    next_check_on           date,
    CONSTRAINT supervision_case_closed_has_no_check CHECK (NOT closed OR next_check_on IS NULL)
);

-- The sweep reads "next check day <= today" in order along this index, and nothing else.
CREATE INDEX supervision_case_next_check_idx ON supervision_case (next_check_on, case_id)
    WHERE next_check_on IS NOT NULL;

-- Open cases by due date, carrying the department: the next cases due, and overdue counts per
-- department, are answered from the index alone.
CREATE INDEX supervision_case_open_promised_due_idx ON supervision_case (promised_due_on) INCLUDE (department)
    WHERE NOT closed;
CREATE INDEX supervision_case_open_statutory_due_idx ON supervision_case (statutory_due_on) INCLUDE (department)
    WHERE NOT closed;

-- Figures read the cases completed in a period.
CREATE INDEX supervision_case_closed_on_idx ON supervision_case (closed_on) WHERE closed;

-- The case events applied to the read model: (case, sequence) identifies an event for ever, so a
-- second delivery finds its row and changes nothing.
CREATE TABLE supervision_applied_event (
    case_id    varchar(64) NOT NULL,
    sequence   integer     NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

-- Pauses of the clocks (中止计时), both ends included; to_day null while the pause lasts.
CREATE TABLE supervision_case_pause (
    case_id    varchar(64) NOT NULL REFERENCES supervision_case (case_id),
    from_day   date        NOT NULL,
    to_day     date,
    kind       varchar(64) NOT NULL,
    PRIMARY KEY (case_id, from_day),
    CONSTRAINT supervision_case_pause_order CHECK (to_day IS NULL OR to_day >= from_day)
);

-- Who handled a case (办理人员), for the figures per staff member.
CREATE TABLE supervision_case_handler (
    case_id    varchar(64) NOT NULL REFERENCES supervision_case (case_id),
    username   varchar(64) NOT NULL,
    PRIMARY KEY (case_id, username)
);

-- Warnings and cards (预警、黄牌、红牌). Exactly one per (case, rule, level), whichever node of the
-- centre found it first: the constraint decides, INSERT … ON CONFLICT DO NOTHING asks it.
-- case_id is the case's id, or for a rule on another record (a disclosure entry) that record's.
CREATE TABLE supervision_warning (
    id               uuid         PRIMARY KEY,
    case_id          varchar(80)  NOT NULL,
    case_number      varchar(64),
    department       varchar(32)  NOT NULL,
    item_code        varchar(64),
    rule             varchar(48)  NOT NULL,
    level            varchar(16)  NOT NULL CHECK (level IN ('WARNING', 'YELLOW_CARD', 'RED_CARD')),
    due_on           date,
    raised_on        date         NOT NULL,
    raised_at        timestamptz  NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'CONTESTED', 'UPHELD', 'REVOKED')),
    contest_reason   text,
    contested_by     varchar(64),
    contested_on     date,
    decision_reason  text,
    decided_by       varchar(64),
    decided_on       date,
    version          bigint       NOT NULL,
    CONSTRAINT supervision_warning_once UNIQUE (case_id, rule, level),
    -- A revoked card keeps the reasons it was revoked for.
    CONSTRAINT supervision_warning_revoked_has_reasons CHECK (status <> 'REVOKED' OR decision_reason IS NOT NULL)
);

CREATE INDEX supervision_warning_raised_idx ON supervision_warning (raised_on DESC, id);
CREATE INDEX supervision_warning_department_idx ON supervision_warning (department, raised_on DESC);

-- Supervisory orders (督办单) with the department's reply (回告).
CREATE TABLE supervision_order (
    id             uuid         PRIMARY KEY,
    department     varchar(32)  NOT NULL,
    case_id        varchar(80),
    warning_id     uuid         REFERENCES supervision_warning (id),
    instruction    text         NOT NULL,
    issued_by      varchar(64)  NOT NULL,
    issued_on      date         NOT NULL,
    reply_due_on   date         NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'REPLIED')),
    reply          text,
    replied_by     varchar(64),
    replied_on     date,
    version        bigint       NOT NULL,
    CONSTRAINT supervision_order_has_subject CHECK (case_id IS NOT NULL OR warning_id IS NOT NULL),
    CONSTRAINT supervision_order_reply_whole CHECK ((status = 'REPLIED') = (reply IS NOT NULL AND replied_on IS NOT NULL))
);

CREATE INDEX supervision_order_department_idx ON supervision_order (department, issued_on DESC);

-- Accountability records (责任追究), linked to cards and staff usernames; kept for ever.
CREATE TABLE supervision_accountability (
    id            uuid         PRIMARY KEY,
    warning_id    uuid         NOT NULL REFERENCES supervision_warning (id),
    case_id       varchar(80)  NOT NULL,
    department    varchar(32)  NOT NULL,
    staff         text[]       NOT NULL CHECK (cardinality(staff) > 0),
    measure       text         NOT NULL,
    reasons       text         NOT NULL,
    recorded_by   varchar(64)  NOT NULL,
    recorded_on   date         NOT NULL,
    recorded_seq  bigserial    NOT NULL
);

CREATE INDEX supervision_accountability_department_idx ON supervision_accountability (department, recorded_seq DESC);
