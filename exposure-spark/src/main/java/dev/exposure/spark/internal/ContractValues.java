package dev.exposure.spark.internal;

import java.io.Serializable;

/**
 * The values of one contract row as the group function reads them: a Java bean, so that Spark's bean encoder fills
 * it from the canonical columns by name, with primitive setters (no boxing) and without decoding the symbol and
 * as-of of every row (they are the group key).
 *
 * <p>Property names are the column names of {@link ContractFrame}. Mutable, as bean encoders require; one
 * instance per row, read once.
 */
public final class ContractValues implements Serializable {

    private static final long serialVersionUID = 1L;

    private double underlyingPrice;
    private double riskFreeRate;
    private double dividendYield;
    private double contractMultiplier;
    private int sign;
    private int expirationDay;
    private double strike;
    private double openInterest;
    private double impliedVolatility;

    /** Creates an empty row, for the encoder. */
    public ContractValues() {
    }

    /**
     * Returns the underlying price.
     *
     * @return USD, NaN where unreadable
     */
    public double getUnderlyingPrice() {
        return underlyingPrice;
    }

    /**
     * Sets the underlying price.
     *
     * @param v USD
     */
    public void setUnderlyingPrice(double v) {
        underlyingPrice = v;
    }

    /**
     * Returns the risk-free rate.
     *
     * @return continuous annual rate, NaN where unreadable
     */
    public double getRiskFreeRate() {
        return riskFreeRate;
    }

    /**
     * Sets the risk-free rate.
     *
     * @param v continuous annual rate
     */
    public void setRiskFreeRate(double v) {
        riskFreeRate = v;
    }

    /**
     * Returns the dividend yield.
     *
     * @return continuous annual yield, NaN where unreadable
     */
    public double getDividendYield() {
        return dividendYield;
    }

    /**
     * Sets the dividend yield.
     *
     * @param v continuous annual yield
     */
    public void setDividendYield(double v) {
        dividendYield = v;
    }

    /**
     * Returns the contract multiplier.
     *
     * @return units per contract, NaN where unreadable
     */
    public double getContractMultiplier() {
        return contractMultiplier;
    }

    /**
     * Sets the contract multiplier.
     *
     * @param v units per contract
     */
    public void setContractMultiplier(double v) {
        contractMultiplier = v;
    }

    /**
     * Returns the dealer sign of the type.
     *
     * @return +1 call, −1 put, 0 unreadable
     */
    public int getSign() {
        return sign;
    }

    /**
     * Sets the dealer sign of the type.
     *
     * @param v +1, −1 or 0
     */
    public void setSign(int v) {
        sign = v;
    }

    /**
     * Returns the expiration.
     *
     * @return days since 1970-01-01, {@link ContractFrame#UNREADABLE_DAY} where unreadable
     */
    public int getExpirationDay() {
        return expirationDay;
    }

    /**
     * Sets the expiration.
     *
     * @param v days since 1970-01-01
     */
    public void setExpirationDay(int v) {
        expirationDay = v;
    }

    /**
     * Returns the strike.
     *
     * @return USD, NaN where unreadable
     */
    public double getStrike() {
        return strike;
    }

    /**
     * Sets the strike.
     *
     * @param v USD
     */
    public void setStrike(double v) {
        strike = v;
    }

    /**
     * Returns the open interest.
     *
     * @return contracts, NaN where unreadable
     */
    public double getOpenInterest() {
        return openInterest;
    }

    /**
     * Sets the open interest.
     *
     * @param v contracts
     */
    public void setOpenInterest(double v) {
        openInterest = v;
    }

    /**
     * Returns the implied volatility.
     *
     * @return annual fraction, NaN where unreadable
     */
    public double getImpliedVolatility() {
        return impliedVolatility;
    }

    /**
     * Sets the implied volatility.
     *
     * @param v annual fraction
     */
    public void setImpliedVolatility(double v) {
        impliedVolatility = v;
    }
}
