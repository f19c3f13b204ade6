-- Work queues (待办队列). A clerk's queue reads service_case_open_by_window (V4_3); a department
-- approver's queue reads the accepted cases of one department whose current step needs a role,
-- ordered by that step's due date.
CREATE INDEX service_case_approver_queue_idx
    ON service_case (department, current_step_role, current_step_due_on)
    WHERE status = 'ACCEPTED';
