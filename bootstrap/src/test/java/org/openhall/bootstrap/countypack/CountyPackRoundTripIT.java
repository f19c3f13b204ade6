package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.network.application.port.in.HallDefinition;
import org.openhall.network.application.port.in.WindowDefinition;

/** Export gives back an equivalent pack: export → import into an empty installation → export is the same. */
class CountyPackRoundTripIT extends CountyPackDatabaseIT {

    @TempDir
    Path exported;

    @Test
    void exportingImportingIntoAnEmptyInstallationAndExportingAgainGivesTheSameFiles() {
        importPack(HESHAN);
        exporter.export(exported);
        Map<String, String> first = exporter.files();

        PackDatabases.empty(dataSource);
        ImportReport reimport = importPack(exported.toString());
        Map<String, String> second = exporter.files();

        assertThat(reimport.differences()).isNotEmpty().allMatch(c -> c.outcome() == org.openhall.shared.application
                .ChangeOutcome.ADDED);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        second.forEach((file, text) -> assertThat(text).as(file).isEqualTo(first.get(file)));
    }

    @Test
    void theExportedPackHoldsWhatTheHeshanPackHoldsButNoPasswords() {
        importPack(HESHAN);
        exporter.export(exported);

        ValidatedPack original = new CountyPackLoader().load(HESHAN).orThrow();
        ValidatedPack copy = new CountyPackLoader().load(exported.toString()).orThrow();

        assertThat(copy.centre()).isEqualTo(original.centre());
        assertThat(copy.nationalYears()).isEqualTo(original.nationalYears());
        assertThat(copy.countyYears()).isEqualTo(original.countyYears());
        assertThat(Set.copyOf(copy.departments())).isEqualTo(Set.copyOf(original.departments()));
        assertThat(halls(copy)).isEqualTo(halls(original));
        assertThat(windows(copy)).isEqualTo(windows(original));
        assertThat(copy.staff().stream().map(StaffEntry::definition).collect(Collectors.toSet()))
                .isEqualTo(original.staff().stream().map(StaffEntry::definition).collect(Collectors.toSet()));
        assertThat(copy.staff()).allMatch(s -> s.password() == null);
        assertThat(copy.parameters()).isEqualTo(original.parameters());
        assertThat(Set.copyOf(copy.items())).isEqualTo(Set.copyOf(original.items()));
        assertThat(PackFiles.read(exported.resolve("staff.yaml"))).contains("Passwords are not exported");
    }

    @Test
    void anInstallationThatNeverImportedAPackHasNothingToExport() {
        assertThatThrownBy(() -> exporter.files()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nothing to export");
    }

    /** Halls with their items as sets: the order of a hall's items means nothing. */
    private static Set<List<Object>> halls(ValidatedPack pack) {
        return pack.halls().stream().map((HallDefinition h) -> List.<Object>of(h.code(), h.name(), h.level(),
                String.valueOf(h.parent()), String.valueOf(h.address()), String.valueOf(h.openingHours()),
                Set.copyOf(h.items()))).collect(Collectors.toSet());
    }

    /** Windows with their items as sets. */
    private static Set<List<Object>> windows(ValidatedPack pack) {
        return pack.windows().stream().map((WindowDefinition w) -> List.<Object>of(w.code(), w.hall(), w.name(),
                w.kind(), String.valueOf(w.department()), Set.copyOf(w.items()), w.postA(), String.valueOf(w.postB())))
                .collect(Collectors.toSet());
    }
}
