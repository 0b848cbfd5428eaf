/**
 * Dealer-exposure analytics for option chains: net gamma (GEX), delta (DEX), vanna (VEX) and charm (CHEX)
 * exposure, by expiry and DTE bucket ({@link dev.exposure.TermStructureBuilder}) and across a weighted basket of
 * symbols ({@link dev.exposure.BasketAggregator}).
 *
 * <p>Conventions, for every figure in this package:
 * <ul>
 *   <li>dealers are long calls and short puts: a call enters with sign +1, a put with −1;</li>
 *   <li>GEX is USD per 1% move of the underlying ({@code sign·gamma·OI·M·S²·0.01}), DEX is USD
 *       ({@code delta·OI·M·S}), VEX is USD per 1.00 change of implied volatility ({@code sign·vanna·OI·M·S}) and
 *       CHEX is USD per calendar day ({@code sign·charm·OI·M·S});</li>
 *   <li>greeks are Black–Scholes–Merton with continuous rate r and dividend yield q; every contract expires at
 *       16:00 America/New_York and τ counts seconds over a 365-day year;</li>
 *   <li>all values are immutable and safe to share between threads; no method keeps a caller's mutable
 *       collection.</li>
 * </ul>
 */
package dev.exposure;
