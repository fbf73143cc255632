package com.stagewise.web;

import com.stagewise.domain.FieldProblem;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.EmailAddress;
import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Commands for whoever runs the server, from the same jar:
 * {@code create-clinic --name N --admin-email E --admin-name A} and {@code reset-password --email E}.
 * Both print a one-time link instead of taking a password, so no password sits in a shell history.
 */
final class Cli {

    private final Services services;
    private final PrintStream out;
    private final PrintStream err;

    Cli(Services services, PrintStream out, PrintStream err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    static boolean knows(String command) {
        return "create-clinic".equals(command) || "reset-password".equals(command)
                || com.stagewise.web.bench.DataGenerator.COMMAND.equals(command);
    }

    static String usage() {
        return "usage: java -jar stagewise.jar [serve]"
                + " | create-clinic --name NAME --admin-email EMAIL --admin-name NAME"
                + " | reset-password --email EMAIL"
                + " | " + com.stagewise.web.bench.GeneratorOptions.usage();
    }

    int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("stagewise: " + usage());
                return 64;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return switch (args[0]) {
            case "create-clinic" -> createClinic(options);
            case "reset-password" -> resetPassword(options);
            default -> {
                err.println("stagewise: " + usage());
                yield 64;
            }
        };
    }

    private int createClinic(Map<String, String> options) {
        String name = options.getOrDefault("name", "");
        String email = options.getOrDefault("admin-email", "");
        String adminName = options.getOrDefault("admin-name", "");
        List<FieldProblem> problems = new java.util.ArrayList<>(ClinicDetails.problems(name, "", "", ""));
        problems.addAll(NewUser.problems(email, adminName, Set.of(Role.ADMIN)));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("stagewise: " + option(problem.field()) + ": "
                    + services.messages.text(problem.messageKey(), Locale.ENGLISH, problem.arguments().toArray())));
            return 65;
        }
        try {
            var created = services.accounts.createClinic(new ClinicDetails(name, "", "", ""), email, adminName);
            services.audit.record(created.clinicId(), null, "CLINIC_CREATED", "clinic", created.clinicId(), name);
            out.println("Created clinic " + created.clinicId() + " (" + name + ") with admin " + EmailAddress.normalise(email) + ".");
            out.println("Send this one-time link to the admin to choose a password (valid 7 days):");
            out.println(created.setPasswordLink());
            return 0;
        } catch (Users.EmailTakenException taken) {
            err.println("stagewise: --admin-email: an account with this address already exists");
            return 65;
        }
    }

    private int resetPassword(Map<String, String> options) {
        Optional<User> user = services.users.findByEmail(options.getOrDefault("email", ""));
        if (user.isEmpty()) {
            err.println("stagewise: --email: no account has this address");
            return 65;
        }
        String link = services.accounts.resetLink(user.get());
        services.audit.record(user.get().clinicId(), null, "PASSWORD_LINK_ISSUED", "user", user.get().id(), "command line");
        out.println("Signed " + user.get().email() + " out everywhere. One-time link to choose a new password (valid 7 days):");
        out.println(link);
        return 0;
    }

    private static String option(String field) {
        return switch (field) {
            case "email" -> "--admin-email";
            case "displayName" -> "--admin-name";
            default -> "--" + field;
        };
    }
}
