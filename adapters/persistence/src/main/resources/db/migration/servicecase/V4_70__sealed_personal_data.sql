-- Personal data sealed at rest (个人信息加密存储): ID and phone numbers hold sealed text
-- (pd1:<algorithm>:<key id>:<base64>), longer than the plain values, so the columns become text.
-- Rows stored before this migration keep their plain values until the key rotation seals them
-- (it also fills the blind indexes); the keys never reach the database, so SQL cannot do it here.
ALTER TABLE service_case
    ALTER COLUMN applicant_id_number TYPE text,
    ALTER COLUMN applicant_phone     TYPE text,
    ALTER COLUMN agent_id_number     TYPE text,
    ALTER COLUMN agent_phone         TYPE text,
    -- Blind indexes (盲索引): hex HMAC-SHA256 of the normalised value, for exact-match search.
    ADD COLUMN applicant_id_number_index text,
    ADD COLUMN applicant_phone_index     text;

CREATE INDEX service_case_applicant_id_number_index ON service_case (applicant_id_number_index);
CREATE INDEX service_case_applicant_phone_index ON service_case (applicant_phone_index);

ALTER TABLE consultation
    ALTER COLUMN enquirer_phone TYPE text;

ALTER TABLE pre_application
    ALTER COLUMN applicant_id_number TYPE text,
    ALTER COLUMN applicant_phone     TYPE text;
