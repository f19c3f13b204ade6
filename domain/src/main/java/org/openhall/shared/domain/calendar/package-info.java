/**
 * The working-day calendar (工作日历): which days an agency works, per jurisdiction and year.
 *
 * <p>Time limits for administrative licensing are counted in working days (Administrative
 * Licensing Law Art. 82), so every deadline in OpenHall rests on this calendar. The calendar
 * is data (the State Council's yearly holiday notice, plus local festivals) loaded year by
 * year; what is not loaded is assumed to be plain Monday–Friday and flagged as provisional.
 */
package org.openhall.shared.domain.calendar;
