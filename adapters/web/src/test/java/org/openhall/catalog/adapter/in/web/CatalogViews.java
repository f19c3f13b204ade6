package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.ServiceGuideView;
import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ApprovalItemVersionId;
import org.openhall.catalog.domain.ApprovalItems;
import org.openhall.catalog.domain.ItemContent;
import org.openhall.catalog.domain.ItemContentBuilder;
import org.openhall.catalog.domain.ItemStatus;
import org.openhall.catalog.domain.ValidityPeriod;
import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;

import static org.mockito.BDDMockito.given;

/** Views of 食品经营许可 as the catalog's use cases return them, and a catalog administrator to sign in as. */
final class CatalogViews {

    static final Actor CATALOG_ADMIN = new Actor("lu.catalog", Set.of(Role.CATALOG_ADMINISTRATOR), null, "陆目录");

    private CatalogViews() {
    }

    /** Makes the mocked directory know the catalog administrator too, with the password of {@link Staff}. */
    static void registerIn(StaffDirectory directory) {
        Staff.registerIn(directory);
        given(directory.credentialsOf(CATALOG_ADMIN.username())).willReturn(Optional.of(
                new StaffCredentials(CATALOG_ADMIN.username(), "{noop}" + Staff.PASSWORD, true, CATALOG_ADMIN)));
    }

    static ApprovalItem food(int version, ItemStatus status, String reason) {
        return food(version, status, reason, ApprovalItems.foodBusinessLicenceContent());
    }

    static ApprovalItem food(int version, ItemStatus status, String reason, ItemContent content) {
        return ApprovalItem.restore(new ApprovalItemVersionId(ApprovalItems.FOOD_BUSINESS_LICENCE, version), status,
                ValidityPeriod.from(LocalDate.parse("2026-03-02")), content, reason);
    }

    static ItemVersionView foodVersion(int version) {
        return ItemVersionView.of(food(version, ItemStatus.PUBLISHED, null));
    }

    static ServiceGuideView foodGuide() {
        return ServiceGuideView.of(food(2, ItemStatus.PUBLISHED, null), true);
    }

    /** A guide whose name tries to smuggle markup into the printed page. */
    static ServiceGuideView guideNamed(String name) {
        return ServiceGuideView.of(food(1, ItemStatus.PUBLISHED, null, ItemContentBuilder.food().named(name).build()),
                true);
    }
}
