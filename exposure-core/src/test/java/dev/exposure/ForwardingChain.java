package dev.exposure;

import java.time.Instant;
import java.time.LocalDate;

/** Another implementation of {@link OptionChain} for tests, delegating to a built one; override what differs. */
abstract class ForwardingChain implements OptionChain {
    private final OptionChain delegate;

    ForwardingChain(OptionChain delegate) {
        this.delegate = delegate;
    }

    @Override
    public String symbol() {
        return delegate.symbol();
    }

    @Override
    public double underlyingPrice() {
        return delegate.underlyingPrice();
    }

    @Override
    public Instant asOf() {
        return delegate.asOf();
    }

    @Override
    public double riskFreeRate() {
        return delegate.riskFreeRate();
    }

    @Override
    public double dividendYield() {
        return delegate.dividendYield();
    }

    @Override
    public int contractMultiplier() {
        return delegate.contractMultiplier();
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public OptionType type(int i) {
        return delegate.type(i);
    }

    @Override
    public LocalDate expiration(int i) {
        return delegate.expiration(i);
    }

    @Override
    public double strike(int i) {
        return delegate.strike(i);
    }

    @Override
    public double openInterest(int i) {
        return delegate.openInterest(i);
    }

    @Override
    public double impliedVolatility(int i) {
        return delegate.impliedVolatility(i);
    }
}
