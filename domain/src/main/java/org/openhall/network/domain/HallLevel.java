package org.openhall.network.domain;

/** The three levels of the service network (三级政务服务体系). */
public enum HallLevel {
    /** 市（县）政务服务中心. */
    CITY,
    /** 乡镇政务服务中心. */
    TOWNSHIP,
    /** 村（社区）政务服务站. */
    VILLAGE;

    /** The level directly above, which a hall of this level belongs to; {@code null} for the city. */
    public HallLevel parentLevel() {
        return switch (this) {
            case CITY -> null;
            case TOWNSHIP -> CITY;
            case VILLAGE -> TOWNSHIP;
        };
    }
}
