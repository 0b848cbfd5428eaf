package dev.exposure.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Calls a server the way the published client SDKs do: {@link HttpClient}, the key in {@code X-Api-Key},
 * {@code Accept: application/json}, query values encoded with {@link URLEncoder} (so a comma travels as
 * {@code %2C}), path segments encoded the same way with spaces as {@code %20}. Also sends raw bytes over a socket
 * for requests no well-behaved client would send.
 */
final class TestHttp {

    /** One client for every test: keep-alive connections are reused, as in the SDKs. */
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String apiKey;

    TestHttp(ExposureServer server, String apiKey) {
        this.base = server.baseUri();
        this.apiKey = apiKey;
    }

    /** A received response. */
    static final class Reply {
        final int status;
        final String contentType;
        final String body;
        final HttpResponse<String> raw;

        Reply(HttpResponse<String> raw) {
            this.raw = raw;
            this.status = raw.statusCode();
            this.contentType = raw.headers().firstValue("Content-Type").orElse(null);
            this.body = raw.body();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Encodes a path segment as the SDKs do. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Builds a query string as the SDKs do (insertion order kept). */
    static String query(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** GET of a raw path and query ({@code "/v1/exposure/basket?symbols=A%2CB"}) with the SDK headers. */
    Reply get(String pathAndQuery) {
        return send(pathAndQuery, "GET", apiKey);
    }

    /** A request with any method and key (null: no key header). */
    Reply send(String pathAndQuery, String method, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return send(b.build());
    }

    static Reply send(HttpRequest request) {
        try {
            return new Reply(CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response read off a raw socket: the status line's code, the header block and the body. */
    static final class RawReply {
        final int status;
        final String head;
        final String body;

        RawReply(int status, String head, String body) {
            this.status = status;
            this.head = head;
            this.body = body;
        }

        /** Returns a header's value (case-insensitive name), or null. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return head + "\r\n\r\n" + body;
        }
    }

    /** Sends raw request bytes (ASCII) on a fresh connection and reads the answer until the server closes. */
    static RawReply raw(ExposureServer server, String request) {
        Objects.requireNonNull(request);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                all.write(buf, 0, n);
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawReply(status, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
