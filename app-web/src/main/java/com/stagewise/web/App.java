package com.stagewise.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.stagewise.persistence.Database;
import com.stagewise.web.access.AccessFilter;
import com.stagewise.web.access.LoginHandler;
import com.stagewise.web.access.SetPasswordHandler;
import com.stagewise.web.admin.ApiKeysHandler;
import com.stagewise.web.admin.AuditHandler;
import com.stagewise.web.admin.ClinicHandler;
import com.stagewise.web.admin.ExportHandler;
import com.stagewise.web.admin.UsersHandler;
import com.stagewise.web.api.ApiHandler;
import com.stagewise.web.catalogue.DoseText;
import com.stagewise.web.catalogue.ExerciseAdminHandler;
import com.stagewise.web.catalogue.LibraryExportHandler;
import com.stagewise.web.catalogue.LibraryHandler;
import com.stagewise.web.catalogue.LibraryImportHandler;
import com.stagewise.web.catalogue.RuleTouches;
import com.stagewise.web.home.HomeHandler;
import com.stagewise.web.patients.PatientsHandler;
import com.stagewise.web.patients.StageText;
import com.stagewise.web.programmes.BuilderHandler;
import com.stagewise.web.programmes.ProgrammeCheck;
import com.stagewise.web.programmes.TemplatesHandler;
import com.stagewise.web.print.PdfRenderer;
import com.stagewise.web.print.PrintHandler;
import com.stagewise.web.print.Printouts;
import com.stagewise.web.programmes.ProgrammeRefresh;
import com.stagewise.web.dashboard.DashboardHandler;
import com.stagewise.web.share.PatientPageHandler;
import com.stagewise.web.share.ShareHandler;
import com.stagewise.web.system.ErrorPages;
import com.stagewise.web.system.ForwardedFor;
import com.stagewise.web.system.HealthHandler;
import com.stagewise.web.system.RequestLog;
import com.stagewise.web.system.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import static com.stagewise.web.access.Access.ADMIN;
import static com.stagewise.web.access.Access.API_KEY;
import static com.stagewise.web.access.Access.CLINICIAN;
import static com.stagewise.web.access.Access.PUBLIC;
import static com.stagewise.web.access.Access.SHARE_LINK;
import static com.stagewise.web.access.Access.SIGNED_IN;

/** The composition root: the only place that builds handlers and wires them to routes. */
public final class App {

    /** Longer than any page takes; shorter than the 30 s a container runtime waits before killing. */
    static final long SHUTDOWN_GRACE_MS = 20_000;

    private App() {
    }

    public static Javalin create(Config config, Database database, Clock clock) {
        return create(config, database, clock, extra -> { });
    }

