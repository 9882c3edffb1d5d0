package io.meridian.i18n;

import com.ibm.icu.text.MessagePattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads an ICU message pattern's arguments and plural forms, for the bundle tests. */
final class MessageArguments {

    private MessageArguments() {
    }

    /**
     * Each named argument with its strongest use: an argument used as a plural (or number) and also
     * as plain text counts as the plural, since it must then be given a number.
     */
    static Map<String, MessagePattern.ArgType> of(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, MessagePattern.ArgType> arguments = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                MessagePattern.ArgType type = part.getArgType() == MessagePattern.ArgType.SIMPLE && isNumberStyle(parsed, i)
                        ? MessagePattern.ArgType.PLURAL : part.getArgType();
                arguments.merge(name, type, (known, other) -> isNumeric(other) ? other : known);
            }
        }
        return arguments;
    }

    static boolean isNumeric(MessagePattern.ArgType type) {
        return type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL
                || type == MessagePattern.ArgType.CHOICE;
    }

    /** The selectors (one, few, other; not =0) of each plural argument in the pattern. */
    static List<Set<String>> pluralKeywords(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> forms = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                forms.add(selectors(parsed, i));
            }
        }
        return forms;
    }

    private static Set<String> selectors(MessagePattern parsed, int argStart) {
        Set<String> keywords = new TreeSet<>();
        int limit = parsed.getLimitPartIndex(argStart);
        for (int j = argStart + 1; j < limit; j++) {
            MessagePattern.Part part = parsed.getPart(j);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                String selector = parsed.getSubstring(part);
                if (!selector.startsWith("=")) {
                    keywords.add(selector);
                }
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                j = parsed.getLimitPartIndex(j); // a nested message's own plurals are counted on their own
            }
        }
        return keywords;
    }

    /** {n, number} and {n, number, ...} need a number just like a plural does. */
    private static boolean isNumberStyle(MessagePattern parsed, int argStart) {
        MessagePattern.Part typePart = parsed.getPart(argStart + 2);
        return typePart.getType() == MessagePattern.Part.Type.ARG_TYPE && "number".equals(parsed.getSubstring(typePart));
    }
}
