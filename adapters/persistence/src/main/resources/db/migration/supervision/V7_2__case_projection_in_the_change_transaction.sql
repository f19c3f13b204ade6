-- The supervision projection of the case events runs in the transaction of the change that
-- recorded them (ADR 0006): each event is applied exactly once, with its change, and the
-- idempotency keys that guarded against a second delivery are no longer written or read.
DROP TABLE supervision_applied_event;
