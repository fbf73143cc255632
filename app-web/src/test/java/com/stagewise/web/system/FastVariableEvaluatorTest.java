package com.stagewise.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The fast road must give what OGNL gives, for every form of expression the templates use. */
class FastVariableEvaluatorTest {

    record Row(String name, Optional<String> note, List<String> tags, DayOfWeek day, Row child) {
        public String broken() {
            throw new IllegalStateException("broken on purpose");
        }

        public String greet(String who) {
            return "Hello " + who;
        }
    }

    private static final Row ROW = new Row("bridge", Optional.of("slowly"), List.of("a", "b"), DayOfWeek.MONDAY,
            new Row("inner", Optional.empty(), List.of(), DayOfWeek.FRIDAY, null));

    private static TemplateEngine engine(boolean fast) {
        FastMethodAccessor.install();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        if (fast) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new FastVariableEvaluator());
            engine.setDialect(dialect);
        }
        return engine;
    }

    private static String render(boolean fast, String template) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("row", ROW);
        variables.put("filters", Map.of("q", "glute", "page", 2));
        variables.put("rows", List.of(ROW, ROW.child()));
        variables.put("nothing", null);
        variables.put("count", 3);
        return engine(fast).process(template, new Context(Locale.ENGLISH, variables));
    }

    @Test
    void every_form_of_expression_renders_as_with_ognl() {
        List<String> templates = List.of(
                "<p th:text=\"${row.name()}\"></p>",
                "<p th:text=\"${row.child().name()}\"></p>",
                "<p th:text=\"${row.day().name()}\"></p>",
                "<p th:text=\"${row.note().isPresent()}\" th:title=\"${row.note().get()}\"></p>",
                "<p th:if=\"${row.tags().isEmpty()}\">empty</p><p th:unless=\"${row.tags().isEmpty()}\" th:text=\"${row.tags().size()}\"></p>",
                "<p th:text=\"${filters.q}\" th:title=\"${filters.page}\"></p>",
                "<p th:text=\"${filters.missing}\"></p>",
                "<p th:text=\"${unknownVariable}\"></p>",
                "<p th:text=\"${nothing}\"></p>",
                "<p th:text=\"${count}\"></p>",
                "<p th:text=\"${true}\"></p>",
                "<p th:text=\"${row.greet('you')}\"></p>",
                "<p th:text=\"${row.name() + '!'}\"></p>",
                "<p th:each=\"r, it : ${rows}\" th:text=\"${it.index} + ':' + ${r.name()}\" th:title=\"${it.first}\"></p>",
                "<div th:object=\"${row}\"><p th:text=\"*{name()}\"></p></div>",
                "<p th:text=\"${row.tags()}\"></p>",
                "<a th:href=\"|/library/${row.name()}?page=${filters.page}|\">x</a>");
        for (String template : templates) {
            assertThat(render(true, template)).as(template).isEqualTo(render(false, template));
        }
    }

    @Test
    void failures_fail_as_with_ognl() {
        for (String template : List.of("<p th:text=\"${row.broken()}\"></p>", "<p th:text=\"${nothing.name()}\"></p>",
                "<p th:text=\"${row.child().child().name()}\"></p>", "<p th:text=\"${row.noSuchMethod()}\"></p>")) {
            assertThatThrownBy(() -> render(false, template)).as("OGNL: " + template).isInstanceOf(TemplateProcessingException.class);
            assertThatThrownBy(() -> render(true, template)).as("fast: " + template).isInstanceOf(TemplateProcessingException.class);
        }
    }

    @Test
    void plain_chains_are_answered_without_ognl() {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new FastVariableEvaluator((context, expression, execution) -> {
            throw new IllegalStateException("OGNL was asked for " + expression.getExpression());
        }));
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setDialect(dialect);
        Context context = new Context(Locale.ENGLISH, Map.of("row", ROW, "filters", Map.of("q", "glute")));
        assertThat(engine.process("<p th:text=\"${row.child().day().name()}\" th:title=\"${filters.q}\"></p>", context))
                .isEqualTo("<p title=\"glute\">FRIDAY</p>");
        assertThatThrownBy(() -> engine.process("<p th:text=\"${row.name() + 1}\"></p>", context))
                .hasStackTraceContaining("OGNL was asked for row.name() + 1");
    }

    @Test
    void only_plain_chains_take_the_fast_road() {
        assertThat(FastVariableEvaluator.parse("r.name()")).isPresent();
        assertThat(FastVariableEvaluator.parse("filters.q")).isPresent();
        assertThat(FastVariableEvaluator.parse(" page ")).isPresent();
        assertThat(FastVariableEvaluator.parse("r.greet('x')")).isEmpty();
        assertThat(FastVariableEvaluator.parse("a + b")).isEmpty();
        assertThat(FastVariableEvaluator.parse("#locale.language")).isEmpty();
        assertThat(FastVariableEvaluator.parse("doses[0]")).isEmpty();
        assertThat(FastVariableEvaluator.parse("true")).isEmpty();
        assertThat(FastVariableEvaluator.parse("null")).isEmpty();
    }
}
