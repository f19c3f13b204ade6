-- The window (窗口) where a case was received: its work queue, which goes to the B post while A is absent.
ALTER TABLE service_case ADD COLUMN window_code varchar(32);

CREATE INDEX service_case_open_by_window ON service_case (window_code, status)
    WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED');
