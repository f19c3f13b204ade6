-- Tickets (诉求工单) with their closed loop. The class is kept as it was when the ticket was taken
-- in: a later change of the county pack does not move the limits of tickets already running.
CREATE TABLE ticket (
    id                           uuid         PRIMARY KEY,
    number                       varchar(32)  NOT NULL UNIQUE,
    class_code                   varchar(32)  NOT NULL,
    class_name                   varchar(64)  NOT NULL,
    class_working_days           integer      NOT NULL CHECK (class_working_days >= 0),
    channel                      varchar(16)  NOT NULL
        CHECK (channel IN ('WINDOW', 'PORTAL', 'SMS', 'HOTLINE', 'TRANSFER_12345')),
    caller_name                  varchar(64),
    -- Sealed (PersonalDataCipher) with its keyed blind index: a dump holds no phone in clear.
    caller_phone                 text,
    caller_phone_index           text,
    caller_email                 varchar(254),
    subject                      varchar(200) NOT NULL,
    description                  text         NOT NULL,
    address                      text,
    latitude                     double precision,
    longitude                    double precision,
    related_case_id              varchar(64),
    related_case_number          varchar(40),
    related_case_department      varchar(32),
    related_case_handlers        text[]       NOT NULL DEFAULT '{}',
    call_id                      varchar(64),
    external_reference           varchar(64),
    received_on                  date         NOT NULL,
    received_at                  timestamptz  NOT NULL,
    due_on                       date         NOT NULL,
    status                       varchar(16)  NOT NULL
        CHECK (status IN ('RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED_IN', 'REPLIED', 'COMPLETED',
                          'FOLLOWED_UP', 'CLOSED')),
    department                   varchar(32),
    dispatched_on                date,
    sign_in_due_on               date,
    reply_text                   text,
    replied_by                   varchar(64),
    replied_at                   timestamptz,
    extension_working_days       integer,
    extension_reason             text,
    extension_requested_by       varchar(64),
    extension_requested_on       date,
    extension_approved_by        varchar(64),
    extension_approved_on        date,
    follow_up_satisfaction       varchar(24),
    follow_up_note               text,
    followed_up_by               varchar(64),
    followed_up_at               timestamptz,
    closed_on                    date,
    reopen_count                 integer      NOT NULL DEFAULT 0,
    supervision_count            integer      NOT NULL DEFAULT 0,
    handlers                     text[]       NOT NULL DEFAULT '{}',
    sign_in_overdue_reported_for date,
    overdue_reported_for         date,
    updated_at                   timestamptz  NOT NULL,
    history_count                integer      NOT NULL,
    version                      bigint       NOT NULL DEFAULT 0,
    -- A ticket is closed only after a reply (the loop refuses it; the table makes sure).
    CONSTRAINT ticket_closed_after_reply CHECK (status <> 'CLOSED' OR reply_text IS NOT NULL)
);

-- The lateness sweep looks only at tickets still without reply.
CREATE INDEX ticket_awaiting_reply ON ticket (due_on, sign_in_due_on)
    WHERE status IN ('RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED_IN');
-- The hotline's screen-pop: the open tickets of the calling number.
CREATE INDEX ticket_open_by_phone ON ticket (caller_phone_index) WHERE status <> 'CLOSED';
CREATE INDEX ticket_by_department ON ticket (department, received_at DESC);
CREATE INDEX ticket_by_received_at ON ticket (received_at DESC);

-- The history (留痕): one row per step, appended and never changed.
CREATE TABLE ticket_transition (
    ticket_id        uuid         NOT NULL REFERENCES ticket (id),
    sequence         integer      NOT NULL CHECK (sequence >= 1),
    action           varchar(32)  NOT NULL,
    from_status      varchar(16),
    to_status        varchar(16)  NOT NULL,
    actor            varchar(64)  NOT NULL,
    actor_department varchar(32),
    at               timestamptz  NOT NULL,
    note             text,
    PRIMARY KEY (ticket_id, sequence)
);

CREATE FUNCTION ticket_transition_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'ticket_transition is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER ticket_transition_append_only
    BEFORE UPDATE OR DELETE ON ticket_transition
    FOR EACH ROW EXECUTE FUNCTION ticket_transition_is_append_only();

-- Ticket numbers (工单编号): the last number handed out per year.
CREATE TABLE ticket_number_sequence (
    year       integer NOT NULL PRIMARY KEY,
    last_value bigint  NOT NULL CHECK (last_value >= 1)
);
