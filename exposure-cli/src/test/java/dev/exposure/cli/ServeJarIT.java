package dev.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exposure.BasketAggregator;
import dev.exposure.TermStructureBuilder;
import dev.exposure.jackson.ExposureJson;
import dev.exposure.jackson.samples.SampleChains;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, started with {@code java -jar} alone (nothing else on the class path), runs {@code serve}:
 * answers the seed page's {@code curl} line, logs to standard error through its SLF4J provider, and stops
 * gracefully on SIGTERM.
 */
class ServeJarIT {

    private static final ObjectMapper MAPPER = ExposureJson.newMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void javaDashJar_serve_answersTheSeedRequestsAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("exposure.cli.jar"));
        assertThat(jar).exists();
        Path chains = Files.createDirectory(dir.resolve("chains"));
        for (String s : List.of("SPY", "AAPL", "MSFT", "NVDA")) {
            Files.writeString(chains.resolve(s.toLowerCase(java.util.Locale.ROOT) + ".json"),
                    MAPPER.writeValueAsString(SampleChains.chain(s)));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "serve", "--chains",
                chains.toString(), "--port", "0").redirectInput(ProcessBuilder.Redirect.PIPE).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> all = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("reader failed: " + e);
            }
        });
        reader.start();
        try {
            int port = -1;
            while (port < 0) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("a log line before the server listens; so far %s", all).isNotNull();
                all.add(line);
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> basket = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/v1/exposure/basket?symbols=AAPL,MSFT,NVDA&weights=0.4,0.3,0.3"))
                    .header("X-Api-Key", "YOUR_API_KEY").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(basket.statusCode()).isEqualTo(200);
            assertThat(basket.body()).isEqualTo(MAPPER.writeValueAsString(new BasketAggregator(
                    SampleChains.store()).aggregate("AAPL,MSFT,NVDA", "0.4,0.3,0.3")));
            HttpResponse<String> ts = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/v1/exposure/term-structure/SPY")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ts.body()).isEqualTo(MAPPER.writeValueAsString(new TermStructureBuilder()
                    .build(SampleChains.chain("SPY"))));
        } finally {
            p.toHandle().destroy(); // SIGTERM (Process.destroy would also close the pipes we read)
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            lines.drainTo(all);
        }
        String log = String.join("\n", all);
        assertThat(log).contains("read 1 chain(s) from spy.json", "exposure server stopped")
                .doesNotContain("SLF4J", "Exception", "\tat ");
        assertThat(p.getInputStream().readAllBytes()).isEmpty();
    }
}
