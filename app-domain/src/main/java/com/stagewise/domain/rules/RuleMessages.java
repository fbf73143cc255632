package com.stagewise.domain.rules;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.stage.Contraindication;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The domain's texts (rule reasons and alternatives, referral prompts, warning signs, labels and
 * validation messages) in English and German, read with the JDK's ResourceBundle.
 */
public final class RuleMessages {

    public static final String BUNDLE = "com.stagewise.domain.rules.RuleMessages";

    /** Falls back to the English base bundle, never to the JVM's default locale. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleMessages() {
    }

    /** @throws java.util.MissingResourceException when the key is unknown */
    public static String text(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /** The text with its {0}, {1} … placeholders filled. */
    public static String text(String key, Locale locale, Object... arguments) {
        String pattern = text(key, locale);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static String text(FieldProblem problem, Locale locale) {
        return text(problem.messageKey(), locale, problem.arguments().toArray());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, RuleMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** Every key the domain can hand out; each must exist in every bundle. */
    public static Set<String> referencedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        StageRules.standard().forEach(rule -> keys.addAll(rule.messageKeys()));
        for (Referral referral : Referral.values()) {
            keys.add(referral.messageKey());
        }
        for (RedFlag.Phase phase : RedFlag.Phase.values()) {
            for (RedFlag flag : RedFlag.forPhase(phase)) {
                keys.add(flag.messageKey(phase));
                keys.add(flag.urgencyIn(phase).headingKey(phase));
            }
        }
        for (Contraindication contraindication : Contraindication.values()) {
            keys.add(contraindication.labelKey());
        }
        for (Verdict verdict : Verdict.values()) {
            keys.add(verdict.labelKey());
        }
        keys.addAll(List.of(Dose.OUT_OF_RANGE, Stage.DUE_DATE_TOO_FAR, Stage.DELIVERY_IN_FUTURE,
                PatientState.CLEARANCE_BEFORE_DELIVERY, PatientState.CLEARANCE_IN_FUTURE,
                ClinicianOverride.REASON_REQUIRED, ClinicianOverride.REASON_TOO_LONG));
        return Collections.unmodifiableSet(keys);
    }
}
