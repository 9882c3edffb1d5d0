package io.meridian.console.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import io.meridian.i18n.Messages;
import io.meridian.i18n.SupportedLocales;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every console bundle found on the classpath ({@code console/*_en.properties}, whoever added it): complete
 * in all eight locales, every message valid ICU with the English message's arguments and every plural
 * category of its locale, and every key the code asks for present.
 */
class ConsoleBundlesTest {

    private final ConsoleBundles bundles = ConsoleBundles.load();

    @Test
    void findsTheBundlesOnTheClasspath() {
        assertThat(ConsoleBundles.discover()).contains("core");
        assertThat(bundles.bundles().keySet()).containsExactlyInAnyOrderElementsOf(ConsoleBundles.discover());
    }

    @Test
    void everyLocaleHasExactlyTheKeysOfEnglish() {
        bundles.bundles().forEach((name, messages) -> {
            Set<String> english = messages.patterns(Locale.ENGLISH).stringPropertyNames();
            for (Locale locale : SupportedLocales.all()) {
                assertThat(messages.patterns(locale).stringPropertyNames()).as("keys of console/%s in %s", name, locale)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        });
    }

    @Test
    void everyKeyStartsWithItsBundleName() {
        bundles.bundles().forEach((name, messages) -> assertThat(messages.patterns(Locale.ENGLISH).stringPropertyNames())
                .as("keys of console/%s", name)
                .allMatch(key -> key.startsWith(name + ".")));
    }

    @Test
    void everyMessageParsesAndTakesTheArgumentsOfEnglish() {
        bundles.bundles().forEach((name, messages) -> messages.patterns(Locale.ENGLISH).forEach((key, english) -> {
            Map<String, MessagePattern.ArgType> expected = arguments((String) english);
            for (Locale locale : SupportedLocales.all()) {
                String pattern = messages.patterns(locale).getProperty((String) key);
                assertThatCode(() -> new MessageFormat(pattern, locale)).as("%s in %s", key, locale).doesNotThrowAnyException();
                assertThat(arguments(pattern)).as("arguments of %s in %s", key, locale).isEqualTo(expected);
            }
        }));
    }

    @Test
    void everyMessageFormatsInEveryLocaleAndPluralsCoverEveryCategory() {
        bundles.bundles().forEach((name, messages) -> {
            for (Locale locale : SupportedLocales.all()) {
                Set<String> categories = PluralRules.forLocale(locale).getKeywords();
                messages.patterns(locale).forEach((key, pattern) -> {
                    for (Set<String> keywords : pluralKeywords((String) pattern)) {
                        assertThat(keywords).as("plural forms of %s in %s", key, locale).containsAll(categories);
                    }
                    for (long count : new long[] {0, 1, 2, 3, 11, 100}) {
                        Map<String, Object> samples = new HashMap<>();
                        arguments((String) pattern).forEach((argument, type) -> samples.put(argument,
                                type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SIMPLE ? count : "sample"));
                        String text = format(messages, locale, (String) key, samples);
                        assertThat(text).as("%s in %s", key, locale).isNotBlank().isNotEqualTo(key);
                        // an argument left unformatted shows as {name}; literal braces are quoted in ICU ('{')
                        samples.keySet().forEach(argument -> assertThat(text).as("%s in %s", key, locale).doesNotContain("{" + argument));
                    }
                });
            }
        });
    }

    /** A key the code asks for ({@code getTranslation("…")}, {@code titleKey = "…"}) that no bundle has would show as the key. */
    @Test
    void everyKeyTheCodeUsesIsInABundle() throws IOException {
        Pattern literalKey = Pattern.compile("(?:getTranslation|translate)\\(\"([a-z][a-zA-Z0-9_.-]*[a-zA-Z0-9_-])\"|titleKey = \"([a-z][a-zA-Z0-9_.-]*[a-zA-Z0-9_-])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!bundles.contains(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in the code but in no console bundle").isEmpty();
    }

    private static String format(Messages messages, Locale locale, String key, Map<String, Object> arguments) {
        return messages.format(locale, key, arguments);
    }

    /** Argument name → type, from ICU's parse of the pattern. */
    private static Map<String, MessagePattern.ArgType> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, MessagePattern.ArgType> arguments = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.Part name = parsed.getPart(i + 1);
                arguments.put(parsed.getSubstring(name), part.getArgType());
            }
        }
        return arguments;
    }

    private static Set<Set<String>> pluralKeywords(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<Set<String>> all = new HashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> keywords = new HashSet<>();
                int limit = parsed.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part selector = parsed.getPart(j);
                    if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        keywords.add(parsed.getSubstring(selector));
                        // skip the selected message
                        j = parsed.getLimitPartIndex(j + 1 < limit && parsed.getPart(j + 1).getType() == MessagePattern.Part.Type.ARG_INT ? j + 2 : j + 1);
                    }
                }
                all.add(keywords);
            }
        }
        return all;
    }
}
