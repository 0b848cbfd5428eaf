package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.exposure.Conventions;
import dev.exposure.GammaProfile;
import dev.exposure.GammaProfileBuilder;
import dev.exposure.OptionChain;
import dev.exposure.OptionType;
import dev.exposure.TimeBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gamma flip of a real quote table against the "zero gamma" that the widely copied open-source GEX scripts
 * print for it, computed here by their published method, step by step:
 * <ol>
 *   <li>spot from {@code Last:}; today = the date of the date line (2024-01-07, a Sunday);</li>
 *   <li>per row, T = {@code numpy.busday_count(today, expiration)} / 262, or 1/262 when that count is 0; a past
 *       expiration has a negative count, so √T is NaN there and pandas' {@code sum} skips the row;</li>
 *   <li>per contract {@code calcGammaEx(S, K, vol, T, r = 0, q = 0, OI) = OI·100·S²·0.01·φ(dp)/(S·vol·√T)}, 0 when
 *       T or vol is 0; call GEX minus put GEX summed over the chain;</li>
 *   <li>60 levels {@code numpy.linspace(0.8·S, 1.2·S, 60)}; the zero is the linear interpolation between the two
 *       levels where the sign changes.</li>
 * </ol>
 * The library's flip with {@code TimeBasis.weekdays(262, true)} and r = q = 0 (the readers' default) is the zero of
 * the same function found without the grid's interpolation, so the two must agree to within the interpolation
 * error, here a fraction of an index point.
 */
class ScriptFlipTest {

    @Test
    void spx20240107_weekdays262Floor_flipWithinAPointOfTheScriptsZeroGamma() {
        var file = SharedData.data("cboe/spx-2024-01-07.csv");
        NaiveQuoteTable naive = NaiveQuoteTable.read(file);
        double spot = naive.spot;
        LocalDate today = LocalDate.of(2024, 1, 7);
        int n = 60;
        double[] levels = new double[n];
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            levels[i] = 0.8 * spot + (1.2 * spot - 0.8 * spot) * i / (n - 1); // numpy.linspace
            for (NaiveQuoteTable.Contract c : naive.contracts) {
                double t = busdayCount(today, c.expiration);
                t = t == 0 ? 1 / 262.0 : t / 262;
                double g = gammaEx(levels[i], c.strike, c.impliedVolatility, t, c.openInterest);
                total[i] += c.type == OptionType.CALL ? g : -g;
            }
        }
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            if (Math.signum(total[i]) != Math.signum(total[i + 1])) {
                zeros.add(levels[i + 1] - (levels[i + 1] - levels[i]) * total[i + 1] / (total[i + 1] - total[i]));
            }
        }
        assertThat(zeros).as("the script finds one zero gamma on this file").hasSize(1);
        double scriptZero = zeros.get(0); // ≈ 4734.48 (spot 4697.24)

        OptionChain chain = ChainFiles.read(file).get(0);
        GammaProfile profile = new GammaProfileBuilder(Conventions.defaults()
                .withTimeBasis(TimeBasis.weekdays(262, true))).build(chain);
        assertThat(profile.gammaFlip()).isPresent();
        assertThat(profile.gammaFlip().getAsDouble()).isCloseTo(scriptZero, within(1.0));
    }

    /** numpy's busday_count: weekdays in [from, to), negative (counted backwards) when to is before from. */
    private static double busdayCount(LocalDate from, LocalDate to) {
        boolean backwards = to.isBefore(from);
        LocalDate a = backwards ? to : from;
        LocalDate b = backwards ? from : to;
        int count = 0;
        for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return backwards ? -count : count;
    }

    /** calcGammaEx with r = q = 0; NaN for a negative T (√T), which the scripts' pandas sum leaves out. */
    private static double gammaEx(double s, double k, double vol, double t, double oi) {
        if (t == 0 || vol == 0) {
            return 0;
        }
        if (t < 0) {
            return 0; // NaN in the script, skipped by the sum
        }
        double dp = (Math.log(s / k) + 0.5 * vol * vol * t) / (vol * Math.sqrt(t));
        double gamma = Math.exp(-dp * dp / 2) / Math.sqrt(2 * Math.PI) / (s * vol * Math.sqrt(t));
        return oi * 100 * s * s * 0.01 * gamma;
    }
}
