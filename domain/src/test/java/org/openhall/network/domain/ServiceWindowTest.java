package org.openhall.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.DepartmentCode;

class ServiceWindowTest {

    private static final StaffUsername A = new StaffUsername("li.a");
    private static final StaffUsername B = new StaffUsername("wang.b");
    private static final DepartmentCode MARKET = new DepartmentCode("SCJG");

    private static ServiceWindow window(StaffUsername a, StaffUsername b) {
        return ServiceWindow.of(new WindowCode("W01"), new HallCode("HS-CITY"), "市场监管窗口", WindowKind.DEPARTMENT,
                MARKET, List.of(new HandledItem(new ApprovalItemCode("SCJG-002"), false),
                        new HandledItem(new ApprovalItemCode("SCJG-001"), true)),
                a, b);
    }

    @Test
    void whenAIsPresentAServesWhateverBDoes() {
        assertThat(window(A, B).dutyWith(s -> s.equals(A))).isEqualTo(new Duty(A, null, DutyStatus.A_PRESENT));
        assertThat(window(A, B).dutyWith(s -> true)).isEqualTo(new Duty(A, null, DutyStatus.A_PRESENT));
    }

    @Test
    void whenAIsAbsentAndBIsPresentBServesActingForA() {
        Duty duty = window(A, B).dutyWith(s -> s.equals(B));

        assertThat(duty.status()).isEqualTo(DutyStatus.B_ACTING_FOR_A);
        assertThat(duty.servedBy()).isEqualTo(B);
        assertThat(duty.actingFor()).isEqualTo(A);
    }

    @Test
    void whenBothAreAbsentTheWindowIsUnattended() {
        assertThat(window(A, B).dutyWith(s -> false)).isEqualTo(new Duty(null, null, DutyStatus.UNATTENDED));
    }

    @Test
    void aWindowWithoutBPostIsUnattendedWhenAIsAbsent() {
        assertThat(window(A, null).dutyWith(s -> false).status()).isEqualTo(DutyStatus.UNATTENDED);
        assertThat(window(A, null).dutyWith(s -> true).status()).isEqualTo(DutyStatus.A_PRESENT);
    }

    @Test
    void theSamePersonCannotHoldBothPosts() {
        assertThatThrownBy(() -> window(A, A)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("window.postB");
    }

    @Test
    void aDepartmentWindowNamesItsDepartmentAndAGeneralWindowNone() {
        assertThatThrownBy(() -> ServiceWindow.of(new WindowCode("W02"), new HallCode("HS-CITY"), "窗口",
                WindowKind.DEPARTMENT, null, List.of(), A, B)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> ServiceWindow.of(new WindowCode("W02"), new HallCode("HS-CITY"), "综合窗口",
                WindowKind.GENERAL, MARKET, List.of(), A, B)).isInstanceOf(InvalidValue.class);
        assertThat(ServiceWindow.of(new WindowCode("W02"), new HallCode("HS-CITY"), "综合窗口", WindowKind.GENERAL,
                null, List.of(), A, null).department()).isNull();
    }

    @Test
    void anItemIsHandledOnceAndItemsAreKeptInCodeOrder() {
        assertThat(window(A, B).items()).extracting(i -> i.item().value()).containsExactly("SCJG-001", "SCJG-002");
        assertThatThrownBy(() -> ServiceWindow.of(new WindowCode("W01"), new HallCode("HS-CITY"), "窗口",
                WindowKind.DEPARTMENT, MARKET, List.of(new HandledItem(new ApprovalItemCode("SCJG-001"), true),
                        new HandledItem(new ApprovalItemCode("SCJG-001"), false)),
                A, B)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void theWindowKnowsItsAuthorityPerItemAndWhoStaffsIt() {
        ServiceWindow window = window(A, B);

        assertThat(window.handling(new ApprovalItemCode("SCJG-001"))).get().extracting(HandledItem::decidedAtWindow)
                .isEqualTo(true);
        assertThat(window.handling(new ApprovalItemCode("WSJK-001"))).isEmpty();
        assertThat(Set.of(A, B)).allMatch(window::isStaffedBy);
        assertThat(window.isStaffedBy(new StaffUsername("zhao.c"))).isFalse();
    }
}
