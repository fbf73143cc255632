package com.stagewise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/exercises}: the key's clinic's library, searchable and filtered like the page. */
class ExercisesApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestApp app;
    private static TestClinic clinic;
    private static TestClinic other;
    private static String key;
    private static String otherKey;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinic = app.createClinic("Exercises Api Clinic");
        other = app.createClinic("Exercises Api Other");
        key = createKey(clinic.id());
        otherKey = createKey(other.id());
        long retired = app.services().exercises.findBySlug(other.id(), "deep-squat-hold").orElseThrow().id();
        app.services().exercises.setRetired(other.id(), retired, true, app.clock().instant());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String createKey(long clinicId) {
        String secret = "sw_test_" + Tokens.random();
        app.services().apiKeys.create(clinicId, "test", Tokens.hash(secret), secret.substring(0, 12), null,
                app.clock().instant());
        return secret;
    }

    private static HttpResponse<String> get(String apiKey, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/exercises" + query))).GET();
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return app.send(request.build());
    }

    private static JsonNode list(String apiKey, String query) {
        HttpResponse<String> response = get(apiKey, query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> slugs(JsonNode body) {
        List<String> slugs = new ArrayList<>();
        body.path("exercises").forEach(e -> slugs.add(e.path("slug").asText()));
        return slugs;
    }

    private static JsonNode entry(JsonNode body, String slug) {
        for (JsonNode e : body.path("exercises")) {
            if (slug.equals(e.path("slug").asText())) {
                return e;
            }
        }
        throw new AssertionError(slug + " not in " + body);
    }

    @Test
    void lists_the_clinics_28_starter_entries_with_their_attributes() {
        JsonNode body = list(key, "");

        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("hasNext").asBoolean()).isFalse();
        assertThat(slugs(body)).hasSize(28).doesNotHaveDuplicates()
                .contains("glute-bridge", "cat-cow", "legs-up-rest", "standing-hip-flexor-stretch");
        for (JsonNode e : body.path("exercises")) {
            assertThat(e.path("slug").asText()).isNotBlank();
            assertThat(e.path("name").asText()).isNotBlank();
            assertThat(e.path("position").asText()).isNotBlank();
            assertThat(e.path("level").asText()).isIn("GENTLE", "MODERATE", "ADVANCED");
            assertThat(e.path("demands").isArray()).isTrue();
            assertThat(e.path("defaultDose").isObject()).isTrue();
            assertThat(e.path("retired").isBoolean()).isTrue();
            assertThat(e.path("retired").asBoolean()).isFalse();
        }
    }

    @Test
    void an_entry_carries_its_default_dose_and_demands() {
        JsonNode body = list(key, "?q=straddle");
        JsonNode straddle = entry(body, "seated-straddle-reach");

        assertThat(straddle.path("name").asText()).isEqualTo("Seated straddle reach");
        assertThat(straddle.path("position").asText()).isEqualTo("LONG_SITTING");
        assertThat(straddle.path("level").asText()).isEqualTo("GENTLE");
        assertThat(straddle.path("demands")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("WIDE_ABDUCTION", "PERINEAL_LOAD");
        JsonNode dose = straddle.path("defaultDose");
        assertThat(dose.path("sets").asInt()).isEqualTo(1);
        assertThat(dose.path("reps").asInt()).isEqualTo(2);
        assertThat(dose.path("holdSeconds").asInt()).isEqualTo(15);
        assertThat(dose.path("durationSeconds").isNull()).isTrue();
        assertThat(dose.path("perSide").asBoolean()).isTrue();
    }

    @Test
    void q_searches_the_library() {
        assertThat(slugs(list(key, "?q=bridge"))).contains("glute-bridge");
        assertThat(slugs(list(key, "?q=brid"))).contains("glute-bridge");
        assertThat(slugs(list(key, "?q=zzzzqqq"))).isEmpty();
    }

    @Test
    void position_filters_like_the_library_page() {
        JsonNode body = list(key, "?position=QUADRUPED");

        assertThat(slugs(body)).containsExactlyInAnyOrder("cat-cow", "bird-dog");
        body.path("exercises").forEach(e -> assertThat(e.path("position").asText()).isEqualTo("QUADRUPED"));
    }

    @Test
    void the_other_filters_apply_too() {
        assertThat(slugs(list(key, "?level=ADVANCED"))).containsExactly("hollow-body-hold");
        assertThat(slugs(list(key, "?demand=HEAD_BELOW_HIPS"))).containsExactlyInAnyOrder("reach-and-swing",
                "downward-dog");
        assertThat(slugs(list(key, "?position=SUPINE&q=bridge"))).containsExactly("glute-bridge");
    }

    @Test
    void pages_through_the_library_without_gaps_or_repeats() {
        JsonNode first = list(key, "?pageSize=10");
        JsonNode second = list(key, "?pageSize=10&page=2");
        JsonNode third = list(key, "?pageSize=10&page=3");

        assertThat(first.path("pageSize").asInt()).isEqualTo(10);
        assertThat(slugs(first)).hasSize(10);
        assertThat(first.path("hasNext").asBoolean()).isTrue();
        assertThat(slugs(second)).hasSize(10);
        assertThat(second.path("page").asInt()).isEqualTo(2);
        assertThat(second.path("hasNext").asBoolean()).isTrue();
        assertThat(slugs(third)).hasSize(8);
        assertThat(third.path("hasNext").asBoolean()).isFalse();
        List<String> all = new ArrayList<>(slugs(first));
        all.addAll(slugs(second));
        all.addAll(slugs(third));
        assertThat(all).doesNotHaveDuplicates().containsExactlyElementsOf(slugs(list(key, "")));
    }

    @Test
    void page_size_is_capped_and_bad_numbers_fall_back() {
        assertThat(list(key, "?pageSize=1000").path("pageSize").asInt()).isEqualTo(ApiHandler.MAX_PAGE_SIZE);
        assertThat(list(key, "?pageSize=abc&page=-1").path("page").asInt()).isEqualTo(1);
        assertThat(slugs(list(key, "?page=99"))).isEmpty();
    }

    @Test
    void a_retired_entry_is_listed_as_retired() {
        JsonNode body = list(otherKey, "?q=squat");

        assertThat(entry(body, "deep-squat-hold").path("retired").asBoolean()).isTrue();
        assertThat(entry(body, "kegel-squat").path("retired").asBoolean()).isFalse();
        assertThat(slugs(list(otherKey, "?retired=false&q=squat"))).doesNotContain("deep-squat-hold");
    }

    @Test
    void each_key_sees_its_own_clinics_library() {
        assertThat(entry(list(key, "?q=squat"), "deep-squat-hold").path("retired").asBoolean()).isFalse();
    }

    @Test
    void without_a_key_or_with_a_wrong_one_the_answer_is_401() {
        assertThat(get(null, "").statusCode()).isEqualTo(401);
        assertThat(get("sw_test_wrong", "").statusCode()).isEqualTo(401);
    }
}
