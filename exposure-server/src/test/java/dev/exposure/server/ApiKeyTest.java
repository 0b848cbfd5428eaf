package dev.exposure.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.samples.SampleChains;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API keys over real HTTP: the header, the query parameter, missing and wrong keys, and the open health path. */
class ApiKeyTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final String PATH = "/v1/exposure/term-structure/SPY";

    private static ExposureServer server;
    private static String expected;

    @BeforeAll
    static void start() throws Exception {
        server = ExposureServer.builder().store(SampleChains.store()).port(0)
                .apiKeys(List.of("key-one", "k2_\"!~")).build().start();
        expected = MAPPER.writeValueAsString(new TermStructureBuilder().build(SampleChains.chain("SPY")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertUnauthorized(TestHttp.Reply r, String messagePart) throws Exception {
        assertThat(r.status).as("%s", r).isEqualTo(401);
        assertThat(r.contentType).isEqualTo("application/json; charset=utf-8");
        JsonNode body = MAPPER.readTree(r.body);
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("unauthorized");
        assertThat(body.get("message").asText()).contains(messagePart);
        assertThat(body.size()).isEqualTo(3);
    }

    @Test
    void headerWithAConfiguredKey_isServed() {
        for (String key : List.of("key-one", "k2_\"!~")) {
            TestHttp.Reply r = new TestHttp(server, key).get(PATH);
            assertThat(r.status).isEqualTo(200);
            assertThat(r.body).isEqualTo(expected);
        }
    }

    @Test
    void missingKey_is401() throws Exception {
        assertUnauthorized(new TestHttp(server, null).get(PATH), "missing API key");
        assertUnauthorized(new TestHttp(server, null).get("/v1/exposure/basket?symbols=SPY"), "X-Api-Key");
    }

    @Test
    void wrongKey_is401_includingPrefixesAndCaseVariants() throws Exception {
        for (String key : List.of("key-on", "key-one2", "KEY-ONE", "wrong", "key-one\"")) {
            assertUnauthorized(new TestHttp(server, key).get(PATH), "wrong API key");
        }
    }

    @Test
    void queryParameterApiKey_isAcceptedWhenThereIsNoHeader() throws Exception {
        TestHttp anonymous = new TestHttp(server, null);
        TestHttp.Reply r = anonymous.get(PATH + "?" + TestHttp.query("apiKey", "k2_\"!~"));
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).isEqualTo(expected);
        assertUnauthorized(anonymous.get(PATH + "?apiKey=nope"), "wrong API key");
        // the header, when present, is the key checked
        assertUnauthorized(new TestHttp(server, "nope").get(PATH + "?apiKey=key-one"), "wrong API key");
    }

    @Test
    void unknownPathAndOtherMethods_withoutKey_are401First() throws Exception {
        TestHttp anonymous = new TestHttp(server, null);
        assertUnauthorized(anonymous.get("/v1/exposure/nothing/SPY"), "missing API key");
        assertUnauthorized(anonymous.send(PATH, "POST", null), "missing API key");
        TestHttp.Reply r = new TestHttp(server, "key-one").get("/v1/exposure/nothing/SPY");
        assertThat(r.status).isEqualTo(404);
    }

    @Test
    void health_needsNoKey() {
        TestHttp.Reply r = new TestHttp(server, null).get("/health");
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).isEqualTo("{\"status\":\"ok\",\"source\":\"store\"}");
    }

    @Test
    void apiKeys_constantTimeCheck_acceptsOnlyExactKeys() {
        ApiKeys keys = ApiKeys.of(List.of("abc", "xyz"));
        assertThat(keys.required()).isTrue();
        assertThat(keys.accepts("abc")).isTrue();
        assertThat(keys.accepts("xyz")).isTrue();
        assertThat(keys.accepts("ab")).isFalse();
        assertThat(keys.accepts("abcd")).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(ApiKeys.of(List.of()).required()).isFalse();
    }
}
