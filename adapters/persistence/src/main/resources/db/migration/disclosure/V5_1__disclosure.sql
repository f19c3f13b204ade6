-- Open government information (政府信息公开): requests for information, the catalog of proactively
-- disclosed information, the disclosure guide, the sequences for their numbers, and the audit
-- trail of both. No foreign key leaves this context.

CREATE TABLE disclosure_request (
    id                              uuid          PRIMARY KEY,
    number                          varchar(40)   COLLATE "C" NOT NULL,
    requester_kind                  varchar(40)   NOT NULL,
    requester_name                  text          NOT NULL,
    requester_id_number             varchar(18),
    requester_credit_code           varchar(18),
    requester_credit_code_waived    boolean       NOT NULL,
    requester_identifier            varchar(18)   NOT NULL,
    requester_phone                 varchar(32),
    requester_address               text,
    description                     text          NOT NULL,
    channel                         varchar(20)   NOT NULL,
    submitted_at                    timestamptz   NOT NULL,
    submitted_on                    date          NOT NULL,
    received_on                     date,
    status                          varchar(30)   NOT NULL,
    correction_issued_on            date,
    correction_due_on               date,
    correction_issued_by            varchar(64),
    corrected_on                    date,
    clock_day0                      date,
    clock_limit_amount              integer,
    extension_days                  integer,
    extension_approved_by           text,
    extension_reason                text,
    extension_approved_on           date,
    extension_notified_on           date,
    fee_scale                       varchar(20),
    fee_basis                       integer,
    fee_amount                      numeric(12, 2),
    fee_assessed_on                 date,
    deferral_type                   varchar(30),
    deferral_where_to_find          text,
    deferral_delivery               varchar(20),
    deferral_arrangement            text,
    deferral_withholding_ground     varchar(30),
    deferral_reasons                text,
    deferral_legal_basis            text,
    deferral_competent_agency       text,
    deferral_competent_agency_contact text,
    deferral_earlier_reply          text,
    deferral_special_procedure      text,
    deferral_excessive_handling     varchar(20),
    deferral_deferred_until         date,
    deferred_on                     date,
    reply_type                      varchar(30),
    reply_where_to_find             text,
    reply_delivery                  varchar(20),
    reply_arrangement               text,
    reply_withholding_ground        varchar(30),
    reply_reasons                   text,
    reply_legal_basis               text,
    reply_competent_agency          text,
    reply_competent_agency_contact  text,
    reply_earlier_reply             text,
    reply_special_procedure         text,
    reply_excessive_handling        varchar(20),
    reply_deferred_until            date,
    replied_on                      date,
    replied_by                      varchar(64),
    replied_late                    boolean       NOT NULL,
    withdrawal                      varchar(30),
    withdrawn_on                    date,
    withdrawal_reason               text,
    audit_count                     integer       NOT NULL,
    version                         bigint        NOT NULL,
    CONSTRAINT disclosure_request_number_key UNIQUE (number),
    CONSTRAINT disclosure_request_clock_whole CHECK ((clock_day0 IS NULL) = (clock_limit_amount IS NULL)),
    CONSTRAINT disclosure_request_received_when_running CHECK (status = 'AWAITING_CONFIRMATION'
        OR status = 'WITHDRAWN' OR received_on IS NOT NULL)
);

CREATE INDEX disclosure_request_submitted_idx ON disclosure_request (submitted_at DESC, number DESC);
CREATE INDEX disclosure_request_status_idx ON disclosure_request (status, submitted_at DESC);
-- The per-request fee counts an applicant's requests of a calendar month.
CREATE INDEX disclosure_request_requester_idx ON disclosure_request (requester_identifier, received_on);

