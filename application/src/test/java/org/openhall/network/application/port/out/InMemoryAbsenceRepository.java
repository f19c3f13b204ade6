package org.openhall.network.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openhall.network.domain.Absence;
import org.openhall.network.domain.StaffUsername;

/** An {@link AbsenceRepository} in memory, for tests of the use cases. */
public class InMemoryAbsenceRepository implements AbsenceRepository {

    private final List<Absence> absences = new CopyOnWriteArrayList<>();

    @Override
    public void save(Absence absence) {
        absences.removeIf(a -> a.id().equals(absence.id()));
        absences.add(absence);
    }

    @Override
    public List<Absence> covering(Collection<StaffUsername> staff, LocalDate day) {
        return absences.stream().filter(a -> staff.contains(a.staff()) && a.covers(day)).toList();
    }

    @Override
    public List<Absence> of(StaffUsername staff) {
        return absences.stream().filter(a -> a.staff().equals(staff))
                .sorted(Comparator.comparing(Absence::from).reversed()).toList();
    }
}
