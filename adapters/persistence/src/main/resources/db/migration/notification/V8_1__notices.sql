-- SMS notices (短信通知). The id is derived from (case id, event sequence, template): the primary key
-- is what makes a redelivered case event create no second notice.
CREATE TABLE sms_notice (
    id                 uuid         PRIMARY KEY,
    case_id            text         NOT NULL,
    case_number        text         NOT NULL,
    department         text         NOT NULL,
    template_key       text         NOT NULL,
    vendor_code        text,
    kind               text         NOT NULL CHECK (kind IN ('SERVICE', 'NON_SERVICE')),
    phone              text         NOT NULL,
    text               text         NOT NULL,
    variables          jsonb        NOT NULL,
    segments           integer      NOT NULL CHECK (segments >= 1),
    state              text         NOT NULL CHECK (state IN ('PENDING', 'DEFERRED', 'UNCERTAIN', 'SENT',
                                                              'DELIVERED', 'FAILED', 'REVIEW', 'SUPPRESSED')),
    due_at             timestamptz,
    attempts           integer      NOT NULL DEFAULT 0,
    reconciliations    integer      NOT NULL DEFAULT 0,
    gateway_message_id text,
    last_error         text,
    created_at         timestamptz  NOT NULL,
    sent_at            timestamptz,
    reported_at        timestamptz,
    version            bigint       NOT NULL DEFAULT 0
);

-- The dispatcher's sweep: only notices it still has work with, by due time.
CREATE INDEX sms_notice_due ON sms_notice (due_at) WHERE state IN ('PENDING', 'DEFERRED', 'UNCERTAIN');
CREATE INDEX sms_notice_gateway_message ON sms_notice (gateway_message_id) WHERE gateway_message_id IS NOT NULL;
CREATE INDEX sms_notice_listing ON sms_notice (state, department, created_at DESC);
CREATE INDEX sms_notice_case ON sms_notice (case_number);

-- The per-number daily limit: one counter per (number, template, day), raised only below the limit.
CREATE TABLE sms_daily_count (
    phone        text    NOT NULL,
    template_key text    NOT NULL,
    day          date    NOT NULL,
    used         integer NOT NULL CHECK (used >= 0),
    PRIMARY KEY (phone, template_key, day)
);

-- The suppression list (退订名单): these numbers receive service messages only.
CREATE TABLE sms_suppression (
    phone      text        PRIMARY KEY,
    reason     text        NOT NULL,
    listed_at  timestamptz NOT NULL
);
