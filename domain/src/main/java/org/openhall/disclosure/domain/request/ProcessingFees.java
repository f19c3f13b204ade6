package org.openhall.disclosure.domain.request;

import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.money.Money;

/**
 * The progressive scales of the information processing fee, 国办函〔2020〕109号
 * (《政府信息公开信息处理费管理办法》) under Art. 42 of the Regulations: a fee only where use
 * clearly exceeds a reasonable scope, which the free bands below express.
 *
 * <ul>
 * <li>Per request (按件计收), counting the requests of one applicant in one calendar month:
 *     the 1st to 10th are free; the 11th to 30th cost ¥100 each; from the 31st on, every further
 *     band of 10 costs ¥100 more each (31st–40th ¥200, 41st–50th ¥300, …). A request costs
 *     the price of the band its own ordinal falls in.</li>
 * <li>Per page (按量计收), within one request: pages 1–30 are free; the part from page 31 to
 *     100 costs ¥10 a page, from 101 to 200 ¥20 a page, from 201 on ¥40 a page ("……的部分":
 *     each band is charged at its own price, like a progressive tax).</li>
 * </ul>
 */
public final class ProcessingFees {

    private static final Money HUNDRED = Money.yuan("100");

    private ProcessingFees() {
    }

    /**
     * The fee of the {@code ordinal}-th request of an applicant in a calendar month.
     *
     * @param ordinal 1 for the applicant's first request of the month
     */
    public static Money perRequest(int ordinal) {
        if (ordinal < 1) {
            throw new InvalidValue("ordinal", "must be 1 or more");
        }
        if (ordinal <= 10) {
            return Money.ZERO;
        }
        if (ordinal <= 30) {
            return HUNDRED;
        }
        int bandsAbove30 = (ordinal - 31) / 10 + 1;
        return HUNDRED.times(1 + bandsAbove30);
    }

    /** The fee of one request for {@code pages} pages of information. */
    public static Money perPage(int pages) {
        if (pages < 0) {
            throw new InvalidValue("pages", "must not be negative");
        }
        return band(pages, 30, 100, "10").plus(band(pages, 100, 200, "20")).plus(band(pages, 200, Integer.MAX_VALUE, "40"));
    }

    /** The pages above {@code after} up to {@code upTo}, at {@code price} each. */
    private static Money band(int pages, int after, int upTo, String price) {
        int inBand = Math.max(0, Math.min(pages, upTo) - after);
        return Money.yuan(price).times(inBand);
    }
}
