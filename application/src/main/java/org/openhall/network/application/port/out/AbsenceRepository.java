package org.openhall.network.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.network.domain.Absence;
import org.openhall.network.domain.StaffUsername;

/** Where recorded absences are kept. Absences are only ever added. */
@SecondaryPort
public interface AbsenceRepository {

    void save(Absence absence);

    /** The absences of any of {@code staff} that cover {@code day} (first and last day included). */
    List<Absence> covering(Collection<StaffUsername> staff, LocalDate day);

    /** Every absence of one staff member, latest first day first. */
    List<Absence> of(StaffUsername staff);
}
