-- Rule parameters of the county (县域规则参数): supervision thresholds, rating deadlines,
-- hotline ticket classes and limits, SMS signature and templates. Loaded from the county pack;
-- other contexts read them by key.

CREATE TABLE county_parameter (
    key   varchar(128)  PRIMARY KEY CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$'),
    value varchar(1000) NOT NULL CHECK (btrim(value) <> '')
);
