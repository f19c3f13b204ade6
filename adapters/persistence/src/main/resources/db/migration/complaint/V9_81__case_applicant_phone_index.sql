-- The hotline's screen-pop (来电弹屏) looks up the open cases of a caller by the applicant phone
-- on every incoming call; without this index each ring would scan every case ever received.
CREATE INDEX service_case_applicant_phone_idx ON service_case (applicant_phone, received_at DESC);
