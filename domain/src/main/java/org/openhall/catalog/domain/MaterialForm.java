package org.openhall.catalog.domain;

/** In which form a material is accepted (材料形式). */
public enum MaterialForm {
    /** 纸质. */
    PAPER,
    /** 电子: uploaded or taken from a shared electronic licence (电子证照). */
    ELECTRONIC,
    /** 纸质或电子: either. */
    PAPER_OR_ELECTRONIC
}
