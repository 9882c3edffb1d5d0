package io.meridian.compliance.pii;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of a scan with every recognizer on, over 4 MB of mixed text in eight languages:
 * ordinary prose (a quarter of it full of figures, dates, versions and order numbers) with the
 * corpus' personal values and look-alikes sprinkled in (about one sentence in twelve). One thread, so the figure is per core. Run by bench/pii-throughput.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PiiScanBenchmark {

    static final int TARGET_BYTES = 4_000_000;

    private static final List<String> PROSE = List.of(
            "The quarterly report shows steady growth in all regions, and the team expects the new model to ship in spring. ",
            "Der Bericht zeigt ein stabiles Wachstum; das Team erwartet, dass das neue Modell im Frühjahr ausgeliefert wird. ",
            "Le rapport trimestriel montre une croissance régulière et l'équipe prévoit une mise en production au printemps. ",
            "El informe trimestral muestra un crecimiento estable y el equipo espera lanzar el nuevo modelo en primavera. ",
            "O relatório trimestral mostra crescimento estável e a equipe espera lançar o novo modelo na primavera. ",
            "季度报告显示各地区稳定增长，团队预计新模型将在春季上线，客户反馈总体积极。 ",
            "四半期報告では全地域で安定した成長が見られ、チームは新しいモデルを春に公開する予定です。 ",
            "يُظهر التقرير الفصلي نموًا مستقرًا في جميع المناطق، ويتوقع الفريق إطلاق النموذج الجديد في الربيع. ",
            "Revenue rose 12.5% to 3,482 units in Q3 2026; order 88213 shipped on 14.11.2026 at 09:30 from gate B-12. ",
            "Umsatz +7,2 % auf 1.204.330 EUR, Version 4.12.1 seit 2026-10-01 aktiv, Ticket #40211 geschlossen. ",
            "第3四半期の売上は12.5%増の3,482台、注文番号88213は2026年11月14日に出荷されました。 ");

    String text;
    PiiScanner scanner;

    @Setup
    public void build() {
        List<PiiCorpus.Sample> corpus = PiiCorpus.build();
        Random random = new Random(7);
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        while (bytes < TARGET_BYTES) {
            String piece = random.nextInt(12) == 0
                    ? corpus.get(random.nextInt(corpus.size())).text() + " "
                    : PROSE.get(random.nextInt(PROSE.size()));
            out.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        text = out.toString();
        scanner = PiiScanner.all();
    }

    @Benchmark
    public List<PiiMatch> scanAllRecognizers() {
        return scanner.scan(text);
    }
}
