package org.openhall.shared.adapter.in.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Tomcat's own error answers problem+json: see {@link ProblemErrorReportValve}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Tomcat.class)
public class TomcatProblemConfiguration {

    @Bean
    TomcatContextCustomizer problemErrorReports() {
        // The host creates its error report valve when it starts, after the context was added to it.
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }
}
