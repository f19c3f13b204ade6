package org.openhall.disclosure.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class IndexNumberSchemeTest {

    @Test
    void theSchemeFillsOrganisationCategoryYearAndAPaddedSequence() {
        IndexNumberScheme scheme = new IndexNumberScheme("{org}-{category}-{year}-{seq:4}", "HSZF");

        assertThat(scheme.render("ZCWJ", 2026, 7)).isEqualTo(new IndexNumber("HSZF-ZCWJ-2026-0007"));
        assertThat(scheme.sequenceKey("ZCWJ", 2026)).isEqualTo("HSZF-ZCWJ-2026-#");
    }

    @Test
    void anotherProvincesSchemeIsJustAnotherPattern() {
        IndexNumberScheme scheme = new IndexNumberScheme("{org}/{year}-{seq:5}", "11451381MB0000000X");

        assertThat(scheme.render("ZCWJ", 2026, 12).value()).isEqualTo("11451381MB0000000X/2026-00012");
    }

    @Test
    void aSchemeWithoutOneSequenceOrWithUnknownPlaceholdersIsRefused() {
        assertThatThrownBy(() -> new IndexNumberScheme("{org}-{year}", "HSZF")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new IndexNumberScheme("{org}-{seq:3}-{seq:3}", "HSZF")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new IndexNumberScheme("{dept}-{seq:3}", "HSZF")).isInstanceOf(InvalidValue.class);
    }
}
