package org.openhall.shared.domain.access;

/** What an actor may do in the service centre. */
public enum Role {

    /** 窗口人员: receives and accepts applications at a department's window. */
    CLERK,

    /** 部门审批人: decides on applications for their department, grants extensions. */
    DEPARTMENT_APPROVER,

    /** 监察人员: oversees every department's handling and time limits (电子监察). */
    SUPERVISOR,

    /** 系统管理员: maintains the platform, calendars and accounts. */
    ADMINISTRATOR,

    /** 事项管理员: maintains the approval-item catalog (drafts, publication, suspension, abolition). */
    CATALOG_ADMINISTRATOR,

    /** 信息公开工作人员: registers and answers requests for information, keeps the disclosure catalog and guide. */
    DISCLOSURE_OFFICER;

    /** Whether the role reaches every department rather than the actor's own. */
    public boolean spansDepartments() {
        return this == SUPERVISOR || this == ADMINISTRATOR || this == CATALOG_ADMINISTRATOR;
    }
}
