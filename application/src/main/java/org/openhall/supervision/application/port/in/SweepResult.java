package org.openhall.supervision.application.port.in;

import java.time.LocalDate;

/** What one sweep did: the day it swept for, the cases it looked at and the warnings it raised (new ones only). */
public record SweepResult(LocalDate sweptOn, int casesChecked, int warningsRaised) {
}
