/**
 * The exposure core: option chains, the Black–Scholes–Merton exposure kernel, the NYSE calendar, term structures,
 * baskets and the other views. No dependency beyond {@code java.base}.
 *
 * <p>Exported: {@code dev.exposure} (the public API) and {@code dev.exposure.calendar} (trading calendars).
 * {@code dev.exposure.internal} holds the kernel and helpers; it is exported only to the project's own
 * {@code dev.exposure.jackson}, whose readers share its symbol and time rules, and is not API. On the class path,
 * where module descriptors do not apply, the package is reachable but still internal (see its package
 * documentation).
 */
@SuppressWarnings("module") // the qualified export names a module that is not present when the core compiles
module dev.exposure.core {
    exports dev.exposure;
    exports dev.exposure.calendar;
    exports dev.exposure.internal to dev.exposure.jackson;
}
