package org.openhall.disclosure.domain.request;

/**
 * The remedies every reply states (救济途径): the applicant who disagrees may apply for
 * administrative reconsideration within 60 days of receiving the reply (行政复议法 2023 Art. 20)
 * or sue within 6 months of knowing of the act (行政诉讼法 Art. 46); Art. 51 of the Regulations on
 * Open Government Information opens both.
 */
public final class Remedies {

    /** Days to apply for administrative reconsideration. */
    public static final int RECONSIDERATION_DAYS = 60;

    /** Months to bring an administrative lawsuit. */
    public static final int LITIGATION_MONTHS = 6;

    /** The sentence every reply letter ends with. */
    public static final String STATEMENT = "如对本答复不服，可以自收到本答复之日起" + RECONSIDERATION_DAYS
            + "日内依法申请行政复议，或者自收到本答复之日起" + LITIGATION_MONTHS + "个月内依法向人民法院提起行政诉讼。";

    private Remedies() {
    }
}
