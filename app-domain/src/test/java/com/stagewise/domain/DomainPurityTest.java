package com.stagewise.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain is plain Java and never reads the clock (a time may be passed in, never read):
 * checked on the source, so no library is needed for it.
 */
class DomainPurityTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void main_code_imports_only_the_jdk_and_the_domain() throws IOException {
        for (Path file : sources()) {
            var matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                assertThat(matcher.group(2)).as(file.toString()).matches("(java\\.|com\\.stagewise\\.domain\\.).*");
            }
        }
    }

    @Test
    void main_code_never_reads_the_clock() throws IOException {
        for (Path file : sources()) {
            String code = Files.readString(file);
            assertThat(code).as(file.toString())
                    .doesNotContainPattern("\\.now\\(")
                    .doesNotContainPattern("\\bClock\\b")
                    .doesNotContain("currentTimeMillis")
                    .doesNotContain("nanoTime");
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(java).isNotEmpty();
            return java;
        }
    }
}
