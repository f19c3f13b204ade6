package org.openhall.participation.adapter.out.persistence;

import java.time.LocalDate;

/** The minutes' columns of a hearing row; all empty until recorded. */
record MinutesRow(String text, LocalDate recordedOn, String recordedBy) {
}
