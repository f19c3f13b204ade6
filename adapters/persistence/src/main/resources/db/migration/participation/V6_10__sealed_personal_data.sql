-- Personal data sealed at rest (个人信息加密存储): commenters' and registrants' phones hold sealed
-- text (pd1:<algorithm>:<key id>:<base64>). Rows from before keep their plain values until the key
-- rotation seals them.
ALTER TABLE participation_comment
    ALTER COLUMN commenter_phone TYPE text;

ALTER TABLE participation_hearing_registration
    ALTER COLUMN registrant_phone TYPE text;
