package org.openhall.shared.adapter.in.web;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts the API shows people, from {@code i18n/messages*.properties}: zh-CN for the centre's
 * staff, English for everyone who asks for it. Keys are the stable problem codes; a text names its
 * arguments, e.g. {@code {lastDay}}, and they are filled from the problem's details — named rather
 * than numbered so that translators see what goes where.
 *
 * <p>A value that names a constant, such as a case status or a kind of resource, is shown by its
 * own text where the bundle has one under {@code <placeholder>.<value>} (e.g.
 * {@code status.ACCEPTED=已受理}, {@code resource.case=办件}).
 *
 * <p>Kept apart from the application's {@code messageSource} so that these texts do not depend on
 * how the composition root configures its own.
 */
public final class WebMessages {

    /** The bundle's base name on the class path. */
    public static final String BASENAME = "i18n/messages";

    private static final Pattern CONSTANT = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final MessageSource source;

    public WebMessages() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename(BASENAME);
        bundle.setDefaultEncoding("UTF-8");
        // Without this a server running in another default locale would answer in that locale's
        // bundle instead of falling back to the base (English) one.
        bundle.setFallbackToSystemLocale(false);
        // Texts are returned as written: apostrophes need no MessageFormat escaping.
        bundle.setAlwaysUseMessageFormat(false);
        this.source = bundle;
    }

    /** The text for {@code key} in {@code locale} with its placeholders filled, if the bundle has one. */
    public Optional<String> find(String key, Map<String, ?> arguments, Locale locale) {
        return Optional.ofNullable(source.getMessage(key, null, null, locale))
                .map(pattern -> fill(pattern, arguments, locale));
    }

    /** The text for {@code key}, or {@code fallback} if the bundle has none. */
    public String get(String key, Map<String, ?> arguments, Locale locale, String fallback) {
        return find(key, arguments, locale).orElse(fallback);
    }

    private String fill(String pattern, Map<String, ?> arguments, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = arguments.containsKey(name) ? display(name, arguments.get(name), locale) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String display(String name, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            // 顿号 is how Chinese separates the items of a list.
            String separator = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
            return items.stream().map(item -> display(name, item, locale)).collect(Collectors.joining(separator));
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        return CONSTANT.matcher(text).matches() ? source.getMessage(name + "." + text, null, text, locale) : text;
    }
}
