package org.openhall.bootstrap;

import org.openhall.shared.application.CentreProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the operator where to find the API once the server listens. */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final CentreProfile centre;

    StartupBanner(CentreProfile centre) {
        this.centre = centre;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        log.info("OpenHall for {} is up. API: http://localhost:{}/api/v1  Swagger UI: http://localhost:{}/swagger-ui.html",
                centre.name(), port, port);
    }
}
