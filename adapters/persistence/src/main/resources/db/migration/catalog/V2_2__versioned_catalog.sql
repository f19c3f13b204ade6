-- The versioned catalog (事项目录动态管理). Every version of an item is a row of its own with its
-- status and its period in force; a change of content, a suspension, a resumption or an abolition
-- from some day adds a version, and the only thing ever changed on a stored version is the end of
-- its period. A draft (草稿) is a row without number and period, at most one per item. The rows
-- of V2_1 (one current version per item, demo data) become version rows in force since ever.

CREATE TABLE approval_item_version (
    id                              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                            varchar(64)  COLLATE "C" NOT NULL,
    version                         integer      CHECK (version >= 1),
    status                          varchar(16)  NOT NULL
        CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUSPENDED', 'ABOLISHED')),
    valid_from                      date,
    valid_to                        date,
    status_reason                   text,
    national_code                   varchar(64),
    name                            text         NOT NULL,
    kind                            varchar(32)  NOT NULL,
    applicant_types                 text[]       NOT NULL,
    department                      varchar(64)  NOT NULL,
    implementing_body               text         NOT NULL,
    level                           varchar(16)  NOT NULL CHECK (level IN ('CITY', 'TOWNSHIP', 'VILLAGE')),
    conditions                      text[]       NOT NULL,
    approval_standards              text[]       NOT NULL,
    result_documents                text[]       NOT NULL,
    statutory_limit_working_days    integer      NOT NULL CHECK (statutory_limit_working_days >= 0),
    promised_limit_working_days     integer      NOT NULL CHECK (promised_limit_working_days >= 0),
    delivery_methods                text[]       NOT NULL,
    decided_at_window               boolean      NOT NULL,
    steps_returned_to_department    text[]       NOT NULL,
    max_visits                      integer      NOT NULL CHECK (max_visits >= 0),
    online_available                boolean      NOT NULL,
    keywords                        text[]       NOT NULL,
    -- Filled by the trigger below from name, department, implementing body and keywords.
    search_text                     text         NOT NULL DEFAULT '',
    search_terms                    text[]       NOT NULL DEFAULT '{}',
    CONSTRAINT approval_item_version_key UNIQUE (code, version),
    CONSTRAINT approval_item_version_draft_unnumbered CHECK ((status = 'DRAFT') = (version IS NULL)),
    CONSTRAINT approval_item_version_draft_undated CHECK ((status = 'DRAFT') = (valid_from IS NULL)),
    -- A period may be empty (last day = first day - 1) when a version was replaced on its first day.
    CONSTRAINT approval_item_version_period CHECK (valid_to IS NULL OR valid_to >= valid_from - 1),
    CONSTRAINT approval_item_version_reason CHECK (status NOT IN ('SUSPENDED', 'ABOLISHED') OR status_reason IS NOT NULL),
    CONSTRAINT approval_item_version_limits CHECK (promised_limit_working_days <= statutory_limit_working_days)
);

-- At most one draft per item, and at most one version per item open-ended: the next version
-- always ends the previous one first.
CREATE UNIQUE INDEX approval_item_version_one_draft ON approval_item_version (code) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX approval_item_version_one_open ON approval_item_version (code)
    WHERE status <> 'DRAFT' AND valid_to IS NULL;

-- A day's published catalog is read in code order, a page at a time.
CREATE INDEX approval_item_version_published_idx ON approval_item_version (code) WHERE status = 'PUBLISHED';

