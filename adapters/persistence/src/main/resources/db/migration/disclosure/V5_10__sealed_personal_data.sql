-- Personal data sealed at rest (个人信息加密存储): the requester's ID and phone numbers hold sealed
-- text; the requester identifier, which only counts a requester's requests per month (Art. 42 fees),
-- holds the blind index (hex HMAC-SHA256) of the ID number or credit code instead of the number.
-- Rows from before keep their plain values until the key rotation seals them.
ALTER TABLE disclosure_request
    ALTER COLUMN requester_id_number  TYPE text,
    ALTER COLUMN requester_phone      TYPE text,
    ALTER COLUMN requester_identifier TYPE text;
