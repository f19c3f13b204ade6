package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled Heshan pack is valid and shaped like the seed's figures. */
class HeshanPackTest {

    private final CountyPackLoader.Loaded heshan = new CountyPackLoader().load("classpath:county-packs/heshan");

    @Test
    void theHeshanPackHasNoErrors() {
        assertThat(heshan.errors()).isEmpty();
        assertThat(heshan.valid()).isTrue();
    }

    @Test
    void theSecondCountyPackHasNoErrorsEither() {
        CountyPackLoader.Loaded jinxiu = new CountyPackLoader().load("classpath:county-packs/jinxiu");

        assertThat(jinxiu.errors()).isEmpty();
        assertThat(jinxiu.validated().staff()).hasSize(6);
    }
}
