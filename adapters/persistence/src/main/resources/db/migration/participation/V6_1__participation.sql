-- Decision openness (决策公开 / 公众参与): drafts published for comment, the public's comments,
-- hearings and registrations for them, and the record of every reveal of a citizen's contact.
-- Each of the four is an aggregate of its own, stored and versioned on its own: they refer to
-- each other by id only, so no foreign key runs between them (as none leaves the context).

-- Draft decisions (重大行政决策草案) with their comment period, adoption report and decision.
CREATE TABLE participation_draft (
    id                        uuid         PRIMARY KEY,
    department                varchar(32)  NOT NULL,
    title                     text         NOT NULL,
    summary                   text         NOT NULL,
    full_text                 text         NOT NULL,
    explanation               text         NOT NULL,
    opens_on                  date         NOT NULL,
    period_days               integer      NOT NULL CHECK (period_days BETWEEN 1 AND 365),
    shorter_period_reason     text,
    closes_on                 date         NOT NULL,
    status                    varchar(32)  NOT NULL,
    published_at              timestamptz  NOT NULL,
    published_by              varchar(64)  NOT NULL,
    report_published_on       date,
    report_published_by       varchar(64),
    report_received           integer      CHECK (report_received >= 0),
    report_published          integer      CHECK (report_published >= 0),
    report_rejected           integer      CHECK (report_rejected >= 0),
    report_adopted            integer      CHECK (report_adopted >= 0),
    report_partly_adopted     integer      CHECK (report_partly_adopted >= 0),
    report_not_adopted        integer      CHECK (report_not_adopted >= 0),
    decision_text             text,
    decision_published_on     date,
    decision_published_by     varchar(64),
    version                   bigint       NOT NULL,
    CONSTRAINT participation_draft_period_order CHECK (closes_on > opens_on),
    -- 《重大行政决策程序暂行条例》 Art. 15: under 30 days only with the reason shown to the public.
    CONSTRAINT participation_draft_shorter_period_has_reason
        CHECK ((period_days >= 30) = (shorter_period_reason IS NULL)),
    CONSTRAINT participation_draft_report_whole CHECK (
        (report_published_on IS NULL) = (report_published_by IS NULL)
        AND (report_published_on IS NULL) = (report_received IS NULL)),
    -- The decision is never published without the adoption report.
    CONSTRAINT participation_draft_decision_after_report CHECK (
        decision_published_on IS NULL OR report_published_on IS NOT NULL)
);

-- Lists: public drafts by opening day, a department's drafts, latest first.
CREATE INDEX participation_draft_opens_idx
    ON participation_draft (opens_on DESC, published_at DESC, id DESC);
CREATE INDEX participation_draft_department_opens_idx
    ON participation_draft (department, opens_on DESC, published_at DESC, id DESC);

-- Comments from the public (公众意见). Personal data: the name and phone are shown to the public
-- masked or not at all; rejected comments are kept with their reason.
CREATE TABLE participation_comment (
    id                       uuid         PRIMARY KEY,
    draft_id                 uuid         NOT NULL,
    commenter_name           text         NOT NULL,
    commenter_phone          varchar(32),
    text                     text         NOT NULL,
    submitted_at             timestamptz  NOT NULL,
    submitted_on             date         NOT NULL,
    status                   varchar(16)  NOT NULL,
    moderation_outcome       varchar(16),
    moderation_reason        text,
    moderation_moderated_by  varchar(64),
    moderation_moderated_at  timestamptz,
    answer_adoption          varchar(16),
    answer_reason            text,
    answer_answered_by       varchar(64),
    answer_answered_at       timestamptz,
    version                  bigint       NOT NULL,
    CONSTRAINT participation_comment_moderation_whole CHECK (
        (status = 'PENDING') = (moderation_outcome IS NULL)
        AND (moderation_outcome IS NULL OR moderation_outcome = status)),
    CONSTRAINT participation_comment_rejection_has_reason CHECK (
        status <> 'REJECTED' OR moderation_reason IS NOT NULL),
    CONSTRAINT participation_comment_answer_whole CHECK (
        (answer_adoption IS NULL) = (answer_reason IS NULL)
        AND (answer_adoption IS NULL OR status = 'PUBLISHED'))
);

