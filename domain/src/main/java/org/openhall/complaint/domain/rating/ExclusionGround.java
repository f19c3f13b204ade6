package org.openhall.complaint.domain.rating;

/**
 * Why a rating is left out of the figures after re-review (复核): it stays stored and shown in the audit
 * trail, it just no longer counts (国办发〔2019〕51号: 恶意差评、误评 经核实后不计入统计).
 */
public enum ExclusionGround {
    /** 恶意评价: given to harm, not about the service (e.g. unrelated abuse, a demand refused by law). */
    MALICIOUS,
    /** 误评: given by mistake (wrong level pressed, wrong service). */
    MISTAKEN
}
