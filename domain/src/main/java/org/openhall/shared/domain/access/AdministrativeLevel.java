package org.openhall.shared.domain.access;

/**
 * The three levels of the service network (三级政务服务体系): where a hall stands and at which
 * level an item is handled.
 */
public enum AdministrativeLevel {
    /** 市（县）级: the city centre (市政务服务中心). */
    CITY,
    /** 乡镇级: a township centre (乡镇政务服务中心). */
    TOWNSHIP,
    /** 村（社区）级: a village station (村政务服务站). */
    VILLAGE;

    /** The level directly above, to which a hall of this level belongs; {@code null} for the city. */
    public AdministrativeLevel parentLevel() {
        return switch (this) {
            case CITY -> null;
            case TOWNSHIP -> CITY;
            case VILLAGE -> TOWNSHIP;
        };
    }
}