CREATE TABLE approval_item_version_legal_basis (
    version_id bigint  NOT NULL REFERENCES approval_item_version (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    law        text    NOT NULL,
    article    text    NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE approval_item_version_material (
    version_id           bigint      NOT NULL REFERENCES approval_item_version (id) ON DELETE CASCADE,
    position             integer     NOT NULL,
    code                 varchar(32) NOT NULL,
    name                 text        NOT NULL,
    original             boolean     NOT NULL,
    copies               integer     NOT NULL CHECK (copies >= 1),
    requirement          varchar(16) NOT NULL CHECK (requirement IN ('REQUIRED', 'OPTIONAL', 'CONDITIONAL')),
    condition            text,
    form                 varchar(32) NOT NULL CHECK (form IN ('PAPER', 'ELECTRONIC', 'PAPER_OR_ELECTRONIC')),
    supply_later_allowed boolean     NOT NULL,
    sample_form_ref      text,
    PRIMARY KEY (version_id, position),
    CONSTRAINT approval_item_version_material_code_key UNIQUE (version_id, code),
    CONSTRAINT approval_item_version_material_condition CHECK ((requirement = 'CONDITIONAL') = (condition IS NOT NULL))
);

CREATE TABLE approval_item_version_step (
    version_id         bigint  NOT NULL REFERENCES approval_item_version (id) ON DELETE CASCADE,
    position           integer NOT NULL,
    name               text    NOT NULL,
    handler_role       text    NOT NULL,
    limit_working_days integer NOT NULL CHECK (limit_working_days >= 0),
    special            boolean NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE approval_item_version_fee (
    version_id bigint        NOT NULL REFERENCES approval_item_version (id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    name       text          NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount >= 0),
    basis      text          NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- Search (事项检索). Chinese has no spaces between words, and whether pg_trgm splits CJK text
-- into trigrams depends on the server's locale; so the index holds every single character and
-- every pair of adjacent characters (bigram) of each searched field, lower-cased — never across
-- two fields. A query word of two or more characters is first narrowed by its bigrams through the
-- GIN index (search_terms @> grams), then confirmed with LIKE on search_text, where the fields are
-- joined by line breaks that no query word contains.
CREATE FUNCTION catalog_search_grams(words text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(array_agg(DISTINCT gram), '{}')
FROM (SELECT substr(lower(w), i, 1) AS gram
      FROM unnest(words) AS w, generate_series(1, char_length(w)) AS i
      UNION ALL
      SELECT substr(lower(w), i, 2)
      FROM unnest(words) AS w, generate_series(1, char_length(w) - 1) AS i) AS grams
WHERE gram <> ''
$$;

-- The grams a query word must all be among: its bigrams, or the character itself if it is one.
CREATE FUNCTION catalog_search_query_grams(word text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT CASE WHEN char_length(word) = 1 THEN ARRAY[lower(word)]
            ELSE ARRAY(SELECT DISTINCT substr(lower(word), i, 2) FROM generate_series(1, char_length(word) - 1) AS i)
       END
$$;

CREATE FUNCTION approval_item_version_searchable() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    fields text[] := ARRAY[NEW.name, NEW.department, NEW.implementing_body] || NEW.keywords;
BEGIN
    NEW.search_text := lower(array_to_string(fields, E'\n'));
    NEW.search_terms := catalog_search_grams(fields);
    RETURN NEW;
END;
$$;

CREATE TRIGGER approval_item_version_searchable
    BEFORE INSERT OR UPDATE ON approval_item_version
    FOR EACH ROW EXECUTE FUNCTION approval_item_version_searchable();

CREATE INDEX approval_item_version_search_idx ON approval_item_version USING gin (search_terms);

-- The items of V2_1 as version rows: published since ever, with the elements a short entry had
-- and the defaults of ApprovalItem.register for the rest.
INSERT INTO approval_item_version (code, version, status, valid_from, name, kind, applicant_types, department,
        implementing_body, level, conditions, approval_standards, result_documents, statutory_limit_working_days,
        promised_limit_working_days, delivery_methods, decided_at_window, steps_returned_to_department, max_visits,
        online_available, keywords)
SELECT code, version, 'PUBLISHED', DATE '1970-01-01', name, kind, ARRAY['NATURAL_PERSON', 'LEGAL_PERSON'],
       department, department, 'CITY', '{}', '{}', '{}', statutory_limit_amount, promised_limit_amount,
       ARRAY['PICKUP'], true, '{}', 1, false, '{}'
FROM approval_item;

INSERT INTO approval_item_version_legal_basis (version_id, position, law, article)
SELECT v.id, 0, i.legal_basis_law, i.legal_basis_article
FROM approval_item i JOIN approval_item_version v ON v.code = i.code AND v.version = i.version;

INSERT INTO approval_item_version_material (version_id, position, code, name, original, copies, requirement,
        condition, form, supply_later_allowed, sample_form_ref)
SELECT v.id, m.position, m.code, m.name, m.original, m.copies,
       CASE WHEN m.mandatory THEN 'REQUIRED' ELSE 'OPTIONAL' END, NULL, 'PAPER', false, NULL
FROM approval_item_material m JOIN approval_item_version v ON v.code = m.item_code;

DROP TABLE approval_item_material;
DROP TABLE approval_item;

-- The catalog's change log (事项变更记录): who changed which item when (with the offset the
-- centre's clock had), how and why. Appended in the transaction of each change and never
-- rewritten; the trigger below turns any attempt into an error.
CREATE TABLE catalog_change (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor          varchar(64) NOT NULL,
    at             timestamptz NOT NULL,
    at_offset      integer     NOT NULL CHECK (at_offset BETWEEN -64800 AND 64800),
    action         varchar(32) NOT NULL,
    item_code      varchar(64) COLLATE "C" NOT NULL,
    version        integer,
    effective_from date,
    reason         text,
    CONSTRAINT catalog_change_version_dated CHECK ((version IS NULL) = (effective_from IS NULL))
);

CREATE INDEX catalog_change_item_idx ON catalog_change (item_code, id DESC);

CREATE FUNCTION catalog_change_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'catalog_change is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER catalog_change_append_only
    BEFORE UPDATE OR DELETE ON catalog_change
    FOR EACH ROW EXECUTE FUNCTION catalog_change_is_append_only();
