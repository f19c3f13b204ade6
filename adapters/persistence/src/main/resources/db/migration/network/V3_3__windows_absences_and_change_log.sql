-- The service network in full: where halls are, when they open and which items they handle;
-- which departments are stationed in the centre; where staff work; the windows with their items,
-- authority and A/B posts; absences of staff; and the append-only change log.
--
-- Foreign keys only tie a row to the aggregate it belongs to (an item line to its hall or
-- window). References between aggregates — a window's hall, department and post holders, a
-- staff member's hall — are checked by the use cases: each aggregate is stored and replaced on
-- its own, in the order a county pack applies them.

ALTER TABLE service_hall
    ADD COLUMN address       text,
    ADD COLUMN opening_hours text;

CREATE TABLE service_hall_item (
    hall      varchar(32) NOT NULL REFERENCES service_hall (code) ON DELETE CASCADE,
    item_code varchar(64) NOT NULL,
    PRIMARY KEY (hall, item_code)
);

-- Departments known so far were all registered as stationed (进驻部门).
ALTER TABLE department
    ADD COLUMN stationed boolean NOT NULL DEFAULT true;

ALTER TABLE staff_account
    ADD COLUMN hall varchar(32);

-- Windows (窗口): a department window names its department, a general window (综合窗口) none;
-- the B post, when there is one, is held by somebody other than the A post.
CREATE TABLE service_window (
    code       varchar(32) PRIMARY KEY,
    hall       varchar(32) NOT NULL,
    name       text        NOT NULL,
    kind       varchar(16) NOT NULL CHECK (kind IN ('DEPARTMENT', 'GENERAL')),
    department varchar(32),
    post_a     varchar(32) NOT NULL,
    post_b     varchar(32),
    CONSTRAINT service_window_department_fits_kind CHECK ((kind = 'DEPARTMENT') = (department IS NOT NULL)),
    CONSTRAINT service_window_posts_differ CHECK (post_b IS NULL OR post_b <> post_a)
);

-- A hall's windows, in code order.
CREATE INDEX service_window_hall_idx ON service_window (hall, code);

CREATE TABLE service_window_item (
    window_code       varchar(32) NOT NULL REFERENCES service_window (code) ON DELETE CASCADE,
    item_code         varchar(64) NOT NULL,
    decided_at_window boolean     NOT NULL,
    PRIMARY KEY (window_code, item_code)
);

-- Absences (请假/外出), first and last day included. Only ever added.
CREATE TABLE staff_absence (
    id          uuid        PRIMARY KEY,
    staff       varchar(32) NOT NULL,
    from_day    date        NOT NULL,
    to_day      date        NOT NULL,
    reason      text        NOT NULL,
    recorded_by varchar(64) NOT NULL,
    recorded_at timestamptz NOT NULL,
    CONSTRAINT staff_absence_period_ordered CHECK (to_day >= from_day)
);

-- Who is away on a day: "staff IN (…) AND to_day >= day AND from_day <= day". Leading with the
-- last day means the scan skips a person's past absences, which is most of them as years go by.
CREATE INDEX staff_absence_staff_period_idx ON staff_absence (staff, to_day, from_day);

-- The change log (服务网络变更留痕): one row per change of the network or recorded absence,
-- appended in the transaction that made the change and never changed afterwards. The moment is
-- kept with the offset of the centre's clock it was taken with.
CREATE TABLE network_change (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                timestamptz NOT NULL,
    at_offset_seconds integer     NOT NULL CHECK (at_offset_seconds BETWEEN -64800 AND 64800),
    actor             varchar(64) NOT NULL,
    action            varchar(32) NOT NULL,
    subject           varchar(16) NOT NULL,
    object_key        varchar(64) NOT NULL,
    details           text        NOT NULL
);

-- The history of one object.
CREATE INDEX network_change_object_idx ON network_change (subject, object_key, id);

CREATE FUNCTION network_change_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'network_change is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER network_change_append_only
    BEFORE UPDATE OR DELETE ON network_change
    FOR EACH ROW EXECUTE FUNCTION network_change_is_append_only();
