package org.openhall.catalog.application.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.openhall.catalog.application.port.in.ItemDefinition;
import org.openhall.catalog.application.port.out.InMemoryApprovalItemRepository;
import org.openhall.catalog.application.port.out.InMemoryCatalogChangeLog;
import org.openhall.catalog.application.port.out.InMemoryItemDraftRepository;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/**
 * The catalog's use cases on in-memory ports, with a clock in Heshan the test can set; reused by
 * other contexts' tests that need a real catalog behind them.
 */
public final class CatalogTestbed {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final Actor CATALOG_ADMIN = new Actor("catalog.admin", Set.of(Role.CATALOG_ADMINISTRATOR), null,
            "陆目录");
    public static final Actor PACK_IMPORT = new Actor("county-pack", Set.of(Role.ADMINISTRATOR), null, "县域配置包");
    public static final Actor CLERK = new Actor("clerk.scjg", Set.of(Role.CLERK), new DepartmentCode("SCJG"), "李明");
    public static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR), null, "韦强");

    public final SettableClock clock = new SettableClock(CHINA, LocalDate.parse("2026-03-02").atTime(9, 30));
    public final CentreProfile centre = new CentreProfile("合山市政务服务中心", NationalCalendars.HESHAN, "451381", CHINA);
    public final InMemoryApprovalItemRepository items = new InMemoryApprovalItemRepository();
    public final InMemoryItemDraftRepository drafts = new InMemoryItemDraftRepository();
    public final InMemoryCatalogChangeLog changeLog = new InMemoryCatalogChangeLog();
    public final CatalogService catalog = new CatalogService(items, centre, clock);
    public final CatalogMaintenanceService maintenance = new CatalogMaintenanceService(items, drafts, changeLog,
            centre, clock);
    public final CatalogImportService imports = new CatalogImportService(items, changeLog, centre, clock);

    /** Sets today to {@code isoDate}, keeping the time of day. */
    public void today(String isoDate) {
        clock.setDate(isoDate);
    }

    /** Creates a draft of {@code content} and publishes it from {@code from}, as a catalog administrator. */
    public void publish(String code, ItemContent content, String from) {
        ApprovalItemCode itemCode = new ApprovalItemCode(code);
        maintenance.createDraft(CATALOG_ADMIN, ItemDefinition.of(itemCode, content));
        maintenance.publishDraft(CATALOG_ADMIN, itemCode, LocalDate.parse(from));
    }
}
