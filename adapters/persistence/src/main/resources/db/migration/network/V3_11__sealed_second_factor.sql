-- The TOTP secret is now stored sealed (pd1:<algorithm>:<key id>:<base64>), which is longer than the
-- Base32 text it replaces. Secrets written in clear before keep working and are sealed by the next
-- `personal-data rotate`.
ALTER TABLE staff_second_factor ALTER COLUMN secret TYPE text;
