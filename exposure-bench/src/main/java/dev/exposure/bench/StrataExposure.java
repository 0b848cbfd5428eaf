package dev.exposure.bench;

import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import dev.exposure.Exposure;
import dev.exposure.internal.ChainColumns;

/**
 * The peer baseline: the same exposures from OpenGamma Strata's {@link BlackScholesFormulaRepository}, four calls
 * per contract (gamma, delta, vanna, charm), over the library's own columns so that only the greeks differ.
 *
 * <p>Conventions, checked against Strata 2.12 (its arguments are spot, strike, time to expiry τ in years,
 * volatility, interest rate r and cost of carry b; here b = r − q):
 * <ul>
 *   <li>{@code gamma}: e^{(b−r)τ}·φ(d1)/(S·σ√τ) = e^{−qτ}·φ(d1)/(S·σ√τ), as SPEC §3. Used as is.</li>
 *   <li>{@code delta}: s·e^{(b−r)τ}·N(s·d1), as SPEC §3 (puts negative). Used as is.</li>
 *   <li>{@code vanna}: −e^{(b−r)τ}·φ(d1)·d2/σ, per 1.00 of σ, as SPEC §3. Used as is.</li>
 *   <li>{@code charm}: documented as "minus the second derivative of the value, once in spot and once in time to
 *       maturity", −∂Δ/∂τ, per <em>year</em>: −e^{−qτ}·[φ(d1)·(b/(σ√τ) − d2/(2τ)) + s·(b − r)·N(s·d1)].
 *       SPEC §3's charm is +∂Δ/∂τ per calendar <em>day</em> (positive for an out-of-the-money call), so
 *       {@code charm_spec = −charm_strata / 365}. Expanding both brackets shows they are the same function.</li>
 * </ul>
 * Strata returns exactly 0 where φ(d1) or N(s·d1) falls below 1e-13; on the generated chains those terms weigh
 * less than 1e-12 of the totals, so the totals still match the kernel's to the 1e-9 checked in setup.
 */
final class StrataExposure {

    private StrataExposure() {
    }

    /**
     * Computes the chain's net exposures with Strata's formulas.
     *
     * @param c the chain's columns
     * @return net GEX, DEX, VEX and CHEX
     */
    static Exposure totals(ChainColumns c) {
        double spot = c.spot;
        double r = c.rate;
        double b = c.rate - c.yield;
        double notional = c.multiplier * spot;
        double gex = 0;
        double dex = 0;
        double vex = 0;
        double chex = 0;
        for (int row = 0; row < c.rows; row++) {
            double tau = c.rowTau[row];
            for (int i = c.rowStart[row]; i < c.rowStart[row + 1]; i++) {
                double k = c.strike[i];
                double sigma = c.volatility[i];
                boolean call = c.sign[i] > 0;
                double sign = call ? 1.0 : -1.0;
                double weight = c.openInterest[i] * notional;
                double gamma = BlackScholesFormulaRepository.gamma(spot, k, tau, sigma, r, b);
                double delta = BlackScholesFormulaRepository.delta(spot, k, tau, sigma, r, b, call);
                double vanna = BlackScholesFormulaRepository.vanna(spot, k, tau, sigma, r, b);
                double charm = -BlackScholesFormulaRepository.charm(spot, k, tau, sigma, r, b, call) / 365.0;
                gex += sign * gamma * weight * spot * 0.01;
                dex += delta * weight;
                vex += sign * vanna * weight;
                chex += sign * charm * weight;
            }
        }
        return new Exposure(gex, dex, vex, chex);
    }
}
