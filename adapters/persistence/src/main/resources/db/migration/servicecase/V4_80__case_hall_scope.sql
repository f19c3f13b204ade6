-- The hall that holds a case and its level (办理层级, 三级): only staff of that hall act on it.
-- Set at receipt from the receiving window's hall, else the receiving clerk's hall, else the city.
ALTER TABLE service_case
    ADD COLUMN hall_code  varchar(32),
    ADD COLUMN hall_level varchar(16) NOT NULL DEFAULT 'CITY'
        CHECK (hall_level IN ('CITY', 'TOWNSHIP', 'VILLAGE')),
    ADD CONSTRAINT service_case_lower_hall_named CHECK (hall_level = 'CITY' OR hall_code IS NOT NULL);

-- Cases received before: held where their window stands; those without a window at the city.
UPDATE service_case c
   SET hall_code = w.hall, hall_level = h.level
  FROM service_window w
  JOIN service_hall h ON h.code = w.hall
 WHERE c.window_code = w.code;

ALTER TABLE service_case ALTER COLUMN hall_level DROP DEFAULT;
