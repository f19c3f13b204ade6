-- The monitoring feed's log: every event delivered to the regional supervision system, as sent,
-- so that a period can be sent again unchanged. Appended only.
create table supervision_feed_log (
    id           text primary key,
    case_id      text,
    sequence     integer,
    type         text        not null,
    happened_at  timestamptz not null,
    delivered_at timestamptz not null,
    cloud_event  jsonb       not null
);

create index supervision_feed_log_by_time on supervision_feed_log (happened_at);
