package com.stagewise.web.system;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf behind Javalin's {@code ctx.render}. One engine for the whole app; templates are cached
 * after the first render. Every page gets the request's locale and the values in {@link PageModel}.
 */
public final class Templates implements FileRenderer {

    private final TemplateEngine engine;
    private final Messages messages;
    private final Formats formats;

    public Templates(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new FastVariableEvaluator());
        engine.setDialect(dialect);
        engine.setMessageResolver(new BundleMessageResolver(messages));
        FastMethodAccessor.install();
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        Locale locale = PageModel.locale(ctx);
        Map<String, Object> variables = new HashMap<>(PageModel.common(ctx));
        variables.put("fmt", formats);
        variables.put("clinicianRole", com.stagewise.domain.account.Role.CLINICIAN);
        variables.putAll(model);
        return render(template, variables, locale);
    }

    /** Rendering without a request, for documents such as a PDF body. */
    public String render(String template, Map<String, Object> variables, Locale locale) {
        Map<String, Object> withFormats = new HashMap<>(variables);
        withFormats.putIfAbsent("fmt", formats);
        return engine.process(template, new org.thymeleaf.context.Context(locale, withFormats));
    }

    public Formats formats() {
        return formats;
    }

    public Messages messages() {
        return messages;
    }
}
