package org.openhall.network.application.port.out;

import org.junit.jupiter.api.Nested;

/** The in-memory stand-ins of the network's ports keep the same contracts as the real adapters. */
class InMemoryNetworkRepositoriesTest {

    @Nested
    class Windows extends ServiceWindowRepositoryContract {

        @Override
        protected ServiceWindowRepository emptyRepository() {
            return new InMemoryServiceWindowRepository();
        }
    }

    @Nested
    class Absences extends AbsenceRepositoryContract {

        @Override
        protected AbsenceRepository emptyRepository() {
            return new InMemoryAbsenceRepository();
        }
    }

    @Nested
    class ChangeLog extends NetworkChangeLogContract {

        @Override
        protected NetworkChangeLog emptyLog() {
            return new InMemoryNetworkChangeLog();
        }
    }
}
