package org.openhall.network.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;

/**
 * What every {@link StaffAccountRepository} must do. A subclass hands in an empty repository
 * before each test.
 */
public abstract class StaffAccountRepositoryContract {

    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z2xP1rRZ4jGk1aT3uYw0bS2e";

    private StaffAccountRepository accounts;

    protected abstract StaffAccountRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        accounts = emptyRepository();
    }

    @Test
    public void anAccountIsReadBackWithItsRolesDepartmentAndPasswordHash() {
        StaffAccount clerk = StaffAccount.open(new StaffUsername("li.wen"), "李文", HASH,
                Set.of(Role.CLERK, Role.DEPARTMENT_APPROVER), new DepartmentCode("HS-GA"));

        accounts.save(clerk);

        StaffAccount loaded = accounts.findByUsername(new StaffUsername("li.wen")).orElseThrow();
        assertThat(loaded.username()).isEqualTo(clerk.username());
        assertThat(loaded.displayName()).isEqualTo("李文");
        assertThat(loaded.passwordHash()).isEqualTo(HASH);
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.CLERK, Role.DEPARTMENT_APPROVER);
        assertThat(loaded.department()).isEqualTo(new DepartmentCode("HS-GA"));
        assertThat(loaded.enabled()).isTrue();
    }

    @Test
    public void aSupervisorNeedsNoDepartment() {
        accounts.save(StaffAccount.open(new StaffUsername("zhou.jian"), "周检", HASH, Set.of(Role.SUPERVISOR), null));

        StaffAccount loaded = accounts.findByUsername(new StaffUsername("zhou.jian")).orElseThrow();
        assertThat(loaded.department()).isNull();
        assertThat(loaded.roles()).containsExactly(Role.SUPERVISOR);
    }

    @Test
    public void anUnknownUsernameIsNotFound() {
        assertThat(accounts.findByUsername(new StaffUsername("nobody"))).isEmpty();
    }

    @Test
    public void savingAnAccountAgainStoresItsChanges() {
        accounts.save(StaffAccount.open(new StaffUsername("li.wen"), "李文", HASH, Set.of(Role.CLERK),
                new DepartmentCode("HS-GA")));

        accounts.save(StaffAccount.restore(new StaffUsername("li.wen"), "李文", HASH, Set.of(Role.ADMINISTRATOR), null,
                false));

        StaffAccount loaded = accounts.findByUsername(new StaffUsername("li.wen")).orElseThrow();
        assertThat(loaded.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(loaded.department()).isNull();
        assertThat(loaded.enabled()).isFalse();
    }

    @Test
    public void anAccountKeepsTheHallItsHolderWorksAt() {
        accounts.save(StaffAccount.open(new StaffUsername("li.wen"), "李文", HASH, Set.of(Role.CLERK),
                new DepartmentCode("HS-GA"), new HallCode("HS-LN")));

        assertThat(accounts.findByUsername(new StaffUsername("li.wen")).orElseThrow().hall())
                .isEqualTo(new HallCode("HS-LN"));

        StaffAccount moved = accounts.findByUsername(new StaffUsername("li.wen")).orElseThrow()
                .withProfile("李文", Set.of(Role.CLERK), new DepartmentCode("HS-GA"), new HallCode("HS-CITY"));
        accounts.save(moved);
        StaffAccount loaded = accounts.findByUsername(new StaffUsername("li.wen")).orElseThrow();
        assertThat(loaded.hall()).isEqualTo(new HallCode("HS-CITY"));
        assertThat(loaded.passwordHash()).isEqualTo(HASH);
    }

    @Test
    public void allAccountsComeBackByUsername() {
        accounts.save(StaffAccount.open(new StaffUsername("zhou.jian"), "周检", HASH, Set.of(Role.SUPERVISOR), null));
        accounts.save(StaffAccount.open(new StaffUsername("li.wen"), "李文", HASH, Set.of(Role.CLERK),
                new DepartmentCode("HS-GA")));

        assertThat(accounts.findAll()).extracting(a -> a.username().value()).containsExactly("li.wen", "zhou.jian");
    }
}
