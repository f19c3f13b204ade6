package org.openhall.shared.application.port.out;

class InMemoryCalendarYearRepositoryTest extends CalendarYearRepositoryContract {

    @Override
    protected CalendarYearRepository emptyRepository() {
        return new InMemoryCalendarYearRepository();
    }
}
