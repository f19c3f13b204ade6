package org.openhall.shared.adapter.in.web;

import java.util.List;
import java.util.Locale;

import org.openhall.shared.adapter.in.web.security.ActorArgumentResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The web adapter's own MVC setup: the language of responses and the signed-in actor as a
 * controller argument.
 */
@Configuration(proxyBeanMethods = false)
public class WebAdapterConfiguration implements WebMvcConfigurer {

    /** The languages the message bundles speak. */
    public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /**
     * Follows {@code Accept-Language}; a request that names no supported language gets Simplified
     * Chinese, the language of the centre — not the server's default locale, which on a cloud host
     * is usually English.
     */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED_LOCALES);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    @Bean
    WebMessages webMessages() {
        return new WebMessages();
    }

    @Bean
    ProblemFactory problemFactory(WebMessages webMessages, LocaleResolver localeResolver) {
        return new ProblemFactory(webMessages, localeResolver);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
