package org.openhall.participation.adapter.out.persistence;

import java.time.LocalDate;

/** The published decision's columns of a draft row; all empty until it is published. */
record DecisionRow(String text, LocalDate publishedOn, String publishedBy) {
}
