package com.stagewise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stagewise.domain.catalogue.Dose;
import com.stagewise.domain.catalogue.ExerciseAttributes;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.domain.catalogue.Texts;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/stage-check} over real HTTP, as api.md specifies it. */
class StageCheckApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The TestClock's day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** A check date for the worked examples, and the due date that puts it at 24+0. */
    private static final LocalDate DATE = LocalDate.of(2027, 3, 1);

    private static TestApp app;
    private static TestClinic clinicA;
    private static TestClinic clinicB;
    private static String keyA;
    private static String keyB;
    private static String revokedKey;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinicA = app.createClinic("Api Clinic A");
        clinicB = app.createClinic("Api Clinic B");
        keyA = createKey(clinicA.id());
        keyB = createKey(clinicB.id());
        revokedKey = createKey(clinicA.id());
        long revokedId = app.services().apiKeys.list(clinicA.id()).stream()
                .filter(k -> revokedKey.startsWith(k.prefix())).findFirst().orElseThrow().id();
        assertThat(app.services().apiKeys.revoke(clinicA.id(), revokedId, app.clock().instant())).isTrue();
        ExerciseContent onlyInA = new ExerciseContent("wall-push", Texts.english("Wall push"),
                new ExerciseAttributes(Position.STANDING, KindOfWork.STRENGTHEN, Level.GENTLE, Set.of()),
                Set.of(), Dose.repetitions(10), true, null, Texts.english("Stand facing a wall.\nPush."), null, null,
                "", "");
        app.services().exercises.create(clinicA.id(), onlyInA, null, app.clock().instant());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String createKey(long clinicId) {
        String key = "sw_test_" + Tokens.random();
        app.services().apiKeys.create(clinicId, "test", Tokens.hash(key), key.substring(0, 12), null,
                app.clock().instant());
        return key;
    }

    // --- helpers ---

    private static HttpResponse<String> post(String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/stage-check")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return app.send(request.build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 200 and the body. */
    private static JsonNode check(String body) {
        HttpResponse<String> response = post(keyA, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return json(response);
    }

    /** 400 and the list of errors, each as "field: message". */
    private static List<String> errors(String body) {
        HttpResponse<String> response = post(keyA, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = json(response).path("errors");
        assertThat(errors.isArray()).as(response.body()).isTrue();
        List<String> list = new ArrayList<>();
        for (JsonNode error : errors) {
            assertThat(error.has("field")).isTrue();
            assertThat(error.path("message").asText()).isNotBlank();
            list.add(error.path("field").asText() + ": " + error.path("message").asText());
        }
        return list;
    }

    private static List<String> fields(List<String> errors) {
        return errors.stream().map(e -> e.substring(0, e.indexOf(": "))).toList();
    }

    private static String pregnant(LocalDate date, LocalDate due, String extraPatient, String items) {
        return "{\"date\":\"" + date + "\",\"patient\":{\"stage\":\"PREGNANT\",\"dueDate\":\"" + due + "\""
                + extraPatient + "},\"items\":[" + items + "]}";
    }

    /** The due date that puts the pregnancy at {@code weeks+days} on {@code date}. */
    private static LocalDate dueFor(LocalDate date, int weeks, int days) {
        return date.plusDays(280 - (weeks * 7L + days));
    }

    private static String postpartum(LocalDate date, LocalDate delivery, String mode, String items) {
        return "{\"date\":\"" + date + "\",\"patient\":{\"stage\":\"POSTPARTUM\",\"deliveryDate\":\"" + delivery
                + "\",\"deliveryMode\":\"" + mode + "\"},\"items\":[" + items + "]}";
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.path("rule").asText()));
        return rules;
    }

    private static JsonNode item(JsonNode body, int index) {
        return body.path("items").get(index);
    }

    // --- errors ---

    @Nested
    class Errors {

        @Test
        void malformed_json_is_a_400_with_an_error_list() {
            List<String> errors = errors("{\"patient\": {\"stage\": \"PREGNANT\",");

            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).contains("malformed JSON");
        }

        @Test
        void a_body_that_is_not_an_object_is_a_400() {
            assertThat(errors("[1, 2]")).hasSize(1);
        }

        @Test
        void a_missing_stage_is_named() {
            List<String> errors = errors("{\"date\":\"2027-03-01\",\"patient\":{},\"items\":[]}");

            assertThat(fields(errors)).containsExactly("patient.stage");
        }

        @Test
        void a_missing_patient_and_items_are_both_named() {
            assertThat(fields(errors("{\"date\":\"2027-03-01\"}"))).containsExactlyInAnyOrder("patient", "items");
        }

        @Test
        void pregnant_without_a_due_date_is_named() {
            List<String> errors = errors("{\"date\":\"2027-03-01\",\"patient\":{\"stage\":\"PREGNANT\"},\"items\":[]}");

            assertThat(fields(errors)).containsExactly("patient.dueDate");
        }

        @Test
        void a_due_date_more_than_44_weeks_away_is_impossible_and_named_once() {
            List<String> errors = errors(pregnant(DATE, DATE.plusWeeks(44).plusDays(1), "", ""));

            assertThat(fields(errors)).containsExactly("patient.dueDate");
            assertThat(errors.get(0)).contains("44");
        }

        @Test
        void a_due_date_exactly_44_weeks_away_is_accepted() {
            JsonNode body = check(pregnant(DATE, DATE.plusWeeks(44), "", ""));

            assertThat(body.path("stage").path("gestationalAge").asText()).isEqualTo("0+0");
        }

        @Test
        void a_malformed_date_is_named() {
            List<String> errors = errors(pregnant(DATE, DATE, "", "").replace("\"dueDate\":\"" + DATE + "\"",
                    "\"dueDate\":\"21.06.2027\""));

            assertThat(fields(errors)).containsExactly("patient.dueDate");
        }

        @Test
        void postpartum_without_delivery_date_and_mode_names_both() {
            List<String> errors = errors("{\"date\":\"2027-03-01\",\"patient\":{\"stage\":\"POSTPARTUM\"},\"items\":[]}");

            assertThat(fields(errors)).containsExactlyInAnyOrder("patient.deliveryDate", "patient.deliveryMode");
        }

        @Test
        void an_unknown_delivery_mode_is_named() {
            List<String> errors = errors(postpartum(DATE, DATE.minusWeeks(4), "FORCEPS", ""));

            assertThat(fields(errors)).containsExactly("patient.deliveryMode");
        }

        @Test
        void a_delivery_in_the_future_is_impossible() {
            List<String> errors = errors(postpartum(DATE, DATE.plusDays(1), "VAGINAL", ""));

            assertThat(fields(errors)).containsExactly("patient.deliveryDate");
        }

        @Test
        void a_delivery_on_the_day_of_the_check_is_fine() {
            JsonNode body = check(postpartum(DATE, DATE, "VAGINAL", ""));

            assertThat(body.path("stage").path("postpartumAge").asText()).isEqualTo("0+0");
        }

        @Test
        void a_negative_dose_is_named_with_its_item_and_field() {
            List<String> errors = errors(pregnant(DATE, dueFor(DATE, 20, 0), "",
                    "{\"exercise\":\"cat-cow\"},{\"exercise\":\"bird-dog\",\"sets\":-1,\"holdSeconds\":-5}"));

            assertThat(fields(errors)).containsExactlyInAnyOrder("items[1].sets", "items[1].holdSeconds");
            assertThat(errors).allMatch(e -> e.contains("negative"));
        }

        @Test
        void a_dose_out_of_range_is_named() {
            List<String> errors = errors(pregnant(DATE, dueFor(DATE, 20, 0), "",
                    "{\"exercise\":\"cat-cow\",\"sets\":0,\"reps\":500}"));

            assertThat(fields(errors)).containsExactlyInAnyOrder("items[0].sets", "items[0].reps");
        }

        @Test
        void a_dose_that_is_not_a_whole_number_is_named() {
            List<String> errors = errors(pregnant(DATE, dueFor(DATE, 20, 0), "",
                    "{\"exercise\":\"cat-cow\",\"reps\":2.5}"));

            assertThat(fields(errors)).containsExactly("items[0].reps");
        }

        @Test
        void an_unknown_exercise_slug_is_named_by_its_index() {
            List<String> errors = errors(pregnant(DATE, dueFor(DATE, 20, 0), "",
                    "{\"exercise\":\"cat-cow\"},{\"exercise\":\"handstand\"}"));

            assertThat(fields(errors)).containsExactly("items[1].exercise");
        }

        @Test
        void a_missing_exercise_slug_is_named() {
            assertThat(fields(errors(pregnant(DATE, dueFor(DATE, 20, 0), "", "{\"sets\":1}"))))
                    .containsExactly("items[0].exercise");
        }

        @Test
        void unknown_contraindication_and_red_flag_codes_are_named() {
            List<String> errors = errors(pregnant(DATE, dueFor(DATE, 20, 0),
                    ",\"contraindications\":[\"ANAEMIA\",\"BROKEN_HEART\"],\"redFlags\":[\"SNEEZING\"]", ""));

            assertThat(fields(errors)).containsExactlyInAnyOrder("patient.contraindications[1]", "patient.redFlags[0]");
            assertThat(errors).anyMatch(e -> e.contains("BROKEN_HEART")).anyMatch(e -> e.contains("SNEEZING"));
        }

        @Test
        void an_unknown_abdominal_separation_value_is_named() {
            assertThat(fields(errors(pregnant(DATE, dueFor(DATE, 20, 0), ",\"abdominalSeparation\":\"WIDE\"", ""))))
                    .containsExactly("patient.abdominalSeparation");
        }

        @Test
        void a_boolean_that_is_not_a_boolean_is_named() {
            assertThat(fields(errors(pregnant(DATE, dueFor(DATE, 20, 0), ",\"supineSymptoms\":\"yes\"", ""))))
                    .containsExactly("patient.supineSymptoms");
        }

        @Test
        void every_error_comes_at_once() {
            String body = "{\"date\":\"2027-03-01\",\"patient\":{\"stage\":\"PREGNANT\","
                    + "\"contraindications\":[\"NOPE\"],\"redFlags\":[\"NADA\"]},"
                    + "\"items\":[{\"exercise\":\"cat-cow\",\"reps\":-2},{\"exercise\":\"no-such\",\"sets\":0}]}";

            assertThat(fields(errors(body))).containsExactlyInAnyOrder("patient.dueDate",
                    "patient.contraindications[0]", "patient.redFlags[0]", "items[0].reps", "items[1].exercise",
                    "items[1].sets");
        }

        @Test
        void every_error_comes_at_once_also_when_the_stage_is_impossible() {
            String body = pregnant(DATE, DATE.plusWeeks(50), ",\"redFlags\":[\"NADA\"]",
                    "{\"exercise\":\"no-such\"}");

            assertThat(fields(errors(body))).containsExactlyInAnyOrder("patient.dueDate", "patient.redFlags[0]",
                    "items[0].exercise");
        }
    }

    // --- keys ---

    @Nested
    class Keys {

        private static final String VALID = "{\"patient\":{\"stage\":\"PREGNANT\",\"dueDate\":\"2027-03-07\"},\"items\":[]}";

        @Test
        void without_a_key_the_answer_is_401() {
            HttpResponse<String> response = post(null, VALID);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(json(response).path("errors").get(0).path("message").asText()).contains("API key");
        }

        @Test
        void with_a_wrong_key_the_answer_is_401() {
            assertThat(post("sw_test_not-a-real-key", VALID).statusCode()).isEqualTo(401);
            assertThat(post(keyA + "x", VALID).statusCode()).isEqualTo(401);
        }

        @Test
        void with_a_revoked_key_the_answer_is_401() {
            assertThat(post(revokedKey, VALID).statusCode()).isEqualTo(401);
        }

        @Test
        void a_key_in_another_scheme_is_refused() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/stage-check")))
                    .header("Authorization", "Basic " + keyA)
                    .POST(HttpRequest.BodyPublishers.ofString(VALID)).build();

            assertThat(app.send(request).statusCode()).isEqualTo(401);
        }

        @Test
        void an_error_in_the_body_is_not_reported_before_the_key_is_checked() {
            assertThat(post(null, "{not json").statusCode()).isEqualTo(401);
        }

        @Test
        void the_keys_clinic_decides_the_library() {
            String body = pregnant(DATE, dueFor(DATE, 20, 0), "", "{\"exercise\":\"wall-push\"}");

            assertThat(post(keyA, body).statusCode()).isEqualTo(200);
            HttpResponse<String> fromB = post(keyB, body);
            assertThat(fromB.statusCode()).isEqualTo(400);
            assertThat(json(fromB).path("errors").get(0).path("field").asText()).isEqualTo("items[0].exercise");
        }

        @Test
        void the_api_needs_no_csrf_token_or_session() {
            assertThat(post(keyB, VALID).statusCode()).isEqualTo(200);
        }
    }

    // --- defaults ---

    @Test
    void the_date_defaults_to_today() {
        JsonNode body = check("{\"patient\":{\"stage\":\"PREGNANT\",\"dueDate\":\"" + dueFor(TODAY, 25, 0)
                + "\"},\"items\":[]}");

        assertThat(body.path("date").asText()).isEqualTo(TODAY.toString());
        assertThat(body.path("stage").path("gestationalAge").asText()).isEqualTo("25+0");
    }

    @Test
    void omitted_dose_fields_come_from_the_exercises_default_dose() {
        // the glute bridge's default dose holds 20 s, the legs-up rest lasts 300 s
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 24, 0), "",
                "{\"exercise\":\"glute-bridge\"},{\"exercise\":\"glute-bridge\",\"holdSeconds\":5},"
                        + "{\"exercise\":\"legs-up-rest\",\"durationSeconds\":null}"));

        assertThat(rules(item(body, 0).path("findings"))).containsExactly("R3", "R11");
        assertThat(rules(item(body, 1).path("findings"))).containsExactly("R3");
        assertThat(item(body, 2).path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(rules(item(body, 2).path("findings"))).containsExactly("R4");
    }

    @Test
    void an_omitted_per_side_comes_from_the_default_dose_and_a_given_one_wins() {
        // straight-leg hold: 10 reps of 10 s on each side = 200 s on the back; one side only = 100 s
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 20, 0), "",
                "{\"exercise\":\"straight-leg-hold\"},{\"exercise\":\"straight-leg-hold\",\"perSide\":false}"));

        assertThat(rules(item(body, 0).path("findings"))).contains("R4");
        assertThat(rules(item(body, 1).path("findings"))).contains("R3").doesNotContain("R4");
    }

    // --- the worked examples of clinical-rules.md section 5 ---

    @Test
    void at_24_weeks_a_glute_bridge_held_20_s_is_a_caution_and_5_minutes_legs_up_is_blocked() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 24, 0), "",
                "{\"exercise\":\"glute-bridge\",\"sets\":3,\"reps\":1,\"holdSeconds\":20,\"durationSeconds\":null,\"perSide\":false},"
                        + "{\"exercise\":\"legs-up-rest\",\"sets\":1,\"reps\":null,\"holdSeconds\":null,\"durationSeconds\":300,\"perSide\":false}"));

        assertThat(body.path("date").asText()).isEqualTo("2027-03-01");
        assertThat(body.path("stage").path("kind").asText()).isEqualTo("PREGNANT");
        assertThat(body.path("stage").path("gestationalAge").asText()).isEqualTo("24+0");
        assertThat(body.path("stage").path("trimester").asInt()).isEqualTo(2);
        assertThat(body.path("verdict").asText()).isEqualTo("BLOCKED");
        JsonNode bridge = item(body, 0);
        assertThat(bridge.path("exercise").asText()).isEqualTo("glute-bridge");
        assertThat(bridge.path("verdict").asText()).isEqualTo("CAUTION");
        assertThat(rules(bridge.path("findings"))).containsExactly("R3", "R11");
        JsonNode legsUp = item(body, 1);
        assertThat(legsUp.path("exercise").asText()).isEqualTo("legs-up-rest");
        assertThat(legsUp.path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(rules(legsUp.path("findings"))).containsExactly("R4");
        JsonNode finding = legsUp.path("findings").get(0);
        assertThat(finding.path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(finding.path("reason").asText()).isNotBlank().doesNotStartWith("rule.");
        assertThat(finding.path("alternative").asText()).isNotBlank().doesNotStartWith("rule.");
        assertThat(finding.path("source").asText()).isNotBlank();
        assertThat(body.path("findings").isArray()).isTrue();
        assertThat(body.path("referrals").isArray()).isTrue();
    }

    @Test
    void at_24_weeks_a_legs_up_rest_of_90_s_is_a_caution() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 24, 0), "",
                "{\"exercise\":\"legs-up-rest\",\"durationSeconds\":90}"));

        assertThat(item(body, 0).path("verdict").asText()).isEqualTo("CAUTION");
        assertThat(rules(item(body, 0).path("findings"))).containsExactly("R3");
        assertThat(body.path("verdict").asText()).isEqualTo("CAUTION");
    }

    @Test
    void at_15_weeks_prone_opposite_lift_is_blocked_and_at_13_6_a_caution() {
        JsonNode at15 = check(pregnant(DATE, dueFor(DATE, 15, 0), "", "{\"exercise\":\"prone-opposite-lift\"}"));
        JsonNode at13 = check(pregnant(DATE, dueFor(DATE, 13, 6), "", "{\"exercise\":\"prone-opposite-lift\"}"));

        assertThat(item(at15, 0).path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(rules(item(at15, 0).path("findings"))).contains("R6");
        assertThat(at13.path("stage").path("trimester").asInt()).isEqualTo(1);
        assertThat(item(at13, 0).path("verdict").asText()).isEqualTo("CAUTION");
        assertThat(rules(item(at13, 0).path("findings"))).contains("R7").doesNotContain("R6");
        // the review date of the 13+6 check is the next day, when the caution becomes a block
        assertThat(at13.path("reviewDate").asText()).isEqualTo(DATE.plusDays(1).toString());
    }

    @Test
    void four_weeks_after_a_caesarean_the_reverse_table_hold_is_blocked_and_cat_cow_allowed() {
        JsonNode body = check(postpartum(DATE, DATE.minusWeeks(4), "CAESAREAN",
                "{\"exercise\":\"reverse-table-hold\"},{\"exercise\":\"cat-cow\"}"));

        assertThat(body.path("stage").path("kind").asText()).isEqualTo("POSTPARTUM");
        assertThat(body.path("stage").path("postpartumAge").asText()).isEqualTo("4+0");
        assertThat(body.path("stage").path("deliveryMode").asText()).isEqualTo("CAESAREAN");
        assertThat(body.path("stage").has("gestationalAge")).isFalse();
        assertThat(item(body, 0).path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(rules(item(body, 0).path("findings"))).contains("R17");
        assertThat(item(body, 1).path("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(item(body, 1).path("findings").isArray()).isTrue();
        assertThat(item(body, 1).path("findings")).isEmpty();
        assertThat(body.path("verdict").asText()).isEqualTo("BLOCKED");
        // at 6+0 the early-recovery block ends: that is the review date
        assertThat(body.path("reviewDate").asText()).isEqualTo(DATE.plusWeeks(2).toString());
    }

    @Test
    void a_programme_at_12_weeks_with_knee_to_chest_is_reviewed_the_day_she_reaches_16_weeks() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 12, 0), "", "{\"exercise\":\"knee-to-chest\"}"));

        assertThat(body.path("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(body.path("reviewDate").asText()).isEqualTo(DATE.plusWeeks(4).toString());
    }

    @Test
    void in_pregnancy_the_review_date_is_the_due_date_when_nothing_changes_before() {
        LocalDate due = dueFor(DATE, 30, 0);
        JsonNode body = check(pregnant(DATE, due, "", "{\"exercise\":\"cat-cow\"}"));

        assertThat(body.path("reviewDate").asText()).isEqualTo(due.toString());
    }

    @Test
    void anaemia_is_a_programme_caution_that_a_sign_off_clears() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 20, 0), ",\"contraindications\":[\"ANAEMIA\"]",
                "{\"exercise\":\"cat-cow\"}"));
        JsonNode signedOff = check(pregnant(DATE, dueFor(DATE, 20, 0),
                ",\"contraindications\":[\"ANAEMIA\"],\"contraindicationsSignedOff\":true", "{\"exercise\":\"cat-cow\"}"));

        assertThat(rules(body.path("findings"))).containsExactly("R2");
        assertThat(body.path("findings").get(0).path("verdict").asText()).isEqualTo("CAUTION");
        assertThat(item(body, 0).path("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(body.path("verdict").asText()).isEqualTo("CAUTION");
        assertThat(rules(signedOff.path("findings"))).doesNotContain("R2");
        assertThat(signedOff.path("verdict").asText()).isEqualTo("ALLOWED");
    }

    @Test
    void an_absolute_contraindication_blocks_and_obstetric_approval_lifts_it_to_a_caution() {
        JsonNode blocked = check(pregnant(DATE, dueFor(DATE, 20, 0), ",\"contraindications\":[\"PREECLAMPSIA\"]",
                "{\"exercise\":\"cat-cow\"}"));
        JsonNode approved = check(pregnant(DATE, dueFor(DATE, 20, 0),
                ",\"contraindications\":[\"PREECLAMPSIA\"],\"obstetricApproval\":true", "{\"exercise\":\"cat-cow\"}"));

        assertThat(rules(blocked.path("findings"))).contains("R1");
        assertThat(blocked.path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(rules(approved.path("findings"))).contains("R1");
        assertThat(approved.path("verdict").asText()).isEqualTo("CAUTION");
    }

    @Test
    void a_red_flag_blocks_the_whole_programme_with_r24() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 20, 0), ",\"redFlags\":[\"VAGINAL_BLEEDING\"]",
                "{\"exercise\":\"cat-cow\"}"));

        assertThat(rules(body.path("findings"))).contains("R24");
        JsonNode r24 = null;
        for (JsonNode finding : body.path("findings")) {
            if ("R24".equals(finding.path("rule").asText())) {
                r24 = finding;
            }
        }
        assertThat(r24.path("verdict").asText()).isEqualTo("BLOCKED");
        assertThat(body.path("verdict").asText()).isEqualTo("BLOCKED");
    }

    @Test
    void after_birth_the_review_date_is_null_when_nothing_will_change() {
        JsonNode body = check(postpartum(DATE, DATE.minusWeeks(20), "VAGINAL", "{\"exercise\":\"bird-dog\"}"));

        assertThat(body.path("stage").path("postpartumAge").asText()).isEqualTo("20+0");
        assertThat(body.path("stage").path("deliveryMode").asText()).isEqualTo("VAGINAL");
        assertThat(body.has("reviewDate")).isTrue();
        assertThat(body.path("reviewDate").isNull()).isTrue();
    }

    @Test
    void an_empty_programme_is_judged_on_the_patient_alone() {
        JsonNode body = check(pregnant(DATE, dueFor(DATE, 20, 0), "", ""));

        assertThat(body.path("items")).isEmpty();
        assertThat(body.path("findings")).isEmpty();
        assertThat(body.path("verdict").asText()).isEqualTo("ALLOWED");
    }
}
