package org.openhall.disclosure.domain.request;

/**
 * The grounds on which information is not disclosed, as the rows of the national annual report
 * table (不予公开) list them.
 */
public enum WithholdingGround {
    /** 属于国家秘密 (Art. 14). */
    STATE_SECRET,
    /** 其他法律行政法规禁止公开 (Art. 14). */
    PROHIBITED_BY_LAW,
    /** 危及"三安全一稳定" (Art. 14). */
    SECURITY_AND_STABILITY,
    /** 保护第三方合法权益 (Art. 15). */
    THIRD_PARTY_RIGHTS,
    /** 属于三类内部事务信息 (Art. 16 ¶1). */
    INTERNAL_AFFAIRS,
    /** 属于四类过程性信息 (Art. 16 ¶2). */
    PROCESS_INFORMATION,
    /** 属于行政执法案卷 (Art. 16 ¶2). */
    ENFORCEMENT_FILES,
    /** 属于行政查询事项 (Art. 39 ¶2). */
    ADMINISTRATIVE_INQUIRY
}
