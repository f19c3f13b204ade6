package org.openhall.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.AdministrativeLevel;

class ServiceHallTest {

    @Test
    void addressAndHoursAreStrippedAndBlankMeansNotPublished() {
        ServiceHall hall = ServiceHall.of(new HallCode("HS-CITY"), "合山市政务服务中心", AdministrativeLevel.CITY, null,
                "  合山市人民路 1 号 ", " ", List.of());

        assertThat(hall.address()).isEqualTo("合山市人民路 1 号");
        assertThat(hall.openingHours()).isNull();
    }

    @Test
    void openingHoursLongerThanTwoHundredCharactersAreRefused() {
        assertThatThrownBy(() -> ServiceHall.of(new HallCode("HS-CITY"), "中心", AdministrativeLevel.CITY, null, null,
                "时".repeat(201), List.of())).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("hall.openingHours");
    }

    @Test
    void itemsAreASetKeptInCodeOrder() {
        ServiceHall hall = ServiceHall.of(new HallCode("HS-LN"), "岭南镇政务服务中心", AdministrativeLevel.TOWNSHIP,
                new HallCode("HS-CITY"), null, null,
                List.of(new ApprovalItemCode("MZJ-002"), new ApprovalItemCode("MZJ-001")));

        assertThat(hall.items()).extracting(ApprovalItemCode::value).containsExactly("MZJ-001", "MZJ-002");
        assertThatThrownBy(() -> ServiceHall.of(new HallCode("HS-LN"), "岭南镇", AdministrativeLevel.TOWNSHIP,
                new HallCode("HS-CITY"), null, null,
                List.of(new ApprovalItemCode("MZJ-001"), new ApprovalItemCode("MZJ-001"))))
                .isInstanceOf(InvalidValue.class);
    }
}
