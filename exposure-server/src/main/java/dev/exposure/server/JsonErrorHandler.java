package dev.exposure.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Writes the errors that the HTTP layer produces before or around the API handler (a request line or headers too
 * large, a malformed request, a request arriving during shutdown, a failure escaping a handler) as the JSON error
 * body, whatever the request's {@code Accept} header says. 4xx messages say what was wrong (Jetty's reason, when it
 * gives one); 5xx messages are generic. No stack trace, cause or HTML is ever written.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Longest reason from the HTTP layer repeated in a message. */
    private static final int MAX_REASON = 200;

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        HttpError generic = HttpError.forStatus(code);
        String text = generic.getMessage();
        if (code < 500 && message != null && !message.isBlank()) {
            String reason = message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
            if (!reason.equalsIgnoreCase(org.eclipse.jetty.http.HttpStatus.getMessage(code))) {
                text = text + ": " + reason;
            }
        }
        byte[] body = Bodies.error(code, generic.code(), text);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Bodies.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
