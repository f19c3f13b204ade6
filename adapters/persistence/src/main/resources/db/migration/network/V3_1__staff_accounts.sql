-- Staff accounts (工作人员账号). The password is stored only as a one-way hash.

CREATE TABLE staff_account (
    username      varchar(32) PRIMARY KEY,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    department    varchar(64),
    enabled       boolean     NOT NULL
);

CREATE TABLE staff_account_role (
    username varchar(32) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    role     varchar(32) NOT NULL,
    PRIMARY KEY (username, role)
);
