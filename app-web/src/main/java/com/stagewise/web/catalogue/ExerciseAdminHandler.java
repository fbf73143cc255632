package com.stagewise.web.catalogue;

import com.stagewise.domain.catalogue.Demand;
import com.stagewise.domain.catalogue.Equipment;
import com.stagewise.domain.catalogue.Exercise;
import com.stagewise.domain.catalogue.ExerciseContent;
import com.stagewise.domain.catalogue.Exercises;
import com.stagewise.domain.catalogue.KindOfWork;
import com.stagewise.domain.catalogue.Level;
import com.stagewise.domain.catalogue.Position;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Admins add, edit (as a new version), retire and restore library entries. */
public final class ExerciseAdminHandler {

    private final Exercises exercises;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;

    public ExerciseAdminHandler(Exercises exercises, Audit audit, Messages messages, Clock clock) {
        this.exercises = exercises;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public void newForm(Context ctx) {
        Form form = new Form(messages, PageModel.locale(ctx)).with("timesPerDay", 1).with("daysPerWeek", 5)
                .with("sets", 1).with("equipment.MAT", "on");
        render(ctx, form, null);
    }

    public void create(Context ctx) {
        Form form = ExerciseForm.submitted(ctx, messages);
        Optional<ExerciseContent> content = ExerciseForm.parse(form);
        Optional<Long> picture = uploadedPicture(ctx, form);
        if (content.isPresent() && !form.hasErrors()) {
            long clinicId = Visitor.of(ctx).clinicId();
            try {
                long id = exercises.create(clinicId, content.get(), picture.orElse(null), clock.instant());
                audit.record(ctx, "EXERCISE_CREATED", "exercise", id, content.get().slug());
                ctx.redirect("/library/" + id + "?saved", HttpStatus.SEE_OTHER);
                return;
            } catch (Exercises.SlugTakenException taken) {
                form.error("slug", "exercise.slug.taken");
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, form, null);
    }

    public void editForm(Context ctx) {
        Exercise exercise = scoped(ctx);
        render(ctx, ExerciseForm.of(exercise, new Form(messages, PageModel.locale(ctx))), exercise);
    }

    public void update(Context ctx) {
        Exercise exercise = scoped(ctx);
        Form form = ExerciseForm.submitted(ctx, messages).with("slug", exercise.slug());
        Optional<ExerciseContent> content = ExerciseForm.parse(form);
        Optional<Long> uploaded = uploadedPicture(ctx, form);
        int expected = form.value("version").matches("\\d{1,6}") ? Integer.parseInt(form.value("version")) : -1;
        if (content.isPresent() && !form.hasErrors()) {
            Long picture = form.checked("removePicture") ? null : uploaded.orElse(exercise.pictureId().orElse(null));
            Optional<Integer> saved = exercises.saveNewVersion(exercise.clinicId(), exercise.id(), expected,
                    content.get(), picture, clock.instant());
            if (saved.isPresent()) {
                audit.record(ctx, "EXERCISE_EDITED", "exercise", exercise.id(), exercise.slug() + " v" + saved.get());
                ctx.redirect("/library/" + exercise.id() + "?saved", HttpStatus.SEE_OTHER);
                return;
            }
            form.error("version", "exercise.version.conflict");
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, form, scoped(ctx));
            return;
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, form, exercise);
    }

    public void retire(Context ctx) {
        setRetired(ctx, true);
    }

    public void restore(Context ctx) {
        setRetired(ctx, false);
    }

    private void setRetired(Context ctx, boolean retired) {
        Exercise exercise = scoped(ctx);
        exercises.setRetired(exercise.clinicId(), exercise.id(), retired, clock.instant());
        audit.record(ctx, retired ? "EXERCISE_RETIRED" : "EXERCISE_RESTORED", "exercise", exercise.id(), exercise.slug());
        ctx.redirect("/library/" + exercise.id(), HttpStatus.SEE_OTHER);
    }

    private Exercise scoped(Context ctx) {
        return exercises.find(Visitor.of(ctx).clinicId(), PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
    }

    /** A picture from the form, checked by its content; an error on the form when it is not acceptable. */
    private Optional<Long> uploadedPicture(Context ctx, Form form) {
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile file = ctx.uploadedFile("picture");
        if (file == null || file.size() == 0) {
            return Optional.empty();
        }
        if (file.size() > PictureUpload.MAX_BYTES) {
            form.error("picture", "exercise.picture.too-large", PictureUpload.MAX_BYTES / (1024 * 1024));
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(PictureUpload.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> type = PictureUpload.contentType(bytes);
        if (type.isEmpty()) {
            form.error("picture", "exercise.picture.type");
            return Optional.empty();
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(exercises.savePicture(Visitor.of(ctx).clinicId(), type.get(), bytes, clock.instant()));
    }

    private void render(Context ctx, Form form, Exercise exercise) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("exercise", exercise);
        model.put("positions", Position.values());
        model.put("kinds", KindOfWork.values());
        model.put("levels", Level.values());
        model.put("equipmentCodes", Equipment.values());
        model.put("demands", Arrays.stream(Demand.values()).filter(d -> !d.isDerivedFromDose()).toList());
        model.put("nav", "library");
        ctx.render("library/edit", model);
    }
}
