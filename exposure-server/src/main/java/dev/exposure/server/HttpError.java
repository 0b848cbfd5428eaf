package dev.exposure.server;

/**
 * A request the server answers with an error status of its own (not one of {@link dev.exposure.ExposureError}'s):
 * the body has the same shape as the library's error body, {@code {"status":…,"error":"…","message":"…"}}.
 *
 * <p>Error codes: {@value #BAD_REQUEST} (400: malformed request, query or percent-encoding),
 * {@value #INVALID_PARAMETER} (400: a query parameter with a value the endpoint cannot use),
 * {@value #UNAUTHORIZED} (401), {@value #NOT_FOUND} (404: no such path), {@value #METHOD_NOT_ALLOWED} (405),
 * {@value #URI_TOO_LONG} (414), {@value #HEADERS_TOO_LARGE} (431), {@value #INTERNAL_ERROR} (500),
 * {@value #UNAVAILABLE} (503: the server is shutting down).
 */
final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Code of a malformed request. */
    static final String BAD_REQUEST = "bad_request";
    /** Code of a query parameter whose value is not usable. */
    static final String INVALID_PARAMETER = "invalid_parameter";
    /** Code of a missing or wrong API key. */
    static final String UNAUTHORIZED = "unauthorized";
    /** Code of an unknown path. */
    static final String NOT_FOUND = "not_found";
    /** Code of a method other than GET. */
    static final String METHOD_NOT_ALLOWED = "method_not_allowed";
    /** Code of a request target longer than the server reads. */
    static final String URI_TOO_LONG = "uri_too_long";
    /** Code of request headers larger than the server reads. */
    static final String HEADERS_TOO_LARGE = "headers_too_large";
    /** Code of a failure inside the server. */
    static final String INTERNAL_ERROR = "internal_error";
    /** Code of a request that arrives while the server shuts down. */
    static final String UNAVAILABLE = "unavailable";

    /** The HTTP status. */
    private final int status;
    /** The machine-readable code. */
    private final String code;

    HttpError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, BAD_REQUEST, message);
    }

    static HttpError invalidParameter(String message) {
        return new HttpError(400, INVALID_PARAMETER, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /**
     * Returns the error code and a generic message for a status that the HTTP layer produced itself.
     *
     * @param status an error status
     * @return the error
     */
    static HttpError forStatus(int status) {
        switch (status) {
            case 400:
                return badRequest("malformed request");
            case 401:
                return new HttpError(401, UNAUTHORIZED, "missing or wrong API key");
            case 404:
                return new HttpError(404, NOT_FOUND, "no such path");
            case 405:
                return new HttpError(405, METHOD_NOT_ALLOWED, "method not allowed: use GET");
            case 414:
                return new HttpError(414, URI_TOO_LONG, "request target too long");
            case 431:
                return new HttpError(431, HEADERS_TOO_LARGE, "request headers too large");
            case 503:
                return new HttpError(503, UNAVAILABLE, "the server is shutting down");
            default:
                if (status >= 500) {
                    return new HttpError(status, INTERNAL_ERROR, "internal server error");
                }
                return new HttpError(status, BAD_REQUEST, "request rejected (HTTP " + status + ")");
        }
    }
}
