package com.stagewise.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.persistence.testing.DatabaseKind;
import com.stagewise.web.testing.TestApp;
import com.stagewise.web.testing.TestClinic;
import com.stagewise.web.testing.WebClient;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library over HTTP: clinic scoping, the figures, picture uploads and the optimistic lock. */
class LibraryIT {

    private static final Pattern PICTURE = Pattern.compile("/library/pictures/(\\d+)");
    private static final Pattern EXERCISE = Pattern.compile("^/library/(\\d+)\\?saved$");

    private static TestApp app;
    private static TestClinic clinicA;
    private static TestClinic clinicB;
    private static WebClient admin;
    private static long exerciseOfB;
    private static long pictureOfB;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinicA = app.createClinic("Library Http A");
        clinicB = app.createClinic("Library Http B");
        exerciseOfB = app.services().exercises.findBySlug(clinicB.id(), "cat-cow").orElseThrow().id();
        pictureOfB = app.services().exercises.savePicture(clinicB.id(), "image/png", png(), app.clock().instant());
        admin = new WebClient(app);
        assertThat(admin.signIn(clinicA.adminEmail(), TestClinic.PASSWORD).statusCode()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    // --- fixtures ---

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.MAGENTA.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The smallest WebP container the content check recognises: RIFF, a size, WEBP, a VP8L chunk. */
    static byte[] webp() {
        byte[] bytes = new byte[26];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 18;
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        bytes[16] = 5;
        bytes[20] = 0x2f;
        return bytes;
    }

    static byte[] svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> fields(String slug, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("nameEn", name);
        fields.put("nameDe", "");
        fields.put("position", "STANDING");
        fields.put("kind", "STRENGTHEN");
        fields.put("level", "GENTLE");
        fields.put("sets", "2");
        fields.put("reps", "8");
        fields.put("timesPerDay", "1");
        fields.put("daysPerWeek", "5");
        fields.put("equipment.NONE", "on");
        fields.put("stepsEn", "Stand tall.\nRise onto your toes.\nLower slowly.");
        fields.put("sources", "Clinic");
        return fields;
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Posts a multipart form as the edit page does, with the session and CSRF token of {@code client}. */
    private static HttpResponse<String> postMultipart(WebClient client, String path, Map<String, String> fields,
            String fileName, String fileType, byte[] file) {
        String boundary = "----stagewise" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", client.csrf());
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "stagewise_session=" + client.sessionCookie().orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return app.send(request);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long createdId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        Matcher matcher = EXERCISE.matcher(response.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static HttpResponse<String> createWithPicture(String fileName, String type, byte[] bytes) {
        admin.get("/library/new");
        return postMultipart(admin, "/library", fields(unique("pic"), "Calf raise"), fileName, type, bytes);
    }

    private static long pictureIdShownOn(long exerciseId) {
        HttpResponse<String> page = admin.get("/library/" + exerciseId);
        Matcher matcher = PICTURE.matcher(page.body());
        assertThat(matcher.find()).as("a picture on the exercise page").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String fieldError(String html, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(html);
        if (matcher.find()) {
            return matcher.group(1);
        }
        // the picture and version fields have their error in a span before the control
        int at = html.indexOf("id=\"" + field + "\"");
        assertThat(at).as("field " + field).isPositive();
        int error = html.lastIndexOf("field-error", at);
        return error < 0 ? "" : html.substring(error, at);
    }

    // --- clinic scoping ---

    @Test
    void another_clinics_exercise_is_not_found_on_any_page() {
        assertThat(admin.get("/library/" + exerciseOfB).statusCode()).isEqualTo(404);
        assertThat(admin.get("/library/" + exerciseOfB + "?version=1").statusCode()).isEqualTo(404);
        assertThat(admin.get("/library/" + exerciseOfB + "/edit").statusCode()).isEqualTo(404);
        admin.get("/library");
        assertThat(admin.post("/library/" + exerciseOfB + "/retire", Map.of()).statusCode()).isEqualTo(404);
        admin.get("/library");
        assertThat(admin.post("/library/" + exerciseOfB, fields("cat-cow", "Hijacked")).statusCode()).isEqualTo(404);

        Exercise untouched = app.services().exercises.find(clinicB.id(), exerciseOfB).orElseThrow();
        assertThat(untouched.retired()).isFalse();
        assertThat(untouched.version()).isEqualTo(1);
        assertThat(untouched.content().name().en()).isNotEqualTo("Hijacked");
    }

    @Test
    void another_clinics_picture_is_not_found() {
        HttpResponse<String> response = admin.get("/library/pictures/" + pictureOfB);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_or_malformed_id_is_not_found() {
        assertThat(admin.get("/library/999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/library/pictures/999999999").statusCode()).isEqualTo(404);
        long ownId = app.services().exercises.findBySlug(clinicA.id(), "cat-cow").orElseThrow().id();
        assertThat(admin.get("/library/" + ownId + "?version=7").statusCode()).isEqualTo(404);
    }

    @Test
    void pages_of_the_library_need_a_sign_in() {
        HttpResponse<String> response = app.get("/library/" + exerciseOfB);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        assertThat(app.get("/library/pictures/" + pictureOfB).statusCode()).isEqualTo(303);
    }

    @Test
    void a_clinician_may_read_but_not_change_the_library() {
        WebClient clinician = new WebClient(app);
        clinician.signIn(clinicA.clinicianEmail(), TestClinic.PASSWORD);
        long ownId = app.services().exercises.findBySlug(clinicA.id(), "bird-dog").orElseThrow().id();

        assertThat(clinician.get("/library").statusCode()).isEqualTo(200);
        assertThat(clinician.get("/library/" + ownId).statusCode()).isEqualTo(200);
        assertThat(clinician.get("/library/new").statusCode()).isEqualTo(403);
        assertThat(clinician.get("/library/" + ownId + "/edit").statusCode()).isEqualTo(403);
        assertThat(clinician.post("/library/" + ownId + "/retire", Map.of()).statusCode()).isEqualTo(403);
        assertThat(clinician.post("/library", fields(unique("sneaky"), "Sneaky")).statusCode()).isEqualTo(403);
        assertThat(app.services().exercises.find(clinicA.id(), ownId).orElseThrow().retired()).isFalse();
    }

    @Test
    void a_change_without_the_csrf_token_is_refused() {
        long ownId = app.services().exercises.findBySlug(clinicA.id(), "clamshell").orElseThrow().id();

        assertThat(admin.postRaw("/library/" + ownId + "/retire", Map.of()).statusCode()).isEqualTo(403);
        assertThat(app.services().exercises.find(clinicA.id(), ownId).orElseThrow().retired()).isFalse();
    }

    // --- figures ---

    @Test
    void a_starter_figure_is_served_as_svg_to_anyone() {
        for (String which : new String[] {"start.svg", "end.svg", "pair.svg", "start.svg?pregnant=1"}) {
            HttpResponse<String> response = app.get("/figures/glute-bridge/" + which);

            assertThat(response.statusCode()).as(which).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
            assertThat(response.body()).contains("<svg").contains("</svg>").doesNotContain("<script");
        }
    }

    @Test
    void an_unknown_figure_or_view_is_not_found() {
        assertThat(app.get("/figures/no-such-figure/start.svg").statusCode()).isEqualTo(404);
        assertThat(app.get("/figures/glute-bridge/middle.svg").statusCode()).isEqualTo(404);
        assertThat(app.get("/figures/glute-bridge/start.png").statusCode()).isEqualTo(404);
    }

    // --- pictures ---

    @Test
    void png_jpeg_and_webp_are_accepted_by_their_content_and_served_back() {
        byte[][] files = {png(), jpeg(), webp()};
        String[] types = {"image/png", "image/jpeg", "image/webp"};
        for (int i = 0; i < files.length; i++) {
            // the name and declared type say nothing: the first bytes decide
            long id = createdId(createWithPicture("upload.bin", "application/octet-stream", files[i]));
            long pictureId = pictureIdShownOn(id);
            HttpResponse<byte[]> picture = getBytes("/library/pictures/" + pictureId);

            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).get().asString().startsWith(types[i]);
            assertThat(picture.body()).isEqualTo(files[i]);
        }
    }

    @Test
    void svg_is_refused_even_when_named_png() {
        HttpResponse<String> response = createWithPicture("figure.png", "image/png", svg());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldError(response.body(), "picture")).contains("must be a PNG, JPEG or WebP image");
        assertThat(response.body()).contains("Calf raise");
    }

    @Test
    void text_named_jpg_is_refused() {
        HttpResponse<String> response = createWithPicture("notes.jpg", "image/jpeg",
                "just some text".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldError(response.body(), "picture")).contains("must be a PNG, JPEG or WebP image");
    }

    @Test
    void a_picture_over_2_mb_is_refused_with_the_limit() {
        byte[] big = Arrays.copyOf(png(), PictureUpload.MAX_BYTES + 1);

        HttpResponse<String> response = createWithPicture("big.png", "image/png", big);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldError(response.body(), "picture")).contains("larger than 2 MB");
    }

    @Test
    void a_picture_of_exactly_2_mb_is_accepted() {
        byte[] limit = Arrays.copyOf(png(), PictureUpload.MAX_BYTES);

        assertThat(createWithPicture("limit.png", "image/png", limit).statusCode()).isEqualTo(303);
    }

    @Test
    void a_refused_picture_saves_nothing() {
        String slug = unique("refused");
        admin.get("/library/new");
        HttpResponse<String> response = postMultipart(admin, "/library", fields(slug, "Refused"), "x.png", "image/png",
                svg());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(app.services().exercises.findBySlug(clinicA.id(), slug)).isEmpty();
    }

    @Test
    void an_edit_keeps_the_picture_unless_it_is_removed() {
        long id = createdId(createWithPicture("a.png", "image/png", png()));
        long pictureId = pictureIdShownOn(id);

        admin.get("/library/" + id + "/edit");
        Map<String, String> edit = fields("ignored", "Calf raise, slower");
        edit.put("version", "1");
        assertThat(postMultipart(admin, "/library/" + id, edit, "", "application/octet-stream", new byte[0])
                .statusCode()).isEqualTo(303);
        assertThat(app.services().exercises.find(clinicA.id(), id).orElseThrow().pictureId()).contains(pictureId);

        admin.get("/library/" + id + "/edit");
        edit.put("version", "2");
        edit.put("removePicture", "on");
        assertThat(admin.post("/library/" + id, edit).statusCode()).isEqualTo(303);
        Exercise now = app.services().exercises.find(clinicA.id(), id).orElseThrow();
        assertThat(now.version()).isEqualTo(3);
        assertThat(now.pictureId()).isEmpty();
        assertThat(now.slug()).startsWith("pic-");
    }

    private static HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Cookie", "stagewise_session=" + admin.sessionCookie().orElseThrow()).GET().build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- versions and the optimistic lock ---

    @Test
    void two_saves_from_the_same_version_the_second_is_refused_and_nothing_is_lost() {
        admin.get("/library/new");
        long id = createdId(admin.post("/library", fields(unique("lock"), "Heel raise")));

        // two tabs open the edit form at version 1
        admin.get("/library/" + id + "/edit");
        Map<String, String> first = fields("ignored", "Heel raise (first tab)");
        first.put("version", "1");
        Map<String, String> second = fields("ignored", "Heel raise (second tab)");
        second.put("version", "1");
        second.put("stepsEn", "Second tab's steps.");

        HttpResponse<String> firstSave = admin.post("/library/" + id, first);
        HttpResponse<String> secondSave = admin.post("/library/" + id, second);

        assertThat(firstSave.statusCode()).isEqualTo(303);
        assertThat(secondSave.statusCode()).isEqualTo(409);
        assertThat(secondSave.body()).contains("Someone else saved this exercise while you were editing")
                .contains("Heel raise (second tab)").contains("Second tab&#39;s steps.")
                .contains("<title>Error:");
        Exercise current = app.services().exercises.find(clinicA.id(), id).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.content().name().en()).isEqualTo("Heel raise (first tab)");
        assertThat(app.services().exercises.findVersion(clinicA.id(), id, 1).orElseThrow().content().name().en())
                .isEqualTo("Heel raise");
        assertThat(admin.get("/library/" + id + "?version=1").body()).contains("You are looking at version 1");

        // reloading the form gives version 2, and saving from it works
        admin.get("/library/" + id + "/edit");
        second.put("version", "2");
        assertThat(admin.post("/library/" + id, second).statusCode()).isEqualTo(303);
        assertThat(app.services().exercises.find(clinicA.id(), id).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void a_save_without_a_version_is_refused_rather_than_overwriting() {
        admin.get("/library/new");
        long id = createdId(admin.post("/library", fields(unique("noversion"), "Squat to chair")));
        admin.get("/library/" + id + "/edit");

        HttpResponse<String> response = admin.post("/library/" + id, fields("ignored", "Blind overwrite"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(app.services().exercises.find(clinicA.id(), id).orElseThrow().content().name().en())
                .isEqualTo("Squat to chair");
    }

    @Test
    void a_taken_slug_is_an_error_next_to_the_slug() {
        admin.get("/library/new");
        HttpResponse<String> response = admin.post("/library", fields("cat-cow", "Another cat"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fieldError(response.body(), "slug")).contains("already has an exercise with this short name");
    }
}
