-- Working-day calendars (工作日历): one row per published yearly holiday schedule of a
-- jurisdiction, and one row per day that schedule makes special. Re-importing a year
-- replaces its days as a whole.

CREATE TABLE calendar_year (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction varchar(12) NOT NULL,
    year         integer     NOT NULL CHECK (year BETWEEN 1 AND 9999),
    source       text        NOT NULL,
    CONSTRAINT calendar_year_jurisdiction_year_key UNIQUE (jurisdiction, year)
);

-- A day that is not what its weekday says: a holiday (放假日, with its name) or a weekend day
-- declared a working day (调休上班日, without a name). A day is at most one of the two, per
-- jurisdiction.
CREATE TABLE calendar_day (
    calendar_year_id bigint      NOT NULL REFERENCES calendar_year (id) ON DELETE CASCADE,
    jurisdiction     varchar(12) NOT NULL,
    day              date        NOT NULL,
    kind             varchar(16) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY')),
    name             text,
    PRIMARY KEY (jurisdiction, day),
    CONSTRAINT calendar_day_holiday_named CHECK ((kind = 'HOLIDAY') = (name IS NOT NULL))
);

CREATE INDEX calendar_day_year_idx ON calendar_day (calendar_year_id);
