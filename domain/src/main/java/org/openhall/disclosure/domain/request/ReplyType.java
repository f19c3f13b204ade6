package org.openhall.disclosure.domain.request;

/**
 * The closed set of replies to a request for information (答复类型), Arts. 35–37 of the
 * Regulations on Open Government Information. Every reply is one of these and nothing else.
 */
public enum ReplyType {
    /** Art. 36(1) 已主动公开: say where and how to get it. Needs {@code whereToFind}. */
    ALREADY_PUBLIC,
    /** Art. 36(2) 予以公开: provide it, or say how, where and when to get it. Needs {@code delivery}. */
    DISCLOSED,
    /** Art. 37 部分公开: provide what can be separated and give the reasons for the rest. */
    PARTIALLY_DISCLOSED,
    /** Art. 36(3) 不予公开: say so with the reasons. Needs {@code withholdingGround} and {@code reasons}. */
    NOT_DISCLOSED,
    /** Art. 36(4) 信息不存在: after a search, the information does not exist. */
    DOES_NOT_EXIST,
    /** Art. 36(5) 不属于本机关公开: name the competent agency and its contact when known. */
    NOT_THIS_AGENCY,
    /** Art. 36(6) 重复申请: the same information was already answered; not processed again. */
    REPEAT_REQUEST,
    /** Art. 36(7) 特别规定: a law or administrative regulation sets its own way (e.g. registration records). */
    SPECIAL_PROCEDURE,
    /** Art. 35 申请明显超过合理范围: not processed, or the reply deferred to a stated reasonable day. */
    EXCESSIVE
}
