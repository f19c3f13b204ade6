package org.openhall.participation.domain;

/** A step of a hearing (听证); refusals name it. */
public enum HearingAction {
    /** 报名. */
    REGISTER,
    /** 遴选听证代表. */
    SELECT_REPRESENTATIVES,
    /** 送达听证材料. */
    PROVIDE_MATERIALS,
    /** 记录听证笔录. */
    RECORD_MINUTES
}
