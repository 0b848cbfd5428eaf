package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketResult;
import dev.exposure.BucketExposure;
import dev.exposure.ExpiryExposure;
import dev.exposure.Exposure;
import dev.exposure.ExposureError;
import dev.exposure.ExposureException;
import dev.exposure.OptionChain;
import dev.exposure.Regime;
import dev.exposure.TermStructure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire shapes: output compared character for character with hand-written golden files whose numbers were
 * chosen so that their shortest plain decimal form is known without running any code.
 */
class ExposureModuleGoldenTest {

    private final ObjectMapper mapper = ExposureJson.newMapper();

    private static String golden(String name) {
        String text = Fixtures.resource(name);
        assertThat(text).endsWith("\n");
        return text.substring(0, text.length() - 1);
    }

    @Test
    void termStructure_handBuilt_matchesGoldenFile() throws Exception {
        assertThat(mapper.writeValueAsString(Fixtures.termStructure()))
                .isEqualTo(golden("golden-term-structure.json"));
    }

    @Test
    void termStructure_goldenFile_readsBackToTheRecord() throws Exception {
        assertThat(mapper.readValue(golden("golden-term-structure.json"), TermStructure.class))
                .isEqualTo(Fixtures.termStructure());
    }

    @Test
    void basket_handBuilt_matchesGoldenFile() throws Exception {
        assertThat(mapper.writeValueAsString(Fixtures.basket())).isEqualTo(golden("golden-basket.json"));
    }

    @Test
    void basket_goldenFile_readsBackToTheRecord() throws Exception {
        assertThat(mapper.readValue(golden("golden-basket.json"), BasketResult.class)).isEqualTo(Fixtures.basket());
    }

    @Test
    void error_requestError_hasNoMissingSymbols() throws Exception {
        ExposureException e = new ExposureException(ExposureError.TOO_MANY_SYMBOLS,
                "51 distinct symbols, at most 50 allowed");
        assertThat(mapper.writeValueAsString(e)).isEqualTo(golden("golden-error-too-many-symbols.json"));
    }

    @Test
    void error_noData_listsMissingSymbols() throws Exception {
        ExposureException e = new ExposureException(ExposureError.NO_DATA,
                "no data for any requested symbol: XYZ,QQQQ", List.of("XYZ", "QQQQ"));
        assertThat(mapper.writeValueAsString(e)).isEqualTo(golden("golden-error-no-data.json"));
    }

    @Test
    void error_messageWithQuotesAndBackslash_isEscaped() throws Exception {
        ExposureException e = new ExposureException(ExposureError.INVALID_WEIGHTS,
                "weight 2 (\"x\") is not a number; \\ is not one either");
        assertThat(mapper.writeValueAsString(e)).isEqualTo(golden("golden-error-invalid-weights.json"));
    }

    @Test
    void error_goldenFiles_readBackWithCodeMessageAndMissingSymbols() throws Exception {
        ExposureException noData = mapper.readValue(golden("golden-error-no-data.json"), ExposureException.class);
        assertThat(noData.error()).isEqualTo(ExposureError.NO_DATA);
        assertThat(noData.getMessage()).isEqualTo("no data for any requested symbol: XYZ,QQQQ");
        assertThat(noData.missingSymbols()).containsExactly("XYZ", "QQQQ");

        ExposureException weights = mapper.readValue(golden("golden-error-invalid-weights.json"),
                ExposureException.class);
        assertThat(weights.error()).isEqualTo(ExposureError.INVALID_WEIGHTS);
        assertThat(weights.getMessage()).isEqualTo("weight 2 (\"x\") is not a number; \\ is not one either");
        assertThat(weights.missingSymbols()).isEmpty();
    }

