package io.meridian.i18n;

import com.ibm.icu.text.MessageFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message bundle: ICU MessageFormat patterns with named arguments, one UTF-8 properties file
 * per supported locale ({@code <base>_<tag>.properties} on the classpath, the tag's hyphens as
 * underscores: {@code problems_zh_CN}, {@code problems_pt_BR}). A key missing in a
 * locale falls back to English, and a key missing everywhere is returned as itself, so a lookup
 * never fails at run time; the bundle tests make both cases fail the build instead.
 */
public final class Messages {

    private final String baseName;
    private final Map<Locale, Properties> patterns = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(String baseName) {
        this.baseName = baseName;
        for (Locale locale : SupportedLocales.all()) {
            patterns.put(locale, load(locale));
        }
    }

    public String format(Locale locale, String key, Map<String, ?> arguments) {
        Locale chosen = patterns.containsKey(locale) ? locale : SupportedLocales.DEFAULT;
        String pattern = patterns.get(chosen).getProperty(key);
        if (pattern == null) {
            chosen = SupportedLocales.DEFAULT;
            pattern = patterns.get(chosen).getProperty(key);
        }
        if (pattern == null) {
            return key;
        }
        Locale formatLocale = chosen;
        String source = pattern;
        MessageFormat format = formats.computeIfAbsent(chosen.toLanguageTag() + '\u0000' + key,
                cacheKey -> new MessageFormat(source, formatLocale));
        // MessageFormat is not thread-safe: format on a clone of the parsed pattern
        return ((MessageFormat) format.clone()).format(arguments);
    }

    public String format(Locale locale, String key) {
        return format(locale, key, Map.of());
    }

    /** The keys and raw patterns of one locale, for the completeness tests. */
    public Properties patterns(Locale locale) {
        Properties copy = new Properties();
        copy.putAll(patterns.get(locale));
        return copy;
    }

    private Properties load(Locale locale) {
        String resource = baseName.replace('.', '/') + "_" + locale.toLanguageTag().replace('-', '_') + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
