package com.stagewise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void an_empty_environment_gives_the_documented_defaults() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.database().url()).isEqualTo(Config.DEFAULT_DB_URL).startsWith("jdbc:h2:file:./data/");
        assertThat(config.database().user()).isEqualTo("sa");
        assertThat(config.database().password()).isEmpty();
        assertThat(config.database().poolSize()).isEqualTo(10);
        assertThat(config.demoData()).isTrue();
        assertThat(config.demoApiKey()).isEqualTo(Config.DEFAULT_DEMO_API_KEY);
        assertThat(config.secureCookies()).isFalse();
    }

    @Test
    void postgres_is_chosen_by_the_url_and_takes_its_credentials() {
        Config config = Config.fromEnvironment(Map.of(
                "STAGEWISE_DB_URL", "jdbc:postgresql://db:5432/stagewise",
                "STAGEWISE_DB_USER", "app",
                "STAGEWISE_DB_PASSWORD", "s3cret",
                "STAGEWISE_DEMO_DATA", "false"));

        assertThat(config.database().isPostgres()).isTrue();
        assertThat(config.database().user()).isEqualTo("app");
        assertThat(config.database().password()).isEqualTo("s3cret");
        assertThat(config.database().toString()).doesNotContain("s3cret");
        assertThat(config.demoData()).isFalse();
    }

    @Test
    void a_port_that_is_not_a_number_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STAGEWISE_PORT", "seventy")))
                .isInstanceOf(Config.ConfigException.class)
                .hasMessage("STAGEWISE_PORT must be a whole number from 0 to 65535, but is 'seventy'");
    }

    @Test
    void a_port_out_of_range_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STAGEWISE_PORT", "70000")))
                .hasMessageStartingWith("STAGEWISE_PORT must be");
    }

    @Test
    void a_flag_that_is_not_true_or_false_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STAGEWISE_DEMO_DATA", "maybe")))
                .hasMessage("STAGEWISE_DEMO_DATA must be true or false, but is 'maybe'");
    }

    @Test
    void an_unsupported_database_url_names_the_variable() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STAGEWISE_DB_URL", "jdbc:mysql://x/y")))
                .hasMessageStartingWith("STAGEWISE_DB_URL must be");
    }

    @Test
    void a_pool_of_one_connection_is_refused_because_migrations_need_two() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STAGEWISE_DB_POOL_SIZE", "1")))
                .hasMessageStartingWith("STAGEWISE_DB_POOL_SIZE must be");
    }
}
