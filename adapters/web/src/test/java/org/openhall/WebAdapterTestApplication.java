package org.openhall;

import org.openhall.catalog.adapter.in.web.CatalogAccessRules;
import org.openhall.complaint.adapter.in.web.ComplaintAccessRules;
import org.openhall.complaint.adapter.in.web.hotline.HotlineAccessRules;
import org.openhall.disclosure.adapter.in.web.DisclosureAccessRules;
import org.openhall.network.adapter.in.web.NetworkAccessRules;
import org.openhall.network.adapter.in.web.StaffUserDetailsService;
import org.openhall.notification.adapter.in.web.NotificationAccessRules;
import org.openhall.participation.adapter.in.web.ParticipationAccessRules;
import org.openhall.servicecase.adapter.in.web.CaseAccessRules;
import org.openhall.shared.adapter.in.web.security.WebSecurityConfiguration;
import org.openhall.supervision.adapter.in.web.SupervisionAccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Stands in for the composition root in the web adapter's tests: slice tests find it as their
 * configuration, and the security rules (the shared chain and every context's {@code AccessRules})
 * with the staff directory's sign-in are imported so that every test, slices included, runs behind
 * them. A context that adds access rules lists them here too.
 */
@SpringBootApplication
@Import({ WebSecurityConfiguration.class, StaffUserDetailsService.class, CatalogAccessRules.class,
        NetworkAccessRules.class, CaseAccessRules.class, DisclosureAccessRules.class, ParticipationAccessRules.class,
        SupervisionAccessRules.class, NotificationAccessRules.class, ComplaintAccessRules.class,
        HotlineAccessRules.class })
public class WebAdapterTestApplication {
}
