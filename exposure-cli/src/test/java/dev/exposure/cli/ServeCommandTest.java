package dev.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketAggregator;
import dev.exposure.OptionChain;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ChainFiles;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.ReadOptions;
import dev.exposure.jackson.samples.SampleChains;
import dev.exposure.server.ExposureServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exposure serve}: options, the API keys file, and a started server answering over HTTP. */
class ServeCommandTest {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(ExposureServer s, String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUri() + path.substring(1)));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int run(String... args) {
        return ExposureCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static String err(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExposureCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void serve_withoutChains_servesTheSamples_seedCurlLineGivesTheLibrarysBasket() throws Exception {
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--port", "0"})) {
            assertThat(s.baseUri().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> r = get(s, "/v1/exposure/basket?symbols=AAPL,MSFT,NVDA&weights=0.4,0.3,0.3", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(r.body()).isEqualTo(MAPPER.writeValueAsString(new BasketAggregator(SampleChains.store())
                    .aggregate("AAPL,MSFT,NVDA", "0.4,0.3,0.3")));
        }
    }

    @Test
    void serve_chainDirectoryAndKeysFile_requiresAKeyAndServesTheDirectory(@TempDir Path dir) throws Exception {
        Path chains = Files.createDirectory(dir.resolve("chains"));
        Files.writeString(chains.resolve("iwm.json"), MAPPER.writeValueAsString(SampleChains.chain("IWM")));
        Path keys = Files.writeString(dir.resolve("keys.txt"), "# team keys\n\n  alpha-1  \nbeta_2\n");
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--chains", chains.toString(),
            "--host", "127.0.0.1", "--port=0", "--api-keys", keys.toString()})) {
            assertThat(get(s, "/v1/exposure/term-structure/IWM", null).statusCode()).isEqualTo(401);
            assertThat(get(s, "/v1/exposure/term-structure/IWM", "# team keys").statusCode()).isEqualTo(401);
            HttpResponse<String> r = get(s, "/v1/exposure/term-structure/IWM", "beta_2");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(MAPPER.writeValueAsString(new TermStructureBuilder()
                    .build(SampleChains.chain("IWM"))));
            assertThat(get(s, "/v1/exposure/term-structure/SPY", "alpha-1").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void serve_readOptions_applyToTheServedFiles() throws Exception {
        Path broken = SharedData.data("cboe/spy-2023-06-broken-date.csv");
        String asOf = "2023-06-04T19:15:00Z";
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--port", "0", "--chains",
            broken.toString(), "--as-of", asOf})) {
            HttpResponse<String> h = get(s, "/health", null);
            assertThat(MAPPER.readTree(h.body()).get("status").asText()).isEqualTo("ok");
            HttpResponse<String> r = get(s, "/v1/exposure/term-structure/SPY", null);
            assertThat(r.statusCode()).isEqualTo(200);
            OptionChain expected = ChainFiles.read(broken, ReadOptions.defaults().withAsOf(Instant.parse(asOf)))
                    .get(0);
            assertThat(r.body()).isEqualTo(MAPPER.writeValueAsString(new TermStructureBuilder().build(expected)));
        }
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--port", "0", "--chains",
            broken.toString()})) {
            assertThat(MAPPER.readTree(get(s, "/health", null).body()).get("failures").get(0).get("line").asInt())
                    .isEqualTo(3);
        }
    }

    @Test
    void readApiKeys_skipsCommentsAndBlanks_rejectsEmptyFilesAndSpaces(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok"), "a\r\n#b\n c \n\n");
        assertThat(ExposureCli.readApiKeys(ok)).isEqualTo(List.of("a", "c"));
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n\n");
        assertThatThrownBy(() -> ExposureCli.readApiKeys(empty)).hasMessageContaining("no API key");
        Path spaced = Files.writeString(dir.resolve("spaced"), "good\nbad key\n");
        assertThatThrownBy(() -> ExposureCli.readApiKeys(spaced)).hasMessageContaining("line 2, column 4");
    }

    @Test
    void serve_badArguments_exitCodes(@TempDir Path dir) throws Exception {
        assertThat(run("serve", "--port", "70000")).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(run("serve", "--port", "http")).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(run("serve", "extra")).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(run("serve", "--symbols", "SPY")).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(run("serve", "--host", " ")).isEqualTo(ExposureCli.EXIT_USAGE);
        assertThat(run("serve", "--port", "0", "--api-keys", dir.resolve("none").toString()))
                .isEqualTo(ExposureCli.EXIT_FAILURE);
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThat(err("serve", "--port", "0", "--api-keys", empty.toString()))
                .startsWith("exposure: malformed API keys file: " + empty);
        assertThat(run("serve", "--port", "0", "--api-keys", empty.toString())).isEqualTo(ExposureCli.EXIT_DATA);
        assertThat(run("serve", "--port", "0", "--chains", dir.resolve("none").toString()))
                .isEqualTo(ExposureCli.EXIT_FAILURE);
        try (ExposureServer s = ExposureCli.startServer(new String[] {"serve", "--port", "0"})) {
            assertThat(err("serve", "--port", String.valueOf(s.port()))).startsWith("exposure: cannot listen on");
        }
    }
}
