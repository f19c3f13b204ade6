package org.openhall.catalog.domain;

/**
 * Where a version of an item stands (事项状态). A draft becomes a published version; an item in
 * force can be suspended, resumed and finally abolished (清理, 应减必减). Each change of status
 * from a date is a version of its own, so that what was in force on any past date stays known.
 */
public enum ItemStatus {
    /** 草稿: being prepared by a catalog administrator; not public, no cases. */
    DRAFT,
    /** 已发布: in the published catalog; applications are received. */
    PUBLISHED,
    /** 暂停办理: still listed, but no new applications are received. */
    SUSPENDED,
    /** 已取消: taken out of the catalog for good. */
    ABOLISHED
}
