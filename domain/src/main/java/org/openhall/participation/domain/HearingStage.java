package org.openhall.participation.domain;

/** How far a hearing (听证) has come; each stage needs the one before. */
public enum HearingStage {
    /** 已公告: announced; registration runs until its closing day. */
    ANNOUNCED,
    /** 已遴选代表: representatives selected from the registrations; the list is public. */
    REPRESENTATIVES_SELECTED,
    /** 已送达材料: the materials went to the participants in time. */
    MATERIALS_PROVIDED,
    /** 已记录: the hearing took place and its minutes are recorded. */
    MINUTES_RECORDED
}
