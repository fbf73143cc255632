package com.stagewise.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareLinkTest {

    private static final Instant LAST = Instant.parse("2026-11-22T09:00:00Z");

    private static ShareLink lastOpened(Optional<Instant> at) {
        return new ShareLink(1, 1, 1, LAST.minusSeconds(86_400), "Physio", Optional.empty(), Optional.empty(),
                at.isPresent() ? 1 : 0, at);
    }

    @Test
    void views_within_a_minute_of_the_last_counted_one_are_the_same_visit() {
        ShareLink link = lastOpened(Optional.of(LAST));
        assertThat(link.isNewVisitAt(LAST)).isFalse();
        assertThat(link.isNewVisitAt(LAST.plusSeconds(59))).isFalse();
        assertThat(link.isNewVisitAt(LAST.plusSeconds(60))).isTrue();
        assertThat(link.isNewVisitAt(LAST.plusSeconds(3600))).isTrue();
    }

    @Test
    void the_first_view_is_always_a_visit() {
        assertThat(lastOpened(Optional.empty()).isNewVisitAt(LAST)).isTrue();
    }
}
