package com.stagewise.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Nu Html Checker, run in-process without the network. It needs Jetty 9's JSON parser, which
 * cannot live beside Javalin's Jetty 12, so it runs in a class loader of its own: the test class
 * path without Jetty, plus the two Jetty 9 jars the build copies to {@code target/nu-validator-jetty9}.
 */
public final class HtmlChecker {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JETTY9 = Path.of("target/nu-validator-jetty9");
    private static ClassLoader isolated;

    private HtmlChecker() {
    }

    /** Every error the checker reports for this document, as "line: message [extract]" lines. */
    public static synchronized List<String> errors(String html) {
        try {
            Class<?> validatorClass = loader().loadClass("nu.validator.client.EmbeddedValidator");
            Object validator = validatorClass.getConstructor().newInstance();
            Class<?> formatClass = loader().loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
            Object jsonFormat = formatClass.getField("JSON").get(null);
            validatorClass.getMethod("setOutputFormat", formatClass).invoke(validator, jsonFormat);
            String output = (String) validatorClass.getMethod("validate", InputStream.class)
                    .invoke(validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(output).path("messages")) {
                if ("error".equals(message.path("type").asText()) || "fatal".equals(message.path("subType").asText())) {
                    errors.add(message.path("lastLine").asText() + ": " + message.path("message").asText()
                            + " [" + message.path("extract").asText().strip() + "]");
                }
            }
            return errors;
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("the HTML checker failed to run", e);
        }
    }

    private static ClassLoader loader() throws IOException {
        if (isolated == null) {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.contains(File.separator + "jetty" + File.separator) && !entry.contains("jetty-")) {
                    urls.add(url(Path.of(entry)));
                }
            }
            try (Stream<Path> jars = Files.list(JETTY9)) {
                jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> urls.add(url(jar)));
            }
            isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return isolated;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
