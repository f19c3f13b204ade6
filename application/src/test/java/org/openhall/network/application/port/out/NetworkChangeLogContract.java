package org.openhall.network.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.out.NetworkChange.Action;
import org.openhall.network.application.port.out.NetworkChange.Subject;

/** What every {@link NetworkChangeLog} must do. A subclass hands in an empty log before each test. */
public abstract class NetworkChangeLogContract {

    private NetworkChangeLog log;

    protected abstract NetworkChangeLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    public void aLineIsReadBackWithItsTimeAndOffset() {
        NetworkChange line = new NetworkChange("system", OffsetDateTime.parse("2026-03-02T10:15:30.123456+08:00"),
                Action.CHANGED, Subject.HALL, "HS-CITY", "openingHours: – → 周一至周五");

        log.append(line);

        assertThat(log.latest(10)).containsExactly(line);
    }

    @Test
    public void theLatestLinesComeNewestFirstAndNoMoreThanAsked() {
        for (int i = 1; i <= 3; i++) {
            log.append(new NetworkChange("chen.approver", OffsetDateTime.parse("2026-03-0" + i + "T09:00:00+08:00"),
                    Action.ABSENCE_RECORDED, Subject.STAFF, "li.a", "absence " + i));
        }

        assertThat(log.latest(2)).extracting(NetworkChange::details).containsExactly("absence 3", "absence 2");
    }
}
