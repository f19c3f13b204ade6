-- Personal data sealed at rest (个人信息加密存储).
--
-- sms_notice.phone and sms_suppression.phone hold sealed text (pd1:<algorithm>:<key id>:<base64>);
-- rows from before keep their plain numbers until the key rotation seals them.
--
-- The suppression list is searched by the blind index of the number (hex HMAC-SHA256, key outside the
-- database). Rows from before have no index until the rotation fills it, so the index cannot be the
-- primary key: it is unique where present, and the adapter also matches un-indexed plain rows.
ALTER TABLE sms_suppression DROP CONSTRAINT sms_suppression_pkey;
ALTER TABLE sms_suppression ADD COLUMN phone_index text;
CREATE UNIQUE INDEX sms_suppression_phone_index ON sms_suppression (phone_index);
CREATE INDEX sms_suppression_plain_phone ON sms_suppression (phone) WHERE phone_index IS NULL;

-- The daily counters only ever matter for today and tomorrow; their number becomes the blind index.
-- Counters from before the upgrade are dropped (a number may get up to its limit once more that day)
-- rather than kept with plain numbers in them.
DELETE FROM sms_daily_count;
ALTER TABLE sms_daily_count RENAME COLUMN phone TO phone_index;
