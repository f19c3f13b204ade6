package org.openhall;

import org.openhall.shared.adapter.in.web.security.WebSecurityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Stands in for the composition root in the web adapter's tests: slice tests find it as their
 * configuration, and the security rules are imported so that every test runs behind them.
 */
@SpringBootApplication
@Import(WebSecurityConfiguration.class)
public class WebAdapterTestApplication {
}
