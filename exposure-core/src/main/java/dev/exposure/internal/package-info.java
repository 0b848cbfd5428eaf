/**
 * Kernels and helpers behind the public API of {@code dev.exposure}.
 *
 * <p><strong>Internal:</strong> nothing in this package is part of the public API. Its types may change or
 * disappear in any release without notice; depend only on {@code dev.exposure} and {@code dev.exposure.calendar}.
 */
package dev.exposure.internal;
