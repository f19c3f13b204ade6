-- The approval-item catalog (审批事项目录). An item is identified by its code across versions;
-- the row holds the current version, which a case copies when it is received. Codes sort
-- byte-wise ("C" collation), the same on every server whatever its locale.

CREATE TABLE approval_item (
    code                    varchar(64)  COLLATE "C" PRIMARY KEY,
    version                 integer      NOT NULL CHECK (version >= 1),
    name                    text         NOT NULL,
    kind                    varchar(32)  NOT NULL,
    department              varchar(64)  NOT NULL,
    legal_basis_law         text         NOT NULL,
    legal_basis_article     text         NOT NULL,
    statutory_limit_amount  integer      NOT NULL CHECK (statutory_limit_amount >= 0),
    statutory_limit_unit    varchar(16)  NOT NULL,
    promised_limit_amount   integer      NOT NULL CHECK (promised_limit_amount >= 0),
    promised_limit_unit     varchar(16)  NOT NULL
);

CREATE INDEX approval_item_department_idx ON approval_item (department, code);

-- The materials of an item (申报材料), in the order the service guide lists them.
CREATE TABLE approval_item_material (
    item_code varchar(64) COLLATE "C" NOT NULL REFERENCES approval_item (code) ON DELETE CASCADE,
    position  integer     NOT NULL,
    code      varchar(32) NOT NULL,
    name      text        NOT NULL,
    original  boolean     NOT NULL,
    copies    integer     NOT NULL CHECK (copies >= 1),
    mandatory boolean     NOT NULL,
    PRIMARY KEY (item_code, position),
    CONSTRAINT approval_item_material_code_key UNIQUE (item_code, code)
);
