package io.meridian.console.i18n;

import io.meridian.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The console's message bundles: every {@code console/<name>_en.properties} on the classpath is a
 * bundle {@code console/<name>} (with one file per supported locale). Each area of the console brings
 * its own bundle ({@code console/core}, {@code console/models}, …), so adding one needs no list to edit.
 * A key belongs to exactly one bundle; by convention it starts with the bundle's name ({@code datasets.title}).
 */
public final class ConsoleBundles {

    static final String FOLDER = "console";
    private static final String ENGLISH_SUFFIX = "_en.properties";

    private final Map<String, Messages> bundles;
    private final Map<String, Messages> byKey;

    private ConsoleBundles(Map<String, Messages> bundles) {
        this.bundles = bundles;
        Map<String, Messages> keys = new LinkedHashMap<>();
        bundles.forEach((name, messages) -> messages.patterns(Locale.ENGLISH).stringPropertyNames().forEach(key -> {
            Messages previous = keys.putIfAbsent(key, messages);
            if (previous != null) {
                throw new IllegalStateException("message key " + key + " is in two console bundles, " + name + " and another");
            }
        }));
        this.byKey = keys;
    }

    /** Finds and loads every console bundle on the classpath. */
    public static ConsoleBundles load() {
        Map<String, Messages> bundles = new LinkedHashMap<>();
        for (String name : discover()) {
            bundles.put(name, new Messages(FOLDER + "." + name));
        }
        if (bundles.isEmpty()) {
            throw new IllegalStateException("no console message bundle (" + FOLDER + "/*" + ENGLISH_SUFFIX + ") on the classpath");
        }
        return new ConsoleBundles(bundles);
    }

    /** Bundle name → its messages, e.g. {@code core}. */
    public Map<String, Messages> bundles() {
        return Collections.unmodifiableMap(bundles);
    }

    public String format(Locale locale, String key, Map<String, ?> arguments) {
        Messages messages = byKey.get(key);
        return messages == null ? key : messages.format(locale, key, arguments);
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** The names of the bundles found in the classpath's {@code console/} folders (directories or jars). */
    static Set<String> discover() {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> folders = ConsoleBundles.class.getClassLoader().getResources(FOLDER);
            for (URL folder : Collections.list(folders)) {
                for (String file : fileNames(folder.toURI())) {
                    if (file.endsWith(ENGLISH_SUFFIX)) {
                        names.add(file.substring(0, file.length() - ENGLISH_SUFFIX.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the console's message bundles", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the console's message bundles", e);
        }
        return names;
    }

    private static List<String> fileNames(URI folder) throws IOException {
        if ("jar".equals(folder.getScheme())) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(folder, Map.of());
            } catch (FileSystemAlreadyExistsException open) {
                jar = FileSystems.getFileSystem(folder);
            }
            return list(jar.provider().getPath(folder));
        }
        return list(Path.of(folder));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
