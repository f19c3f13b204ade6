package org.openhall.shared.domain.access;

/** What an actor may do in the service centre. */
public enum Role {

    /** 窗口人员: receives and accepts applications at a department's window. */
    CLERK,

    /** 部门审批人: decides on applications for their department, grants extensions. */
    DEPARTMENT_APPROVER,

    /** 部门负责人: heads a department; approves what the law reserves for the agency head (e.g. a complaint's extension). */
    DEPARTMENT_HEAD,

    /** 监察人员: oversees every department's handling and time limits (电子监察). */
    SUPERVISOR,

    /**
     * 系统管理员: maintains the platform, calendars and accounts. One of the three separated
     * administrators (三员分立) with {@link #SECURITY_ADMINISTRATOR} and {@link #AUDIT_ADMINISTRATOR}.
     */
    ADMINISTRATOR,

    /** 安全管理员: grants roles and keeps the security settings; does not run the system or read the audit. */
    SECURITY_ADMINISTRATOR,

    /** 安全审计员: reads and verifies the audit trail; changes nothing else. */
    AUDIT_ADMINISTRATOR,

    /** 热线话务员: answers the 12345-style hotline, opens tickets from calls. */
    HOTLINE_OPERATOR,

    /** 事项管理员: maintains the approval-item catalog (drafts, publication, suspension, abolition). */
    CATALOG_ADMINISTRATOR,

    /** 信息公开工作人员: registers and answers requests for information, keeps the disclosure catalog and guide. */
    DISCLOSURE_OFFICER;

    /** Whether the role reaches every department rather than the actor's own. */
    public boolean spansDepartments() {
        return this == SUPERVISOR || this == ADMINISTRATOR || this == CATALOG_ADMINISTRATOR;
    }

    /**
     * Whether the role reaches work held at every level (三级) rather than at the actor's own hall:
     * the same roles that reach every department, since overseeing and administering the network
     * is not tied to one hall.
     */
    public boolean spansLevels() {
        return spansDepartments();
    }
}
