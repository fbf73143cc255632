package com.stagewise.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardedForTest {

    @Test
    void the_client_is_the_last_forwarded_address_and_the_connection_when_there_is_none() {
        assertThat(ForwardedFor.client("203.0.113.7", "10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(ForwardedFor.client("198.51.100.1, 203.0.113.7", "10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(ForwardedFor.client(" 198.51.100.1 ,  2001:db8::1 ", "10.0.0.2")).isEqualTo("2001:db8::1");
        assertThat(ForwardedFor.client(null, "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ForwardedFor.client("  ", "10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(ForwardedFor.client("198.51.100.1,", "10.0.0.2")).isEqualTo("10.0.0.2");
    }
}
