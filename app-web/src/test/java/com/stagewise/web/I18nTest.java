package com.stagewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string is a message key, and every key has its English and German text. */
class I18nTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY_USE = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
    /** A tag, with quoted attribute values that may themselves hold '>' (as in "${a > b}"). */
    private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.DOTALL);
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("(?<!th:)\\b(alt|title|placeholder|aria-label|value)=\"([^\"]*)\"");

    @Test
    void english_and_german_have_the_same_keys() {
        Set<String> english = keys("/i18n/messages.properties");
        Set<String> german = keys("/i18n/messages_de.properties");

        assertThat(difference(english, german)).as("keys missing in German").isEmpty();
        assertThat(difference(german, english)).as("keys only in German").isEmpty();
    }

    @Test
    void no_german_text_is_left_empty() {
        Properties german = load("/i18n/messages_de.properties");
        assertThat(german.stringPropertyNames()).allSatisfy(key ->
                assertThat(german.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_key_a_template_uses_exists() throws IOException {
        Set<String> english = keys("/i18n/messages.properties");
        english.addAll(keys("/com/stagewise/domain/rules/RuleMessages.properties"));
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!english.contains(key) && !key.endsWith(".")) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templates_hold_no_literal_text() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?is)<!DOCTYPE[^>]*>", "");
            for (String text : TAG.split(html)) {
                if (text.codePoints().anyMatch(Character::isLetter)) {
                    literal.add(TEMPLATES.relativize(template) + ": \"" + text.strip() + "\"");
                }
            }
            Matcher attributes = VISIBLE_ATTRIBUTE.matcher(html);
            while (attributes.find()) {
                if (attributes.group(2).codePoints().anyMatch(Character::isLetter)
                        && !"value".equals(attributes.group(1))) {
                    literal.add(TEMPLATES.relativize(template) + ": " + attributes.group());
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(String resource) {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
