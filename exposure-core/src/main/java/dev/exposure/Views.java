package dev.exposure;

import dev.exposure.internal.ChainColumns;
import java.util.List;

/** Shared steps of the builders. */
final class Views {

    private Views() {
    }

    /**
     * Lays a chain out under the conventions' time basis and checks that it has data.
     *
     * @throws ExposureException with {@link ExposureError#NO_DATA} and the symbol when it has none
     */
    static ChainColumns layout(OptionChain chain, Conventions conventions) {
        ChainColumns c = ChainColumns.of(chain).under(conventions.timeBasis());
        if (!c.hasData()) {
            throw new ExposureException(ExposureError.NO_DATA, c.noDataReason(), List.of(c.symbol));
        }
        return c;
    }
}
