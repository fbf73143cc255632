package com.stagewise.web.print;

import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.programme.PatientDetails;
import com.stagewise.domain.programme.ProgrammeChange;
import com.stagewise.domain.programme.ProgrammeItem;
import com.stagewise.domain.programme.ProgrammeStatus;
import com.stagewise.domain.rules.Verdict;
import com.stagewise.domain.stage.DeliveryMode;
import com.stagewise.domain.stage.PatientState;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Clinics, patients and programmes for the printout tests, made through the services as the app makes them. */
final class PrintFixtures {

    /** The test clock stands at 2026-11-22: a due date of 2027-03-14 makes her 24+0. */
    static final LocalDate DUE_AT_24_WEEKS = LocalDate.of(2027, 3, 14);
    /** Four weeks after a vaginal birth, not yet cleared: the rules set a review at six weeks. */
    static final PatientState FOUR_WEEKS_AFTER_BIRTH = PatientState.postpartum(LocalDate.of(2026, 10, 25), DeliveryMode.VAGINAL);

    /** Twelve starter exercises none of which the rules block at 24 weeks or four weeks after birth. */
    static final List<String> TWELVE = List.of("glute-bridge", "cat-cow", "bird-dog", "childs-pose", "clamshell",
            "seated-pelvic-tilt", "ball-rock-roll", "seated-straddle-reach", "reach-and-swing",
            "standing-hip-flexor-stretch", "posterior-pelvic-tilt", "deep-squat-hold");

    static final String GERMAN_NOTE = "Nur bis zur Schmerzgrenze – höchstens 3/10, Pausen ≥ 30 s, Füße hüftbreit.";
    static final String ENGLISH_NOTE = "Stop at the point of pain – at most 3/10; rest ≥ 30 s between sets.";

    private PrintFixtures() {
    }

    static TestClinic clinicWithDetails(TestApp app, String name) {
        TestClinic clinic = app.createClinic(name);
        app.services().clinics.update(clinic.id(), new ClinicDetails(name, "Hauptstraße 5\n10115 Berlin",
                "+49 30 1234567", "praxis@example.org"));
        return clinic;
    }

    static long patient(TestApp app, TestClinic clinic, String name, String language, PatientState facts) {
        return app.services().patients.create(clinic.id(), new PatientDetails(name, false, "", language), facts,
                clinic.clinicianId(), "Test Physio", app.clock().instant());
    }

    static List<Exercise> exercises(TestApp app, TestClinic clinic, List<String> slugs) {
        return slugs.stream().map(slug -> app.services().exercises.findBySlug(clinic.id(), slug).orElseThrow()).toList();
    }

    /** A programme of these starter exercises at their default doses; the first carries {@code note}. */
    static long programme(TestApp app, TestClinic clinic, long patientId, List<String> slugs, String note) {
        List<ProgrammeItem> items = new ArrayList<>();
        for (Exercise exercise : exercises(app, clinic, slugs)) {
            items.add(new ProgrammeItem(exercise.id(), exercise.version(), exercise.content().defaultDose(),
                    items.isEmpty() ? note : "", ""));
        }
        return programme(app, clinic, patientId, items);
    }

    static long programme(TestApp app, TestClinic clinic, long patientId, List<ProgrammeItem> items) {
        return app.services().programmes.create(clinic.id(), patientId, new ProgrammeChange("Back care", ProgrammeStatus.ACTIVE,
                items, Verdict.CAUTION, Optional.empty(), clinic.clinicianId(), "Test Physio", app.clock().instant()));
    }

    /** A signed-in client of the clinic's clinician. */
    static WebClient clinician(TestApp app, TestClinic clinic) {
        WebClient client = new WebClient(app);
        client.signIn(clinic.clinicianEmail(), TestClinic.PASSWORD);
        return client;
    }

    /** GET with the client's session, the body as bytes (a PDF). */
    static HttpResponse<byte[]> bytes(TestApp app, WebClient client, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Cookie", "stagewise_session=" + client.sessionCookie().orElseThrow()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