-- A draft's comments in the order they came in, all or of one status.
CREATE INDEX participation_comment_draft_idx ON participation_comment (draft_id, submitted_at, id);
CREATE INDEX participation_comment_draft_status_idx ON participation_comment (draft_id, status, submitted_at, id);

-- Hearings (听证会) with the notice periods they were announced under.
CREATE TABLE participation_hearing (
    id                             uuid         PRIMARY KEY,
    draft_id                       uuid         NOT NULL,
    department                     varchar(32)  NOT NULL,
    subject                        text         NOT NULL,
    held_on                        date         NOT NULL,
    place                          text         NOT NULL,
    seats                          integer      NOT NULL CHECK (seats >= 1),
    selection_method               text         NOT NULL,
    registration_closes_on         date         NOT NULL,
    period_announcement_days       integer      NOT NULL CHECK (period_announcement_days >= 0),
    period_registration_closing_days integer    NOT NULL CHECK (period_registration_closing_days >= 0),
    period_materials_days          integer      NOT NULL CHECK (period_materials_days >= 0),
    announced_on                   date         NOT NULL,
    announced_at                   timestamptz  NOT NULL,
    announced_by                   varchar(64)  NOT NULL,
    stage                          varchar(32)  NOT NULL,
    representatives_selected_on    date,
    materials_provided_on          date,
    minutes_text                   text,
    minutes_recorded_on            date,
    minutes_recorded_by            varchar(64),
    version                        bigint       NOT NULL,
    CONSTRAINT participation_hearing_registration_before_hearing CHECK (registration_closes_on < held_on)
);

CREATE INDEX participation_hearing_draft_idx ON participation_hearing (draft_id, held_on);

-- The selected representatives (听证代表), in the order selected, by registration id.
CREATE TABLE participation_hearing_representative (
    hearing_id      uuid     NOT NULL REFERENCES participation_hearing (id) ON DELETE CASCADE,
    position        integer  NOT NULL,
    registration_id uuid     NOT NULL,
    PRIMARY KEY (hearing_id, position),
    CONSTRAINT participation_hearing_representative_once UNIQUE (hearing_id, registration_id)
);

-- The materials sent to the participants (听证材料), in order.
CREATE TABLE participation_hearing_material (
    hearing_id uuid     NOT NULL REFERENCES participation_hearing (id) ON DELETE CASCADE,
    position   integer  NOT NULL,
    title      text     NOT NULL,
    content    text     NOT NULL,
    PRIMARY KEY (hearing_id, position)
);

-- Registrations for hearings (听证报名). They do not change once made.
CREATE TABLE participation_hearing_registration (
    id               uuid         PRIMARY KEY,
    hearing_id       uuid         NOT NULL,
    registrant_name  text         NOT NULL,
    registrant_phone varchar(32)  NOT NULL,
    statement        text,
    registered_at    timestamptz  NOT NULL,
    registered_on    date         NOT NULL,
    version          bigint       NOT NULL
);

CREATE INDEX participation_hearing_registration_hearing_idx
    ON participation_hearing_registration (hearing_id, registered_at, id);

-- Every reveal of a citizen's full contact to staff: appended, never changed; the trigger below
-- turns any attempt to rewrite it into an error.
CREATE TABLE participation_contact_disclosure (
    sequence     bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    holder       varchar(32)  NOT NULL,
    holder_id    varchar(64)  NOT NULL,
    disclosed_to varchar(64)  NOT NULL,
    department   varchar(32),
    at           timestamptz  NOT NULL
);

CREATE INDEX participation_contact_disclosure_holder_idx
    ON participation_contact_disclosure (holder, holder_id, at, sequence);

CREATE FUNCTION participation_contact_disclosure_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'participation_contact_disclosure is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER participation_contact_disclosure_append_only
    BEFORE UPDATE OR DELETE ON participation_contact_disclosure
    FOR EACH ROW EXECUTE FUNCTION participation_contact_disclosure_is_append_only();
