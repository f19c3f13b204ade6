package org.openhall;

import org.openhall.audit.adapter.in.web.AuditAccessRules;
import org.openhall.catalog.adapter.in.web.CatalogAccessRules;
import org.openhall.complaint.adapter.in.web.ComplaintAccessRules;
import org.openhall.complaint.adapter.in.web.hotline.HotlineAccessRules;
import org.openhall.complaint.adapter.in.web.rating.RatingAccessRules;
import org.openhall.disclosure.adapter.in.web.DisclosureAccessRules;
import org.openhall.network.adapter.in.web.NetworkAccessRules;
import org.openhall.notification.adapter.in.web.NotificationAccessRules;
import org.openhall.participation.adapter.in.web.ParticipationAccessRules;
import org.openhall.servicecase.adapter.in.web.CaseAccessRules;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.adapter.in.web.security.StaffTokenAuthenticator;
import org.openhall.shared.adapter.in.web.security.WebSecurityConfiguration;
import org.openhall.supervision.adapter.in.web.SupervisionAccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the composition root in the web adapter's tests: slice tests find it as their
 * configuration, and the security rules (the shared chain and every context's {@code AccessRules})
 * are imported so that every test, slices included, runs behind them; session tokens are those
 * {@link Staff} hands out. A context that adds access rules lists them here too.
 */
@SpringBootApplication
@Import({ WebSecurityConfiguration.class, CatalogAccessRules.class,
        NetworkAccessRules.class, CaseAccessRules.class, DisclosureAccessRules.class, ParticipationAccessRules.class,
        SupervisionAccessRules.class, NotificationAccessRules.class, ComplaintAccessRules.class,
        HotlineAccessRules.class, RatingAccessRules.class, AuditAccessRules.class })
public class WebAdapterTestApplication {

    /** The test sessions, preferred over the network context's real ones where a test scans those in too. */
    @Bean
    @Primary
    StaffTokenAuthenticator testSessions() {
        return Staff.SESSIONS;
    }
}
