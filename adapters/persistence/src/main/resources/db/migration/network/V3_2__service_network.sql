-- The service network (服务网络): halls at three levels and the departments stationed in the centre.

CREATE TABLE service_hall (
    code   varchar(32) PRIMARY KEY,
    name   text        NOT NULL,
    level  varchar(16) NOT NULL CHECK (level IN ('CITY', 'TOWNSHIP', 'VILLAGE')),
    parent varchar(32) REFERENCES service_hall (code),
    CHECK ((level = 'CITY') = (parent IS NULL))
);

CREATE INDEX service_hall_parent ON service_hall (parent);

CREATE TABLE department (
    code varchar(32) PRIMARY KEY,
    name text        NOT NULL
);
