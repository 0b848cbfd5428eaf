package dev.exposure.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The API keys a server accepts, checked in time that does not depend on how much of a key matched: each key is
 * kept as its SHA-256 digest, and a presented key's digest is compared with every one of them with
 * {@link MessageDigest#isEqual}, without stopping at the first match.
 */
final class ApiKeys {

    /** Accepts any key, or none. */
    static final ApiKeys NONE = new ApiKeys(List.of());

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /**
     * Creates the set of accepted keys.
     *
     * @param keys the keys, each non-blank; an empty collection accepts any request
     * @return the keys
     * @throws NullPointerException if {@code keys} or a key is null
     * @throws IllegalArgumentException if a key is blank or has a character outside printable ASCII
     */
    static ApiKeys of(Collection<String> keys) {
        List<byte[]> digests = new ArrayList<>();
        int i = 0;
        for (String key : keys) {
            if (key == null) {
                throw new NullPointerException("apiKeys[" + i + "]");
            }
            if (key.isBlank()) {
                throw new IllegalArgumentException("apiKeys[" + i + "] is blank");
            }
            for (int j = 0; j < key.length(); j++) {
                char c = key.charAt(j);
                if (c <= 0x20 || c >= 0x7f) {
                    throw new IllegalArgumentException("apiKeys[" + i + "] has a character that is not printable "
                            + "ASCII (U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ") at index "
                            + j + ": keys travel in an HTTP header");
                }
            }
            digests.add(digest(key));
            i++;
        }
        return new ApiKeys(List.copyOf(digests));
    }

    /**
     * Tells whether any key is required.
     *
     * @return true when at least one key is configured
     */
    boolean required() {
        return !digests.isEmpty();
    }

    /**
     * Tells whether a presented key is one of the accepted ones.
     *
     * @param presented the key sent, or null when none was
     * @return true when it matches a configured key
     */
    boolean accepts(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] d = digest(presented);
        boolean match = false;
        for (byte[] k : digests) {
            match |= MessageDigest.isEqual(k, d);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
