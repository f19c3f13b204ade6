package org.openhall.catalog.domain;

/**
 * The kind of an approval item (事项类型), as the catalog of a service centre classifies it.
 * Only the first two are approval items in the narrow sense (审批事项) that count towards the
 * "three concentrations" rate.
 */
public enum ItemKind {
    /** 行政许可: an administrative licence under the Administrative Licensing Law. */
    ADMINISTRATIVE_LICENCE,
    /** 非行政许可审批: an approval that is not a licence. */
    NON_LICENCE_APPROVAL,
    /** 公共服务: a public service. */
    PUBLIC_SERVICE,
    /** 便民服务: a convenience service, typically at township and village level. */
    CONVENIENCE_SERVICE;

    /** Whether items of this kind are approvals (审批) rather than services. */
    public boolean isApproval() {
        return this == ADMINISTRATIVE_LICENCE || this == NON_LICENCE_APPROVAL;
    }
}
