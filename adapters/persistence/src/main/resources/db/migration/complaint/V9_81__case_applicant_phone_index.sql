-- The hotline's screen-pop (来电弹屏) looks up the open cases of a caller by the applicant phone
-- on every incoming call; without this index each ring would scan every case ever received. The
-- phone itself is sealed, so the lookup goes through its keyed blind index (V4_70), newest first.
CREATE INDEX service_case_applicant_phone_idx ON service_case (applicant_phone_index, received_at DESC);
