package com.stagewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app as an operator starts it: a separate JVM, configured only through the environment. */
class StartupIT {

    @TempDir
    Path workDir;

    @Test
    void a_wrong_port_stops_the_app_with_one_line_naming_the_variable() throws Exception {
        Result result = runUntilExit(Map.of("STAGEWISE_PORT", "http"));

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr.strip())
                .isEqualTo("stagewise: configuration error: STAGEWISE_PORT must be a whole number from 0 to 65535, but is 'http'");
    }

    @Test
    void an_unreachable_database_stops_the_app_with_one_clear_line() throws Exception {
        Result result = runUntilExit(Map.of(
                "STAGEWISE_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/stagewise",
                "STAGEWISE_DB_PASSWORD", "not-in-the-output"));

        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.stderr.strip())
                .startsWith("stagewise: cannot connect to the database at jdbc:postgresql://127.0.0.1:")
                .doesNotContain("\n")
                .doesNotContain("not-in-the-output");
    }

    @Test
    void a_restart_on_the_default_h2_file_keeps_the_data() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("STAGEWISE_PORT", String.valueOf(port));

        Process first = start(env);
        try {
            awaitHealthy(port);
        } finally {
            stop(first);
        }
        assertThat(workDir.resolve("data/stagewise.mv.db")).exists();

        Process second = start(env);
        try {
            awaitHealthy(port);
        } finally {
            stop(second);
        }
        String log = Files.readString(workDir.resolve("second.log"));
        assertThat(Files.readString(workDir.resolve("first.log"))).contains("loaded the demo data");
        assertThat(log).contains("Stagewise is listening").doesNotContain("loaded the demo data");
    }

    private Process start(Map<String, String> env) throws IOException {
        boolean firstRun = !Files.exists(workDir.resolve("first.log"));
        ProcessBuilder builder = javaMain(env)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(firstRun ? "first.log" : "second.log").toFile());
        return builder.start();
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void awaitHealthy(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the app did not become healthy on port " + port);
    }

    private Result runUntilExit(Map<String, String> env) throws Exception {
        Process process = javaMain(env).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stderr);
    }

    private ProcessBuilder javaMain(Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("STAGEWISE_"));
        builder.environment().putAll(env);
        return builder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String stderr) {
    }
}
