package org.openhall.servicecase.application.port.in;

/** Which deadline puts a case where it stands in a work queue (排序依据的期限). */
public enum QueueDeadline {
    /** The current procedure step's own limit (环节时限). */
    STEP,
    /** The promised limit of the item (承诺时限), when no step is due earlier. */
    PROMISED,
    /**
     * A case received but neither accepted, noticed nor refused: the one-time notice is due within 5
     * working days of receipt, else the case counts as accepted (Administrative Licensing Law Art. 32).
     */
    ONE_TIME_NOTICE
}
