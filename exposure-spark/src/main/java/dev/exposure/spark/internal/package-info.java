/**
 * The grouping machinery behind {@code dev.exposure.spark}: the canonical contract frame, the per-snapshot group
 * function and the output views.
 *
 * <p><strong>Internal:</strong> nothing in this package is part of the public API. Its types may change or
 * disappear in any release without notice; depend only on {@code dev.exposure.spark}.
 */
package dev.exposure.spark.internal;
