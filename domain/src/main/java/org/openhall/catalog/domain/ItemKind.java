package org.openhall.catalog.domain;

/**
 * The kind of an approval item (事项类型), as the catalog of a service centre classifies it.
 */
public enum ItemKind {
    /** 行政许可: an administrative licence under the Administrative Licensing Law. */
    ADMINISTRATIVE_LICENCE,
    /** 非行政许可审批: an approval that is not a licence. */
    NON_LICENCE_APPROVAL,
    /** 公共服务: a public service. */
    PUBLIC_SERVICE
}