    /** {@code extra} lets tests add routes (for example one that fails on purpose) to the real app. */
    public static Javalin create(Config config, Database database, Clock clock, Consumer<JavalinConfig> extra) {
        Services services = new Services(config, database, clock);
        ErrorPages errors = new ErrorPages();
        HealthHandler health = new HealthHandler(database);
        HomeHandler home = new HomeHandler();
        LoginHandler login = new LoginHandler(services.users, services.hasher, services.throttle,
                services.sessionManager, services.audit, services.messages);
        SetPasswordHandler setPassword = new SetPasswordHandler(services.accounts, services.sessionManager,
                services.audit, services.messages);
        UsersHandler users = new UsersHandler(services.users, services.accounts, services.audit, services.messages);
        ClinicHandler clinic = new ClinicHandler(services.clinics, services.audit, services.messages);
        ApiKeysHandler apiKeys = new ApiKeysHandler(services.apiKeys, services.audit, services.messages, clock);
        ExportHandler export = new ExportHandler(new com.stagewise.persistence.account.JdbiClinicExport(database.jdbi()),
                objectMapper(), services.audit, clock);
        AuditHandler audit = new AuditHandler(services.auditTrail, services.users, services.messages);
        AccessFilter access = new AccessFilter(services.apiKeys, clock);
        DoseText doseText = new DoseText(services.messages);
        LibraryHandler library = new LibraryHandler(services.exercises, services.patients, services.stageCheck,
                new StageText(services.messages), clock, new RuleTouches(services.stageCheck), doseText, services.messages);
        StageText stageText = new StageText(services.messages);
        ProgrammeCheck programmeCheck = new ProgrammeCheck(services.exercises, services.stageCheck);
        ProgrammeRefresh refresh = new ProgrammeRefresh(services.patients, services.programmes, programmeCheck, clock);
        PatientsHandler patients = new PatientsHandler(services.patients, services.programmes, services.programmeTemplates,
                services.sharing, refresh, services.stageCheck, stageText, services.audit, services.messages, clock);
        DashboardHandler dashboard = new DashboardHandler(services.attention, services.programmes, services.patients, programmeCheck,
                services.audit, services.messages, clock);
        BuilderHandler builder = new BuilderHandler(services.patients, services.programmes, services.programmeTemplates,
                services.exercises, services.sharing, programmeCheck, services.stageCheck, stageText, doseText,
                services.audit, services.messages, clock);
        ShareHandler share = new ShareHandler(services.sharing, services.programmes, services.patients, programmeCheck,
                services.audit, clock, config.publicUrl());
        PatientPageHandler patientPage = new PatientPageHandler(services.sharing, services.programmes, services.patients,
                services.clinics, services.exercises, programmeCheck, refresh, stageText, doseText, services.messages,
                services.templates.formats(), clock);
        TemplatesHandler templates = new TemplatesHandler(services.programmeTemplates, services.exercises, doseText,
                services.audit, clock);
        PrintHandler print = new PrintHandler(services.programmes, services.patients,
                new Printouts(services.clinics, services.exercises, programmeCheck, stageText, doseText, services.messages),
                new PdfRenderer(), services.templates, (programme, token) -> services.sharing
                        .findByTokenHash(com.stagewise.web.access.Tokens.hash(token))
                        .filter(link -> link.programmeId() == programme.id() && link.clinicId() == programme.clinicId()
                                && link.usableAt(clock.instant()))
                        .map(link -> config.publicUrl() + "/p/" + token), clock);
        ApiHandler api = new ApiHandler(services.exercises, services.stageCheck, objectMapper(), clock);
        ExerciseAdminHandler libraryAdmin = new ExerciseAdminHandler(services.exercises, services.audit,
                services.messages, clock);
        LibraryExportHandler libraryExport = new LibraryExportHandler(services.exercises, services.audit, clock);
        LibraryImportHandler libraryImport = new LibraryImportHandler(services.libraryImport, services.messages, clock);

        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.port = config.port();
            // on stop, requests in flight finish (up to the grace period) before the connectors close
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(SHUTDOWN_GRACE_MS);
                server.insertHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
            });
            // pictures are limited to 2 MB by the handler, which says so next to the field
            javalin.http.maxRequestSize = 8L * 1024 * 1024;
            javalin.fileRenderer(services.templates);
            javalin.jsonMapper(new JavalinJackson(objectMapper(), false));
            javalin.requestLogger.http(new RequestLog());
            if (config.trustProxy()) {
                // behind the reverse proxy every request comes from the proxy, which says who the client is
                javalin.contextResolver.ip = ctx -> ForwardedFor.client(ctx.header("X-Forwarded-For"), ctx.req().getRemoteAddr());
            }
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
                files.roles = java.util.Set.of(PUBLIC);
            });

            javalin.routes.before(new SecurityHeaders()::apply);
            javalin.routes.before(services.sessionManager::identify);
            javalin.routes.beforeMatched(access::check);
            javalin.routes.after(App::declareUtf8);

            javalin.routes.get("/", home::show, PUBLIC);
            javalin.routes.get("/health", health::health, PUBLIC);
            javalin.routes.get("/ready", health::ready, PUBLIC);

            javalin.routes.get("/login", login::show, PUBLIC);
            javalin.routes.post("/login", login::signIn, PUBLIC);
            javalin.routes.post("/logout", login::signOut, SIGNED_IN);
            javalin.routes.get("/set-password/{token}", setPassword::show, PUBLIC);
            javalin.routes.post("/set-password/{token}", setPassword::set, PUBLIC);

            javalin.routes.get("/admin/users", users::list, ADMIN);
            javalin.routes.post("/admin/users", users::invite, ADMIN);
            javalin.routes.get("/admin/users/{id}", users::show, ADMIN);
            javalin.routes.post("/admin/users/{id}", users::update, ADMIN);
            javalin.routes.post("/admin/users/{id}/link", users::newLink, ADMIN);
            javalin.routes.get("/admin/clinic", clinic::show, ADMIN);
            javalin.routes.post("/admin/clinic", clinic::update, ADMIN);
            javalin.routes.get("/admin/api-keys", apiKeys::list, ADMIN);
            javalin.routes.post("/admin/api-keys", apiKeys::create, ADMIN);
            javalin.routes.post("/admin/api-keys/{id}/revoke", apiKeys::revoke, ADMIN);
            javalin.routes.get("/admin/audit", audit::list, ADMIN);
            javalin.routes.get("/admin/export", export::page, ADMIN);
            javalin.routes.get("/admin/export.json", export::download, ADMIN);

            javalin.routes.get("/library", library::list, CLINICIAN, ADMIN);
            javalin.routes.get("/library/new", libraryAdmin::newForm, ADMIN);
            javalin.routes.get("/library/export.csv", libraryExport::csv, ADMIN);
            javalin.routes.get("/library/export.json", libraryExport::json, ADMIN);
            javalin.routes.get("/library/import", libraryImport::form, ADMIN);
            javalin.routes.post("/library/import", libraryImport::upload, ADMIN);
            javalin.routes.get("/library/import/{jobId}", libraryImport::job, ADMIN);
            javalin.routes.post("/library", libraryAdmin::create, ADMIN);
            javalin.routes.get("/library/pictures/{id}", library::picture, CLINICIAN, ADMIN);
            javalin.routes.get("/library/{id}", library::show, CLINICIAN, ADMIN);
            javalin.routes.get("/library/{id}/edit", libraryAdmin::editForm, ADMIN);
            javalin.routes.post("/library/{id}", libraryAdmin::update, ADMIN);
            javalin.routes.post("/library/{id}/retire", libraryAdmin::retire, ADMIN);
            javalin.routes.post("/library/{id}/restore", libraryAdmin::restore, ADMIN);
            javalin.routes.get("/figures/{figure}/{which}", library::figure, PUBLIC);

            javalin.routes.get("/dashboard", dashboard::show, CLINICIAN);
            javalin.routes.post("/dashboard/seen", dashboard::markSeen, CLINICIAN);
            javalin.routes.get("/patients", patients::list, CLINICIAN);
            javalin.routes.get("/patients/new", patients::newForm, CLINICIAN);
            javalin.routes.post("/patients", patients::create, CLINICIAN);
            javalin.routes.get("/patients/{id}", patients::show, CLINICIAN);
            javalin.routes.get("/patients/{id}/edit", patients::editForm, CLINICIAN);
            javalin.routes.post("/patients/{id}", patients::update, CLINICIAN);
            javalin.routes.post("/patients/{id}/birth", patients::recordBirth, CLINICIAN);
            javalin.routes.post("/patients/{id}/programmes", builder::create, CLINICIAN);
            javalin.routes.get("/programmes/{id}", builder::show, CLINICIAN);
            javalin.routes.post("/programmes/{id}", builder::update, CLINICIAN);
            javalin.routes.post("/programmes/{id}/template", builder::saveAsTemplate, CLINICIAN);
            javalin.routes.get("/programmes/{id}/print", print::page, CLINICIAN);
            javalin.routes.get("/programmes/{id}/pdf", print::pdf, CLINICIAN);
            javalin.routes.post("/programmes/{id}/pdf", print::pdf, CLINICIAN);
            javalin.routes.post("/programmes/{id}/share", share::create, CLINICIAN);
            javalin.routes.post("/programmes/{id}/share/revoke", share::revoke, CLINICIAN);
            javalin.routes.post("/patients/{id}/red-flags/{report}/seen", share::markRedFlagsSeen, CLINICIAN);
            javalin.routes.get("/p/{token}", patientPage::show, SHARE_LINK);
            javalin.routes.post("/p/{token}/sessions", patientPage::logSession, SHARE_LINK);
            javalin.routes.post("/p/{token}/red-flags", patientPage::reportRedFlags, SHARE_LINK);
            javalin.routes.get("/p/{token}/pictures/{picture}", patientPage::picture, SHARE_LINK);
            javalin.routes.get("/templates", templates::list, CLINICIAN);
            javalin.routes.get("/templates/{id}", templates::show, CLINICIAN);
            javalin.routes.post("/templates/{id}", templates::update, CLINICIAN);
            javalin.routes.post("/templates/{id}/delete", templates::delete, CLINICIAN);

            javalin.routes.post("/api/v1/stage-check", api::stageCheck, API_KEY);
            javalin.routes.get("/api/v1/exercises", api::exercises, API_KEY);

            if ("true".equals(System.getenv("STAGEWISE_BENCH_ENDPOINT"))) {
                // the benchmark's ceiling: the same server, filters and logging, and no work of its own
                javalin.routes.get("/bench/constant", ctx -> ctx.result("ok"), PUBLIC);
            }

            javalin.routes.error(403, errors::forbidden);
            javalin.routes.error(404, errors::notFound);
            javalin.routes.exception(AccessFilter.CsrfRejected.class, errors::csrfRejected);
            javalin.routes.exception(HttpResponseException.class, errors::httpResponse);
            javalin.routes.exception(Exception.class, errors::unexpected);
            extra.accept(javalin);
        });
    }

    /** Javalin says only "text/html"; naming the charset keeps old browsers from guessing. */
    private static void declareUtf8(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
            ctx.contentType("text/html; charset=utf-8");
        }
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
