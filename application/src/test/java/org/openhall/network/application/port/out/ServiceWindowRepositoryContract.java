package org.openhall.network.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.HandledItem;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.DepartmentCode;

/** What every {@link ServiceWindowRepository} must do. A subclass hands in an empty repository before each test. */
public abstract class ServiceWindowRepositoryContract {

    private static final HallCode CITY = new HallCode("HS-CITY");
    private static final HallCode LINGNAN = new HallCode("HS-LN");

    private ServiceWindowRepository windows;

    protected abstract ServiceWindowRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        windows = emptyRepository();
    }

    private static ServiceWindow marketWindow(String postB, HandledItem... items) {
        return ServiceWindow.of(new WindowCode("HS-CITY-W01"), CITY, "市场监管局窗口", WindowKind.DEPARTMENT,
                new DepartmentCode("SCJG"), List.of(items), new StaffUsername("li.a"),
                postB == null ? null : new StaffUsername(postB));
    }

    private static HandledItem item(String code, boolean decidedAtWindow) {
        return new HandledItem(new ApprovalItemCode(code), decidedAtWindow);
    }

    @Test
    public void aWindowIsReadBackWithItsItemsAuthorityAndPosts() {
        windows.save(marketWindow("wang.b", item("SCJG-002", false), item("SCJG-001", true)));

        ServiceWindow loaded = windows.findByCode(new WindowCode("HS-CITY-W01")).orElseThrow();
        assertThat(loaded.hall()).isEqualTo(CITY);
        assertThat(loaded.name()).isEqualTo("市场监管局窗口");
        assertThat(loaded.kind()).isEqualTo(WindowKind.DEPARTMENT);
        assertThat(loaded.department()).isEqualTo(new DepartmentCode("SCJG"));
        assertThat(loaded.items()).containsExactly(item("SCJG-001", true), item("SCJG-002", false));
        assertThat(loaded.postA()).isEqualTo(new StaffUsername("li.a"));
        assertThat(loaded.postB()).isEqualTo(new StaffUsername("wang.b"));
    }

    @Test
    public void aGeneralWindowWithoutBPostHasNeitherDepartmentNorB() {
        windows.save(ServiceWindow.of(new WindowCode("HS-LN-W01"), LINGNAN, "综合窗口", WindowKind.GENERAL, null,
                List.of(item("MZJ-001", false)), new StaffUsername("zhao.c"), null));

        ServiceWindow loaded = windows.findByCode(new WindowCode("HS-LN-W01")).orElseThrow();
        assertThat(loaded.kind()).isEqualTo(WindowKind.GENERAL);
        assertThat(loaded.department()).isNull();
        assertThat(loaded.postB()).isNull();
    }

    @Test
    public void savingAWindowAgainReplacesItsItemsAndPosts() {
        windows.save(marketWindow("wang.b", item("SCJG-001", true), item("SCJG-002", false)));
        windows.save(marketWindow(null, item("SCJG-002", true), item("SCJG-003", false)));

        ServiceWindow loaded = windows.findByCode(new WindowCode("HS-CITY-W01")).orElseThrow();
        assertThat(loaded.items()).containsExactly(item("SCJG-002", true), item("SCJG-003", false));
        assertThat(loaded.postB()).isNull();
        assertThat(windows.findAll()).hasSize(1);
    }

    @Test
    public void windowsComeBackByCodeAllOrOfOneHall() {
        windows.save(ServiceWindow.of(new WindowCode("HS-LN-W01"), LINGNAN, "综合窗口", WindowKind.GENERAL, null,
                List.of(), new StaffUsername("zhao.c"), null));
        windows.save(marketWindow("wang.b"));
        windows.save(ServiceWindow.of(new WindowCode("HS-CITY-W00"), CITY, "综合窗口", WindowKind.GENERAL, null,
                List.of(), new StaffUsername("qian.d"), new StaffUsername("sun.e")));

        assertThat(windows.findAll()).extracting(w -> w.code().value())
                .containsExactly("HS-CITY-W00", "HS-CITY-W01", "HS-LN-W01");
        assertThat(windows.findByHall(CITY)).extracting(w -> w.code().value())
                .containsExactly("HS-CITY-W00", "HS-CITY-W01");
        assertThat(windows.findByHall(new HallCode("HS-BS"))).isEmpty();
    }

    @Test
    public void aDeletedWindowIsGoneAndDeletingItAgainFindsNothing() {
        windows.save(marketWindow("wang.b", item("SCJG-001", true)));

        assertThat(windows.delete(new WindowCode("HS-CITY-W01"))).isTrue();
        assertThat(windows.findByCode(new WindowCode("HS-CITY-W01"))).isEmpty();
        assertThat(windows.delete(new WindowCode("HS-CITY-W01"))).isFalse();
    }
}