-- The points of the one correction notice (补正通知).
CREATE TABLE disclosure_correction_point (
    request_id uuid    NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    text       text    NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Pauses of the reply clock (consultations of third parties, Art. 32).
CREATE TABLE disclosure_request_pause (
    request_id  uuid        NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    from_day    date        NOT NULL,
    to_day      date,
    kind        varchar(32) NOT NULL,
    legal_basis text        NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE disclosure_consultation (
    request_id  uuid        NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    third_party text        NOT NULL,
    sent_on     date        NOT NULL,
    due_on      date        NOT NULL,
    ended_on    date,
    opinion     varchar(16),
    PRIMARY KEY (request_id, position)
);

-- Reconsiderations and lawsuits (行政复议、行政诉讼), for the annual report.
CREATE TABLE disclosure_challenge (
    request_id  uuid        NOT NULL REFERENCES disclosure_request (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    number      integer     NOT NULL,
    kind        varchar(40) NOT NULL,
    filed_on    date        NOT NULL,
    outcome     varchar(16) NOT NULL,
    decided_on  date,
    PRIMARY KEY (request_id, position)
);

-- Catalog entries (主动公开目录). The public_* columns hold the masked copy made at publication:
-- public search reads them and never the originals.
CREATE TABLE disclosure_entry (
    id                        uuid         PRIMARY KEY,
    index_number              varchar(64)  COLLATE "C" NOT NULL,
    title                     text         NOT NULL,
    summary                   text         NOT NULL,
    body                      text,
    category                  varchar(16)  NOT NULL,
    department                varchar(64)  NOT NULL,
    made_on                   date         NOT NULL,
    status                    varchar(16)  NOT NULL,
    recorded_at               timestamptz  NOT NULL,
    recorded_by               varchar(64)  NOT NULL,
    changed_on                date         NOT NULL,
    revision                  integer      NOT NULL CHECK (revision >= 1),
    pending_change            boolean      NOT NULL,
    first_published_on        date,
    published_on              date,
    public_title              text,
    public_summary            text,
    public_body               text,
    withdrawn_on              date,
    withdrawn_by              varchar(64),
    withdrawal_reason         text,
    overdue_reported_revision integer      NOT NULL,
    audit_count               integer      NOT NULL,
    version                   bigint       NOT NULL,
    CONSTRAINT disclosure_entry_index_number_key UNIQUE (index_number),
    CONSTRAINT disclosure_entry_public_copy CHECK ((published_on IS NULL) = (public_title IS NULL))
);

CREATE INDEX disclosure_entry_public_idx ON disclosure_entry (status, published_on DESC, index_number DESC);

CREATE TABLE disclosure_entry_name (
    entry_id uuid    NOT NULL REFERENCES disclosure_entry (id) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text    NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE disclosure_attachment (
    entry_id     uuid         NOT NULL REFERENCES disclosure_entry (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    number       integer      NOT NULL,
    file_name    varchar(255) NOT NULL,
    media_type   varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL,
    text         text,
    review       varchar(16)  NOT NULL,
    reviewed_by  varchar(64),
    reviewed_on  date,
    PRIMARY KEY (entry_id, position)
);

-- The masked texts of the attachments as last published (PublicCopy), by attachment position;
-- empty text where the attachment had no checkable text.
CREATE TABLE disclosure_public_text (
    entry_id uuid    NOT NULL REFERENCES disclosure_entry (id) ON DELETE CASCADE,
    position integer NOT NULL,
    text     text,
    PRIMARY KEY (entry_id, position)
);

-- The disclosure guide (公开指南): one current version, replaced as a whole.
CREATE TABLE disclosure_guide (
    id                varchar(16) PRIMARY KEY CHECK (id = 'current'),
    agency_name       text        NOT NULL,
    office            text        NOT NULL,
    address           text,
    office_hours      text,
    phone             varchar(32),
    fax               varchar(32),
    email             text,
    website           text,
    application_notes text,
    updated_on        date        NOT NULL
);

CREATE TABLE disclosure_guide_category (
    guide_id    varchar(16) NOT NULL REFERENCES disclosure_guide (id) ON DELETE CASCADE,
    position    integer     NOT NULL,
    code        varchar(16) NOT NULL,
    name        text        NOT NULL,
    description text,
    PRIMARY KEY (guide_id, position)
);

-- Request numbers and index numbers: the last value handed out per key.
CREATE TABLE disclosure_sequence (
    key        text   PRIMARY KEY,
    last_value bigint NOT NULL CHECK (last_value >= 1)
);

-- The audit trail (留痕) of requests and entries: appended, never changed.
CREATE TABLE disclosure_audit (
    subject_id uuid        NOT NULL,
    sequence   integer     NOT NULL CHECK (sequence >= 1),
    action     varchar(32) NOT NULL,
    actor      varchar(64) NOT NULL,
    at         timestamptz NOT NULL,
    note       text,
    PRIMARY KEY (subject_id, sequence)
);

CREATE FUNCTION disclosure_audit_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'disclosure_audit is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER disclosure_audit_append_only
    BEFORE UPDATE OR DELETE ON disclosure_audit
    FOR EACH ROW EXECUTE FUNCTION disclosure_audit_is_append_only();
