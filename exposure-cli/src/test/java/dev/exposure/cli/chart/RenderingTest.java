package dev.exposure.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RenderingTest {

    private static <T extends Throwable> T thrownFrom(T t, String className, String method) {
        t.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(className, method, null, 1),
            new StackTraceElement("org.jfree.chart.text.TextUtils", "getTextBounds", null, 1),
            new StackTraceElement("dev.exposure.cli.chart.ExposureChart", "toImage", null, 1),
        });
        return t;
    }

    private static <T extends Throwable> T thrownFromOurCode(T t) {
        t.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("dev.exposure.cli.chart.StrikeChart", "build", null, 1),
        });
        return t;
    }

    @Test
    void isFontFailure_typicalJdkFailuresWithoutFonts_recognised() {
        // what JDK 11-21 throw on a machine without fontconfig or fonts, as reported for headless servers
        assertThat(Rendering.isFontFailure(thrownFrom(new NullPointerException(), "sun.awt.FontConfiguration",
                "getVersion"))).isTrue();
        assertThat(Rendering.isFontFailure(thrownFrom(new InternalError(
                "java.lang.reflect.InvocationTargetException"), "sun.font.FontManagerFactory", "getInstance")))
                .isTrue();
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new UnsatisfiedLinkError(
                "/usr/lib/jvm/java-17/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file"))))
                .isTrue();
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new NoClassDefFoundError(
                "Could not initialize class sun.font.SunFontManager")))).isTrue();
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new Error("Probable fatal error:No fonts found."))))
                .isTrue();
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new RuntimeException(
                "Fontconfig head is null, check your fonts or fonts configuration")))).isTrue();
        assertThat(Rendering.isFontFailure(thrownFrom(new ArrayIndexOutOfBoundsException(0),
                "sun.awt.X11FontManager", "getDefaultPlatformFont"))).isTrue();
        assertThat(Rendering.isFontFailure(thrownFrom(new NullPointerException(), "java.awt.Font", "getFont2D")))
                .isTrue();
    }

    @Test
    void isFontFailure_causeChain_searched() {
        RuntimeException wrapper = thrownFromOurCode(new IllegalStateException("drawing failed",
                thrownFrom(new NullPointerException(), "sun.font.FcFontConfiguration", "init")));
        assertThat(Rendering.isFontFailure(wrapper)).isTrue();
    }

    @Test
    void isFontFailure_otherFailures_notTakenForFonts() {
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new NullPointerException("sheet")))).isFalse();
        assertThat(Rendering.isFontFailure(thrownFromOurCode(new IllegalArgumentException("width")))).isFalse();
        assertThat(Rendering.isFontFailure(thrownFrom(new OutOfMemoryError("Java heap space"), "sun.font.GlyphList",
                "getInstance"))).isFalse();
        assertThat(Rendering.isFontFailure(thrownFrom(new StackOverflowError(), "sun.font.FontUtilities", "x")))
                .isFalse();
        assertThat(Rendering.isFontFailure(thrownFrom(new NullPointerException(), "sun.awt.image.ImagingLib", "x")))
                .isFalse();
    }

    @Test
    void guard_fontFailure_rethrownWithThePackagesToInstallOnOneLine() {
        InternalError cause = thrownFrom(new InternalError("java.lang.reflect.InvocationTargetException\n\tat x"),
                "sun.font.FontManagerFactory", "getInstance");
        assertThatThrownBy(() -> Rendering.guard(() -> {
            throw cause;
        })).isInstanceOf(ChartRenderingException.class)
                .hasCause(cause)
                .hasMessageContaining("cannot load fonts")
                .hasMessageContaining("java.lang.InternalError: java.lang.reflect.InvocationTargetException at x")
                .hasMessageContaining("apt-get install -y fontconfig fonts-dejavu-core")
                .hasMessageNotContaining("\n");
    }

    @Test
    void guard_unreachableDisplay_saysToRunHeadless() {
        java.awt.AWTError cause = thrownFrom(new java.awt.AWTError("Can't connect to X11 window server using ':77'"),
                "sun.awt.X11GraphicsEnvironment", "initDisplay");
        assertThatThrownBy(() -> Rendering.guard(() -> {
            throw cause;
        })).isInstanceOf(ChartRenderingException.class).hasCause(cause)
                .hasMessageContaining("Can't connect to X11 window server")
                .hasMessageEndingWith("run Java with -Djava.awt.headless=true")
                .hasMessageNotContaining("fonts-dejavu-core");
        assertThat(Rendering.isDisplayFailure(thrownFromOurCode(new IllegalStateException("x",
                new java.awt.HeadlessException())))).isTrue();
        assertThat(Rendering.isDisplayFailure(thrownFromOurCode(new NullPointerException()))).isFalse();
    }

    @Test
    void guard_otherFailures_passThroughUnchanged() {
        IllegalStateException other = new IllegalStateException("no PNG writer");
        assertThatThrownBy(() -> Rendering.guard(() -> {
            throw other;
        })).isSameAs(other);
        assertThat(Rendering.guard(() -> "drawn")).isEqualTo("drawn");
    }
}
