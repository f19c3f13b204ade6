package org.openhall.catalog.domain;

/** What a change of the catalog did (事项变更操作), as its change log records it. */
public enum CatalogAction {
    /** 新建草稿. */
    DRAFT_CREATED,
    /** 修改草稿. */
    DRAFT_REVISED,
    /** 删除草稿. */
    DRAFT_DISCARDED,
    /** 发布: a draft became a version in force from a date. */
    PUBLISHED,
    /** 导入: a definition from a county pack was applied as a new version. */
    APPLIED,
    /** 暂停办理. */
    SUSPENDED,
    /** 恢复办理. */
    RESUMED,
    /** 取消. */
    ABOLISHED
}
