package io.meridian.training.trainers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short texts about sport or food in English, German, Chinese and Japanese, built from per-topic
 * words and sentence templates. Chinese and Japanese have no spaces: only a model that segments
 * words can recognise the topic words inside a sentence it has not seen.
 */
public final class SyntheticTexts {

    public record Language(String[] templates, String[] sport, String[] food) {
    }

    public static final Language EN = new Language(new String[] {"Yesterday the %s and the %s were great.", "I really like %s, %s too!"},
            new String[] {"football", "match", "goal", "team", "player", "stadium"},
            new String[] {"pasta", "bread", "cheese", "soup", "recipe", "kitchen"});
    public static final Language DE = new Language(new String[] {"Gestern waren %s und %s super.", "Ich mag %s, auch %s!"},
            new String[] {"Fußball", "Mannschaft", "Tor", "Spiel", "Trainer", "Stadion"},
            new String[] {"Brot", "Käse", "Suppe", "Rezept", "Küche", "Nudeln"});
    public static final Language ZH = new Language(new String[] {"昨天的%s和%s都很好。", "我非常喜欢%s，也喜欢%s！"},
            new String[] {"足球", "比赛", "球队", "进球", "教练", "体育场"},
            new String[] {"面包", "奶酪", "汤", "菜谱", "厨房", "面条"});
    public static final Language JA = new Language(new String[] {"昨日の%sと%sはとても良かったです。", "私は%sが好きです、%sも！"},
            new String[] {"サッカー", "試合", "選手", "監督", "ゴール", "競技場"},
            new String[] {"パン", "チーズ", "スープ", "料理", "台所", "ラーメン"});

    private SyntheticTexts() {
    }

    /** {@code rows} texts in {@code languages}, using template {@code template} of each, half of each topic. */
    public static Path write(Path file, int rows, long seed, int template, Language... languages) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("text,topic"));
        for (int i = 0; i < rows; i++) {
            Language language = languages[random.nextInt(languages.length)];
            boolean sport = i % 2 == 0;
            String[] words = sport ? language.sport() : language.food();
            String text = String.format(language.templates()[template], words[random.nextInt(words.length)],
                    words[random.nextInt(words.length)]);
            lines.add("\"" + text + "\"," + (sport ? "sport" : "food"));
        }
        return Files.write(file, lines);
    }
}
