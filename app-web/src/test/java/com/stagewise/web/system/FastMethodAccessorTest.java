package com.stagewise.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ognl.MethodFailedException;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class FastMethodAccessorTest {

    /** Package-private and nested, as many of the app's view records are. */
    record Row(String name, int count, Optional<String> note, List<String> tags, DayOfWeek day) {
        String greet(String who) {
            return "Hello " + who + ", " + name;
        }

        public String loud() {
            return name.toUpperCase(Locale.ROOT);
        }

        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private static String render(String template, Object row) {
        FastMethodAccessor.install();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine.process(template, new Context(Locale.ENGLISH, Map.of("row", row)));
    }

    @Test
    void templates_read_records_our_methods_and_the_common_jdk_methods_as_before() {
        Row row = new Row("bridge", 3, Optional.of("slowly"), List.of("a", "b"), DayOfWeek.MONDAY);
        assertThat(render("[(${row.name()})] [(${row.count() + 1})] [(${row.loud()})] [(${row.day().name()})]", row))
                .isEqualTo("bridge 4 BRIDGE MONDAY");
        assertThat(render("[(${row.note().isPresent()})] [(${row.note().get()})] [(${row.note().isEmpty()})]", row))
                .isEqualTo("true slowly false");
        assertThat(render("[(${row.tags().size()})] [(${row.tags().isEmpty()})] [(${row.tags().get(1)})]", row))
                .isEqualTo("2 false b");
        // with arguments, and JDK methods outside the short list, OGNL's own accessor answers
        assertThat(render("[(${row.note().orElse('none')})] [(${row.name().length()})]", row)).isEqualTo("slowly 6");
    }

    @Test
    void a_method_that_fails_in_a_template_still_fails_the_page() {
        Row row = new Row("bridge", 3, Optional.empty(), List.of(), DayOfWeek.MONDAY);
        assertThatThrownBy(() -> render("[(${row.broken()})]", row)).isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("broken on purpose");
    }

    @Test
    void our_methods_without_arguments_are_called_directly_without_an_ognl_context() throws Exception {
        FastMethodAccessor accessor = new FastMethodAccessor();
        Row row = new Row("bridge", 3, Optional.empty(), List.of(), DayOfWeek.FRIDAY);
        Map<String, Object> plainMap = new HashMap<>();
        assertThat(accessor.callMethod(plainMap, row, "name", new Object[0])).isEqualTo("bridge");
        assertThat(accessor.callMethod(plainMap, row, "loud", new Object[0])).isEqualTo("BRIDGE");
        assertThat(accessor.callMethod(plainMap, DayOfWeek.FRIDAY, "name", new Object[0])).isEqualTo("FRIDAY");
        assertThatThrownBy(() -> accessor.callMethod(plainMap, row, "broken", new Object[0]))
                .isInstanceOf(MethodFailedException.class);
    }
}
