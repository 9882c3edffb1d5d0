package io.meridian.api.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates {@code demo/churn.csv}: made-up customers of a subscription service, whose churn
 * follows a logistic rule (short tenure, a monthly contract, many support tickets and a high bill
 * push towards churn; a long contract and automatic payment keep customers) plus noise, so that a
 * linear model learns most of it but not all. Deterministic: {@link ChurnDataTest} checks that the
 * shipped file is exactly this output. Regenerate with {@code java … ChurnData <file>}.
 */
public final class ChurnData {

    public static final int ROWS = 1000;
    public static final long SEED = 20261127L;

    private static final String[] PLANS = {"basic", "standard", "premium"};
    private static final String[] CONTRACTS = {"monthly", "annual", "two-year"};

    private ChurnData() {
    }

    public static String csv() {
        Random random = new Random(SEED);
        StringBuilder csv = new StringBuilder("tenure_months,monthly_charge,support_tickets,plan,contract,auto_pay,outcome\r\n");
        for (int i = 0; i < ROWS; i++) {
            int contract = pick(random, 0.55, 0.3);
            int plan = pick(random, 0.45, 0.35);
            // longer contracts come with longer tenures
            int tenure = 1 + (int) Math.min(71, Math.abs(random.nextGaussian() * (12 + 18 * contract)));
            double charge = 15 + 25 * plan + random.nextDouble() * 30;
            int tickets = poisson(random, 0.8 + (contract == 0 ? 0.7 : 0));
            boolean autoPay = random.nextDouble() < 0.35 + 0.2 * contract;
            double z = 0.3 - 0.06 * tenure + 0.025 * (charge - 50) + 0.45 * tickets
                    + (contract == 0 ? 1.0 : contract == 1 ? -0.6 : -1.6) + (autoPay ? -0.7 : 0);
            boolean churn = random.nextDouble() < 1 / (1 + Math.exp(-z));
            csv.append(String.format(Locale.ROOT, "%d,%.2f,%d,%s,%s,%s,%s\r\n", tenure, charge, tickets, PLANS[plan],
                    CONTRACTS[contract], autoPay, churn ? "churn" : "stay"));
        }
        return csv.toString();
    }

    /** 0 with probability {@code first}, 1 with {@code second}, else 2. */
    private static int pick(Random random, double first, double second) {
        double u = random.nextDouble();
        return u < first ? 0 : u < first + second ? 1 : 2;
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), csv(), StandardCharsets.UTF_8);
    }
}
