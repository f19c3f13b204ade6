package org.openhall.participation.adapter.out.persistence;

import java.time.LocalDate;

/** The adoption report's columns of a draft row; all empty until the report is published. */
record AdoptionReportRow(LocalDate publishedOn, String publishedBy, Integer received, Integer published,
        Integer rejected, Integer adopted, Integer partlyAdopted, Integer notAdopted) {
}
