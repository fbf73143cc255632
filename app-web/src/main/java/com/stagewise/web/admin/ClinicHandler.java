package com.stagewise.web.admin;

import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.Clinics;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** The clinic's name and contact details, as printed on every handout. */
public final class ClinicHandler {

    private final Clinics clinics;
    private final Audit audit;
    private final Messages messages;

    public ClinicHandler(Clinics clinics, Audit audit, Messages messages) {
        this.clinics = clinics;
        this.audit = audit;
        this.messages = messages;
    }

    public void show(Context ctx) {
        Clinic clinic = clinics.find(Visitor.of(ctx).clinicId()).orElseThrow(NotFoundResponse::new);
        Form form = new Form(messages, PageModel.locale(ctx))
                .with("name", clinic.name())
                .with("address", clinic.details().address())
                .with("phone", clinic.details().phone())
                .with("email", clinic.details().email());
        render(ctx, form, ctx.queryParam("saved") != null);
    }

    public void update(Context ctx) {
        long clinicId = Visitor.of(ctx).clinicId();
        Form form = Form.submitted(ctx, messages, "name", "address", "phone", "email");
        form.problems(ClinicDetails.problems(form.value("name"), form.value("address"), form.value("phone"),
                form.value("email")));
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, false);
            return;
        }
        clinics.update(clinicId, new ClinicDetails(form.value("name"), form.value("address"), form.value("phone"),
                form.value("email")));
        audit.record(ctx, "CLINIC_UPDATED", "clinic", clinicId, "");
        ctx.redirect("/admin/clinic?saved", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Form form, boolean saved) {
        ctx.render("admin/clinic", Map.of("form", form, "hasErrors", form.hasErrors(), "saved", saved, "nav", "clinic"));
    }
}
