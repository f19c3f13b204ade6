package org.openhall;

import org.openhall.network.adapter.in.web.StaffUserDetailsService;
import org.openhall.shared.adapter.in.web.security.WebSecurityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Stands in for the composition root in the web adapter's tests: slice tests find it as their
 * configuration, and the security rules with the staff directory's sign-in are imported so that
 * every test, slices included, runs behind them.
 */
@SpringBootApplication
@Import({ WebSecurityConfiguration.class, StaffUserDetailsService.class })
public class WebAdapterTestApplication {
}
