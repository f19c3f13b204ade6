-- A/B posts (A/B岗): a step done by the B post while A is absent records whose post B filled.
ALTER TABLE case_transition ADD COLUMN acting_for varchar(32);
