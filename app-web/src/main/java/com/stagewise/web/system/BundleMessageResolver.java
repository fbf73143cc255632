package com.stagewise.web.system;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates say {@code #{key}} and get the text from {@link Messages}. */
final class BundleMessageResolver extends AbstractMessageResolver {

    private final Messages messages;

    BundleMessageResolver(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return messages.find(key, context.getLocale(), parameters == null ? new Object[0] : parameters).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return "??" + key + "??";
    }
}