    @Test
    void error_statusDisagreeingWithCode_isRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"status\":404,\"error\":\"too_many_symbols\",\"message\":\"m\"}",
                ExposureException.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("status: 404 is not the status of error too_many_symbols (400)");
    }

    @Test
    void error_missingSymbolsOnRequestError_isRejected() {
        assertThatThrownBy(() -> mapper.readValue(
                "{\"status\":400,\"error\":\"missing_symbols\",\"message\":\"m\",\"missing_symbols\":[]}",
                ExposureException.class))
                .hasMessageContaining("missing_symbols: only allowed with error no_data");
    }

    @Test
    void chain_handBuilt_matchesGoldenFile() throws Exception {
        assertThat(mapper.writeValueAsString(Fixtures.chain())).isEqualTo(golden("golden-chain.json"));
    }

    @Test
    void chain_goldenFile_readsBackToTheSameContracts() throws Exception {
        OptionChain read = mapper.readValue(golden("golden-chain.json"), OptionChain.class);
        Fixtures.assertSameChain(read, Fixtures.chain(), "golden-chain.json");
    }

    @Test
    void parts_serializedAlone_useTheSameShapes() throws Exception {
        assertThat(mapper.writeValueAsString(new Exposure(1.5, -2, 0.25, 1e21)))
                .isEqualTo("{\"net_gex\":1.5,\"net_dex\":-2,\"net_vex\":0.25,\"net_chex\":1000000000000000000000}");
        assertThat(mapper.writeValueAsString(new BucketExposure("8-30d", 8, 30, Exposure.ZERO, 0)))
                .isEqualTo("{\"bucket\":\"8-30d\",\"dte_range\":[8,30],\"net_gex\":0,\"net_dex\":0,\"net_vex\":0,"
                        + "\"net_chex\":0,\"contract_count\":0}");
        assertThat(mapper.writeValueAsString(new ExpiryExposure(LocalDate.of(2026, 7, 17), 49, true, false,
                Exposure.ZERO, 100)))
                .isEqualTo("{\"expiration\":\"2026-07-17\",\"dte\":49,\"is_opex\":true,\"is_triple_witching\":false,"
                        + "\"net_gex\":0,\"net_dex\":0,\"net_vex\":0,\"net_chex\":0,\"pct_of_chain_gex\":100}");
        assertThat(mapper.writeValueAsString(Regime.NEGATIVE_GAMMA)).isEqualTo("\"negative_gamma\"");
        assertThat(mapper.writeValueAsString(ExposureError.WEIGHT_COUNT_MISMATCH))
                .isEqualTo("\"weight_count_mismatch\"");
        assertThat(mapper.readValue("\"positive_gamma\"", Regime.class)).isEqualTo(Regime.POSITIVE_GAMMA);
        assertThat(mapper.readValue("\"no_data\"", ExposureError.class)).isEqualTo(ExposureError.NO_DATA);
    }

    @Test
    void seedTermStructureExample_reads_withSkippedContractsDefaultingToZero() throws Exception {
        TermStructure ts = mapper.readValue(Fixtures.resource("seed-term-structure.json"), TermStructure.class);
        assertThat(ts.symbol()).isEqualTo("SPY");
        assertThat(ts.underlyingPrice()).isEqualTo(597.5);
        assertThat(ts.skippedContracts()).isZero();
        assertThat(ts.byDteBucket()).extracting(BucketExposure::bucket).containsExactly("0-7d", "8-30d");
        assertThat(ts.byExpiry()).extracting(ExpiryExposure::pctOfChainGex).containsExactly(10.91, 33.42);
        // written back: the same fields in the same order, numbers in their shortest plain form
        assertThat(mapper.writeValueAsString(ts)).isEqualTo("{\"symbol\":\"SPY\",\"underlying_price\":597.5,"
                + "\"as_of\":\"2026-05-29T15:30:00Z\",\"by_dte_bucket\":["
                + "{\"bucket\":\"0-7d\",\"dte_range\":[0,7],\"net_gex\":920000000,\"net_dex\":-120000000,"
                + "\"net_vex\":85000000,\"net_chex\":380000000,\"contract_count\":412},"
                + "{\"bucket\":\"8-30d\",\"dte_range\":[8,30],\"net_gex\":1280000000,\"net_dex\":-200000000,"
                + "\"net_vex\":540000000,\"net_chex\":340000000,\"contract_count\":1810}],\"by_expiry\":["
                + "{\"expiration\":\"2026-05-30\",\"dte\":1,\"is_opex\":false,\"is_triple_witching\":false,"
                + "\"net_gex\":320000000,\"net_dex\":-50000000,\"net_vex\":25000000,\"net_chex\":180000000,"
                + "\"pct_of_chain_gex\":10.91},"
                + "{\"expiration\":\"2026-06-18\",\"dte\":20,\"is_opex\":true,\"is_triple_witching\":true,"
                + "\"net_gex\":980000000,\"net_dex\":-160000000,\"net_vex\":420000000,\"net_chex\":260000000,"
                + "\"pct_of_chain_gex\":33.42}]}");
    }

    @Test
    void seedBasketExample_readsAsPublished_evenThoughItsCountDisagreesWithItsConstituents() throws Exception {
        // the published example lists two constituents under "constituent_count": 3; the count is kept as written
        BasketResult r = mapper.readValue(Fixtures.resource("seed-basket.json"), BasketResult.class);
        assertThat(r.constituentCount()).isEqualTo(3);
        assertThat(r.constituents()).hasSize(2);
        assertThat(mapper.readValue(mapper.writeValueAsString(r), BasketResult.class)).isEqualTo(r);
    }

    @Test
    void seedBasketExample_withItsCountCorrected_reads() throws Exception {
        String fixed = Fixtures.resource("seed-basket.json").replace("\"constituent_count\": 3",
                "\"constituent_count\": 2");
        BasketResult r = mapper.readValue(fixed, BasketResult.class);
        assertThat(r.constituents()).extracting(c -> c.symbol()).containsExactly("AAPL", "MSFT");
        assertThat(r.constituents().get(0).weight()).isEqualTo(0.4);
        assertThat(r.aggregate().netGex()).isEqualTo(1.64e9);
        assertThat(mapper.writeValueAsString(r.aggregate())).isEqualTo(
                "{\"net_gex\":1640000000,\"net_dex\":-210000000,\"net_vex\":580000000,\"net_chex\":420000000}");
    }
}
