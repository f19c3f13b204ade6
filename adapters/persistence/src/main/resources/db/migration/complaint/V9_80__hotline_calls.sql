-- Hotline calls (热线通话记录): one row per call, keyed by the call-centre system's own call id.
-- The ticket opened from a call is referenced by id only: no foreign key leaves the call record,
-- so calls can be kept while tickets are archived on their own schedule.

CREATE TABLE hotline_call (
    id              varchar(64)  COLLATE "C" PRIMARY KEY,
    caller_number   text,         -- sealed (PersonalDataCipher): a dump holds no phone in clear
    state           varchar(16)  NOT NULL CHECK (state IN ('RINGING', 'ANSWERED', 'ENDED')),
    agent           varchar(64),
    ringing_at      timestamptz  NOT NULL,
    answered_at     timestamptz,
    ended_at        timestamptz,
    recording       varchar(200),
    ticket_id       varchar(64),
    version         bigint       NOT NULL,
    CONSTRAINT hotline_call_answered_has_agent CHECK ((answered_at IS NULL) = (agent IS NULL)),
    CONSTRAINT hotline_call_ended_when_ended CHECK ((state = 'ENDED') = (ended_at IS NOT NULL))
);

-- The call a ticket came from, and an operator's or a day's calls.
CREATE INDEX hotline_call_ticket_idx ON hotline_call (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX hotline_call_ringing_idx ON hotline_call (ringing_at DESC);
