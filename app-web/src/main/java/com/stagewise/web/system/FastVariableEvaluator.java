package com.stagewise.web.system;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the commonest template expressions — a variable followed by calls of no-argument methods
 * or map keys, such as {@code ${r.name()}} or {@code ${filters.q}} — without OGNL. OGNL builds a new
 * context and walks its syntax tree for every one of them; on the builder that was more than a quarter
 * of the page's time. Anything else (operators, arguments, selections, restricted contexts), and any
 * step this class cannot take, is evaluated from the start by Thymeleaf's own OGNL evaluator, so
 * results and errors stay exactly as before.
 */
final class FastVariableEvaluator implements IStandardVariableExpressionEvaluator {

    private static final Pattern SIMPLE_CHAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*");
    /** Words OGNL reads as something other than a variable. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "this", "root", "context", "and", "or", "not",
            "eq", "ne", "lt", "gt", "le", "ge", "in", "instanceof", "new", "shl", "shr", "ushr", "bor", "xor", "band");
    /** Templates hold a few hundred distinct expressions; the bound only guards against ones made at run time. */
    private static final int MAX_CACHED = 10_000;

    private record Step(String name, boolean call) {
    }

    private record Chain(String variable, List<Step> steps) {
    }

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Optional<Chain>> chains = new ConcurrentHashMap<>();

    FastVariableEvaluator() {
        this(new OGNLVariableExpressionEvaluator(true));
    }

    FastVariableEvaluator(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext execution) {
        Optional<Chain> chain = expression.getUseSelectionAsRoot() || execution.getRestrictVariableAccess()
                || execution.getForbidUnsafeExpressionResults() ? Optional.empty() : chain(expression.getExpression());
        if (chain.isEmpty()) {
            return ognl.evaluate(context, expression, execution);
        }
        Object value = context.getVariable(chain.get().variable());
        for (Step step : chain.get().steps()) {
            if (value == null) {
                return ognl.evaluate(context, expression, execution);
            }
            if (step.call()) {
                MethodHandle handle = FastMethodAccessor.handle(value.getClass(), step.name());
                if (handle == null) {
                    return ognl.evaluate(context, expression, execution);
                }
                try {
                    value = handle.invoke(value);
                } catch (Throwable e) {
                    throw new TemplateProcessingException("Exception evaluating expression: \"" + expression.getExpression() + "\"", e);
                }
            } else if (value instanceof Map<?, ?> map) {
                value = map.get(step.name());
            } else {
                return ognl.evaluate(context, expression, execution);
            }
        }
        return execution.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class)
                : value;
    }

    private Optional<Chain> chain(String expression) {
        Optional<Chain> known = chains.get(expression);
        if (known != null) {
            return known;
        }
        Optional<Chain> parsed = parse(expression);
        if (chains.size() < MAX_CACHED) {
            chains.put(expression, parsed);
        }
        return parsed;
    }

    static Optional<Chain> parse(String expression) {
        String text = expression == null ? "" : expression.strip();
        if (!SIMPLE_CHAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        if (RESERVED.contains(parts[0])) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            boolean call = parts[i].endsWith("()");
            steps.add(new Step(call ? parts[i].substring(0, parts[i].length() - 2) : parts[i], call));
        }
        return Optional.of(new Chain(parts[0], List.copyOf(steps)));
    }
}
