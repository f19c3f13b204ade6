-- Every transition of a case rewrites its row, and a rewrite that changes an indexed column (status,
-- current step, due dates — nearly every transition changes one) adds an entry to every index of the
-- table. Four indexes nobody reads any more are dropped:
--   * the due-date and step-due indexes of V4_4 served the supervision sweep before supervision kept
--     its own projection (supervision_case, with its own due-date indexes); the case queue orders by
--     a computed due date, which no index serves;
--   * the plain index on the phone's blind index (V4_70) is the leading column of the screen-pop's
--     index (V9_81), which serves every lookup it served.
DROP INDEX IF EXISTS service_case_promised_due_idx;
DROP INDEX IF EXISTS service_case_statutory_due_idx;
DROP INDEX IF EXISTS service_case_step_due_idx;
DROP INDEX IF EXISTS service_case_applicant_phone_index;
